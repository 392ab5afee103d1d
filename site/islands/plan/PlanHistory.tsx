/**
 * What changed in a saved plan and when, newest first, as the server keeps it (the last 50 changes):
 * the latest few in view, the rest folded away.
 */
import type { PlanChange } from '../../../functions/domain/progress-history.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';

/** How many changes show before the rest fold away. */
const SHOWN = 5;

function Change({ change, m }: { change: PlanChange; m: PlanProgressMessages['history'] }) {
  return (
    <li>
      <strong>
        <time dateTime={change.at}>{m.when(change.at, change.version)}</time>
      </strong>{' '}
      {change.examDate && `${m.exam(change.examDate.from, change.examDate.to)} `}
      {change.hoursPerWeek && `${m.perWeek(change.hoursPerWeek.from, change.hoursPerWeek.to)} `}
      {m.changed(change.changed)}
    </li>
  );
}

export function PlanHistory({ history, m }: { history: readonly PlanChange[]; m: PlanProgressMessages }) {
  const t = m.history;
  const newest = [...history].reverse();
  const older = newest.slice(SHOWN);
  return (
    <section className="pl-history" aria-labelledby="pl-history-h">
      <h3 id="pl-history-h">{t.heading}</h3>
      {newest.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="pl-changes">
          {newest.slice(0, SHOWN).map((c) => (
            <Change key={c.version} change={c} m={t} />
          ))}
        </ul>
      )}
      {older.length > 0 && (
        <details>
          <summary>{t.older(older.length)}</summary>
          <ul className="pl-changes">
            {older.map((c) => (
              <Change key={c.version} change={c} m={t} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

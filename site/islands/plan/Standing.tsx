/**
 * Where the reader stands, as the API computed it from their saved progress: ahead, on track or
 * behind by hours and study days, the pace, the exam as planned beside the exam at that pace, what
 * "on track" allows, the steps done and those due but not ticked. Read-only: the share link shows it too.
 */
import { dayOf } from '../../../functions/domain/planner-dates.ts';
import { ON_TRACK_WEEKS, type PlanProgress } from '../../../functions/domain/progress.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';
import type { SavedPlan } from './api.ts';

interface Props {
  progress: PlanProgress | null;
  plan: SavedPlan['plan'];
  m: PlanProgressMessages;
}

export function Standing({ progress, plan, m }: Props) {
  const t = m.standing;
  if (!progress) {
    return (
      <section className="pl-standing" aria-labelledby="pl-standing-h">
        <h3 id="pl-standing-h">{t.heading}</h3>
        <p>{t.none}</p>
      </section>
    );
  }
  const step = (key: string) => plan.milestones.find((s) => s.key === key);
  const perWeek = progress.toleranceHours / ON_TRACK_WEEKS;
  const projected = progress.projectedExamDate;
  return (
    <section className={`pl-standing pl-s-${progress.state}`} aria-labelledby="pl-standing-h">
      <h3 id="pl-standing-h">{t.heading}</h3>
      <p className="pl-state-line">
        <strong className="pl-badge">{t.badge[progress.state]}</strong> {t.detail(progress)}
      </p>
      <p>
        {t.hoursLine(progress.hoursDone, progress.hoursExpected, progress.asOf)} {t.pace(progress.paceHoursPerWeek, perWeek)}
      </p>
      <dl className="pl-exams">
        <div>
          <dt>{t.planned}</dt>
          <dd>
            <time dateTime={progress.plannedExamDate}>{m.date(progress.plannedExamDate)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.projected}</dt>
          <dd>
            {projected ? (
              <>
                <time dateTime={projected}>{m.date(projected)}</time>
                <span className="pl-hint">{t.moves(dayOf(projected) - dayOf(progress.plannedExamDate))}</span>
              </>
            ) : (
              <span className="pl-hint">{t.projection[progress.projection]}</span>
            )}
            {projected && progress.projection === 'fixed-length' && <span className="pl-hint">{t.projection['fixed-length']}</span>}
          </dd>
        </div>
      </dl>
      <p className="note">{t.tolerance(progress.toleranceHours, ON_TRACK_WEEKS, perWeek)}</p>
      <h4>{t.doneHeading}</h4>
      {progress.completed.length === 0 ? (
        <p>{t.doneNone}</p>
      ) : (
        <ul className="pl-done">
          {progress.completed.map((c) => (
            <li key={c.key}>{t.doneItem(step(c.key)?.title ?? c.key, c.date)}</li>
          ))}
        </ul>
      )}
      {progress.overdue.length > 0 && (
        <>
          <h4>{t.overdueHeading(progress.asOf)}</h4>
          <ul className="pl-overdue">
            {progress.overdue.map((key) => {
              const s = step(key);
              return <li key={key}>{s ? t.overdueItem(s.title, s.date) : key}</li>;
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * A computed plan on the page: what to check, the timeline, every milestone with its date and
 * meaning, the hours, and where each duration comes from with its sources. Used for the live
 * preview, saved plans and the static example the page is built with.
 */
import { formatDay, formatHours, type DurationOrigin, type Plan } from '../../../functions/domain/planner.ts';
import type { SourceRef } from './api.ts';
import { TimelineChart } from './chart.tsx';

/** One sentence for the live region and the top of the plan. */
export function planSummary(plan: Plan): string {
  const warnings = plan.warnings.filter((w) => w.severity === 'warning').length;
  return (
    `${plan.credential.acronym} exam on ${formatDay(plan.examDate)}, credential by ${formatDay(plan.credentialDate)}: ` +
    `${plan.monthsToCredential} months from ${formatDay(plan.startDate)} at ${formatHours(plan.hoursPerWeek)} hours a week (${formatHours(plan.hours.total)} hours in all).` +
    (warnings > 0 ? ` ${warnings === 1 ? '1 warning' : `${warnings} warnings`} to check.` : '')
  );
}

const ORIGIN: Record<DurationOrigin, string> = {
  program: "The program's stated figure",
  reader: 'Your input',
  article: 'The source article',
  credential: "The credential's rules",
  rule: 'A published guide',
  assumption: "This site's assumption",
  computed: 'Worked out from the above',
};

function Sources({ ids, sources }: { ids: string[]; sources: Record<string, SourceRef> }) {
  const known = [...new Set(ids)].flatMap((id) => (sources[id] ? [{ id, ...sources[id] }] : []));
  if (known.length === 0) return null;
  return (
    <p className="pl-src">
      {known.length === 1 ? 'Source: ' : 'Sources: '}
      {known.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <a href={s.url}>{s.title}</a> ({s.publisher})
        </span>
      ))}
    </p>
  );
}

export function PlanView({ plan, sources, headingLevel = 2 }: { plan: Plan; sources: Record<string, SourceRef>; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const warnings = plan.warnings.filter((w) => w.severity === 'warning');
  const notes = plan.warnings.filter((w) => w.severity === 'info');
  const after = plan.milestones.filter((m) => m.date > plan.credentialDate);
  return (
    <div className="pl-plan">
      <dl className="pl-facts">
        <div>
          <dt>Credential</dt>
          <dd>
            {plan.credential.acronym}: {plan.credential.name} ({plan.credential.issuingBody})
          </dd>
        </div>
        <div>
          <dt>Program</dt>
          <dd>{plan.program ? `${plan.program.name} (${plan.program.provider})` : "None chosen: the article's path"}</dd>
        </div>
        <div>
          <dt>Exam</dt>
          <dd>
            <time dateTime={plan.examDate}>{formatDay(plan.examDate)}</time>
          </dd>
        </div>
        <div>
          <dt>Credential by</dt>
          <dd>
            <time dateTime={plan.credentialDate}>{formatDay(plan.credentialDate)}</time> ({plan.monthsToCredential} months)
          </dd>
        </div>
        <div>
          <dt>Study</dt>
          <dd>
            {formatHours(plan.hoursPerWeek)} hours a week, {formatHours(plan.hours.total)} hours in all
          </dd>
        </div>
      </dl>

      {(warnings.length > 0 || notes.length > 0) && (
        <section className="pl-warnings" aria-labelledby="pl-warn-h">
          <H id="pl-warn-h">{warnings.length > 0 ? 'Check before you rely on these dates' : 'Good to know'}</H>
          <ul>
            {warnings.map((w) => (
              <li key={w.code} className="pl-warning">
                <strong>Warning:</strong> {w.message}
              </li>
            ))}
            {notes.map((w) => (
              <li key={w.code} className="pl-info">
                <strong>Note:</strong> {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="pl-time-h">
        <H id="pl-time-h">Timeline by month</H>
        <TimelineChart plan={plan} />
        <p className="note pl-key">
          Solid bar: coursework. Hatched bar: exam prep. Outlined bar: waiting for results.{plan.breaks.length > 0 && ' Dotted band: your breaks.'}
          {after.length === 1 && ` The step after the credential (${formatDay(after[0]!.date)}) is in the list below.`}
          {after.length > 1 && ` The ${after.length} steps after the credential (up to ${formatDay(after.at(-1)!.date)}) are in the list below.`}
        </p>
      </section>

      <section aria-labelledby="pl-steps-h">
        <H id="pl-steps-h">Milestones</H>
        <ol className="pl-steps">
          {plan.milestones.map((m) => (
            <li key={m.key} className={`pl-step pl-k-${m.kind}`}>
              <p className="pl-date">
                <time dateTime={m.date}>{formatDay(m.date)}</time>
              </p>
              <Sub className="pl-title">{m.title}</Sub>
              <p className="pl-detail">
                {m.detail}
                {m.movedFromBreak && ' (Moved to the first day after your break.)'}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="pl-hours-h" className="pl-hours-section">
        <H id="pl-hours-h">Hours</H>
        <table className="pl-hours">
          <caption className="pl-sr">Study hours in the plan</caption>
          <tbody>
            <tr>
              <th scope="row">Coursework</th>
              <td className="num">{formatHours(plan.hours.coursework)}</td>
            </tr>
            <tr>
              <th scope="row">Exam prep</th>
              <td className="num">{formatHours(plan.hours.examPrep)}</td>
            </tr>
            <tr>
              <th scope="row">Total</th>
              <td className="num">
                <strong>{formatHours(plan.hours.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pl-dur-h">
        <H id="pl-dur-h">Where each duration comes from</H>
        <ul className="pl-durations">
          {plan.durations.map((d) => (
            <li key={d.key} className={`pl-o-${d.origin}`}>
              <p>
                <strong>{d.label}:</strong> {d.value}. <span className="pl-origin">{ORIGIN[d.origin]}</span>
              </p>
              {d.note && <p className="note">{d.note}</p>}
              <Sources ids={d.sourceIds} sources={sources} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

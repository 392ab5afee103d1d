/**
 * A computed plan on the page: what to check, the timeline, every milestone with its date and
 * meaning, the hours, and where each duration comes from with its sources. Used for the live
 * preview, saved plans and the static example the page is built with.
 */
import type { ReactNode } from 'react';
import type { Plan } from '../../../functions/domain/planner.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import type { SourceRef } from './api.ts';
import { TimelineChart } from './chart.tsx';

/** One sentence for the live region and the top of the plan. */
export function planSummary(plan: Plan, m: PlanPageMessages['view']): string {
  return m.summary({
    acronym: plan.credential.acronym,
    examDate: plan.examDate,
    credentialDate: plan.credentialDate,
    months: plan.monthsToCredential,
    startDate: plan.startDate,
    hoursPerWeek: plan.hoursPerWeek,
    totalHours: plan.hours.total,
    warnings: plan.warnings.filter((w) => w.severity === 'warning').length,
  });
}

function Sources({ ids, sources, m }: { ids: string[]; sources: Record<string, SourceRef>; m: PlanPageMessages['view'] }) {
  const known = [...new Set(ids)].flatMap((id) => (sources[id] ? [{ id, ...sources[id] }] : []));
  if (known.length === 0) return null;
  return (
    <p className="pl-src">
      {known.length === 1 ? m.source : m.sources}
      {known.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <a href={s.url}>{s.title}</a> ({s.publisher})
        </span>
      ))}
    </p>
  );
}

interface ViewProps {
  plan: Plan;
  sources: Record<string, SourceRef>;
  m: PlanPageMessages;
  headingLevel?: 2 | 3;
  /** Fold where each duration comes from (and its source links) away until opened: the edit view, where the reader has seen them. */
  foldSources?: boolean;
}

/** The plan in full, in the page's words. */
export function PlanView({ plan, sources, m: messages, headingLevel = 2, foldSources = false }: ViewProps) {
  const m = messages.view;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const warnings = plan.warnings.filter((w) => w.severity === 'warning');
  const notes = plan.warnings.filter((w) => w.severity === 'info');
  const after = plan.milestones.filter((step) => step.date > plan.credentialDate);
  return (
    <div className="pl-plan">
      <dl className="pl-facts">
        <div>
          <dt>{m.credential}</dt>
          <dd>
            {plan.credential.acronym}: {plan.credential.name} ({plan.credential.issuingBody})
          </dd>
        </div>
        <div>
          <dt>{m.program}</dt>
          <dd>{plan.program ? `${plan.program.name} (${plan.program.provider})` : m.noProgram}</dd>
        </div>
        <div>
          <dt>{m.exam}</dt>
          <dd>
            <time dateTime={plan.examDate}>{m.date(plan.examDate)}</time>
          </dd>
        </div>
        <div>
          <dt>{m.credentialBy}</dt>
          <dd>
            <time dateTime={plan.credentialDate}>{m.date(plan.credentialDate)}</time> {`(${m.months(plan.monthsToCredential)})`}
          </dd>
        </div>
        <div>
          <dt>{m.study}</dt>
          <dd>{m.studyHours(plan.hoursPerWeek, plan.hours.total)}</dd>
        </div>
      </dl>

      {(warnings.length > 0 || notes.length > 0) && (
        <section className="pl-warnings" aria-labelledby="pl-warn-h">
          <H id="pl-warn-h">{warnings.length > 0 ? m.warningsHeading : m.notesHeading}</H>
          <ul>
            {warnings.map((w) => (
              <li key={w.code} className="pl-warning">
                <strong>{m.warning}</strong> {w.message}
              </li>
            ))}
            {notes.map((w) => (
              <li key={w.code} className="pl-info">
                <strong>{m.note}</strong> {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="pl-time-h">
        <H id="pl-time-h">{m.timeline}</H>
        <TimelineChart plan={plan} m={messages.chart} />
        <p className="note pl-key">
          {m.key}
          {plan.breaks.length > 0 && m.keyBreaks}
          {after.length === 1 && m.afterOne(after[0]!.date)}
          {after.length > 1 && m.afterMany(after.length, after.at(-1)!.date)}
        </p>
      </section>

      <section aria-labelledby="pl-steps-h">
        <H id="pl-steps-h">{m.milestones}</H>
        <ol className="pl-steps">
          {plan.milestones.map((step) => (
            <li key={step.key} className={`pl-step pl-k-${step.kind}`}>
              <p className="pl-date">
                <time dateTime={step.date}>{m.date(step.date)}</time>
              </p>
              <Sub className="pl-title">{step.title}</Sub>
              <p className="pl-detail">
                {step.detail}
                {step.movedFromBreak && m.moved}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="pl-hours-h" className="pl-hours-section">
        <H id="pl-hours-h">{m.hours}</H>
        <table className="pl-hours">
          <caption className="pl-sr">{m.hoursCaption}</caption>
          <tbody>
            <tr>
              <th scope="row">{m.coursework}</th>
              <td className="num">{m.hoursFigure(plan.hours.coursework)}</td>
            </tr>
            <tr>
              <th scope="row">{m.examPrep}</th>
              <td className="num">{m.hoursFigure(plan.hours.examPrep)}</td>
            </tr>
            <tr>
              <th scope="row">{m.total}</th>
              <td className="num">
                <strong>{m.hoursFigure(plan.hours.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pl-dur-h">
        <Fold open={!foldSources} heading={<H id="pl-dur-h">{m.durations}</H>} summary={<summary id="pl-dur-h">{m.durations}</summary>}>
          <Durations plan={plan} sources={sources} m={m} />
        </Fold>
      </section>
    </div>
  );
}

/** Its heading and content, or folded: a <details> whose summary says the same. */
function Fold({ open, heading, summary, children }: { open: boolean; heading: ReactNode; summary: ReactNode; children: ReactNode }) {
  return open ? (
    <>
      {heading}
      {children}
    </>
  ) : (
    <details className="pl-fold">
      {summary}
      {children}
    </details>
  );
}

/** Where each duration of the plan comes from, with its sources. */
function Durations({ plan, sources, m }: { plan: Plan; sources: Record<string, SourceRef>; m: PlanPageMessages['view'] }) {
  return (
    <ul className="pl-durations">
      {plan.durations.map((d) => (
        <li key={d.key} className={`pl-o-${d.origin}`}>
          <p>
            <strong>{`${d.label}:`}</strong> {`${d.value}. `}
            <span className="pl-origin">{m.origin[d.origin]}</span>
          </p>
          {d.note && <p className="note">{d.note}</p>}
          <Sources ids={d.sourceIds} sources={sources} m={m} />
        </li>
      ))}
    </ul>
  );
}

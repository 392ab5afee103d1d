/**
 * A saved plan's progress, loaded lazily (React.lazy) only when a saved plan is open: with the edit
 * link, record progress (ProgressForm) and apply a catch-up (CatchUp); with either link, where the
 * reader stands (Standing) and what changed (PlanHistory). Also the calendar subscription (Subscription),
 * which the save panel shows. Every save is a PUT of a whole body; the answer is the new view.
 */
import { use, useState } from 'react';
import type { ReplanOption } from '../../../functions/domain/progress.ts';
import type { SavedPlanInput } from '../../../functions/domain/replan.ts';
import type { Answer, SavedPlan } from './api.ts';
import { CatchUp } from './CatchUp.tsx';
import type { FieldErrors } from './field.tsx';
import { PlanHistory } from './PlanHistory.tsx';
import { ProgressForm } from './ProgressForm.tsx';
import { Standing } from './Standing.tsx';
import { Subscribe } from './Subscribe.tsx';
import { usePlanWords } from './words.ts';

/** PUT a body as the plan's next version (`reset`: put its input in the form). */
type Update = (body: SavedPlanInput, reset?: boolean) => Promise<Answer<SavedPlan>>;

interface Props {
  /** The API's answer for the saved plan. */
  saved: SavedPlan;
  /** The reader holds the edit token. */
  editable: boolean;
  today: string;
  /** The form has unsaved changes. */
  dirty: boolean;
  busy: boolean;
  update: Update;
}

/** The id of the panel's status line: focus goes there once a save is answered. */
const STATUS_ID = 'pl-progress-status';
const focusStatus = () => requestAnimationFrame(() => document.getElementById(STATUS_ID)?.focus());

export default function ProgressPanel({ saved, editable, today, dirty, busy, update }: Props) {
  // Its words load with it, in the page's locale (the Suspense around it waits for them).
  const m = use(usePlanWords().progress());
  const [status, setStatus] = useState('');

  /** Say why a save failed; the API's field errors when it named fields of a form. */
  const failed = (answer: Extract<Answer<SavedPlan>, { ok: false }>) => setStatus(answer.status === 412 ? m.form.stale : m.form.failed(answer.message));

  async function saveProgress(body: SavedPlanInput): Promise<FieldErrors | undefined> {
    setStatus(m.form.saving);
    const answer = await update(body);
    if (answer.ok) {
      const p = answer.body.progress;
      setStatus(m.form.saved(answer.body.version, p ? `${m.standing.badge[p.state]} ${m.standing.detail(p)}` : ''));
      focusStatus();
      return undefined;
    }
    failed(answer);
    if (answer.status === 400 && Object.keys(answer.fields).length > 0) return answer.fields;
    focusStatus();
    return undefined;
  }

  async function apply(option: ReplanOption) {
    setStatus(m.catchUp.applying);
    const answer = await update(option.input, true);
    if (answer.ok) setStatus(m.catchUp.applied(answer.body.version, answer.body.plan.examDate, answer.body.plan.hoursPerWeek));
    else failed(answer);
    focusStatus();
  }

  const { progress } = saved;
  return (
    <section className="pl-progress" aria-labelledby="pl-progress-h">
      <h2 id="pl-progress-h">{editable ? m.form.heading : m.form.headingShared}</h2>
      {editable && (
        <>
          <p>{m.form.intro}</p>
          {/* Keyed by version: a saved change (a re-plan drops ticks of steps it renumbers) starts the form afresh. */}
          <ProgressForm key={saved.version} saved={saved} today={today} busy={busy} onSave={saveProgress} m={m} />
        </>
      )}
      {editable && (
        <p className="pl-status" id={STATUS_ID} role="status" tabIndex={-1}>
          {status}
        </p>
      )}
      <Standing progress={progress} plan={saved.plan} m={m} />
      {editable && progress && <CatchUp progress={progress} hoursPerWeek={saved.plan.hoursPerWeek} dirty={dirty} busy={busy} onApply={(o) => void apply(o)} m={m} />}
      <PlanHistory history={saved.history} m={m} />
    </section>
  );
}

/** The calendar subscription of a saved plan, in the page's language. */
export function Subscription(props: { id: string; input: SavedPlanInput; editable: boolean; busy: boolean; update: Update }) {
  return <Subscribe {...props} m={use(usePlanWords().progress())} />;
}

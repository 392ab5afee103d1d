/**
 * Recording progress on a saved plan (edit link only): tick the steps done, each with its day (today
 * unless changed), and give the hours studied so far as a running total and the day it is true at.
 * Checked here by the API's own rules (days between the start and today, hours no more than the
 * elapsed weeks allow); a field the API still refuses shows its answer beside the field.
 */
import { useRef, useState } from 'react';
import { MAX_HOURS_PER_WEEK } from '../../../functions/domain/planner-check.ts';
import { maxHoursBy } from '../../../functions/domain/progress.ts';
import type { SavedPlanInput } from '../../../functions/domain/replan.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';
import type { SavedPlan } from './api.ts';
import { fieldA11y, FieldError, type FieldErrors } from './field.tsx';
import { focusFirstError } from './use-saved-plan.ts';

interface Props {
  saved: SavedPlan;
  today: string;
  busy: boolean;
  /** Save the body (the saved input with this progress): the API's field errors come back when it refuses. */
  onSave: (body: SavedPlanInput) => Promise<FieldErrors | undefined>;
  m: PlanProgressMessages;
}

/** A ticked step's day field (progress.done.<key>: the API names it progress.completed.<i>.date). */
const doneField = (key: string) => `progress.done.${key}`;
const idOf = (field: string) => field.replace(/\./g, '-');

/** The API's field names for this form's fields: progress.completed.<i>.* is the i-th tick sent. */
export function formFieldOf(name: string, sent: readonly { key: string }[]): string {
  const hit = /^progress\.completed\.(\d+)\.(key|date)$/.exec(name);
  const key = hit && sent[Number(hit[1])]?.key;
  return key ? doneField(key) : name;
}

export function ProgressForm({ saved, today, busy, onSave, m }: Props) {
  const t = m.form;
  const start = saved.input.startDate;
  const recorded = saved.input.progress;
  // The steps a reader does on the way to the exam, in the plan's order.
  const steps = saved.plan.milestones.filter((s) => s.date <= saved.plan.examDate);
  const [ticks, setTicks] = useState<Record<string, string>>(() => Object.fromEntries((recorded?.completed ?? []).map((c) => [c.key, c.date])));
  const [hours, setHours] = useState(recorded ? String(recorded.hoursDone) : '');
  const [asOf, setAsOf] = useState(today);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const day = (iso: string) => (!iso ? m.check.dateMissing : iso < start ? m.check.beforeStart(start) : iso > today ? m.check.afterToday(today) : undefined);
  const found: FieldErrors = {};
  const hoursDone = Number(hours);
  const max = maxHoursBy(start, asOf && asOf >= start ? asOf : start);
  const hoursError = hours.trim() === '' ? m.check.hoursMissing : !Number.isFinite(hoursDone) || hoursDone < 0 ? m.check.hoursNotNumber : hoursDone > max ? m.check.hoursOverElapsed(max, asOf, MAX_HOURS_PER_WEEK) : undefined;
  if (hoursError) found['progress.hoursDone'] = hoursError;
  const asOfError = day(asOf);
  if (asOfError) found['progress.asOf'] = asOfError;
  for (const [key, date] of Object.entries(ticks)) {
    const e = day(date);
    if (e) found[doneField(key)] = e;
  }
  const all = { ...found, ...server };
  const errors = Object.fromEntries(Object.entries(all).filter(([field]) => submitted || touched.has(field) || field in server));

  const edited = (field: string) => {
    if (field in server) setServer(({ [field]: _, ...rest }) => rest);
  };
  const tick = (key: string, on: boolean) => {
    const next = { ...ticks };
    if (on) next[key] = today;
    else delete next[key];
    setTicks(next);
    edited(doneField(key));
  };

  async function save() {
    setSubmitted(true);
    if (Object.keys(found).length > 0) {
      focusFirstError(formRef.current);
      return;
    }
    const completed = steps.filter((s) => s.key in ticks).map((s) => ({ key: s.key, date: ticks[s.key]! }));
    const refused = await onSave({ ...saved.input, progress: { asOf, hoursDone, completed } });
    if (refused) {
      setServer(Object.fromEntries(Object.entries(refused).map(([name, text]) => [formFieldOf(name, completed), text])));
      focusFirstError(formRef.current);
    }
  }

  if (today < start) return <p>{t.notYet(start)}</p>;
  return (
    <form
      ref={formRef}
      className="pl-progress-form"
      noValidate
      aria-label={t.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onBlur={(e) => {
        const field = e.target.dataset.field;
        if (field && !touched.has(field)) setTouched(new Set(touched).add(field));
      }}
    >
      <fieldset>
        <legend>{t.stepsLegend}</legend>
        <ul className="pl-ticks">
          {steps.map((s) => {
            const field = doneField(s.key);
            const ticked = s.key in ticks;
            return (
              <li key={s.key} className={ticked ? 'pl-ticked' : undefined}>
                <label className="pl-tick">
                  <input type="checkbox" checked={ticked} onChange={(e) => tick(s.key, e.target.checked)} />
                  <span>
                    {s.title}
                    <span className="pl-hint">{t.planned(s.date)}</span>
                  </span>
                </label>
                {ticked && (
                  <span className="pl-field pl-done-on">
                    <label htmlFor={idOf(field)}>
                      {t.doneOn}
                      <span className="pl-sr">{` ${s.title}`}</span>
                    </label>
                    <input
                      id={idOf(field)}
                      data-field={field}
                      type="date"
                      min={start}
                      max={today}
                      value={ticks[s.key]}
                      onChange={(e) => {
                        setTicks({ ...ticks, [s.key]: e.target.value });
                        edited(field);
                      }}
                      {...fieldA11y(errors, field)}
                    />
                    <FieldError errors={errors} name={field} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p className="pl-field">
        <label htmlFor="progress-hoursDone">{t.hoursDone}</label>
        <input
          id="progress-hoursDone"
          data-field="progress.hoursDone"
          type="number"
          inputMode="decimal"
          min={0}
          step={0.5}
          value={hours}
          onChange={(e) => {
            setHours(e.target.value);
            edited('progress.hoursDone');
          }}
          {...fieldA11y(errors, 'progress.hoursDone', 'progress-hoursDone-hint')}
        />
        <span className="pl-hint" id="progress-hoursDone-hint">
          {t.hoursHint}
        </span>
        <FieldError errors={errors} name="progress.hoursDone" />
      </p>
      <p className="pl-field">
        <label htmlFor="progress-asOf">{t.asOf}</label>
        <input
          id="progress-asOf"
          data-field="progress.asOf"
          type="date"
          min={start}
          max={today}
          value={asOf}
          onChange={(e) => {
            setAsOf(e.target.value);
            edited('progress.asOf');
          }}
          {...fieldA11y(errors, 'progress.asOf', 'progress-asOf-hint')}
        />
        <span className="pl-hint" id="progress-asOf-hint">
          {t.asOfHint}
        </span>
        <FieldError errors={errors} name="progress.asOf" />
      </p>
      <p>
        <button type="submit" disabled={busy}>
          {t.save}
        </button>
      </p>
    </form>
  );
}

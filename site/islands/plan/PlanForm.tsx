/**
 * The plan form: the credential and program, how to plan (forward from hours a week or back from an
 * exam date), the dates, hours and exam-prep weeks, the breaks and the plan's name. Every number field
 * takes its range from the planner's input limits.
 */
import type { RefObject } from 'react';
import { EARLIEST_START, MAX_HOURS_PER_WEEK, MAX_PREP_WEEKS, MAX_TITLE_LENGTH, MIN_HOURS_PER_WEEK, MIN_PREP_WEEKS } from '../../../functions/domain/planner-check.ts';
import { localePath } from '../../i18n/locale.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import type { Catalog, FormState } from './api.ts';
import { BreaksEditor } from './BreaksEditor.tsx';
import { fieldA11y, FieldError, type FieldErrors } from './field.tsx';
import { NumberField } from './NumberField.tsx';
import { usePlanWords } from './words.ts';

interface Props {
  catalog: Catalog;
  form: FormState;
  change: (patch: Partial<FormState>) => void;
  /** The reader left the control with this id: its field's error shows from now on. */
  touch: (id: string) => void;
  /** Remove the break row with this key. */
  removeBreak: (key: number) => void;
  /** The errors to show (those of fields touched, or all once the reader tried to save). */
  errors: FieldErrors;
  /** Fields stay disabled until the island runs. */
  /** The reader holds the plan's edit token. */
  editing: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  m: PlanPageMessages;
}

/** Hours a week step by half hours; exam prep is whole weeks. */
const HOURS_STEP = 0.5;

export function PlanForm({ catalog, form, change, touch, removeBreak, errors, editing, formRef, onSubmit, m }: Props) {
  const { locale } = usePlanWords();
  const { rules } = catalog;
  const t = m.form;
  const credential = catalog.credentials.find((c) => c.id === form.certificationId);
  const matching = catalog.programs.filter((p) => p.prepares.includes(form.certificationId));
  const others = catalog.programs.filter((p) => !p.prepares.includes(form.certificationId));
  const programLabel = (p: Catalog['programs'][number]) => t.programOption({ provider: p.provider, name: p.name, hours: p.hours, months: p.length?.months });
  const issuers = [...new Set(catalog.credentials.map((c) => c.issuingBody))];

  return (
    <form
      ref={formRef}
      className="pl-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onBlur={(e) => touch(e.target.id)}
      aria-labelledby="pl-form-h"
    >
      <h2 id="pl-form-h">{editing ? t.headingEdit : t.headingNew}</h2>
      <fieldset>
        <legend>{t.aimLegend}</legend>
        <p className="pl-field">
          <label htmlFor="certificationId">{t.credential}</label>
          <select id="certificationId" value={form.certificationId} onChange={(e) => change({ certificationId: e.target.value })} {...fieldA11y(errors, 'certificationId')}>
            {issuers.map((body) => (
              <optgroup key={body} label={body}>
                {catalog.credentials
                  .filter((c) => c.issuingBody === body)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.acronym}: {c.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldError errors={errors} name="certificationId" />
        </p>
        <p className="pl-field">
          <label htmlFor="programId">{t.program}</label>
          <select id="programId" value={form.programId} onChange={(e) => change({ programId: e.target.value })} {...fieldA11y(errors, 'programId', 'programId-hint')}>
            <option value="">{t.noProgram(rules.defaultCoursework.value)}</option>
            {matching.length > 0 && (
              <optgroup label={t.preparesFor(credential?.acronym ?? '')}>
                {matching.map((p) => (
                  <option key={p.id} value={p.id}>
                    {programLabel(p)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t.otherPrograms}>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {programLabel(p)}
                </option>
              ))}
            </optgroup>
          </select>
          <span className="pl-hint" id="programId-hint">
            {`${t.programHint} `}
            <a href={localePath(locale, '/courses/')}>{t.comparePrograms}</a>.
          </span>
          <FieldError errors={errors} name="programId" />
        </p>
      </fieldset>

      <fieldset>
        <legend>{t.datesLegend}</legend>
        <div className="pl-field pl-mode" role="radiogroup" aria-label={t.modeLabel}>
          <label>
            <input type="radio" name="pl-mode" value="forward" checked={form.mode === 'forward'} onChange={() => change({ mode: 'forward' })} />
            {` ${t.modeForward}`}
          </label>
          <label>
            <input type="radio" name="pl-mode" value="target" checked={form.mode === 'target'} onChange={() => change({ mode: 'target' })} />
            {` ${t.modeTarget}`}
          </label>
        </div>
        <p className="pl-field">
          <label htmlFor="startDate">{t.startDate}</label>
          <input id="startDate" type="date" min={EARLIEST_START} value={form.startDate} onChange={(e) => change({ startDate: e.target.value })} {...fieldA11y(errors, 'startDate')} />
          <FieldError errors={errors} name="startDate" />
        </p>
        {form.mode === 'target' ? (
          <p className="pl-field">
            <label htmlFor="targetExamDate">{t.examDate}</label>
            <input id="targetExamDate" type="date" value={form.targetExamDate} onChange={(e) => change({ targetExamDate: e.target.value })} {...fieldA11y(errors, 'targetExamDate')} />
            <FieldError errors={errors} name="targetExamDate" />
          </p>
        ) : (
          <NumberField
            name="hoursPerWeek"
            label={t.hoursPerWeek}
            value={form.hoursPerWeek}
            onChange={(hoursPerWeek) => change({ hoursPerWeek })}
            min={MIN_HOURS_PER_WEEK}
            max={MAX_HOURS_PER_WEEK}
            step={HOURS_STEP}
            fallback={rules.hoursPerWeek.value}
            hint={t.numberHint}
            errors={errors}
          />
        )}
        <NumberField
          name="examPrepWeeks"
          label={t.prepWeeks}
          value={form.examPrepWeeks}
          onChange={(examPrepWeeks) => change({ examPrepWeeks })}
          min={MIN_PREP_WEEKS}
          max={MAX_PREP_WEEKS}
          step={1}
          fallback={rules.examPrepWeeks.value}
          hint={t.numberHint}
          errors={errors}
        />
      </fieldset>

      <BreaksEditor breaks={form.breaks} onChange={(breaks) => change({ breaks })} onRemove={removeBreak} errors={errors} m={m.breaks} />

      <p className="pl-field">
        <label htmlFor="title">{t.title}</label>
        <input id="title" type="text" maxLength={MAX_TITLE_LENGTH} value={form.title} onChange={(e) => change({ title: e.target.value })} {...fieldA11y(errors, 'title')} />
        <FieldError errors={errors} name="title" />
      </p>
    </form>
  );
}

/** The breaks of the plan form: a row per break (first and last day off, what it is), add and remove, up to the planner's limit. */
import { MAX_BREAKS, MAX_LABEL_LENGTH } from '../../../functions/domain/planner-check.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import { newBreak, type BreakRow } from './api.ts';
import { fieldA11y, FieldError, type FieldErrors } from './field.tsx';

interface Props {
  breaks: BreakRow[];
  onChange: (breaks: BreakRow[]) => void;
  disabled: boolean;
  errors: FieldErrors;
  m: PlanPageMessages['breaks'];
}

export function BreaksEditor({ breaks, onChange, disabled, errors, m }: Props) {
  const change = (key: number, patch: Partial<BreakRow>) => onChange(breaks.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  return (
    <fieldset disabled={disabled} className="pl-breaks">
      <legend>{m.legend}</legend>
      <FieldError errors={errors} name="breaks" />
      {breaks.length === 0 && <p className="pl-hint">{m.none}</p>}
      {breaks.map((b, i) => (
        <fieldset key={b.key} className="pl-break">
          <legend>{m.name(i + 1)}</legend>
          <p className="pl-field">
            <label htmlFor={`breaks-${i}-start`}>{m.start}</label>
            <input id={`breaks-${i}-start`} type="date" value={b.start} onChange={(e) => change(b.key, { start: e.target.value, end: b.end || e.target.value })} {...fieldA11y(errors, `breaks.${i}.start`)} />
            <FieldError errors={errors} name={`breaks.${i}.start`} />
          </p>
          <p className="pl-field">
            <label htmlFor={`breaks-${i}-end`}>{m.end}</label>
            <input id={`breaks-${i}-end`} type="date" value={b.end} onChange={(e) => change(b.key, { end: e.target.value })} {...fieldA11y(errors, `breaks.${i}.end`)} />
            <FieldError errors={errors} name={`breaks.${i}.end`} />
          </p>
          <p className="pl-field">
            <label htmlFor={`breaks-${i}-label`}>{m.label}</label>
            <input id={`breaks-${i}-label`} type="text" maxLength={MAX_LABEL_LENGTH} value={b.label} onChange={(e) => change(b.key, { label: e.target.value })} {...fieldA11y(errors, `breaks.${i}.label`)} />
            <FieldError errors={errors} name={`breaks.${i}.label`} />
          </p>
          <button type="button" className="pl-secondary" onClick={() => onChange(breaks.filter((x) => x.key !== b.key))}>
            {m.remove(i + 1)}
          </button>
        </fieldset>
      ))}
      {breaks.length < MAX_BREAKS && (
        <button type="button" className="pl-secondary" onClick={() => onChange([...breaks, newBreak()])}>
          {m.add}
        </button>
      )}
    </fieldset>
  );
}

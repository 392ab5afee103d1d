/**
 * The breaks of the plan form: a row per break (first and last day off, what it is), add and remove, up
 * to the planner's limit. Adding a break takes focus to its first day off; removing one, to "Add a break".
 */
import { useEffect, useRef } from 'react';
import { MAX_BREAKS, MAX_LABEL_LENGTH } from '../../../functions/domain/planner-check.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import { newBreak, type BreakRow } from './api.ts';
import { fieldA11y, FieldError, type FieldErrors } from './field.tsx';

interface Props {
  breaks: BreakRow[];
  onChange: (breaks: BreakRow[]) => void;
  /** Remove the row with this key. */
  onRemove: (key: number) => void;
  errors: FieldErrors;
  m: PlanPageMessages['breaks'];
}

const ADD_ID = 'pl-add-break';
/** The last day off follows the first while it is empty or the same (typed by keyboard, the year passes through 0002, 0020, 0202). */
const follows = (b: BreakRow) => !b.end || b.end === b.start;

export function BreaksEditor({ breaks, onChange, onRemove, errors, m }: Props) {
  /** The control to focus once the rows have changed. */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const change = (key: number, patch: Partial<BreakRow>) => onChange(breaks.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  return (
    <fieldset className="pl-breaks">
      <legend>{m.legend}</legend>
      <FieldError errors={errors} name="breaks" />
      {breaks.length === 0 && <p className="pl-hint">{m.none}</p>}
      {breaks.map((b, i) => (
        <fieldset key={b.key} className="pl-break">
          <legend>{m.name(i + 1)}</legend>
          <p className="pl-field">
            <label htmlFor={`breaks-${i}-start`}>{m.start}</label>
            <input id={`breaks-${i}-start`} type="date" value={b.start} onChange={(e) => change(b.key, { start: e.target.value, end: follows(b) ? e.target.value : b.end })} {...fieldA11y(errors, `breaks.${i}.start`)} />
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
          <button
            type="button"
            className="pl-secondary"
            onClick={() => {
              focusNext.current = ADD_ID;
              onRemove(b.key);
            }}
          >
            {m.remove(i + 1)}
          </button>
        </fieldset>
      ))}
      {breaks.length < MAX_BREAKS && (
        <button
          type="button"
          id={ADD_ID}
          className="pl-secondary"
          onClick={() => {
            focusNext.current = `breaks-${breaks.length}-start`;
            onChange([...breaks, newBreak()]);
          }}
        >
          {m.add}
        </button>
      )}
    </fieldset>
  );
}

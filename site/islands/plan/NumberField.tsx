/**
 * A number field of the plan form: its range comes from the planner's input limits (the same ones the
 * API checks), and its hint says that range and what an empty field means.
 */
import { fieldA11y, FieldError, type FieldErrors } from './field.tsx';

interface Props {
  /** The input's id and the field's name in the planner input. */
  name: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  min: number;
  max: number;
  step: number;
  /** The default an empty field stands for, shown as the placeholder. */
  fallback: number;
  /** The hint under the field, given its range and default. */
  hint: (range: { min: number; max: number; fallback: number }) => string;
  errors: FieldErrors;
}

export function NumberField({ name, label, value, onChange, min, max, step, fallback, hint, errors }: Props) {
  const hintId = `${name}-hint`;
  return (
    <p className="pl-field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        type="number"
        inputMode={Number.isInteger(step) ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        placeholder={String(fallback)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...fieldA11y(errors, name, hintId)}
      />
      <span className="pl-hint" id={hintId}>
        {hint({ min, max, fallback })}
      </span>
      <FieldError errors={errors} name={name} />
    </p>
  );
}

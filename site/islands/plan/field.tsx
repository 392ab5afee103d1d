/** How a form field shows its error: aria-invalid and aria-describedby on the control, the message beside it. */
import { usePlanWords } from './words.ts';

/** Errors by field name (breaks.0.end), as the planner's input check and the API name them. */
export type FieldErrors = Record<string, string>;

const errorId = (name: string) => `${name.replace(/\./g, '-')}-err`;

/** The accessibility attributes of a control: invalid when its field has an error, described by its hint and error. */
export function fieldA11y(errors: FieldErrors, name: string, hint?: string) {
  const error = errors[name];
  const described = [hint, error ? errorId(name) : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined } as const;
}

/** The error message of a field, when it has one, led by the locale's "Error:" (drawn by the style sheet). */
export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  const { m } = usePlanWords();
  const error = errors[name];
  return error ? (
    <span className="pl-err" id={errorId(name)} data-lead={m.errorLead}>
      {error}
    </span>
  ) : null;
}

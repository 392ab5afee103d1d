/**
 * The input rules the planner relies on, beyond the shape a schema checks: real dates in range, a start
 * and an exam date outside every break, and sane numbers. Used by the API (400 naming the field) and by
 * the page (errors beside the fields), so both refuse the same things.
 */
import { addMonths, parseDay } from './planner-dates.ts';
import type { PlanInput } from './planner-types.ts';

/** Why a field fails, as a code with the numbers the message needs (the catalog words it). */
export type FieldCheck =
  | { code: 'not-a-date' }
  | { code: 'start-too-early'; earliest: string }
  | { code: 'before-earliest'; earliest: string }
  | { code: 'start-too-far'; years: number }
  | { code: 'hours-out-of-range'; min: number; max: number }
  | { code: 'prep-out-of-range'; min: number; max: number }
  | { code: 'too-long'; max: number }
  | { code: 'too-many-breaks'; max: number }
  | { code: 'break-ends-before-start' }
  | { code: 'break-too-long'; days: number }
  | { code: 'start-in-break' }
  | { code: 'exam-not-after-start' }
  | { code: 'exam-too-far'; years: number }
  | { code: 'exam-in-break' }
  /** The target exam date needs more hours a week than a plan allows (`needed` null: no study days are left before exam prep). */
  | { code: 'hours-over-max'; needed: number | null; max: number };
export type FieldCheckCode = FieldCheck['code'];

/** One failing field, named as the request body names it (breaks.0.end), and why. */
export type FieldError = { field: string } & FieldCheck;

export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;
export const MIN_PREP_WEEKS = 1;
export const MAX_PREP_WEEKS = 52;
export const MAX_BREAKS = 12;
export const MAX_BREAK_DAYS = 366;
export const MAX_LABEL_LENGTH = 80;
export const MAX_TITLE_LENGTH = 120;
/** Plans start no earlier than this... */
export const EARLIEST_START = '2000-01-01';
/** ...and no more than this many years after today. */
export const MAX_YEARS_AHEAD = 5;
/** A target exam date at most this many years after the start. */
export const MAX_TARGET_YEARS = 10;

const EARLIEST_DAY = parseDay(EARLIEST_START)!;
const fail = (field: string, check: FieldCheck): FieldError => ({ field, ...check });

/** Every rule the input breaks; empty when the planner can take it. */
export function checkPlanInput(input: PlanInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const todayDay = parseDay(today);
  if (todayDay === undefined) throw new RangeError(`today is not a date: ${today}`);

  const start = parseDay(input.startDate);
  if (start === undefined) errors.push(fail('startDate', { code: 'not-a-date' }));
  else if (start < EARLIEST_DAY) errors.push(fail('startDate', { code: 'start-too-early', earliest: EARLIEST_START }));
  else if (start > addMonths(todayDay, 12 * MAX_YEARS_AHEAD)) errors.push(fail('startDate', { code: 'start-too-far', years: MAX_YEARS_AHEAD }));

  const hpw = input.hoursPerWeek;
  if (hpw !== undefined && !(Number.isFinite(hpw) && hpw >= MIN_HOURS_PER_WEEK && hpw <= MAX_HOURS_PER_WEEK)) {
    errors.push(fail('hoursPerWeek', { code: 'hours-out-of-range', min: MIN_HOURS_PER_WEEK, max: MAX_HOURS_PER_WEEK }));
  }
  const prep = input.examPrepWeeks;
  if (prep !== undefined && !(Number.isInteger(prep) && prep >= MIN_PREP_WEEKS && prep <= MAX_PREP_WEEKS)) {
    errors.push(fail('examPrepWeeks', { code: 'prep-out-of-range', min: MIN_PREP_WEEKS, max: MAX_PREP_WEEKS }));
  }
  if (input.title !== undefined && input.title.length > MAX_TITLE_LENGTH) errors.push(fail('title', { code: 'too-long', max: MAX_TITLE_LENGTH }));

  const breaks = input.breaks ?? [];
  if (breaks.length > MAX_BREAKS) errors.push(fail('breaks', { code: 'too-many-breaks', max: MAX_BREAKS }));
  const ranges: { start: number; end: number }[] = [];
  breaks.slice(0, MAX_BREAKS).forEach((b, i) => {
    const from = parseDay(b.start);
    const to = parseDay(b.end);
    if (from === undefined) errors.push(fail(`breaks.${i}.start`, { code: 'not-a-date' }));
    else if (from < EARLIEST_DAY) errors.push(fail(`breaks.${i}.start`, { code: 'before-earliest', earliest: EARLIEST_START }));
    if (to === undefined) errors.push(fail(`breaks.${i}.end`, { code: 'not-a-date' }));
    if (b.label !== undefined && b.label.length > MAX_LABEL_LENGTH) errors.push(fail(`breaks.${i}.label`, { code: 'too-long', max: MAX_LABEL_LENGTH }));
    if (from === undefined || to === undefined) return;
    if (to < from) errors.push(fail(`breaks.${i}.end`, { code: 'break-ends-before-start' }));
    else if (to - from + 1 > MAX_BREAK_DAYS) errors.push(fail(`breaks.${i}.end`, { code: 'break-too-long', days: MAX_BREAK_DAYS }));
    else ranges.push({ start: from, end: to });
  });
  const inBreak = (day: number) => ranges.some((r) => r.start <= day && day <= r.end);
  if (start !== undefined && inBreak(start)) errors.push(fail('startDate', { code: 'start-in-break' }));

  if (input.targetExamDate !== undefined) {
    const exam = parseDay(input.targetExamDate);
    if (exam === undefined) errors.push(fail('targetExamDate', { code: 'not-a-date' }));
    else if (start !== undefined && exam <= start) errors.push(fail('targetExamDate', { code: 'exam-not-after-start' }));
    else if (start !== undefined && exam > addMonths(start, 12 * MAX_TARGET_YEARS)) errors.push(fail('targetExamDate', { code: 'exam-too-far', years: MAX_TARGET_YEARS }));
    else if (inBreak(exam)) errors.push(fail('targetExamDate', { code: 'exam-in-break' }));
  }
  return errors;
}

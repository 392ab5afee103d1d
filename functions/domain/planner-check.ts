/**
 * The input rules the planner relies on, beyond the shape a schema checks: real dates in range, a start
 * and an exam date outside every break, and sane numbers. Used by the API (400 naming the field) and by
 * the page (errors beside the fields), so both refuse the same things.
 */
import { addMonths, parseDay } from './planner-dates.ts';
import type { PlanInput } from './planner-types.ts';

/** One failing field, named as the request body names it (breaks.0.end). */
export interface FieldError {
  field: string;
  detail: string;
}

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

/** Every rule the input breaks; empty when the planner can take it. */
export function checkPlanInput(input: PlanInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const todayDay = parseDay(today);
  if (todayDay === undefined) throw new RangeError(`today is not a date: ${today}`);

  const start = parseDay(input.startDate);
  if (start === undefined) errors.push({ field: 'startDate', detail: 'Give a real calendar date as YYYY-MM-DD.' });
  else if (start < EARLIEST_DAY) errors.push({ field: 'startDate', detail: `Start on or after ${EARLIEST_START}.` });
  else if (start > addMonths(todayDay, 12 * MAX_YEARS_AHEAD)) errors.push({ field: 'startDate', detail: `Start no more than ${MAX_YEARS_AHEAD} years from today.` });

  const hpw = input.hoursPerWeek;
  if (hpw !== undefined && !(Number.isFinite(hpw) && hpw >= MIN_HOURS_PER_WEEK && hpw <= MAX_HOURS_PER_WEEK)) {
    errors.push({ field: 'hoursPerWeek', detail: `Between ${MIN_HOURS_PER_WEEK} and ${MAX_HOURS_PER_WEEK} hours a week.` });
  }
  const prep = input.examPrepWeeks;
  if (prep !== undefined && !(Number.isInteger(prep) && prep >= MIN_PREP_WEEKS && prep <= MAX_PREP_WEEKS)) {
    errors.push({ field: 'examPrepWeeks', detail: `A whole number of weeks from ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS}.` });
  }
  if (input.title !== undefined && input.title.length > MAX_TITLE_LENGTH) errors.push({ field: 'title', detail: `At most ${MAX_TITLE_LENGTH} characters.` });

  const breaks = input.breaks ?? [];
  if (breaks.length > MAX_BREAKS) errors.push({ field: 'breaks', detail: `At most ${MAX_BREAKS} breaks.` });
  const ranges: { start: number; end: number }[] = [];
  breaks.slice(0, MAX_BREAKS).forEach((b, i) => {
    const from = parseDay(b.start);
    const to = parseDay(b.end);
    if (from === undefined) errors.push({ field: `breaks.${i}.start`, detail: 'Give a real calendar date as YYYY-MM-DD.' });
    else if (from < EARLIEST_DAY) errors.push({ field: `breaks.${i}.start`, detail: `On or after ${EARLIEST_START}.` });
    if (to === undefined) errors.push({ field: `breaks.${i}.end`, detail: 'Give a real calendar date as YYYY-MM-DD.' });
    if (b.label !== undefined && b.label.length > MAX_LABEL_LENGTH) errors.push({ field: `breaks.${i}.label`, detail: `At most ${MAX_LABEL_LENGTH} characters.` });
    if (from === undefined || to === undefined) return;
    if (to < from) errors.push({ field: `breaks.${i}.end`, detail: 'The break must end on or after the day it starts.' });
    else if (to - from + 1 > MAX_BREAK_DAYS) errors.push({ field: `breaks.${i}.end`, detail: `A break is at most ${MAX_BREAK_DAYS} days.` });
    else ranges.push({ start: from, end: to });
  });
  const inBreak = (day: number) => ranges.some((r) => r.start <= day && day <= r.end);
  if (start !== undefined && inBreak(start)) errors.push({ field: 'startDate', detail: 'The start date falls inside one of your breaks.' });

  if (input.targetExamDate !== undefined) {
    const exam = parseDay(input.targetExamDate);
    if (exam === undefined) errors.push({ field: 'targetExamDate', detail: 'Give a real calendar date as YYYY-MM-DD.' });
    else if (start !== undefined && exam <= start) errors.push({ field: 'targetExamDate', detail: 'The exam date must come after the start date.' });
    else if (start !== undefined && exam > addMonths(start, 12 * MAX_TARGET_YEARS)) errors.push({ field: 'targetExamDate', detail: `At most ${MAX_TARGET_YEARS} years after the start date.` });
    else if (inBreak(exam)) errors.push({ field: 'targetExamDate', detail: 'The exam date falls inside one of your breaks.' });
  }
  return errors;
}

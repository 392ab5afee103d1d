/**
 * The planner's arithmetic: how much coursework there is, how many study days it takes at a number of
 * hours a week, and where coursework, exam prep, booking and the exam fall around the breaks, planning
 * forward from a start date or backward from a target exam date.
 */
import { MAX_HOURS_PER_WEEK } from './planner-check.ts';
import { addMonths, type BreakCalendar } from './planner-dates.ts';
import type { PlannerCredential, PlannerProgram, PlannerRules } from './planner-types.ts';

const EPS = 1e-9;
/** Round to a tenth, for hours shown to the reader. */
export const round1 = (x: number) => Math.round(x * 10) / 10;
/** Round up to a tenth: hours a week that are always enough. */
export const ceil1 = (x: number) => Math.ceil(x * 10 - 1e-6) / 10;

/**
 * How much coursework: a workload in hours (a program's stated hours, or the rules' default course's
 * when no program is chosen or the chosen one states neither) that more hours a week finish sooner;
 * or a program's stated length, which hours a week do not change.
 */
export type Coursework =
  | { kind: 'workload'; hours: number; from: 'program' | 'default' }
  | { kind: 'length'; months: number; text: string };

/** The coursework of a plan: the program's hours, else its length, else the default course's hours. */
export function courseworkOf(program: PlannerProgram | undefined, rules: PlannerRules): Coursework {
  if (program?.hours) return { kind: 'workload', hours: program.hours, from: 'program' };
  if (program?.length) return { kind: 'length', ...program.length };
  return { kind: 'workload', hours: rules.defaultCoursework.value, from: 'default' };
}

/** Study days a stated length takes from the start: whole months on the calendar, part months at 30.4375 days each. */
export function lengthDays(work: Extract<Coursework, { kind: 'length' }>, start: number): number {
  return Number.isInteger(work.months) ? addMonths(start, work.months) - start : Math.round(work.months * 30.4375);
}

/** Study days a workload takes at a number of hours a week (a study day is a free day, at a seventh of the week's hours). */
export const workloadDays = (hours: number, hoursPerWeek: number) => Math.max(1, Math.ceil((hours * 7) / hoursPerWeek - EPS));

/** Where the study phases and the exam fall. All day numbers; every one is a free day. */
export interface Schedule {
  /** Number of study days of coursework. */
  courseworkDays: number;
  /** Last day of coursework. */
  done: number;
  prepStart: number;
  prepEnd: number;
  exam: number;
}

/** Forward: coursework from the start, then exam prep, then the exam on the next free day. */
export function forwardSchedule(cal: BreakCalendar, start: number, courseworkDays: number, prepDays: number): Schedule {
  const done = cal.forward(start, courseworkDays);
  const prepStart = cal.forward(done + 1, 1);
  const prepEnd = cal.forward(prepStart, prepDays);
  return { courseworkDays, done, prepStart, prepEnd, exam: cal.forward(prepEnd + 1, 1) };
}

export type TargetSolution =
  | { feasible: true; hoursPerWeek: number; schedule: Schedule }
  /** The target cannot be met: the schedule is the earliest, at the most hours a week (or the program's length); `needed` the hours a week a workload would need (Infinity: no study days left). */
  | { feasible: false; hoursPerWeek: number; schedule: Schedule; needed?: number };

/**
 * Backward: exam prep ends on the last free day before the exam; coursework must fit in the free days
 * from the start to prep. A workload gives the hours a week that needs (rounded up to a tenth).
 */
export function solveTarget(cal: BreakCalendar, start: number, exam: number, prepDays: number, work: Coursework, fallbackHours: number): TargetSolution {
  const prepEnd = cal.backward(exam - 1, 1);
  const prepStart = cal.backward(prepEnd, prepDays);
  const available = prepStart > start ? cal.freeDaysBetween(start, prepStart) : 0;
  if (work.kind === 'workload') {
    const needed = available >= 1 ? ceil1((work.hours * 7) / available) : Infinity;
    if (needed <= MAX_HOURS_PER_WEEK) {
      const courseworkDays = workloadDays(work.hours, needed);
      return { feasible: true, hoursPerWeek: needed, schedule: { courseworkDays, done: cal.forward(start, courseworkDays), prepStart, prepEnd, exam } };
    }
    return { feasible: false, hoursPerWeek: MAX_HOURS_PER_WEEK, needed, schedule: forwardSchedule(cal, start, workloadDays(work.hours, MAX_HOURS_PER_WEEK), prepDays) };
  }
  const days = lengthDays(work, start);
  if (days <= available) return { feasible: true, hoursPerWeek: fallbackHours, schedule: { courseworkDays: days, done: cal.forward(start, days), prepStart, prepEnd, exam } };
  return { feasible: false, hoursPerWeek: fallbackHours, schedule: forwardSchedule(cal, start, days, prepDays) };
}

/**
 * The day to book (or apply for) the exam: when exam prep starts, or later where the credential's exam
 * window would close before the exam, leaving `margin` days for approval. Always a free day before the exam.
 */
export function bookingDay(cal: BreakCalendar, credential: PlannerCredential, schedule: Schedule, margin: number): number {
  let day = schedule.prepStart;
  if (credential.examWindow) day = Math.max(day, schedule.exam - credential.examWindow.days + margin);
  day = cal.nextFree(day);
  return day < schedule.exam ? day : cal.prevFree(schedule.exam - 1);
}

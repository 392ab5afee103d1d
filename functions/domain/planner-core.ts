/**
 * The dates of a plan: from the input and its context, which way it is planned (forward from the start
 * or back from a target exam date), the hours a week, where coursework, exam prep, booking, the exam,
 * the results and the credential fall around the breaks, and the hours done. Milestones, warnings and
 * durations are all read from this one worked-out core.
 */
import { MAX_HOURS_PER_WEEK, type FieldError } from './planner-check.ts';
import { addMonths, breakCalendar, dayOf, type BreakCalendar } from './planner-dates.ts';
import { bookingDay, courseworkOf, forwardSchedule, lengthDays, round1, solveTarget, workloadDays, type Coursework, type Schedule } from './planner-schedule.ts';
import type { PlanContext, PlanInput, RuleValue } from './planner-types.ts';

/** Everything a plan's parts are read from; days are day numbers (planner-dates.ts). */
export interface PlanCore {
  input: PlanInput;
  ctx: PlanContext;
  cal: BreakCalendar;
  mode: 'forward' | 'target';
  start: number;
  today: number;
  prepWeeks: number;
  work: Coursework;
  hoursPerWeek: number;
  /** Where the hours a week come from: the reader, the default, worked out from the exam date, or the most a plan allows. */
  hoursFrom: 'reader' | 'default' | 'needed' | 'max';
  /** False when a target exam date cannot be met: the schedule is then the earliest one. */
  feasible: boolean;
  /** The hours a week a target exam date would need when that is more than a plan allows (Infinity: no study days are left). */
  hoursNeeded: number | undefined;
  schedule: Schedule;
  hours: { coursework: number; examPrep: number; total: number };
  /** Hours of coursework done by a day. */
  hoursBy: (day: number) => number;
  /** Unrounded coursework hours (a stated length counts the reader's hours). */
  courseworkHours: number;
  booking: number;
  resultsRule: RuleValue;
  /** The day results are expected (and the credential held), moved past a break. */
  credentialDay: number;
}

/** Months from one day to another, to a tenth, counted on the calendar. */
export function monthsBetween(from: number, to: number): number {
  let m = 0;
  while (addMonths(from, m + 1) <= to) m++;
  const a = addMonths(from, m);
  return round1(m + (to - a) / (addMonths(from, m + 1) - a));
}

/** The worked-out dates and hours of a plan. The input must pass checkPlanInput. */
export function planCore(input: PlanInput, ctx: PlanContext): PlanCore {
  const { credential, program, rules } = ctx;
  const cal = breakCalendar((input.breaks ?? []).map((b) => ({ start: dayOf(b.start), end: dayOf(b.end) })));
  const start = dayOf(input.startDate);
  const prepWeeks = input.examPrepWeeks ?? rules.examPrepWeeks.value;
  const work = courseworkOf(program, rules);

  const mode = input.targetExamDate === undefined ? 'forward' : 'target';
  const fallbackHours = input.hoursPerWeek ?? rules.hoursPerWeek.value;
  let hoursPerWeek = fallbackHours;
  let hoursFrom: PlanCore['hoursFrom'] = input.hoursPerWeek === undefined ? 'default' : 'reader';
  let feasible = true;
  let hoursNeeded: number | undefined;
  let schedule: Schedule;
  if (mode === 'forward') {
    const days = work.kind === 'workload' ? workloadDays(work.hours, hoursPerWeek) : lengthDays(work, start);
    schedule = forwardSchedule(cal, start, days, prepWeeks * 7);
  } else {
    const solved = solveTarget(cal, start, dayOf(input.targetExamDate!), prepWeeks * 7, work, fallbackHours);
    hoursPerWeek = solved.hoursPerWeek;
    schedule = solved.schedule;
    feasible = solved.feasible;
    if (!solved.feasible) hoursNeeded = solved.needed;
    if (work.kind === 'workload') hoursFrom = solved.feasible ? 'needed' : 'max';
  }

  const rate = hoursPerWeek / 7;
  const courseworkHours = work.kind === 'workload' ? work.hours : rate * schedule.courseworkDays;
  const hoursBy = (day: number) => round1(Math.min(courseworkHours, cal.freeDaysBetween(start, day) * rate));
  const hours = { coursework: round1(courseworkHours), examPrep: round1(hoursPerWeek * prepWeeks), total: 0 };
  hours.total = round1(hours.coursework + hours.examPrep);

  const resultsRule = credential.resultsDays ?? rules.resultsDays;
  return {
    input,
    ctx,
    cal,
    mode,
    start,
    today: dayOf(ctx.today),
    prepWeeks,
    work,
    hoursPerWeek,
    hoursFrom,
    feasible,
    hoursNeeded,
    schedule,
    hours,
    hoursBy,
    courseworkHours,
    booking: bookingDay(cal, credential, schedule, rules.windowMarginDays.value),
    resultsRule,
    credentialDay: cal.nextFree(schedule.exam + resultsRule.value),
  };
}

/**
 * The input rule that needs the plan's context: a target exam date whose coursework needs more hours a
 * week than a plan allows is refused (the API answers 400 naming targetExamDate; the page says so beside
 * it) rather than planned at the most hours. The input must pass checkPlanInput.
 */
export function checkTarget(input: PlanInput, ctx: PlanContext): FieldError[] {
  const { hoursNeeded: needed } = planCore(input, ctx);
  return needed === undefined ? [] : [{ field: 'targetExamDate', code: 'hours-over-max', needed: Number.isFinite(needed) ? needed : null, max: MAX_HOURS_PER_WEEK }];
}

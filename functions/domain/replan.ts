/**
 * A saved plan that walks with its reader: the recorded progress, and a re-plan that restarts the
 * rest of the plan from a day with the hours already done carried over. A re-plan is part of the
 * saved input (`replan: { from, hoursDone }`): from `from` on, the coursework still to do is planned
 * anew by the input's hoursPerWeek (forward) or targetExamDate (back-planned); the days before stay as
 * they were. Codes and numbers only; the planner itself (planner*.ts) is used as it is.
 */
import { monthsBetween, planCore } from './planner-core.ts';
import { breakCalendar, dayOf, isoOf } from './planner-dates.ts';
import type { PlanFacts } from './planner-facts.ts';
import { courseworkOf, round1 } from './planner-schedule.ts';
import { planTimeline } from './planner.ts';
import type { PlanContext, PlanInput } from './planner-types.ts';

/** A milestone the reader ticked, and the day they did it. */
export interface CompletedMilestone {
  key: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** Where the reader stands, as they record it: hours studied so far as a running total (not entries per week). */
export interface PlanProgressInput {
  /** The day the figures are true at the end of (YYYY-MM-DD): not before the start, not after today. */
  asOf: string;
  /** Hours studied from the start to the end of asOf, coursework and exam prep together. */
  hoursDone: number;
  completed: CompletedMilestone[];
}

/** The rest of the plan planned anew from `from`, with `hoursDone` already studied. */
export interface PlanReplan {
  from: string;
  hoursDone: number;
}

/** What a saved plan stores besides the planner's input (the server keeps its history apart). */
export interface SavedPlanInput extends PlanInput {
  progress?: PlanProgressInput;
  replan?: PlanReplan;
  /** The calendar feed's options: reminders (VALARM) the day before booking and the exam. */
  calendar?: { reminders: boolean };
}

/** The least coursework a re-plan leaves (a workload of 0 hours would read as "no stated hours"). */
const LEAST_LEFT = 0.1;

/** The planner's input and context for the part of a plan still to plan, and what was carried into it. */
export interface Segment {
  input: PlanInput;
  ctx: PlanContext;
  /** Hours studied before the segment (0 without a re-plan). */
  carried: number;
  /** The segment's first day (a free day), when re-planned. */
  from?: number;
}

/** The planner's own input: a saved input without progress, re-plan and calendar options. */
export function plannerInputOf(input: SavedPlanInput): PlanInput {
  const plain: SavedPlanInput = { ...input };
  delete plain.progress;
  delete plain.replan;
  delete plain.calendar;
  return plain;
}

/** True when the coursework is a workload in hours (a program of stated length runs as long as it runs and cannot be re-planned). */
export const canReplan = (ctx: PlanContext) => courseworkOf(ctx.program, ctx.rules).kind === 'workload';

/** The segment of a saved input: the whole plan, or with a re-plan the rest from its day with the coursework left. */
export function segmentOf(input: SavedPlanInput, ctx: PlanContext): Segment {
  const plain = plannerInputOf(input);
  const work = courseworkOf(ctx.program, ctx.rules);
  if (!input.replan || work.kind !== 'workload') return { input: plain, ctx, carried: 0 };
  const cal = breakCalendar((input.breaks ?? []).map((b) => ({ start: dayOf(b.start), end: dayOf(b.end) })));
  const from = cal.nextFree(dayOf(input.replan.from));
  const left = Math.max(LEAST_LEFT, work.hours - input.replan.hoursDone);
  // The coursework left is planned as the program's (or the default course's) hours.
  const segCtx: PlanContext = ctx.program?.hours ? { ...ctx, program: { ...ctx.program, hours: left } } : { ...ctx, rules: { ...ctx.rules, defaultCoursework: { ...ctx.rules.defaultCoursework, value: left } } };
  return { input: { ...plain, startDate: isoOf(from) }, ctx: segCtx, carried: input.replan.hoursDone, from };
}

/**
 * The plan of a saved input, as facts: the planner's plan, or with a re-plan the rest of the plan from
 * its day, dated from the original start with the carried hours counted in (checkpoints are numbered
 * from the re-plan; durations describe the re-planned part).
 */
export function planOf(input: SavedPlanInput, ctx: PlanContext): PlanFacts {
  const seg = segmentOf(input, ctx);
  const facts = planTimeline(seg.input, seg.ctx);
  if (seg.from === undefined) return facts;
  // Only a workload is re-planned (segmentOf): the whole plan's coursework is still its stated hours.
  const coursework = round1((courseworkOf(ctx.program, ctx.rules) as { hours: number }).hours);
  const { examPrep } = facts.hours;
  const total = round1(coursework + examPrep);
  const milestones = facts.milestones.map((m) => {
    if (m.kind === 'start') return { ...m, date: input.startDate, params: { ...m.params, courseworkHours: coursework } };
    if (m.kind === 'checkpoint') {
      const hoursDone = round1(Math.min(coursework, m.hoursDone! + seg.carried));
      return { ...m, hoursDone, params: { ...m.params, hoursDone, courseworkHours: coursework, percent: Math.round((hoursDone / coursework) * 100) } };
    }
    if (m.kind === 'coursework-done') return { ...m, hoursDone: coursework, params: { courseworkHours: coursework } };
    if (m.kind === 'exam') return { ...m, hoursDone: total };
    return m;
  });
  return {
    ...facts,
    isDefaultPath: false,
    startDate: input.startDate,
    hours: { coursework, examPrep, total },
    monthsToCredential: monthsBetween(dayOf(input.startDate), dayOf(facts.credentialDate)),
    milestones,
    phases: facts.phases.map((p) => (p.key === 'coursework' ? { ...p, start: input.startDate } : p)),
  };
}

/** The hours a plan expects done by the end of a day, its pace and its last study day; unrounded. */
export interface ExpectedHours {
  /** Hours expected done by the end of `day`. */
  at: (day: number) => number;
  /** Every hour the plan counts (coursework and exam prep). */
  total: number;
  /** The plan's hours a week (of its re-planned part, when re-planned). */
  hoursPerWeek: number;
  start: number;
  /** The last study day (exam prep's end). */
  end: number;
  /** Free (study) days in [from, to). */
  freeDaysBetween: (from: number, to: number) => number;
}

/** The plan's expected hours, day by day: study at its hours a week on every free day of coursework and exam prep. */
export function expectedHours(input: SavedPlanInput, ctx: PlanContext): ExpectedHours {
  const seg = segmentOf(input, ctx);
  const core = planCore(seg.input, seg.ctx);
  const { cal, schedule } = core;
  const rate = core.hoursPerWeek / 7;
  const prepHours = core.hoursPerWeek * core.prepWeeks;
  const segAt = (day: number) =>
    Math.min(core.courseworkHours, cal.freeDaysBetween(core.start, day + 1) * rate) + Math.min(prepHours, cal.freeDaysBetween(schedule.prepStart, day + 1) * rate);
  const start = dayOf(input.startDate);
  const { carried, from } = seg;
  const lead = from === undefined ? 0 : cal.freeDaysBetween(start, from);
  const at =
    from === undefined
      ? segAt
      : (day: number) => (day < from ? (lead > 0 ? (carried * cal.freeDaysBetween(start, day + 1)) / lead : carried) : carried + segAt(day));
  return { at, total: carried + core.courseworkHours + prepHours, hoursPerWeek: core.hoursPerWeek, start, end: schedule.prepEnd, freeDaysBetween: (from, to) => cal.freeDaysBetween(from, to) };
}

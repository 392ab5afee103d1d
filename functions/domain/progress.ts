/**
 * Where a reader stands against their saved plan, and the two honest ways to catch up. From the saved
 * input (with its progress), the planner's context and today: the hours the plan expected by the
 * progress day, ahead / on track / behind, by how many hours and study days, the exam date at the
 * reader's real pace, and the re-plans "keep the exam date" (the hours a week now needed, refused above
 * the planner's maximum) and "move the exam" (new dates at the real pace). Codes and numbers only.
 *
 * On track means within ON_TRACK_WEEKS (one week) of the plan's hours a week either way: hours are a
 * self-reported running total and people study in weekly rhythms (many only at weekends), so a steady
 * student is up to a week's hours off a plan that spreads them evenly over the days; a week's slip is
 * also what one ordinary week can win back. More than that is a trend worth acting on.
 */
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK } from './planner-check.ts';
import { checkTarget } from './planner-core.ts';
import { dayOf, isoOf } from './planner-dates.ts';
import type { PlanFacts } from './planner-facts.ts';
import { courseworkOf, round1 } from './planner-schedule.ts';
import type { PlanContext } from './planner-types.ts';
import { canReplan, expectedHours, planOf, segmentOf, type CompletedMilestone, type SavedPlanInput } from './replan.ts';

/** "On track" is within this many weeks of the plan's hours a week, ahead or behind. */
export const ON_TRACK_WEEKS = 1;

/** The milestones a reader does (and ticks): a date before the progress day without a tick is overdue. */
const ACTIONABLE = new Set(['start', 'checkpoint', 'coursework-done', 'exam-prep', 'book-exam', 'exam']);

/** Why a re-plan is not offered. */
export type ReplanRefusal =
  /** Keeping the exam date needs more hours a week than a plan allows (`needed` null: no study days are left). */
  | { available: false; code: 'hours-over-max'; needed: number | null; max: number }
  /** The exam date is not after the day the re-plan would start. */
  | { available: false; code: 'exam-passed' }
  /** The program has a stated length: hours a week do not move its dates. */
  | { available: false; code: 'fixed-length' };

/** A re-plan that can be applied: PUT `input` as the plan's new input (Bearer + If-Match). */
export interface ReplanOption {
  available: true;
  /** The hours a week the re-planned part asks. */
  hoursPerWeek: number;
  examDate: string;
  credentialDate: string;
  /** The first day of the re-planned part: the day after asOf, or today when that is later. */
  from: string;
  input: SavedPlanInput;
}

/** Where the reader stands, as numbers and codes. */
export interface PlanProgress {
  asOf: string;
  hoursDone: number;
  /** Hours the plan expected done by the end of asOf (tenths). */
  hoursExpected: number;
  state: 'ahead' | 'on-track' | 'behind';
  /** Hours either way that still count as on track: ON_TRACK_WEEKS of the plan's hours a week. */
  toleranceHours: number;
  /** hoursExpected − hoursDone: negative when ahead. */
  hoursBehind: number;
  /** Study days (breaks left out) between the day the plan reaches hoursDone and asOf: negative when ahead. */
  daysBehind: number;
  /** Hours a week actually studied since the start (over its study days); null before any study day. */
  paceHoursPerWeek: number | null;
  plannedExamDate: string;
  /** The exam at the real pace from the re-plan day on; null when there is no pace to go by (see `projection`). */
  projectedExamDate: string | null;
  /** How the projection was made: at the real pace; or why there is none (no study day yet, no hours yet, under a hour a week); or the program's stated length sets the dates. */
  projection: 'pace' | 'no-study-days' | 'no-hours' | 'too-slow' | 'fixed-length';
  completed: CompletedMilestone[];
  /** Keys of milestones a reader does, dated on or before asOf, not ticked. */
  overdue: string[];
  options: { keepDate: ReplanOption | ReplanRefusal; moveExam: ReplanOption | ReplanRefusal };
}

/** The first day a re-plan may schedule: the day after the progress day, or today when that is later. */
const replanDay = (asOf: number, today: number) => Math.max(asOf + 1, today);

/** The saved input re-planned from `from` with `hoursDone` carried: exam prep weeks already studied come off, completed keys the new plan lacks are dropped. */
function replanned(input: SavedPlanInput, ctx: PlanContext, from: number, change: Partial<SavedPlanInput>, drop: 'targetExamDate' | null): { input: SavedPlanInput; plan: PlanFacts } {
  const progress = input.progress!;
  const coursework = (courseworkOf(ctx.program, ctx.rules) as { hours: number }).hours;
  const prepWeeks = input.examPrepWeeks ?? ctx.rules.examPrepWeeks.value;
  // Exam-prep hours studied since the current part began, in weeks at the plan's pace.
  const prepDone = Math.max(0, progress.hoursDone - Math.max(coursework, input.replan?.hoursDone ?? 0));
  const weeksDone = Math.floor(prepDone / expectedHours(input, ctx).hoursPerWeek);
  const next: SavedPlanInput = { ...input, ...change, examPrepWeeks: Math.max(1, prepWeeks - weeksDone), replan: { from: isoOf(from), hoursDone: progress.hoursDone } };
  if (drop) delete next[drop];
  const plan = planOf(next, ctx);
  const keys = new Set(plan.milestones.map((m) => m.key));
  next.progress = { ...progress, completed: progress.completed.filter((c) => keys.has(c.key)) };
  return { input: next, plan };
}

const optionOf = (r: { input: SavedPlanInput; plan: PlanFacts }, from: number): ReplanOption => ({
  available: true,
  hoursPerWeek: r.plan.hoursPerWeek,
  examDate: r.plan.examDate,
  credentialDate: r.plan.credentialDate,
  from: isoOf(from),
  input: r.input,
});

/** Keep the exam date: the coursework left and the exam prep back-planned from the re-plan day to the same exam. */
export function keepDateOption(input: SavedPlanInput, ctx: PlanContext, examDate: string, from: number): ReplanOption | ReplanRefusal {
  if (!canReplan(ctx)) return { available: false, code: 'fixed-length' };
  if (dayOf(examDate) <= from) return { available: false, code: 'exam-passed' };
  const r = replanned(input, ctx, from, { targetExamDate: examDate }, null);
  const seg = segmentOf(r.input, ctx);
  // The planner's own rule for a target exam date: refused above the most hours a week a plan allows.
  const [over] = checkTarget(seg.input, seg.ctx);
  return over?.code === 'hours-over-max' ? { available: false, code: 'hours-over-max', needed: over.needed, max: over.max } : optionOf(r, from);
}

/** Move the exam: the coursework left and the exam prep planned forward from the re-plan day at `hoursPerWeek`. */
export function moveExamOption(input: SavedPlanInput, ctx: PlanContext, hoursPerWeek: number, from: number): ReplanOption | ReplanRefusal {
  if (!canReplan(ctx)) return { available: false, code: 'fixed-length' };
  return optionOf(replanned(input, ctx, from, { hoursPerWeek }, 'targetExamDate'), from);
}

/** Where the reader stands by their saved progress, or null when none is recorded. The input must pass the planner's and checkProgress's rules. */
export function progressOf(input: SavedPlanInput, ctx: PlanContext, plan: Pick<PlanFacts, 'examDate' | 'milestones'> = planOf(input, ctx)): PlanProgress | null {
  const progress = input.progress;
  if (!progress) return null;
  const expected = expectedHours(input, ctx);
  const asOf = dayOf(progress.asOf);
  const done = progress.hoursDone;
  const hoursExpected = expected.at(asOf);
  const toleranceHours = round1(ON_TRACK_WEEKS * expected.hoursPerWeek);
  const behind = hoursExpected - done;
  const state = behind > toleranceHours ? 'behind' : behind < -toleranceHours ? 'ahead' : 'on-track';

  // The day by whose end the plan reaches the hours done: the first day expecting that many (the day before the start for none).
  const target = Math.min(done, expected.total) - 1e-9;
  let lo = expected.start - 1;
  let hi = Math.max(expected.end, lo);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (expected.at(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  const daysBehind = lo <= asOf ? expected.freeDaysBetween(lo + 1, asOf + 1) : -expected.freeDaysBetween(asOf + 1, lo + 1);

  const studyDays = expected.freeDaysBetween(expected.start, asOf + 1);
  const pace = studyDays > 0 ? (done * 7) / studyDays : null;
  const from = replanDay(asOf, dayOf(ctx.today));
  const fixed = !canReplan(ctx);
  const realPace = pace !== null && pace >= MIN_HOURS_PER_WEEK ? Math.min(MAX_HOURS_PER_WEEK, round1(pace)) : null;
  const moveExam = moveExamOption(input, ctx, realPace ?? Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, expected.hoursPerWeek)), from);
  const projection: PlanProgress['projection'] = fixed ? 'fixed-length' : pace === null ? 'no-study-days' : done === 0 ? 'no-hours' : realPace === null ? 'too-slow' : 'pace';
  const projectedExamDate = fixed ? plan.examDate : projection === 'pace' && moveExam.available ? moveExam.examDate : null;

  const ticked = new Set(progress.completed.map((c) => c.key));
  return {
    asOf: progress.asOf,
    hoursDone: done,
    hoursExpected: round1(hoursExpected),
    state,
    toleranceHours,
    hoursBehind: round1(behind),
    daysBehind,
    paceHoursPerWeek: pace === null ? null : round1(pace),
    plannedExamDate: plan.examDate,
    projectedExamDate,
    projection,
    completed: progress.completed,
    overdue: plan.milestones.filter((m) => ACTIONABLE.has(m.kind) && dayOf(m.date) <= asOf && !ticked.has(m.key)).map((m) => m.key),
    options: { keepDate: keepDateOption(input, ctx, plan.examDate, from), moveExam },
  };
}

/** Why a progress or re-plan field is refused, with the values its message needs. */
export type ProgressCheck =
  | { code: 'before-start'; startDate: string }
  | { code: 'after-today'; today: string }
  | { code: 'hours-over-elapsed'; max: number }
  | { code: 'unknown-milestone' }
  | { code: 'fixed-length' };

/** One failing field (progress.asOf, progress.completed.2.key, replan.from…) and why. */
export type ProgressError = { field: string } & ProgressCheck;

/** The most hours a reader can have studied from the start to the end of a day: MAX_HOURS_PER_WEEK for every week elapsed, to a tenth below. */
export const maxHoursBy = (startDate: string, day: string) => Math.max(0, Math.floor(((dayOf(day) - dayOf(startDate) + 1) * MAX_HOURS_PER_WEEK * 10) / 7) / 10);

/**
 * The rules of progress and re-plan fields beyond their shape: days between the start and today (a
 * re-plan may start tomorrow), hours no more than the elapsed weeks allow, ticked keys of milestones the
 * plan has, and re-plans only of a workload. `plan` is the plan of the input. Dates must be real dates.
 */
export function checkProgress(input: SavedPlanInput, ctx: PlanContext, plan: Pick<PlanFacts, 'milestones'>): ProgressError[] {
  const errors: ProgressError[] = [];
  const { startDate } = input;
  const start = dayOf(startDate);
  const today = dayOf(ctx.today);
  const day = (field: string, iso: string, latest = today) => {
    if (dayOf(iso) < start) errors.push({ field, code: 'before-start', startDate });
    else if (dayOf(iso) > latest) errors.push({ field, code: 'after-today', today: ctx.today });
  };
  const hours = (field: string, hoursDone: number, by: string) => {
    const max = maxHoursBy(startDate, by);
    if (hoursDone > max) errors.push({ field, code: 'hours-over-elapsed', max });
  };
  const { progress, replan } = input;
  if (progress) {
    day('progress.asOf', progress.asOf);
    hours('progress.hoursDone', progress.hoursDone, progress.asOf);
    const keys = new Set(plan.milestones.map((m) => m.key));
    progress.completed.forEach((c, i) => {
      if (!keys.has(c.key)) errors.push({ field: `progress.completed.${i}.key`, code: 'unknown-milestone' });
      day(`progress.completed.${i}.date`, c.date);
    });
  }
  if (replan) {
    if (!canReplan(ctx)) errors.push({ field: 'replan', code: 'fixed-length' });
    day('replan.from', replan.from, today + 1);
    hours('replan.hoursDone', replan.hoursDone, isoOf(dayOf(replan.from) - 1));
  }
  return errors;
}

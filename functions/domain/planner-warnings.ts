/**
 * The rules a plan breaks (severity 'warning') and what the reader should know ('info'), as codes with
 * the values their messages need, each naming the input field that fixes it.
 */
import { addMonths, isoOf } from './planner-dates.ts';
import type { PlanCore } from './planner-core.ts';
import type { WarningFact, WarningParams } from './planner-facts.ts';
import type { PlanInput, WarningCode } from './planner-types.ts';

/** A plan's exam more than this many years after its start gets a note. */
export const LONG_PLAN_YEARS = 5;

const DEGREE_RANK = { associate: 1, bachelor: 2 } as const;

/** A rule the plan breaks, or (`info`) something to know; `field` the input that fixes it. */
const fact = <C extends WarningCode>(severity: WarningFact['severity'], code: C, field: keyof PlanInput | undefined, params: WarningParams[C]) =>
  ({ code, severity, ...(field ? { field } : {}), params }) as WarningFact;
const warn = <C extends WarningCode>(code: C, field: keyof PlanInput, params: WarningParams[C]) => fact('warning', code, field, params);
const info = <C extends WarningCode>(code: C, field: keyof PlanInput | undefined, params: WarningParams[C]) => fact('info', code, field, params);

/** Every warning of the plan, in the order the reader should read them. */
export function warningsOf(core: PlanCore): WarningFact[] {
  const { ctx, cal, mode, start, today, work, schedule, booking, hoursPerWeek } = core;
  const { credential, program, rules } = ctx;
  const { done, exam } = schedule;
  const out: WarningFact[] = [];

  if (!core.feasible) {
    const target = core.input.targetExamDate!;
    out.push(
      work.kind === 'workload'
        ? warn('hours-impossible', 'targetExamDate', { targetDate: target, hoursPerWeek, examDate: isoOf(exam) })
        : warn('target-too-soon', 'targetExamDate', { program: program!.name, length: work.text, prepWeeks: core.prepWeeks, examDate: isoOf(exam), targetDate: target }),
    );
  }
  if (hoursPerWeek > rules.hoursPerWeekWarnAbove.value) {
    out.push(warn('hours-over-limit', mode === 'forward' ? 'hoursPerWeek' : 'targetExamDate', { hoursPerWeek, limit: rules.hoursPerWeekWarnAbove.value, note: rules.hoursPerWeekWarnAbove.note }));
  }
  if (program?.deadline) {
    const d = program.deadline;
    const end = addMonths(start, d.months);
    if (done > end) {
      out.push(warn('access-expires', 'hoursPerWeek', { deadline: d.kind, program: program.name, text: d.text, months: d.months, endDate: isoOf(end), courseworkEnd: isoOf(done) }));
    }
  }
  if (credential.examWindow && exam - booking > credential.examWindow.days) {
    const w = credential.examWindow;
    out.push(warn('exam-window', 'breaks', { examDate: isoOf(exam), bookingDate: isoOf(booking), days: exam - booking, windowDays: w.days, windowText: w.text }));
  }
  if (program && !program.prepares.includes(credential.id)) {
    out.push(warn('program-credential', 'programId', { program: program.name, acronym: credential.acronym }));
  }
  const eligibility = credential.eligibility;
  if (eligibility && (!program?.degree || DEGREE_RANK[program.degree] < DEGREE_RANK[eligibility.needsDegree])) {
    out.push(warn('eligibility', 'programId', { acronym: credential.acronym, text: eligibility.text }));
  }
  if (program?.scheduled && cal.breakDaysWithin(start, done) > 0) {
    out.push(warn('scheduled-break', 'breaks', { program: program.name }));
  }
  if (program && work.kind === 'workload' && work.from === 'default') {
    out.push(info('no-program-length', 'programId', { program: program.name, hours: work.hours }));
  }
  if (credential.statusNote) out.push(info('credential-status', undefined, { text: credential.statusNote.text }));
  if (start < today) out.push(info('start-in-past', 'startDate', { today: ctx.today }));
  if (booking < today && exam >= today) out.push(info('booking-in-past', undefined, { bookingDate: isoOf(booking) }));
  if (exam > addMonths(start, 12 * LONG_PLAN_YEARS)) out.push(info('long-plan', 'hoursPerWeek', { years: LONG_PLAN_YEARS }));
  return out;
}

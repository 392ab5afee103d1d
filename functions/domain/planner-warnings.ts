/**
 * The rules a plan breaks (severity 'warning') and what the reader should know ('info'), as codes with
 * the values their messages need, each naming the input field that fixes it.
 */
import { addMonths, isoOf } from './planner-dates.ts';
import type { PlanCore } from './planner-core.ts';
import type { WarningFact } from './planner-facts.ts';

/** A plan's exam more than this many years after its start gets a note. */
export const LONG_PLAN_YEARS = 5;

const DEGREE_RANK = { associate: 1, bachelor: 2 } as const;

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
        ? { code: 'hours-impossible', severity: 'warning', field: 'targetExamDate', params: { targetDate: target, hoursPerWeek, examDate: isoOf(exam) } }
        : { code: 'target-too-soon', severity: 'warning', field: 'targetExamDate', params: { program: program!.name, length: work.text, prepWeeks: core.prepWeeks, examDate: isoOf(exam), targetDate: target } },
    );
  }
  if (hoursPerWeek > rules.hoursPerWeekWarnAbove.value) {
    const field = mode === 'forward' ? 'hoursPerWeek' : 'targetExamDate';
    out.push({ code: 'hours-over-limit', severity: 'warning', field, params: { hoursPerWeek, limit: rules.hoursPerWeekWarnAbove.value, note: rules.hoursPerWeekWarnAbove.note } });
  }
  if (program?.deadline) {
    const d = program.deadline;
    const end = addMonths(start, d.months);
    if (done > end) {
      out.push({ code: 'access-expires', severity: 'warning', field: 'hoursPerWeek', params: { deadline: d.kind, program: program.name, text: d.text, months: d.months, endDate: isoOf(end), courseworkEnd: isoOf(done) } });
    }
  }
  if (credential.examWindow && exam - booking > credential.examWindow.days) {
    const w = credential.examWindow;
    out.push({ code: 'exam-window', severity: 'warning', field: 'breaks', params: { examDate: isoOf(exam), bookingDate: isoOf(booking), days: exam - booking, windowDays: w.days, windowText: w.text } });
  }
  if (program && !program.prepares.includes(credential.id)) {
    out.push({ code: 'program-credential', severity: 'warning', field: 'programId', params: { program: program.name, acronym: credential.acronym } });
  }
  const eligibility = credential.eligibility;
  if (eligibility && (!program?.degree || DEGREE_RANK[program.degree] < DEGREE_RANK[eligibility.needsDegree])) {
    out.push({ code: 'eligibility', severity: 'warning', field: 'programId', params: { acronym: credential.acronym, text: eligibility.text } });
  }
  if (program?.scheduled && cal.breakDaysWithin(start, done) > 0) {
    out.push({ code: 'scheduled-break', severity: 'warning', field: 'breaks', params: { program: program.name } });
  }
  if (program && work.kind === 'workload' && work.from === 'default') {
    out.push({ code: 'no-program-length', severity: 'info', field: 'programId', params: { program: program.name, hours: work.hours } });
  }
  if (credential.statusNote) out.push({ code: 'credential-status', severity: 'info', params: { text: credential.statusNote.text } });
  if (start < today) out.push({ code: 'start-in-past', severity: 'info', field: 'startDate', params: { today: ctx.today } });
  if (booking < today && exam >= today) out.push({ code: 'booking-in-past', severity: 'info', params: { bookingDate: isoOf(booking) } });
  if (exam > addMonths(start, 12 * LONG_PLAN_YEARS)) out.push({ code: 'long-plan', severity: 'info', field: 'hoursPerWeek', params: { years: LONG_PLAN_YEARS } });
  return out;
}

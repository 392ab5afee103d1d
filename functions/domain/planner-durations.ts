/** Every duration of a plan with its origin (the program, the reader, the credential's rules, a published guide, or this site's assumption) and figures. */
import { monthsBetween, type PlanCore } from './planner-core.ts';
import type { DurationFact } from './planner-facts.ts';
import type { RuleValue } from './planner-types.ts';

const originOf = (rule: RuleValue): 'assumption' | 'rule' => (rule.assumption ? 'assumption' : 'rule');

/** The durations behind the plan's dates, in the order the reader meets them. */
export function durationsOf(core: PlanCore): DurationFact[] {
  const { input, ctx, hoursFrom, work, schedule, hoursPerWeek, prepWeeks, resultsRule, cal, credentialDay, start } = core;
  const { credential, program, rules } = ctx;
  const out: DurationFact[] = [];

  const hoursNote = rules.hoursPerWeek.note;
  if (hoursFrom === 'default') out.push({ key: 'hours-per-week', origin: originOf(rules.hoursPerWeek), sourceIds: rules.hoursPerWeek.sourceIds, params: { from: hoursFrom, hoursPerWeek, note: hoursNote } });
  else out.push({ key: 'hours-per-week', origin: hoursFrom === 'reader' ? 'reader' : 'computed', sourceIds: [], params: { from: hoursFrom, hoursPerWeek, note: hoursNote } });

  const studyDays = schedule.courseworkDays;
  if (work.kind === 'workload' && work.from === 'program') {
    out.push({ key: 'coursework', origin: 'program', sourceIds: program!.sourceIds, params: { from: 'program', hours: work.hours, hoursPerWeek, studyDays } });
  } else if (work.kind === 'length') {
    out.push({ key: 'coursework', origin: 'program', sourceIds: program!.sourceIds, params: { from: 'length', text: work.text, studyDays } });
  } else {
    // The default course's stated hours: a program's figure, chosen by this site's rule (its note says why).
    const rule = rules.defaultCoursework;
    out.push({ key: 'coursework', origin: 'program', sourceIds: rule.sourceIds, params: { from: 'default', hours: work.hours, hoursPerWeek, studyDays, note: rule.note } });
  }
  const breakDays = cal.breakDaysWithin(start, schedule.exam);
  if (breakDays > 0) out.push({ key: 'breaks', origin: 'reader', sourceIds: [], params: { days: breakDays } });
  if (program?.deadline) {
    const d = program.deadline;
    out.push({ key: 'program-deadline', origin: 'program', sourceIds: d.sourceIds, params: { deadline: d.kind, months: d.months, text: d.text } });
  }

  const prepNote = rules.examPrepWeeks.note;
  out.push(
    input.examPrepWeeks !== undefined
      ? { key: 'exam-prep', origin: 'reader', sourceIds: [], params: { weeks: prepWeeks, reader: true, note: prepNote } }
      : { key: 'exam-prep', origin: originOf(rules.examPrepWeeks), sourceIds: rules.examPrepWeeks.sourceIds, params: { weeks: prepWeeks, reader: false, note: prepNote } },
  );
  if (credential.examWindow) {
    const w = credential.examWindow;
    const margin = rules.windowMarginDays;
    out.push({ key: 'booking', origin: 'credential', sourceIds: w.sourceIds, params: { window: { days: w.days, from: w.from, text: w.text, marginDays: margin.value, marginNote: margin.note } } });
  } else {
    out.push({ key: 'booking', origin: 'assumption', sourceIds: [], params: { window: null } });
  }
  out.push({ key: 'results', origin: originOf(resultsRule), sourceIds: resultsRule.sourceIds, params: { days: resultsRule.value, note: resultsRule.note } });
  if (credential.apprentice) {
    const a = credential.apprentice;
    out.push({ key: 'apprentice', origin: 'credential', sourceIds: a.sourceIds, params: { designation: a.designation, routes: a.routes.map((r) => r.label), text: a.text } });
  }
  if (credential.membership) out.push({ key: 'membership', origin: 'credential', sourceIds: credential.membership.sourceIds, params: { months: credential.membership.months, text: credential.membership.text } });
  if (credential.renewal) {
    const r = credential.renewal;
    out.push({ key: 'renewal', origin: 'credential', sourceIds: r.sourceIds, params: { ceus: r.ceus, months: r.months, text: r.text } });
  }
  out.push({ key: 'total', origin: 'computed', sourceIds: [], params: { months: monthsBetween(start, credentialDay) } });
  return out;
}

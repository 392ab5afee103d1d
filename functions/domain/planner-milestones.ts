/**
 * The dated steps of a plan, as kinds with values: start, monthly checkpoints, coursework done, exam
 * prep, booking, the exam, results and the credential; then apprentice removal, membership and renewal.
 */
import { addMonths, isoOf } from './planner-dates.ts';
import type { MilestoneFact, MilestoneParams } from './planner-facts.ts';
import type { PlanCore } from './planner-core.ts';
import type { MilestoneKind, PlannerCredential } from './planner-types.ts';

/** The order milestones of one day are listed in. */
const KIND_ORDER: readonly MilestoneKind[] = ['start', 'checkpoint', 'coursework-done', 'exam-prep', 'book-exam', 'exam', 'results', 'credential', 'apprentice', 'membership', 'renewal'];

/** What the booking step is: applying or enrolling inside an exam window, joining the body that runs the exam, or just booking. */
function bookingStep(credential: PlannerCredential): MilestoneParams['book-exam']['step'] {
  if (credential.examWindow?.from === 'approval') return 'apply';
  if (credential.examWindow?.from === 'enrolment') return 'enrol';
  return credential.membership ? 'join-and-book' : 'book';
}

/** Every milestone of the plan, in date order (kinds of one day in KIND_ORDER). */
export function milestonesOf(core: PlanCore): MilestoneFact[] {
  const { ctx, cal, start, schedule, hours, booking, credentialDay } = core;
  const { credential, program } = ctx;
  const { done, prepStart, exam } = schedule;
  const milestones: MilestoneFact[] = [];
  const add = <K extends MilestoneKind>(m: { key: string; kind: K; day: number; hoursDone?: number; basis: string[]; moved?: boolean; params: MilestoneParams[K] }) => {
    const { day, moved, hoursDone, ...rest } = m;
    milestones.push({ ...rest, date: isoOf(day), ...(hoursDone !== undefined ? { hoursDone } : {}), ...(moved ? { movedFromBreak: true } : {}) } as MilestoneFact);
  };
  /** A date set by the calendar (results, renewals) that lands in a break moves to the first day after it. */
  const settle = (day: number) => ({ day: cal.nextFree(day), moved: cal.nextFree(day) !== day });

  add({ key: 'start', kind: 'start', day: start, hoursDone: 0, basis: ['coursework', 'hours-per-week'], params: { program: program ? { name: program.name, provider: program.provider } : null, courseworkHours: hours.coursework } });

  let last = start;
  let n = 0;
  for (let k = 1; ; k++) {
    const planned = addMonths(start, k);
    if (planned >= done) break;
    const day = cal.nextFree(planned);
    if (day >= done) break;
    if (day <= last) continue;
    const h = core.hoursBy(day);
    n++;
    add({
      key: `checkpoint-${n}`,
      kind: 'checkpoint',
      day,
      hoursDone: h,
      basis: ['coursework', 'hours-per-week'],
      moved: day !== planned,
      params: { n, hoursDone: h, courseworkHours: hours.coursework, percent: Math.round((h / core.courseworkHours) * 100), hoursPerWeek: core.hoursPerWeek },
    });
    last = day;
  }

  add({ key: 'coursework-done', kind: 'coursework-done', day: done, hoursDone: hours.coursework, basis: ['coursework', 'hours-per-week'], params: { courseworkHours: hours.coursework } });
  add({ key: 'exam-prep', kind: 'exam-prep', day: prepStart, basis: ['exam-prep'], params: { prepWeeks: core.prepWeeks, acronym: credential.acronym, prepHours: hours.examPrep } });
  add({
    key: 'book-exam',
    kind: 'book-exam',
    day: booking,
    basis: ['booking'],
    params: {
      step: bookingStep(credential),
      acronym: credential.acronym,
      examDate: isoOf(exam),
      ...(credential.examWindow ? { windowText: credential.examWindow.text } : {}),
      ...(credential.membership ? { membership: { body: credential.membership.body, text: credential.membership.text } } : {}),
    },
  });
  add({ key: 'exam', kind: 'exam', day: exam, hoursDone: hours.total, basis: ['coursework', 'exam-prep'], params: { acronym: credential.acronym, issuingBody: credential.issuingBody } });
  add({ key: 'results', kind: 'results', ...settle(exam + core.resultsRule.value), basis: ['results'], params: { days: core.resultsRule.value, assumption: core.resultsRule.assumption } });
  const apprentice = credential.apprentice;
  add({ key: 'credential', kind: 'credential', day: credentialDay, basis: ['results'], params: { acronym: credential.acronym, name: credential.name, designation: apprentice?.designation ?? null } });

  if (apprentice) {
    const education = program?.apprenticeCourse ? 'course' : program?.practicode ? 'practicode' : 'unknown';
    for (const route of apprentice.routes) {
      add({
        key: `apprentice-${route.key}`,
        kind: 'apprentice',
        ...settle(addMonths(credentialDay, route.workMonths)),
        basis: ['apprentice'],
        params: { designation: apprentice.designation, route: route.label, education: route.education === 'none' ? 'none' : education },
      });
    }
  }
  if (credential.membership) {
    const { body, months } = credential.membership;
    add({ key: 'membership-renewal', kind: 'membership', ...settle(addMonths(booking, months)), basis: ['membership'], params: { body, months } });
  }
  if (credential.renewal) {
    const { ceus, months } = credential.renewal;
    add({ key: 'renewal', kind: 'renewal', ...settle(addMonths(credentialDay, months)), basis: ['renewal'], params: { acronym: credential.acronym, ceus, months, issuingBody: credential.issuingBody } });
  }
  return milestones.sort((a, b) => (a.date === b.date ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) : a.date < b.date ? -1 : 1));
}

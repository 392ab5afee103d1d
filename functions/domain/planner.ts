/**
 * Certification timeline planning: from a start date, a credential, an optional program, hours a week,
 * exam-prep weeks and breaks, the dated milestones to the credential and beyond (apprentice removal,
 * renewal); or, from a target exam date, the hours a week that needs. Pure and deterministic: "today"
 * is part of the context, and every duration says where it comes from. The page imports this file to
 * preview plans in the browser, so it must stay free of node: imports and of the dataset.
 */
import { addMonths, breakCalendar, dayOf, isoOf, type BreakCalendar } from './planner-dates.ts';
import { articlePath, bookingDay, courseworkOf, forwardSchedule, lengthDays, round1, solveTarget, workloadDays, type Coursework, type Schedule } from './planner-schedule.ts';
import type { DurationSource, Milestone, MilestoneKind, Plan, PlanContext, PlanInput, PlannerCredential, PlanWarning, RuleValue } from './planner-types.ts';

export type * from './planner-types.ts';
export { checkPlanInput, type FieldError } from './planner-check.ts';
export { articlePath } from './planner-schedule.ts';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
/** An ISO date in words: "November 27, 2026". */
export const formatDay = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));
const say = (day: number) => formatDay(isoOf(day));
/** 10 → "10", 12.5 → "12.5". */
export const formatHours = (h: number) => String(round1(h));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** 12 → "year", 24 → "2 years", 18 → "18 months". */
const period = (months: number) => (months === 12 ? 'year' : months % 12 === 0 ? `${months / 12} years` : `${months} months`);
/** 24 → "2-year", 18 → "18-month". */
const periodAdjective = (months: number) => (months % 12 === 0 ? `${months / 12}-year` : `${months}-month`);
const weeksOf = (days: number) => (days % 7 === 0 ? plural(days / 7, 'week') : `${round1(days / 7)} weeks`);

/** The order milestones of one day are listed in. */
const KIND_ORDER: readonly MilestoneKind[] = ['start', 'checkpoint', 'coursework-done', 'exam-prep', 'book-exam', 'exam', 'results', 'credential', 'apprentice', 'membership', 'renewal'];

/** Months from one day to another, to a tenth, counted on the calendar. */
function monthsBetween(from: number, to: number): number {
  let m = 0;
  while (addMonths(from, m + 1) <= to) m++;
  const a = addMonths(from, m);
  return round1(m + (to - a) / (addMonths(from, m + 1) - a));
}

/** True when the reader chose nothing but a start date. */
export function isDefaultInput(input: PlanInput, defaultCredentialId: string): boolean {
  return (
    (input.credentialId === undefined || input.credentialId === defaultCredentialId) &&
    !input.programId &&
    input.hoursPerWeek === undefined &&
    input.examPrepWeeks === undefined &&
    !input.breaks?.length &&
    input.targetExamDate === undefined
  );
}

const originOf = (rule: RuleValue): 'assumption' | 'rule' => (rule.assumption ? 'assumption' : 'rule');

/** The plan for one input. The input must pass checkPlanInput; the context's credential and program are the ones it names. */
export function planTimeline(input: PlanInput, ctx: PlanContext): Plan {
  const { credential, program, rules } = ctx;
  const cal = breakCalendar((input.breaks ?? []).map((b) => ({ start: dayOf(b.start), end: dayOf(b.end) })));
  const start = dayOf(input.startDate);
  const today = dayOf(ctx.today);
  const prepWeeks = input.examPrepWeeks ?? rules.examPrepWeeks.value;
  const work = courseworkOf(program, rules);
  const warnings: PlanWarning[] = [];
  const warn = (w: PlanWarning) => warnings.push(w);

  // ---- When: forward from the start, or backward from the target exam date ----
  const mode = input.targetExamDate === undefined ? 'forward' : 'target';
  const fallbackHours = input.hoursPerWeek ?? rules.hoursPerWeek.value;
  let hoursPerWeek = fallbackHours;
  /** Where the hours a week come from: the reader, the default, worked out from the exam date, or the most a plan allows. */
  let hoursFrom: 'reader' | 'default' | 'needed' | 'max' = input.hoursPerWeek === undefined ? 'default' : 'reader';
  let schedule: Schedule;
  if (mode === 'forward') {
    const days = work.kind === 'workload' ? workloadDays(work.hours, hoursPerWeek) : lengthDays(work, start);
    schedule = forwardSchedule(cal, start, days, prepWeeks * 7);
  } else {
    const target = dayOf(input.targetExamDate!);
    const solved = solveTarget(cal, start, target, prepWeeks * 7, work, fallbackHours);
    hoursPerWeek = solved.hoursPerWeek;
    schedule = solved.schedule;
    if (work.kind === 'workload') hoursFrom = solved.feasible ? 'needed' : 'max';
    if (!solved.feasible) {
      warn({
        code: work.kind === 'workload' ? 'hours-impossible' : 'target-too-soon',
        severity: 'warning',
        field: 'targetExamDate',
        message:
          work.kind === 'workload'
            ? `An exam on ${say(target)} would need more than ${hoursPerWeek} hours a week. The plan below shows the earliest exam at ${hoursPerWeek} hours a week: ${say(schedule.exam)}.`
            : `${program!.name} has a stated length (${work.text}), so with ${plural(prepWeeks, 'week')} of exam prep the earliest exam is ${say(schedule.exam)}, not ${say(target)}. The plan below uses that earliest date.`,
      });
    }
  }
  const { done, prepStart, prepEnd, exam } = schedule;

  // ---- Hours ----
  const rate = hoursPerWeek / 7;
  const courseworkHours = work.kind === 'workload' ? work.hours : rate * schedule.courseworkDays;
  const hoursBy = (day: number) => round1(Math.min(courseworkHours, cal.freeDaysBetween(start, day) * rate));
  const hours = { coursework: round1(courseworkHours), examPrep: round1(hoursPerWeek * prepWeeks), total: 0 };
  hours.total = round1(hours.coursework + hours.examPrep);

  // ---- Milestones ----
  const milestones: Milestone[] = [];
  const add = (m: Omit<Milestone, 'date'> & { day: number }) => {
    const { day, ...rest } = m;
    milestones.push({ ...rest, date: isoOf(day) });
  };
  /** A date set by the calendar (results, renewals) that lands in a break moves to the first day after it. */
  const settle = (day: number) => ({ day: cal.nextFree(day), movedFromBreak: cal.nextFree(day) !== day ? true : undefined });

  add({
    key: 'start',
    kind: 'start',
    day: start,
    title: 'Start coursework',
    detail: program
      ? `Begin ${program.name} (${program.provider}).`
      : `Begin a coding course. No program is chosen, so the amount of coursework is the article's path of about ${rules.article.months} months.`,
    hoursDone: 0,
    basis: ['coursework', 'hours-per-week'],
  });

  let last = start;
  let n = 0;
  for (let k = 1; ; k++) {
    const planned = addMonths(start, k);
    if (planned >= done) break;
    const day = cal.nextFree(planned);
    if (day >= done) break;
    if (day <= last) continue;
    const h = hoursBy(day);
    n++;
    add({
      key: `checkpoint-${n}`,
      kind: 'checkpoint',
      day,
      title: `Checkpoint ${n}: about ${Math.round(h)} of ${Math.round(hours.coursework)} hours done`,
      detail: `${Math.round((h / courseworkHours) * 100)}% of the coursework at ${formatHours(hoursPerWeek)} hours a week. Behind? Add hours or move the exam.`,
      hoursDone: h,
      basis: ['coursework', 'hours-per-week'],
      movedFromBreak: day !== planned ? true : undefined,
    });
    last = day;
  }

  add({ key: 'coursework-done', kind: 'coursework-done', day: done, title: 'Coursework done', detail: `All ${formatHours(hours.coursework)} hours of coursework complete.`, hoursDone: hours.coursework, basis: ['coursework', 'hours-per-week'] });
  add({
    key: 'exam-prep',
    kind: 'exam-prep',
    day: prepStart,
    title: 'Start exam prep',
    detail: `${plural(prepWeeks, 'week')} of review and timed practice exams for the ${credential.acronym} (about ${formatHours(hours.examPrep)} hours).`,
    basis: ['exam-prep'],
  });

  const booking = bookingDay(cal, credential, schedule, rules.windowMarginDays.value);
  add({ key: 'book-exam', kind: 'book-exam', day: booking, title: bookingTitle(credential), detail: bookingDetail(credential, exam), basis: ['booking'] });
  add({ key: 'exam', kind: 'exam', day: exam, title: `${credential.acronym} exam day`, detail: `Sit the ${credential.acronym} exam (${credential.issuingBody}).`, hoursDone: hours.total, basis: ['coursework', 'exam-prep'] });

  const resultsRule = credential.resultsDays ?? rules.resultsDays;
  const results = settle(exam + resultsRule.value);
  add({
    key: 'results',
    kind: 'results',
    ...results,
    title: 'Results expected',
    detail: `About ${plural(resultsRule.value, 'day')} after the exam${resultsRule.assumption ? " (this site's assumption: check with the exam body)" : ''}.`,
    basis: ['results'],
  });
  const credentialDay = results.day;
  const apprentice = credential.apprentice;
  add({
    key: 'credential',
    kind: 'credential',
    day: credentialDay,
    title: apprentice ? `${credential.acronym} earned (as ${apprentice.designation})` : `${credential.acronym} earned`,
    detail: apprentice
      ? `With a pass you hold the ${credential.acronym} with apprentice status, ${apprentice.designation}, until you show two years' experience or its equivalent.`
      : `With a pass you hold the ${credential.name} (${credential.acronym}).`,
    basis: ['results'],
  });

  // ---- After the credential: apprentice removal, membership, renewal ----
  if (apprentice) {
    const educated = Boolean(program?.apprenticeCourse || program?.practicode);
    for (const route of apprentice.routes) {
      const at = settle(addMonths(credentialDay, route.workMonths));
      const education =
        route.education === 'none'
          ? ''
          : educated
            ? ` Your program counts as the education (${program!.apprenticeCourse ? 'a coding course of 80 or more contact hours' : "it includes AAPC's Practicode"}).`
            : " The education is an 80-contact-hour coding course or AAPC's Practicode; check whether your course counts.";
      add({
        key: `apprentice-${route.key}`,
        kind: 'apprentice',
        ...at,
        title: `${apprentice.designation} removed: ${route.label}`,
        detail: `The earliest date by this route, if you start coding work when you are certified.${education}`,
        basis: ['apprentice'],
      });
    }
  }
  if (credential.membership) {
    add({
      key: 'membership-renewal',
      kind: 'membership',
      ...settle(addMonths(booking, credential.membership.months)),
      title: `Renew ${credential.membership.body} membership`,
      detail: `A ${period(credential.membership.months)} after joining to book the exam; membership keeps the credential.`,
      basis: ['membership'],
    });
  }
  if (credential.renewal) {
    const r = credential.renewal;
    add({
      key: 'renewal',
      kind: 'renewal',
      ...settle(addMonths(credentialDay, r.months)),
      title: r.ceus === null ? `${credential.acronym} renewal due` : `${r.ceus} CEUs due: ${credential.acronym} renewal`,
      detail: `End of the first ${periodAdjective(r.months)} cycle, counted from the day you are certified; your own date is on your ${credential.issuingBody} account.`,
      basis: ['renewal'],
    });
  }
  milestones.sort((a, b) => (a.date === b.date ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) : a.date < b.date ? -1 : 1));

  // ---- Rules the plan breaks, and what the reader should know ----
  if (hoursPerWeek > rules.hoursPerWeekWarnAbove.value) {
    warn({
      code: 'hours-over-limit',
      severity: 'warning',
      field: mode === 'forward' ? 'hoursPerWeek' : 'targetExamDate',
      message: `${formatHours(hoursPerWeek)} hours a week is more than ${rules.hoursPerWeekWarnAbove.value}: ${rules.hoursPerWeekWarnAbove.note}`,
    });
  }
  if (program?.deadline) {
    const d = program.deadline;
    const end = addMonths(start, d.months);
    if (done > end) {
      warn({
        code: 'access-expires',
        severity: 'warning',
        field: 'hoursPerWeek',
        message:
          d.kind === 'access'
            ? `Your access to ${program.name} ends on ${say(end)}, ${plural(d.months, 'month')} after you start, but coursework ends on ${say(done)}. Add hours a week or shorten your breaks.`
            : `${d.text} Coursework ends on ${say(done)}, after ${say(end)}, so the plan misses that condition.`,
      });
    }
  }
  if (credential.examWindow && exam - booking > credential.examWindow.days) {
    warn({
      code: 'exam-window',
      severity: 'warning',
      field: 'breaks',
      message: `The exam on ${say(exam)} is ${exam - booking} days after the booking step on ${say(booking)}: more than the ${credential.examWindow.days} days the exam window allows (${credential.examWindow.text}). Move a break so you can apply closer to the exam.`,
    });
  }
  if (program && !program.prepares.includes(credential.id)) {
    warn({ code: 'program-credential', severity: 'warning', field: 'programId', message: `${program.name} does not name the ${credential.acronym} among the credentials it prepares for.` });
  }
  const eligibility = credential.eligibility;
  const degreeRank = { associate: 1, bachelor: 2 } as const;
  if (eligibility && (!program?.degree || degreeRank[program.degree] < degreeRank[eligibility.needsDegree])) {
    warn({ code: 'eligibility', severity: 'warning', field: 'programId', message: `${credential.acronym} eligibility: ${eligibility.text}` });
  }
  if (program?.scheduled && cal.breakDaysWithin(start, done) > 0) {
    warn({ code: 'scheduled-break', severity: 'warning', field: 'breaks', message: `${program.name} runs on its own schedule: a break during coursework may mean missed classes or waiting for the next term.` });
  }
  if (program && work.kind === 'workload' && work.from === 'article') {
    warn({ code: 'no-program-length', severity: 'info', field: 'programId', message: `${program.name} states no hours or length, so the coursework is the article's path of about ${rules.article.months} months.` });
  }
  if (credential.statusNote) warn({ code: 'credential-status', severity: 'info', message: credential.statusNote.text });
  if (start < today) warn({ code: 'start-in-past', severity: 'info', field: 'startDate', message: `The start date is before today (${say(today)}): the plan counts study from then.` });
  if (booking < today && exam >= today) warn({ code: 'booking-in-past', severity: 'info', message: `The booking step (${say(booking)}) is already past: book as soon as you can, and check that your exam date is still open.` });
  if (exam > addMonths(start, 60)) warn({ code: 'long-plan', severity: 'info', field: 'hoursPerWeek', message: `The exam is more than five years after the start: code sets and exam rules will change in that time.` });

  return {
    mode,
    today: ctx.today,
    ...(input.title ? { title: input.title } : {}),
    credential: { id: credential.id, acronym: credential.acronym, name: credential.name, issuingBody: credential.issuingBody },
    program: program ? { id: program.id, name: program.name, provider: program.provider } : null,
    isDefaultPath: isDefaultInput(input, rules.defaultCredentialId),
    startDate: isoOf(start),
    examDate: isoOf(exam),
    credentialDate: isoOf(credentialDay),
    hoursPerWeek,
    hours,
    monthsToCredential: monthsBetween(start, credentialDay),
    milestones,
    phases: [
      { key: 'coursework', label: 'Coursework', start: isoOf(start), end: isoOf(done) },
      { key: 'exam-prep', label: 'Exam prep', start: isoOf(prepStart), end: isoOf(prepEnd) },
      { key: 'results', label: 'Waiting for results', start: isoOf(exam), end: isoOf(credentialDay) },
    ],
    breaks: cal.ranges.map((r) => {
      const label = input.breaks?.find((b) => dayOf(b.start) >= r.start && dayOf(b.end) <= r.end && b.label)?.label;
      return { start: isoOf(r.start), end: isoOf(r.end), ...(label ? { label } : {}) };
    }),
    durations: durationsOf({ input, ctx, hoursFrom, work, schedule, hoursPerWeek, prepWeeks, resultsRule, cal, credentialDay, start }),
    warnings,
  };
}

function bookingTitle(credential: PlannerCredential): string {
  if (credential.examWindow?.from === 'approval') return `Apply for the ${credential.acronym} exam`;
  if (credential.examWindow?.from === 'enrolment') return `Enrol for the ${credential.acronym} exam`;
  return credential.membership ? `Join ${credential.membership.body} and book the ${credential.acronym} exam` : `Book the ${credential.acronym} exam`;
}

function bookingDetail(credential: PlannerCredential, exam: number): string {
  const parts = [`Book for ${say(exam)}.`];
  if (credential.examWindow) parts.push(`${credential.examWindow.text}`);
  if (credential.membership) parts.push(`Membership: ${credential.membership.text}`);
  return parts.join(' ');
}

interface DurationArgs {
  input: PlanInput;
  ctx: PlanContext;
  hoursFrom: 'reader' | 'default' | 'needed' | 'max';
  work: Coursework;
  schedule: Schedule;
  hoursPerWeek: number;
  prepWeeks: number;
  resultsRule: RuleValue;
  cal: BreakCalendar;
  credentialDay: number;
  start: number;
}

/** Every duration of the plan with its origin: the program, the reader, the article, the credential's rules, or this site's assumption. */
function durationsOf({ input, ctx, hoursFrom, work, schedule, hoursPerWeek, prepWeeks, resultsRule, cal, credentialDay, start }: DurationArgs): DurationSource[] {
  const { credential, program, rules } = ctx;
  const out: DurationSource[] = [];
  const hpw = `${formatHours(hoursPerWeek)} hours a week`;

  if (hoursFrom === 'needed') {
    out.push({ key: 'hours-per-week', label: 'Hours a week', value: `${hpw}, worked out from your exam date`, origin: 'computed', sourceIds: [], note: 'The hours that fit the coursework into the study days before exam prep, rounded up to a tenth of an hour.' });
  } else if (hoursFrom === 'max') {
    out.push({ key: 'hours-per-week', label: 'Hours a week', value: `${hpw}, the most this planner allows`, origin: 'computed', sourceIds: [], note: 'Your exam date is too soon for any pace the planner allows, so the plan shows the earliest exam at the most hours a week.' });
  } else if (hoursFrom === 'reader') {
    out.push({ key: 'hours-per-week', label: 'Hours a week', value: hpw, origin: 'reader', sourceIds: [], note: 'Your figure.' });
  } else {
    out.push({ key: 'hours-per-week', label: 'Hours a week', value: hpw, origin: originOf(rules.hoursPerWeek), sourceIds: rules.hoursPerWeek.sourceIds, note: rules.hoursPerWeek.note });
  }

  const studyWeeks = weeksOf(schedule.courseworkDays);
  if (work.kind === 'workload' && work.from === 'program') {
    out.push({ key: 'coursework', label: 'Coursework', value: `${formatHours(work.hours)} hours (the program's stated hours) at ${hpw}: ${studyWeeks} of study`, origin: 'program', sourceIds: program!.sourceIds });
  } else if (work.kind === 'length') {
    out.push({ key: 'coursework', label: 'Coursework', value: `${work.text} (the program's stated length), planned as ${studyWeeks} of study`, origin: 'program', sourceIds: program!.sourceIds, note: 'Hours a week do not shorten a program of fixed length; they only count your hours.' });
  } else {
    const a = articlePath(rules);
    out.push({
      key: 'coursework',
      label: 'Coursework',
      value: `${formatHours(work.hours)} hours at ${hpw}: ${studyWeeks} of study`,
      origin: 'article',
      sourceIds: [...rules.article.sourceIds, ...rules.hoursPerWeek.sourceIds],
      note: `No program chosen. ${formatHours(work.hours)} hours is the coursework that fits the article's path (“${rules.article.quote}”) at the default ${formatHours(rules.hoursPerWeek.value)} hours a week: ${plural(a.courseworkWeeks, 'week')}, before ${plural(rules.examPrepWeeks.value, 'week')} of exam prep and the wait for results.`,
    });
  }
  const breakDays = cal.breakDaysWithin(start, schedule.exam);
  if (breakDays > 0) out.push({ key: 'breaks', label: 'Breaks', value: `${plural(breakDays, 'day')} off before the exam; study pauses and no step falls in a break`, origin: 'reader', sourceIds: [] });
  if (program?.deadline) {
    const d = program.deadline;
    out.push({ key: 'program-deadline', label: d.kind === 'access' ? 'Course access' : 'Program deadline', value: `${plural(d.months, 'month')} from enrolment`, origin: 'program', sourceIds: d.sourceIds, note: d.text });
  }

  out.push(
    input.examPrepWeeks !== undefined
      ? { key: 'exam-prep', label: 'Exam prep', value: plural(prepWeeks, 'week'), origin: 'reader', sourceIds: [], note: 'Your figure.' }
      : { key: 'exam-prep', label: 'Exam prep', value: plural(prepWeeks, 'week'), origin: originOf(rules.examPrepWeeks), sourceIds: rules.examPrepWeeks.sourceIds, note: rules.examPrepWeeks.note },
  );
  if (credential.examWindow) {
    const w = credential.examWindow;
    out.push({ key: 'booking', label: 'Exam window', value: `${w.days} days from ${w.from === 'approval' ? 'approval' : 'enrolment'} to the exam`, origin: 'credential', sourceIds: w.sourceIds, note: `${w.text} The plan books when exam prep starts, or later so that ${rules.windowMarginDays.value} days of the window are left spare (${rules.windowMarginDays.note}).` });
  } else {
    out.push({ key: 'booking', label: 'Booking', value: 'When exam prep starts, for the day prep ends', origin: 'assumption', sourceIds: [], note: "This site's suggestion: a booked date gives the prep weeks a fixed end." });
  }
  out.push({ key: 'results', label: 'Results', value: `${plural(resultsRule.value, 'day')} after the exam`, origin: originOf(resultsRule), sourceIds: resultsRule.sourceIds, note: resultsRule.note });
  if (credential.apprentice) {
    const a = credential.apprentice;
    out.push({
      key: 'apprentice',
      label: `${a.designation} removal`,
      value: a.routes.map((r) => r.label).join('; or '),
      origin: 'credential',
      sourceIds: a.sourceIds,
      note: `${a.text} Dates assume coding work starts when you are certified.`,
    });
  }
  if (credential.membership) out.push({ key: 'membership', label: 'Membership', value: `Renewed every ${period(credential.membership.months)}`, origin: 'credential', sourceIds: credential.membership.sourceIds, note: credential.membership.text });
  if (credential.renewal) {
    const r = credential.renewal;
    out.push({ key: 'renewal', label: 'Renewal and CEUs', value: `${r.ceus === null ? 'Renewal' : `${r.ceus} CEUs`} every ${period(r.months)}`, origin: 'credential', sourceIds: r.sourceIds, note: r.text });
  }
  out.push({
    key: 'total',
    label: 'Start to credential',
    value: `${monthsBetween(start, credentialDay)} months`,
    origin: 'computed',
    sourceIds: rules.article.sourceIds,
    note: `The sum of the steps above. For comparison, the source article says: “${rules.article.quote}”`,
  });
  return out;
}

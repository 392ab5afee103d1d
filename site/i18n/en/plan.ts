/**
 * English words of a computed plan: each milestone kind's title and detail, each warning code's
 * message, each duration's label, value and note, each phase's label. Used by the API (and its .ics
 * calendar) and by the plan page, so both say the same.
 */
import type { DurationKey, DurationParams, MilestoneParams, PhaseFact, WarningParams } from '../../../functions/domain/planner-facts.ts';
import { MAX_HOURS_PER_WEEK, type FieldCheck, type FieldCheckCode } from '../../../functions/domain/planner-check.ts';
import type { ProgressCheck } from '../../../functions/domain/progress.ts';
import type { MilestoneKind, WarningCode } from '../../../functions/domain/planner-types.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** 12 → "year", 24 → "2 years", 18 → "18 months". */
const period = (months: number) => (months === 12 ? 'year' : months % 12 === 0 ? `${months / 12} years` : `${months} months`);
/** 24 → "2-year", 18 → "18-month". */
const periodAdjective = (months: number) => (months % 12 === 0 ? `${months / 12}-year` : `${months}-month`);
/** 56 study days → "8 weeks", 60 → "8.6 weeks". */
const weeksOf = (days: number) => (days % 7 === 0 ? plural(days / 7, 'week') : `${f.decimal(days / 7)} weeks`);
const hoursAWeek = (h: number) => `${f.decimal(h)} hours a week`;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** A milestone in words. */
export interface MilestoneWords {
  title: string;
  detail: string;
}
/** A duration in words; `note` only where there is one. */
export interface DurationWords {
  label: string;
  value: string;
  note?: string;
}

const milestone: { [K in MilestoneKind]: (p: MilestoneParams[K]) => MilestoneWords } = {
  start: ({ program, courseworkHours }) => ({
    title: 'Start coursework',
    detail: program
      ? `Begin ${program.name} (${program.provider}).`
      : `Begin a coding course. No program is chosen, so the plan counts ${f.decimal(courseworkHours)} hours of coursework, this site's default course (see where each duration comes from).`,
  }),
  checkpoint: ({ n, hoursDone, courseworkHours, percent, hoursPerWeek }) => ({
    title: `Checkpoint ${n}: about ${Math.round(hoursDone)} of ${Math.round(courseworkHours)} hours done`,
    detail: `${percent}% of the coursework at ${hoursAWeek(hoursPerWeek)}. Behind? Add hours or move the exam.`,
  }),
  'coursework-done': ({ courseworkHours }) => ({ title: 'Coursework done', detail: `All ${f.decimal(courseworkHours)} hours of coursework complete.` }),
  'exam-prep': ({ prepWeeks, acronym, prepHours }) => ({
    title: 'Start exam prep',
    detail: `${plural(prepWeeks, 'week')} of review and timed practice exams for the ${acronym} (about ${f.decimal(prepHours)} hours).`,
  }),
  'book-exam': ({ step, acronym, examDate, windowText, membership }) => ({
    title: {
      apply: `Apply for the ${acronym} exam`,
      enrol: `Enrol for the ${acronym} exam`,
      'join-and-book': `Join ${membership?.body ?? ''} and book the ${acronym} exam`,
      book: `Book the ${acronym} exam`,
    }[step],
    detail: [`Book for ${f.longDate(examDate)}.`, ...(windowText !== undefined ? [windowText] : []), ...(membership ? [`Membership: ${membership.text}`] : [])].join(' '),
  }),
  exam: ({ acronym, issuingBody }) => ({ title: `${acronym} exam day`, detail: `Sit the ${acronym} exam (${issuingBody}).` }),
  results: ({ days, assumption }) => ({
    title: 'Results expected',
    detail: `About ${plural(days, 'day')} after the exam${assumption ? " (this site's assumption: check with the exam body)" : ''}.`,
  }),
  credential: ({ acronym, name, designation }) =>
    designation
      ? {
          title: `${acronym} earned (as ${designation})`,
          detail: `With a pass you hold the ${acronym} with apprentice status, ${designation}, until you show two years' experience or its equivalent.`,
        }
      : { title: `${acronym} earned`, detail: `With a pass you hold the ${name} (${acronym}).` },
  apprentice: ({ designation, route, education }) => ({
    title: `${designation} removed: ${route}`,
    detail: `The earliest date by this route, if you start coding work when you are certified.${
      {
        none: '',
        course: ' Your program counts as the education (a coding course of 80 or more contact hours).',
        practicode: " Your program counts as the education (it includes AAPC's Practicode).",
        unknown: " The education is an 80-contact-hour coding course or AAPC's Practicode; check whether your course counts.",
      }[education]
    }`,
  }),
  membership: ({ body, months }) => ({ title: `Renew ${body} membership`, detail: `A ${period(months)} after joining to book the exam; membership keeps the credential.` }),
  renewal: ({ acronym, ceus, months, issuingBody }) => ({
    title: ceus === null ? `${acronym} renewal due` : `${ceus} CEUs due: ${acronym} renewal`,
    detail: `End of the first ${periodAdjective(months)} cycle, counted from the day you are certified; your own date is on your ${issuingBody} account.`,
  }),
};

const warning: { [C in WarningCode]: (p: WarningParams[C]) => string } = {
  'hours-impossible': ({ targetDate, hoursPerWeek, examDate }) =>
    `An exam on ${f.longDate(targetDate)} would need more than ${hoursAWeek(hoursPerWeek)}. The plan below shows the earliest exam at ${hoursAWeek(hoursPerWeek)}: ${f.longDate(examDate)}.`,
  'target-too-soon': ({ program, length, prepWeeks, examDate, targetDate }) =>
    `${program} has a stated length (${length}), so with ${plural(prepWeeks, 'week')} of exam prep the earliest exam is ${f.longDate(examDate)}, not ${f.longDate(targetDate)}. The plan below uses that earliest date.`,
  'hours-over-limit': ({ hoursPerWeek, limit, note }) => `${hoursAWeek(hoursPerWeek)} is more than ${limit}: ${note}`,
  'access-expires': ({ deadline, program, text, months, endDate, courseworkEnd }) =>
    deadline === 'access'
      ? `Your access to ${program} ends on ${f.longDate(endDate)}, ${plural(months, 'month')} after you start, but coursework ends on ${f.longDate(courseworkEnd)}. Add hours a week or shorten your breaks.`
      : `${text} Coursework ends on ${f.longDate(courseworkEnd)}, after ${f.longDate(endDate)}, so the plan misses that condition.`,
  'exam-window': ({ examDate, bookingDate, days, windowDays, windowText }) =>
    `The exam on ${f.longDate(examDate)} is ${days} days after the booking step on ${f.longDate(bookingDate)}: more than the ${windowDays} days the exam window allows (${windowText}). Move a break so you can apply closer to the exam.`,
  'program-credential': ({ program, acronym }) => `${program} does not name the ${acronym} among the credentials it prepares for.`,
  eligibility: ({ acronym, text }) => `${acronym} eligibility: ${text}`,
  'scheduled-break': ({ program }) => `${program} runs on its own schedule: a break during coursework may mean missed classes or waiting for the next term.`,
  'no-program-length': ({ program, hours }) => `${program} states no hours or length, so the plan counts this site's default course instead: ${f.decimal(hours)} hours.`,
  'credential-status': ({ text }) => text,
  'start-in-past': ({ today }) => `The start date is before today (${f.longDate(today)}): the plan counts study from then.`,
  'booking-in-past': ({ bookingDate }) => `The booking step (${f.longDate(bookingDate)}) is already past: book as soon as you can, and check that your exam date is still open.`,
  'long-plan': ({ years }) => `The exam is more than ${inWords(years)} years after the start: code sets and exam rules will change in that time.`,
};

const duration: { [K in DurationKey]: (p: DurationParams[K]) => DurationWords } = {
  'hours-per-week': ({ from, hoursPerWeek, note }) => {
    const label = 'Hours a week';
    const value = hoursAWeek(hoursPerWeek);
    if (from === 'needed') return { label, value: `${value}, worked out from your exam date`, note: 'The hours that fit the coursework into the study days before exam prep, rounded up to a tenth of an hour.' };
    // Only a plan saved before such exam dates were refused (checkTarget) is still planned at the most hours a week; its warning says why.
    if (from === 'max') return { label, value: `${value}, the most this planner allows` };
    return { label, value, note: from === 'reader' ? 'Your figure.' : note };
  },
  coursework: (p) => {
    const label = 'Coursework';
    if (p.from === 'program') return { label, value: `${f.decimal(p.hours)} hours (the program's stated hours) at ${hoursAWeek(p.hoursPerWeek)}: ${weeksOf(p.studyDays)} of study` };
    if (p.from === 'length') return { label, value: `${p.text} (the program's stated length), planned as ${weeksOf(p.studyDays)} of study`, note: 'Hours a week do not shorten a program of fixed length; they only count your hours.' };
    return { label, value: `${f.decimal(p.hours)} hours (this site's default course) at ${hoursAWeek(p.hoursPerWeek)}: ${weeksOf(p.studyDays)} of study`, note: p.note };
  },
  breaks: ({ days }) => ({ label: 'Breaks', value: `${plural(days, 'day')} off before the exam; study pauses and no step falls in a break` }),
  'program-deadline': ({ deadline, months, text }) => ({ label: deadline === 'access' ? 'Course access' : 'Program deadline', value: `${plural(months, 'month')} from enrolment`, note: text }),
  'exam-prep': ({ weeks, reader, note }) => ({ label: 'Exam prep', value: plural(weeks, 'week'), note: reader ? 'Your figure.' : note }),
  booking: ({ window: w }) =>
    w
      ? {
          label: 'Exam window',
          value: `${w.days} days from ${w.from === 'approval' ? 'approval' : 'enrolment'} to the exam`,
          note: `${w.text} The plan books when exam prep starts, or later so that ${w.marginDays} days of the window are left spare (${w.marginNote}).`,
        }
      : { label: 'Booking', value: 'When exam prep starts, for the day prep ends', note: "This site's suggestion: a booked date gives the prep weeks a fixed end." },
  results: ({ days, note }) => ({ label: 'Results', value: `${plural(days, 'day')} after the exam`, note }),
  apprentice: ({ designation, routes, text }) => ({ label: `${designation} removal`, value: routes.join('; or '), note: `${text} Dates assume coding work starts when you are certified.` }),
  membership: ({ months, text }) => ({ label: 'Membership', value: `Renewed every ${period(months)}`, note: text }),
  renewal: ({ ceus, months, text }) => ({ label: 'Renewal and CEUs', value: `${ceus === null ? 'Renewal' : `${ceus} CEUs`} every ${period(months)}`, note: text }),
  total: ({ months }) => ({ label: 'Start to credential', value: `${f.decimal(months)} months`, note: 'The sum of the steps above.' }),
};

const phase: Record<PhaseFact['key'], string> = { coursework: 'Coursework', 'exam-prep': 'Exam prep', results: 'Waiting for results' };

/** Why an input field is refused, beside the field and in the API's problem. */
const check: { [C in FieldCheckCode]: (p: Extract<FieldCheck, { code: C }>) => string } = {
  'not-a-date': () => 'Give a real calendar date as YYYY-MM-DD.',
  'start-too-early': ({ earliest }) => `Start on or after ${earliest}.`,
  'before-earliest': ({ earliest }) => `On or after ${earliest}.`,
  'start-too-far': ({ years }) => `Start no more than ${years} years from today.`,
  'hours-out-of-range': ({ min, max }) => `Between ${min} and ${max} hours a week.`,
  'prep-out-of-range': ({ min, max }) => `A whole number of weeks from ${min} to ${max}.`,
  'too-long': ({ max }) => `At most ${max} characters.`,
  'too-many-breaks': ({ max }) => `At most ${max} breaks.`,
  'break-ends-before-start': () => 'The break must end on or after the day it starts.',
  'break-too-long': ({ days }) => `A break is at most ${days} days.`,
  'start-in-break': () => 'The start date falls inside one of your breaks.',
  'exam-not-after-start': () => 'The exam date must come after the start date.',
  'exam-too-far': ({ years }) => `At most ${years} years after the start date.`,
  'exam-in-break': () => 'The exam date falls inside one of your breaks.',
  'hours-over-max': ({ needed, max }) =>
    `${needed === null ? 'No study days are left before exam prep' : `This exam date needs ${hoursAWeek(needed)}`}, more than the ${max} a plan allows: choose a later date, fewer prep weeks or shorter breaks.`,
};

/** Why a progress or re-plan field is refused, beside the field and in the API's problem. */
const progress: { [C in ProgressCheck['code']]: (p: Extract<ProgressCheck, { code: C }>) => string } = {
  'before-start': ({ startDate }) => `Before the start, ${startDate}.`,
  'after-today': ({ today }) => `After today, ${today}.`,
  'hours-over-elapsed': ({ max }) => `At most ${max} hours by then (${MAX_HOURS_PER_WEEK} a week).`,
  'unknown-milestone': () => 'Not a milestone of this plan.',
  'fixed-length': () => 'A program of stated length cannot be re-planned.',
};

/** The words a plan's calendar (.ics) adds around its milestones. */
const calendar = {
  /** The calendar's name, and each event's prefix, when the plan has no title of its own. */
  name: (acronym: string) => `${acronym} plan`,
  /** The last line of each event's description: the link to the whole plan. */
  wholePlan: (url: string) => `The whole plan: ${url}`,
  /** A break the reader gave no label. */
  break: 'Break',
};

/** The words of a plan in English. */
export const plan = { milestone, warning, duration, phase, check, progress, calendar };

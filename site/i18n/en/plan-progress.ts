/**
 * English words of a saved plan's progress: recording it, where the reader stands, the two ways to catch
 * up, the plan's history and the calendar subscription. Loaded with the progress panel only (a saved plan).
 */
import type { PlanProgress, ReplanRefusal } from '../../../functions/domain/progress.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
const hours = (h: number) => `${f.decimal(h)} ${h === 1 ? 'hour' : 'hours'}`;
const hoursAWeek = (h: number) => `${f.decimal(h)} hours a week`;
const studyDays = (d: number) => `${d} study ${d === 1 ? 'day' : 'days'}`;

/** The input fields a saved change names, in words (an unknown one is shown as named). */
const FIELDS: Record<string, string> = {
  certificationId: 'credential',
  programId: 'program',
  startDate: 'start date',
  hoursPerWeek: 'hours a week',
  examPrepWeeks: 'weeks of exam prep',
  breaks: 'breaks',
  targetExamDate: 'exam date',
  title: 'name',
  progress: 'progress',
  replan: 're-plan',
  calendar: 'calendar reminders',
};

/** A saved plan's progress in English. */
export const planProgress = {
  date: (iso: string) => f.longDate(iso),
  form: {
    heading: 'Your progress',
    headingShared: 'Progress',
    intro: 'Tick the steps you have done and give the hours you have studied so far. Saving changes the plan for everyone who has its links.',
    notYet: (start: string) => `You can record progress from the start date, ${f.longDate(start)}.`,
    stepsLegend: 'Steps done',
    /** Under a step's tick: its planned day. */
    planned: (iso: string) => `Planned for ${f.longDate(iso)}`,
    /** A ticked step's day (a screen reader hears the step's title after it). */
    doneOn: 'Done on',
    hoursDone: 'Hours studied so far',
    hoursHint: 'Your running total since the start: coursework and exam prep together.',
    asOf: 'As of',
    asOfHint: 'The day that total is true at the end of.',
    save: 'Save progress',
    saving: 'Saving your progress…',
    /** After saving: the version, and where the reader now stands. */
    saved: (version: number, standing: string) => `Progress saved (version ${version}). ${standing}`,
    fixFirst: 'Fix the highlighted fields before saving your progress.',
    stale: 'This plan was changed somewhere else since you opened it. Reload it, then record your progress again.',
    failed: (detail: string) => `Not saved: ${detail}`,
  },
  check: {
    hoursMissing: 'Give the hours you have studied so far (0 if none).',
    hoursNotNumber: 'A number of hours, 0 or more.',
    hoursOverElapsed: (max: number, asOf: string, perWeek: number) => `At most ${hours(max)} by ${f.longDate(asOf)}: ${perWeek} a week since the start.`,
    dateMissing: 'Give a date.',
    beforeStart: (start: string) => `Not before the start, ${f.longDate(start)}.`,
    afterToday: (today: string) => `Not after today, ${f.longDate(today)}.`,
  },
  standing: {
    heading: 'Where you stand',
    none: 'No progress recorded yet.',
    badge: { ahead: 'Ahead', 'on-track': 'On track', behind: 'Behind' } satisfies Record<PlanProgress['state'], string>,
    /** After the badge: by how many hours and study days. */
    detail: (p: Pick<PlanProgress, 'state' | 'hoursBehind' | 'daysBehind'>) =>
      p.state === 'behind'
        ? `by ${hours(p.hoursBehind)} (${studyDays(p.daysBehind)}).`
        : p.state === 'ahead'
          ? `by ${hours(-p.hoursBehind)} (${studyDays(-p.daysBehind)}).`
          : p.hoursBehind > 0
            ? `${hours(p.hoursBehind)} behind the plan, within a week's hours.`
            : p.hoursBehind < 0
              ? `${hours(-p.hoursBehind)} ahead of the plan, within a week's hours.`
              : 'exactly where the plan expects.',
    hoursLine: (done: number, expected: number, asOf: string) => `${hours(done)} studied by ${f.longDate(asOf)}; the plan expected ${hours(expected)}.`,
    pace: (pace: number | null, planned: number) =>
      pace === null ? `The plan asks ${hoursAWeek(planned)}.` : `Your pace since the start: ${hoursAWeek(pace)} (the plan asks ${f.decimal(planned)}).`,
    tolerance: (tolerance: number, weeks: number, perWeek: number) =>
      `On track means within ${hours(tolerance)} of the plan either way: ${weeks === 1 ? 'one week' : `${weeks} weeks`} at ${hoursAWeek(perWeek)}. Most people study in weekly rhythms, so a week either way is normal.`,
    planned: 'Planned exam',
    projected: 'At your pace',
    /** Why there is no projected date (or why it is the planned one). */
    projection: {
      pace: '',
      'no-study-days': 'No study day has passed yet: no pace to go by.',
      'no-hours': 'No hours recorded yet: no pace to go by.',
      'too-slow': 'Under 1 hour a week so far: too slow to date an exam from.',
      'fixed-length': 'Your program has a stated length: its dates stay as planned whatever your hours.',
    } satisfies Record<PlanProgress['projection'], string>,
    /** The projected date beside the planned one: how far it moves. */
    moves: (days: number) => (days === 0 ? 'the same day' : days > 0 ? `${days} ${days === 1 ? 'day' : 'days'} later` : `${-days} ${days === -1 ? 'day' : 'days'} earlier`),
    doneHeading: 'Done',
    doneNone: 'No step ticked yet.',
    doneItem: (title: string, date: string) => `${title}, ${f.longDate(date)}`,
    overdueHeading: (asOf: string) => `Due by ${f.longDate(asOf)}, not ticked`,
    overdueItem: (title: string, date: string) => `${title} (planned for ${f.longDate(date)})`,
  },
  catchUp: {
    heading: 'Catch up',
    headingAdjust: 'Adjust the plan to your pace',
    intro: 'Two ways to go on from here. Either one changes the saved plan; what it was stays in the history below.',
    dirty: 'You have unsaved changes to the plan above: save them (or undo them) before applying one of these.',
    keepHeading: (exam: string) => `Keep the exam on ${f.longDate(exam)}`,
    keep: (perWeek: number, from: string, now: number) => `Study ${hoursAWeek(perWeek)} from ${f.longDate(from)} (now ${f.decimal(now)}).`,
    keepButton: (perWeek: number) => `Keep the date: ${hoursAWeek(perWeek)}`,
    moveHeading: 'Move the exam',
    move: (p: { perWeek: number; pace: boolean; exam: string; credential: string }) =>
      `At ${hoursAWeek(p.perWeek)}${p.pace ? ' (your pace so far)' : " (the plan's hours a week)"}, the exam moves to ${f.longDate(p.exam)} and the credential to ${f.longDate(p.credential)}.`,
    moveButton: (exam: string) => `Move the exam to ${f.longDate(exam)}`,
    refused: {
      'hours-over-max': (r: Extract<ReplanRefusal, { code: 'hours-over-max' }>) =>
        r.needed === null ? 'Not possible: no study days are left before exam prep.' : `Not possible: it would need ${hoursAWeek(r.needed)}, more than the ${r.max} a plan allows.`,
      'exam-passed': () => 'Not possible: the exam date is not after today.',
      'fixed-length': () => 'Not possible: your program has a stated length, so more hours a week do not move its dates.',
    },
    applying: 'Changing the plan…',
    applied: (version: number, exam: string, perWeek: number) => `Plan changed (version ${version}): exam on ${f.longDate(exam)}, ${hoursAWeek(perWeek)}.`,
  },
  history: {
    heading: 'Changes to this plan',
    none: 'No changes since it was first saved.',
    /** One change: when, the version it made, and what moved. */
    when: (at: string, version: number) => `${f.longDate(at)}, version ${version}`,
    exam: (from: string, to: string) => `Exam moved from ${f.longDate(from)} to ${f.longDate(to)}.`,
    perWeek: (from: number, to: number) => `Hours a week from ${f.decimal(from)} to ${f.decimal(to)}.`,
    changed: (fields: string[]) => `Changed: ${fields.map((x) => FIELDS[x] ?? x).join(', ')}.`,
    older: (n: number) => `${n} older ${n === 1 ? 'change' : 'changes'}`,
  },
  subscribe: {
    heading: 'Subscribe in your calendar',
    intro: 'Subscribed, your calendar follows this plan: when it changes, the dates move there too (calendar apps check every few hours; Google can take up to a day).',
    link: 'Subscribe in your calendar app',
    address: 'Calendar address',
    copy: 'Copy calendar address',
    copied: 'Calendar address copied.',
    copyByHand: 'Copy the selected calendar address with Ctrl+C (⌘C on a Mac).',
    help: 'How to subscribe in Google Calendar, Apple Calendar or Outlook',
    google: 'Google Calendar',
    googleSteps: 'On a computer, beside “Other calendars” choose +, then “From URL”. Paste the calendar address and choose “Add calendar”. It then shows on your phone too.',
    apple: 'Apple Calendar',
    appleSteps: 'Choose “Subscribe in your calendar app” above. Or on a Mac: File, New Calendar Subscription, and paste the address; on an iPhone: Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar.',
    outlook: 'Outlook',
    outlookSteps: 'Outlook on the web or the new Outlook: Add calendar, Subscribe from web, paste the address, then Import. Classic Outlook for Windows: Add Calendar, From Internet.',
    reminders: 'Reminders the day before booking and the exam',
    remindersHint: 'Alerts at 9:00 the day before, in calendars that show a feed’s alerts.',
    remindersOn: 'Reminders on: saved.',
    remindersOff: 'Reminders off: saved.',
  },
};

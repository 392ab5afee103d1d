import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS, WARNING_CODES, type DurationParams, type MilestoneParams, type WarningParams } from '../../functions/domain/planner-facts.ts';
import type { MilestoneKind, WarningCode } from '../../functions/domain/planner-types.ts';
import { LOCALES } from '../../site/i18n/locale.ts';
import { planMessagesOf, planWordsOf } from '../../site/i18n/plan-words.ts';
import { progressOf, type PlanProgress, type ReplanRefusal } from '../../functions/domain/progress.ts';
import type { SavedPlanInput } from '../../functions/domain/replan.ts';
import { planProgressMessages } from '../../site/i18n/plan-progress-messages.ts';
import { contextFor, credentials, plan, programs } from './planner-fixtures.ts';

/** Every variant of every milestone kind's values. */
const MILESTONES: { [K in MilestoneKind]: MilestoneParams[K][] } = {
  start: [{ program: null, courseworkHours: 80 }, { program: { name: 'CPC course', provider: 'AAPC' }, courseworkHours: 80 }],
  checkpoint: [{ n: 1, hoursDone: 42.9, courseworkHours: 370, percent: 12, hoursPerWeek: 10 }],
  'coursework-done': [{ courseworkHours: 370 }],
  'exam-prep': [{ prepWeeks: 1, acronym: 'CPC', prepHours: 10 }],
  'book-exam': [
    { step: 'apply', acronym: 'CCA', examDate: '2027-10-08', windowText: '120 days.' },
    { step: 'enrol', acronym: 'CMRS', examDate: '2027-10-08', windowText: '45 days.', membership: { body: 'AMBA', text: 'Required.' } },
    { step: 'join-and-book', acronym: 'CPC', examDate: '2027-10-08', membership: { body: 'AAPC', text: 'Required.' } },
    { step: 'book', acronym: 'CBCS', examDate: '2027-10-08' },
  ],
  exam: [{ acronym: 'CPC', issuingBody: 'AAPC' }],
  results: [{ days: 14, assumption: true }, { days: 1, assumption: false }],
  credential: [{ acronym: 'CPC', name: 'Certified Professional Coder', designation: 'CPC-A' }, { acronym: 'CCA', name: 'Certified Coding Associate', designation: null }],
  apprentice: (['none', 'course', 'practicode', 'unknown'] as const).map((education) => ({ designation: 'CPC-A', route: '2 years of coding work', education })),
  membership: [{ body: 'AAPC', months: 12 }, { body: 'AMBA', months: 24 }],
  renewal: [{ acronym: 'CPC', ceus: 36, months: 24, issuingBody: 'AAPC' }, { acronym: 'CPC-P', ceus: null, months: 18, issuingBody: 'AAPC' }],
};

/** Every variant of every warning code's values. */
const WARNINGS: { [C in WarningCode]: WarningParams[C][] } = {
  'hours-over-limit': [{ hoursPerWeek: 64.5, limit: 60, note: 'A full-time job and more.' }],
  'hours-impossible': [{ targetDate: '2027-02-01', hoursPerWeek: 80, examDate: '2027-03-01' }],
  'target-too-soon': [{ program: 'HIT degree', length: '2 years', prepWeeks: 8, examDate: '2029-01-01', targetDate: '2028-06-01' }],
  'access-expires': (['access', 'guarantee'] as const).map((deadline) => ({ deadline, program: 'CPC course', text: 'Finish in five months.', months: 5, endDate: '2027-06-04', courseworkEnd: '2027-07-01' })),
  'exam-window': [{ examDate: '2027-10-08', bookingDate: '2027-05-01', days: 160, windowDays: 120, windowText: '120 days from approval.' }],
  'program-credential': [{ program: 'CPC course', acronym: 'CCA' }],
  eligibility: [{ acronym: 'RHIT', text: 'A CAHIIM-accredited associate degree.' }],
  'scheduled-break': [{ program: 'HIT degree' }],
  'credential-status': [{ text: 'CPC-P: reported retired.' }],
  'start-in-past': [{ today: '2026-11-27' }],
  'booking-in-past': [{ bookingDate: '2026-10-01' }],
  'long-plan': [{ years: 5 }],
  'no-program-length': [{ program: 'Online course', hours: 80 }],
};

/** Every variant of every duration's values. */
const DURATIONS: { [K in keyof DurationParams]: DurationParams[K][] } = {
  'hours-per-week': (['reader', 'default', 'needed', 'max'] as const).map((from) => ({ from, hoursPerWeek: 12.5, note: 'Ten hours is typical.' })),
  coursework: [
    { from: 'program', hours: 80, hoursPerWeek: 10, studyDays: 56 },
    { from: 'length', text: '4.2 months', studyDays: 128 },
    { from: 'default', hours: 80, hoursPerWeek: 10, studyDays: 56, note: "AAPC's own course." },
  ],
  breaks: [{ days: 1 }, { days: 14 }],
  'program-deadline': (['access', 'guarantee'] as const).map((deadline) => ({ deadline, months: 12, text: 'Access for a year.' })),
  'exam-prep': [{ weeks: 8, reader: true, note: 'Eight weeks.' }, { weeks: 1, reader: false, note: 'Eight weeks.' }],
  booking: [{ window: null }, { window: { days: 120, from: 'approval', text: '120 days.', marginDays: 14, marginNote: 'for approval' } }],
  results: [{ days: 14, note: 'About two weeks.' }],
  apprentice: [{ designation: 'CPC-A', routes: ['2 years of coding work', '1 year and a course'], text: 'Show experience.' }],
  membership: [{ months: 12, text: 'Yearly.' }],
  renewal: [{ ceus: 36, months: 24, text: 'Every two years.' }, { ceus: null, months: 12, text: 'Yearly.' }],
  total: [{ months: 4.2 }],
};

/** Words a message must never show: a value that was missing or not a number. */
const BROKEN = /undefined|NaN|null|\[object/;

/** Each locale's plan messages, loaded as the API loads them. */
const MESSAGES = new Map(await Promise.all(LOCALES.map(async (l) => [l, await planMessagesOf(l)] as const)));

describe.each(LOCALES)('the %s plan messages', (locale) => {
  const messages = MESSAGES.get(locale)!;

  it.each(MILESTONE_KINDS)('word every variant of the %s milestone with a title and a detail', (kind) => {
    const say = messages.milestone[kind] as (p: MilestoneParams[typeof kind]) => { title: string; detail: string };
    for (const params of MILESTONES[kind]) {
      const { title, detail } = say(params);
      expect(title.length, kind).toBeGreaterThan(0);
      expect(detail.length, kind).toBeGreaterThan(0);
      expect(`${title} ${detail}`).not.toMatch(BROKEN);
    }
  });

  it.each(WARNING_CODES)('word every variant of the %s warning', (code) => {
    const say = messages.warning[code] as (p: WarningParams[typeof code]) => string;
    for (const params of WARNINGS[code]) {
      const message = say(params);
      expect(message.length, code).toBeGreaterThan(0);
      expect(message).not.toMatch(BROKEN);
    }
  });

  it.each(Object.keys(DURATIONS) as (keyof DurationParams)[])('word every variant of the %s duration with a label and a value', (key) => {
    const say = messages.duration[key] as (p: DurationParams[typeof key]) => { label: string; value: string; note?: string };
    for (const params of DURATIONS[key]) {
      const { label, value, note } = say(params);
      expect(label.length * value.length, key).toBeGreaterThan(0);
      expect(`${label} ${value} ${note ?? ''}`).not.toMatch(BROKEN);
    }
  });

  it('words every plan of every credential and program without a missing value', async () => {
    for (const c of credentials) {
      for (const p of [undefined, ...programs]) {
        const words = await planWordsOf(plan({ startDate: '2025-01-06', certificationId: c.id, ...(p ? { programId: p.id } : {}), breaks: [{ start: '2025-03-01', end: '2025-03-20' }] }), locale);
        const text = [...words.milestones.flatMap((m) => [m.title, m.detail]), ...words.warnings.map((w) => w.message), ...words.durations.flatMap((d) => [d.label, d.value, d.note ?? '']), ...words.phases.map((ph) => ph.label)];
        for (const t of text) expect(t).not.toMatch(BROKEN);
      }
    }
  });
});

describe('a plan in English words', () => {
  it('keeps the facts and adds the words: same keys, dates and codes, a title on every milestone and a message on every warning', async () => {
    const facts = plan({ startDate: '2025-01-06', hoursPerWeek: 70, breaks: [{ start: '2025-03-01', end: '2025-03-20' }] });
    const words = await planWordsOf(facts, 'en');
    expect(words.milestones.map((m) => [m.key, m.kind, m.date])).toEqual(facts.milestones.map((m) => [m.key, m.kind, m.date]));
    expect(words.warnings.map((w) => w.code)).toEqual(facts.warnings.map((w) => w.code));
    expect(words.warnings.find((w) => w.code === 'hours-over-limit')!.message).toMatch(/^70 hours a week is more than 60: /);
    expect(words.phases.map((p) => p.label)).toEqual(['Coursework', 'Exam prep', 'Waiting for results']);
  });
});

/** Progress as the domain answers it (today 2026-11-27): 5 hours a week from 2026-09-01, with `hoursDone` by 2026-11-23. */
const progressWith = (hoursDone: number, extra: Partial<SavedPlanInput> = {}): PlanProgress =>
  progressOf({ startDate: '2026-09-01', hoursPerWeek: 5, ...extra, progress: { asOf: '2026-11-23', hoursDone, completed: [] } }, contextFor(extra))!;

describe.each(LOCALES)('the %s progress messages', (locale) => {
  const m = planProgressMessages(locale);
  const REFUSALS: ReplanRefusal[] = [
    { available: false, code: 'hours-over-max', needed: 95.5, max: 80 },
    { available: false, code: 'hours-over-max', needed: null, max: 80 },
    { available: false, code: 'exam-passed' },
    { available: false, code: 'fixed-length' },
  ];

  it.each([
    ['behind', 30, {}],
    ['on track', 58, {}],
    ['ahead', 90, {}],
    ['with no hours yet', 0, {}],
    ['on a program of stated length', 30, { programId: 'mchc-coderclass-online-cpc-coc' }],
  ] as const)('words where a reader stands %s, with both exam dates or why there is no projected one', (_, hoursDone, extra) => {
    const p = progressWith(hoursDone, extra);
    const text = [m.standing.badge[p.state], m.standing.detail(p), m.standing.hoursLine(p.hoursDone, p.hoursExpected, p.asOf), m.standing.pace(p.paceHoursPerWeek, p.toleranceHours), m.standing.tolerance(p.toleranceHours, 1, p.toleranceHours)];
    if (p.projectedExamDate === null || p.projection === 'fixed-length') text.push(m.standing.projection[p.projection]);
    for (const t of text) {
      expect(t.length).toBeGreaterThan(0);
      expect(t).not.toMatch(BROKEN);
    }
  });

  it.each(REFUSALS.map((r) => [r.code, r] as const))('says why a re-plan is refused (%s)', (_, refusal) => {
    const say = m.catchUp.refused[refusal.code] as (r: ReplanRefusal) => string;
    expect(say(refusal)).toMatch({ en: /^Not possible: /, es: /^No es posible: / }[locale]);
    expect(say(refusal)).not.toMatch(BROKEN);
  });
});

describe('where a reader stands, in English', () => {
  it('says behind by hours and study days, ahead by how much, and on track within a week either way', () => {
    const m = planProgressMessages('en');
    const behind = progressWith(30);
    expect(`${m.standing.badge[behind.state]} ${m.standing.detail(behind)}`).toBe('Behind by 30 hours (42 study days).');
    const ahead = progressWith(90);
    expect(ahead.state).toBe('ahead');
    expect(m.standing.detail(ahead)).toMatch(/^by 30 hours \(\d+ study days\)\.$/);
    const close = progressWith(58);
    expect(`${m.standing.badge[close.state]}: ${m.standing.detail(close)}`).toBe("On track: 2 hours behind the plan, within a week's hours.");
    expect(m.standing.tolerance(5, 1, 5)).toMatch(/^On track means within 5 hours of the plan either way: one week at 5 hours a week\./);
  });

  it('names each field a saved change changed, and how far the exam moved', () => {
    const m = planProgressMessages('en').history;
    expect(m.changed(['hoursPerWeek', 'progress', 'replan'])).toBe('Changed: hours a week, progress, re-plan.');
    expect(m.exam('2027-02-16', '2027-06-11')).toBe('Exam moved from February 16, 2027 to June 11, 2027.');
    expect(planProgressMessages('en').standing.moves(115)).toBe('115 days later');
  });
});

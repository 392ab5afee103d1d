import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS, WARNING_CODES, type DurationParams, type MilestoneParams, type WarningParams } from '../../functions/domain/planner-facts.ts';
import type { MilestoneKind, WarningCode } from '../../functions/domain/planner-types.ts';
import { LOCALES } from '../../site/i18n/locale.ts';
import { planMessages, planWords } from '../../site/i18n/plan-words.ts';
import { credentials, plan, programs } from './planner-fixtures.ts';

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

describe.each(LOCALES)('the %s plan messages', (locale) => {
  const messages = planMessages(locale);

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

  it('words every plan of every credential and program without a missing value', () => {
    for (const c of credentials) {
      for (const p of [undefined, ...programs]) {
        const words = planWords(plan({ startDate: '2025-01-06', certificationId: c.id, ...(p ? { programId: p.id } : {}), breaks: [{ start: '2025-03-01', end: '2025-03-20' }] }), locale);
        const text = [...words.milestones.flatMap((m) => [m.title, m.detail]), ...words.warnings.map((w) => w.message), ...words.durations.flatMap((d) => [d.label, d.value, d.note ?? '']), ...words.phases.map((ph) => ph.label)];
        for (const t of text) expect(t).not.toMatch(BROKEN);
      }
    }
  });
});

describe('a plan in English words', () => {
  it('keeps the facts and adds the words: same keys, dates and codes, a title on every milestone and a message on every warning', () => {
    const facts = plan({ startDate: '2025-01-06', hoursPerWeek: 70, breaks: [{ start: '2025-03-01', end: '2025-03-20' }] });
    const words = planWords(facts, 'en');
    expect(words.milestones.map((m) => [m.key, m.kind, m.date])).toEqual(facts.milestones.map((m) => [m.key, m.kind, m.date]));
    expect(words.warnings.map((w) => w.code)).toEqual(facts.warnings.map((w) => w.code));
    expect(words.warnings.find((w) => w.code === 'hours-over-limit')!.message).toMatch(/^70 hours a week is more than 60: /);
    expect(words.phases.map((p) => p.label)).toEqual(['Coursework', 'Exam prep', 'Waiting for results']);
  });
});

import { describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import { addMonths, dayOf, isoOf } from '../../functions/domain/planner-dates.ts';
import { checkTarget } from '../../functions/domain/planner-core.ts';
import { checkPlanInput, type PlanInput } from '../../functions/domain/planner.ts';
import { plan as enPlan } from '../../site/i18n/en/plan.ts';
import { checkMessage } from '../../site/i18n/plan-text.ts';
import { contextFor, datesOf, plan, planInEnglish, programs, rules, TODAY } from './planner-fixtures.ts';

const codes = (p: ReturnType<typeof plan>) => p.warnings.map((w) => w.code);
const plus = (iso: string, days: number) => isoOf(dayOf(iso) + days);

describe('the default path (nothing chosen but a start date)', () => {
  const p = plan({ startDate: '2026-11-27' });

  it("is AAPC's own 80-hour CPC course at 10 hours a week, then 8 weeks of exam prep, milestone by milestone", () => {
    expect(p.isDefaultPath).toBe(true);
    expect(p.credential.id).toBe('cpc');
    // 80 hours at 10 a week is 56 study days; prep 8 weeks; results 14 days after the exam.
    expect(p.milestones.map((m) => [m.date, m.key])).toEqual([
      ['2026-11-27', 'start'],
      ['2026-12-27', 'checkpoint-1'],
      ['2027-01-21', 'coursework-done'],
      ['2027-01-22', 'exam-prep'],
      ['2027-01-22', 'book-exam'],
      ['2027-03-19', 'exam'],
      ['2027-04-02', 'results'],
      ['2027-04-02', 'credential'],
      ['2028-01-22', 'membership-renewal'],
      ['2028-04-02', 'apprentice-work-1y-education'],
      ['2029-04-02', 'apprentice-work-2y'],
      ['2029-04-02', 'renewal'],
    ]);
    expect(p.monthsToCredential).toBe(4.2);
    expect(p.hours).toEqual({ coursework: 80, examPrep: 80, total: 160 });
    expect(p.warnings).toEqual([]);
  });

  it("does not derive its coursework from the article's months: changing them in the rules changes nothing", () => {
    // Case 3 of issue 11: the default path used to be 370 hours fitted to "about 11 months", then compared with them.
    const withoutArticle = plan({ startDate: '2026-11-27' });
    expect(Object.keys(rules)).not.toContain('article');
    expect(withoutArticle.hours.coursework).toBe(plannerRules.defaultCoursework.value);
    const aapc = dataset.programs.find((x) => x.id === plannerRules.defaultCoursework.programId)!;
    expect(withoutArticle.hours.coursework).toBe(aapc.hours.clock);
    const english = planInEnglish({ startDate: '2026-11-27' });
    for (const d of english.durations) {
      expect(d.sourceIds, d.key).not.toContain('source-article');
      expect(`${d.value} ${d.note ?? ''}`, d.key).not.toMatch(/11 months|article/i);
    }
    for (const m of english.milestones) expect(m.detail, m.key).not.toMatch(/article/i);
  });

  it('says where each duration comes from: the default course with its sources, the rules, or this site\'s assumption', () => {
    const by = Object.fromEntries(planInEnglish({ startDate: '2026-11-27' }).durations.map((d) => [d.key, d]));
    expect(by.coursework).toMatchObject({ origin: 'program', sourceIds: ['aapc-apprentice-status', 'aapc-cpc-exam-page'] });
    expect(by.coursework!.value).toBe("80 hours (this site's default course) at 10 hours a week: 8 weeks of study");
    expect(by.coursework!.note).toContain("AAPC's own CPC Preparation Course");
    expect(by['hours-per-week']).toMatchObject({ origin: 'assumption', sourceIds: ['cpctestprep-cpc-exam-faq'] });
    expect(by['exam-prep']).toMatchObject({ origin: 'rule', sourceIds: ['cpctestprep-cpc-exam-faq'] });
    expect(by.results).toMatchObject({ origin: 'assumption' });
    expect(by.booking).toMatchObject({ origin: 'assumption' });
    expect(by.apprentice!.origin).toBe('credential');
    expect(by.apprentice!.sourceIds).toContain('aapc-complete-cpc-apprenticeship');
    expect(by.renewal!.value).toBe('36 CEUs every 2 years');
    expect(by.membership!.value).toBe('Renewed every year');
    expect(by.total!.value).toBe(`${p.monthsToCredential} months`);
  });

  it('cites only sources the dataset lists, and gives every non-assumption rule a source', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const d of p.durations) {
      for (const id of d.sourceIds) expect(known, `${d.key} cites ${id}`).toContain(id);
      if (d.origin === 'rule' || d.origin === 'credential' || d.origin === 'program') expect(d.sourceIds.length, d.key).toBeGreaterThan(0);
    }
    for (const m of p.milestones) for (const key of m.basis) expect(p.durations.map((d) => d.key), m.key).toContain(key);
  });
});

describe('programs', () => {
  it.each([
    // id, hours a week, coursework hours, weeks of coursework study
    ['aapc-cpc-preparation-course', 10, 80, 8],
    ['aapc-cpc-preparation-course', 20, 80, 4],
    ['aapc-crc-training-course', 5, 40, 8],
    ['cecil-college-physician-professional-coder', 20, 634, 31.7],
  ])('plans %s at %i hours a week from its stated hours', (programId, hoursPerWeek, hours, weeks) => {
    const certificationId = programs.find((x) => x.id === programId)!.prepares[0];
    const input = { startDate: '2027-01-04', certificationId, programId, hoursPerWeek };
    const p = plan(input);
    expect(p.hours.coursework).toBe(hours);
    expect(p.durations.find((d) => d.key === 'coursework')).toMatchObject({ origin: 'program', params: { from: 'program', hours } });
    expect(planInEnglish(input).durations.find((d) => d.key === 'coursework')!.value).toContain(`${weeks} weeks of study`);
  });

  it('plans a scheduled program from its stated length, whatever the hours a week', () => {
    const a = plan({ startDate: '2027-01-04', programId: 'medcode-logix-professional-medical-coding', hoursPerWeek: 8 });
    const b = plan({ startDate: '2027-01-04', programId: 'medcode-logix-professional-medical-coding', hoursPerWeek: 30 });
    expect(datesOf(a)['coursework-done']).toBe(datesOf(b)['coursework-done']);
    expect(datesOf(a)['coursework-done']).toBe(plus('2027-01-04', 127));
    expect(b.hours.coursework).toBeGreaterThan(a.hours.coursework);
  });

  it('counts a whole-month length on the calendar (a two-year degree ends the day before its second anniversary)', () => {
    const p = plan({ startDate: '2027-08-23', certificationId: 'rhit', programId: 'mvcc-hit-associate' });
    expect(datesOf(p)['coursework-done']).toBe('2029-08-22');
    expect(codes(p)).not.toContain('eligibility');
  });

  it("uses this site's default course, and says so, for a program that states no hours or length", () => {
    const p = plan({ startDate: '2027-01-04', programId: 'coding-clarified-online-cpc-course' });
    expect(p.hours.coursework).toBe(80);
    expect(codes(p)).toContain('no-program-length');
  });

  it('warns when coursework outlasts a program deadline (MCHC\'s five-month guarantee), and not otherwise', () => {
    const on = plan({ startDate: '2027-01-04', programId: 'mchc-coderclass-online-cpc-coc' });
    expect(codes(on)).not.toContain('access-expires');
    const lateInput = { startDate: '2027-01-04', programId: 'mchc-coderclass-online-cpc-coc', breaks: [{ start: '2027-03-01', end: '2027-03-14' }] };
    const warning = plan(lateInput).warnings.find((w) => w.code === 'access-expires')!;
    expect(warning).toMatchObject({ severity: 'warning', params: { deadline: 'guarantee', months: 5 } });
    expect(planInEnglish(lateInput).warnings.find((w) => w.code === 'access-expires')!.message).toContain('five months');
  });

  it('warns when the program does not prepare for the credential', () => {
    expect(codes(plan({ startDate: '2027-01-04', certificationId: 'cca', programId: 'aapc-cpc-preparation-course' }))).toContain('program-credential');
    expect(codes(plan({ startDate: '2027-01-04', certificationId: 'cpc', programId: 'aapc-cpc-preparation-course' }))).not.toContain('program-credential');
  });

  it('warns that a break may mean missed classes in a scheduled program', () => {
    const p = plan({ startDate: '2027-01-04', programId: 'medcode-logix-professional-medical-coding', breaks: [{ start: '2027-02-01', end: '2027-02-07' }] });
    expect(codes(p)).toContain('scheduled-break');
  });
});

describe('credential rules', () => {
  it.each([
    ['cpc', true, 'CPC-A', 24, 36],
    ['coc', true, 'COC-A', 24, 36],
    ['cpb', true, undefined, 24, 36],
    ['cca', false, undefined, 24, 20],
    ['rhia', false, undefined, 24, 30],
    ['cbcs', false, undefined, 24, 10],
    ['cmrs', true, undefined, 12, 15],
  ])('%s: membership renewal %s, apprentice %s, CEUs due %i months after the credential (%i)', (certificationId, membership, apprentice, months, ceus) => {
    const p = plan({ startDate: '2027-01-04', certificationId });
    const d = datesOf(p);
    expect(Boolean(d['membership-renewal'])).toBe(membership);
    expect(p.milestones.some((m) => m.kind === 'apprentice')).toBe(Boolean(apprentice));
    expect(p.milestones.find((m) => m.key === 'credential')!.params).toMatchObject({ designation: apprentice ?? null });
    expect(d.renewal).toBe(isoOf(addMonths(dayOf(d.credential!), months)));
    expect(p.milestones.find((m) => m.key === 'renewal')!.params).toMatchObject({ ceus, months });
    const words = planInEnglish({ startDate: '2027-01-04', certificationId });
    if (apprentice) expect(words.milestones.find((m) => m.key === 'credential')!.title).toContain(apprentice);
    expect(words.milestones.find((m) => m.key === 'renewal')!.title).toContain(`${ceus} CEUs`);
  });

  it('removes CPC-A one year after the credential with education, two years without', () => {
    const d = datesOf(plan({ startDate: '2027-01-04', programId: 'aapc-cpc-preparation-course' }));
    expect(d['apprentice-work-1y-education']).toBe(isoOf(addMonths(dayOf(d.credential!), 12)));
    expect(d['apprentice-work-2y']).toBe(isoOf(addMonths(dayOf(d.credential!), 24)));
  });

  it('tells the reader when their program counts as the education for CPC-A removal', () => {
    const step = (programId?: string) => plan({ startDate: '2027-01-04', programId }).milestones.find((m) => m.key === 'apprentice-work-1y-education')!;
    expect(step('aapc-cpc-preparation-course').params).toMatchObject({ education: 'course' });
    expect(step().params).toMatchObject({ education: 'unknown' });
    const detail = (programId?: string) => planInEnglish({ startDate: '2027-01-04', programId }).milestones.find((m) => m.key === 'apprentice-work-1y-education')!.detail;
    expect(detail('aapc-cpc-preparation-course')).toContain('Your program counts');
    expect(detail()).toContain('check whether your course counts');
  });

  it('books an AHIMA exam when prep starts if the 120-day window allows', () => {
    const d = datesOf(plan({ startDate: '2027-01-04', certificationId: 'cca' }));
    expect(d['book-exam']).toBe(d['exam-prep']);
  });

  it('applies later when exam prep is longer than the AHIMA window allows, keeping the margin spare', () => {
    const p = plan({ startDate: '2027-01-04', certificationId: 'cca', examPrepWeeks: 20 });
    const d = datesOf(p);
    expect(dayOf(d.exam!) - dayOf(d['book-exam']!)).toBe(120 - rules.windowMarginDays.value);
    expect(codes(p)).not.toContain('exam-window');
  });

  it('enrols for the CMRS 45 days before the exam at most', () => {
    const d = datesOf(plan({ startDate: '2027-01-04', certificationId: 'cmrs' }));
    expect(dayOf(d.exam!) - dayOf(d['book-exam']!)).toBe(45 - rules.windowMarginDays.value);
  });

  it('warns that the exam window is missed when a long break leaves no day to apply inside it', () => {
    const base = plan({ startDate: '2027-01-04', certificationId: 'cca', hoursPerWeek: 20 });
    // A 125-day break from the day after prep ends: the exam moves past it, the window cannot hold both.
    const prepEnd = base.phases.find((ph) => ph.key === 'exam-prep')!.end;
    const p = plan({ startDate: '2027-01-04', certificationId: 'cca', hoursPerWeek: 20, breaks: [{ start: plus(prepEnd, 1), end: plus(prepEnd, 125) }] });
    const d = datesOf(p);
    expect(d.exam).toBe(plus(prepEnd, 126));
    expect(dayOf(d.exam!) - dayOf(d['book-exam']!)).toBeGreaterThan(120);
    expect(p.warnings.find((w) => w.code === 'exam-window')).toMatchObject({ severity: 'warning', field: 'breaks' });
  });

  it.each([
    ['rhit', undefined, true],
    ['rhit', 'college-of-dupage-hit-associate', false],
    ['rhia', 'college-of-dupage-hit-associate', true],
    ['cpc', undefined, false],
  ])('%s with program %s carries an eligibility warning: %s', (certificationId, programId, warned) => {
    expect(codes(plan({ startDate: '2027-01-04', certificationId, programId })).includes('eligibility')).toBe(warned);
  });

  it('passes on a credential\'s status note (CPC-P reported retired)', () => {
    const note = planInEnglish({ startDate: '2027-01-04', certificationId: 'cpc-p' }).warnings.find((w) => w.code === 'credential-status')!;
    expect(note.severity).toBe('info');
    expect(note.message).toContain('retired');
  });
});

describe('hours a week', () => {
  it.each([
    [60, false],
    [60.5, true],
    [80, true],
  ])('at %f hours a week a warning is %s', (hoursPerWeek, warned) => {
    expect(codes(plan({ startDate: '2027-01-04', hoursPerWeek })).includes('hours-over-limit')).toBe(warned);
  });

  it('finishes sooner with more hours', () => {
    expect(plan({ startDate: '2027-01-04', hoursPerWeek: 20 }).examDate < plan({ startDate: '2027-01-04', hoursPerWeek: 10 }).examDate).toBe(true);
  });
});

describe('planning back from a target exam date', () => {
  it('works out the hours a week, rounded up to a tenth, and keeps the exam on the target date', () => {
    const p = plan({ startDate: '2026-11-27', programId: 'aapc-cpc-preparation-course', targetExamDate: '2027-03-01' });
    expect(p.mode).toBe('target');
    expect(p.examDate).toBe('2027-03-01');
    expect(p.hoursPerWeek).toBe(14.8);
    expect(p.durations.find((d) => d.key === 'hours-per-week')).toMatchObject({ origin: 'computed' });
    expect(p.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });

  it('warns above 60 hours a week', () => {
    // 80 hours of coursework squeezed into the days before eight weeks of prep.
    const p = plan({ startDate: '2026-11-27', targetExamDate: '2027-01-30' });
    expect(p.hoursPerWeek).toBeGreaterThan(60);
    expect(p.examDate).toBe('2027-01-30');
    expect(p.warnings.find((w) => w.code === 'hours-over-limit')).toMatchObject({ field: 'targetExamDate' });
  });

  it('shows the earliest possible exam, with a warning, when even 80 hours a week is not enough', () => {
    const input = { startDate: '2026-11-27', targetExamDate: '2027-01-25' };
    const p = plan(input);
    expect(p.examDate > '2027-01-25').toBe(true);
    expect(p.hoursPerWeek).toBe(80);
    expect(p.warnings.find((w) => w.code === 'hours-impossible')!.params).toEqual({ targetDate: '2027-01-25', hoursPerWeek: 80, examDate: p.examDate });
    expect(planInEnglish(input).warnings.find((w) => w.code === 'hours-impossible')!.message).toContain('earliest exam');
  });

  describe.each<[string, PlanInput, ReturnType<typeof checkTarget>]>([
    ['an exam date that needs more than 80 hours a week, naming the hours it needs', { startDate: '2026-11-27', targetExamDate: '2027-01-25' }, [{ field: 'targetExamDate', code: 'hours-over-max', needed: 186.7, max: 80 }]],
    ['an exam date with no study days left before exam prep', { startDate: '2026-11-27', targetExamDate: '2027-01-10' }, [{ field: 'targetExamDate', code: 'hours-over-max', needed: null, max: 80 }]],
    ['nothing for an exam date a plan can meet', { startDate: '2026-11-27', programId: 'aapc-cpc-preparation-course', targetExamDate: '2027-03-01' }, []],
    ['nothing for a plan forward from a start date', { startDate: '2026-11-27', hoursPerWeek: 80 }, []],
    ["nothing for a fixed-length program (hours a week do not move its exam; the plan's warning says so)", { startDate: '2026-11-27', certificationId: 'rhit', programId: 'college-of-dupage-hit-associate', targetExamDate: '2028-06-01' }, []],
  ])('checkTarget refuses %s', (_case, input, expected) => {
    it('as a code with its numbers, worded by the catalog with what to do', () => {
      const found = checkTarget(input, contextFor(input));
      expect(found).toEqual(expected);
      for (const e of found) expect(checkMessage(e, enPlan)).toMatch(/more than the 80 a plan allows: choose a later date/);
    });
  });

  it('shows the earliest exam a fixed-length program allows, with a warning', () => {
    const p = plan({ startDate: '2026-11-27', certificationId: 'rhit', programId: 'college-of-dupage-hit-associate', targetExamDate: '2028-06-01' });
    expect(p.warnings.find((w) => w.code === 'target-too-soon')).toMatchObject({ severity: 'warning', field: 'targetExamDate' });
    expect(p.examDate > '2028-11-26').toBe(true);
  });

  it('leaves free weeks between a fixed-length program and exam prep when the target allows', () => {
    const p = plan({ startDate: '2027-01-04', programId: 'medcode-logix-professional-medical-coding', targetExamDate: '2027-12-01' });
    expect(p.examDate).toBe('2027-12-01');
    expect(datesOf(p)['coursework-done']).toBe(plus('2027-01-04', 127));
  });
});

describe('breaks', () => {
  it('pause study: a two-week break moves the exam two weeks', () => {
    const a = plan({ startDate: '2027-01-04' });
    const b = plan({ startDate: '2027-01-04', breaks: [{ start: '2027-03-01', end: '2027-03-14', label: 'Spring break' }] });
    expect(dayOf(b.examDate) - dayOf(a.examDate)).toBe(14);
    expect(b.breaks).toEqual([{ start: '2027-03-01', end: '2027-03-14', label: 'Spring break' }]);
  });

  it('move a calendar-set date (results) to the first day after the break, and mark it', () => {
    const a = plan({ startDate: '2027-01-04' });
    const results = a.milestones.find((m) => m.key === 'results')!.date;
    const b = plan({ startDate: '2027-01-04', breaks: [{ start: plus(results, -3), end: plus(results, 4) }] });
    const moved = b.milestones.find((m) => m.key === 'results')!;
    expect(moved.date).toBe(plus(results, 5));
    expect(moved.movedFromBreak).toBe(true);
  });
});

describe('today', () => {
  it('notes a start date in the past, and a booking step already past', () => {
    // Booking is on 2026-07-27 and the exam on 2026-09-21: today between them.
    const p = plan({ startDate: '2026-06-01' }, '2026-09-01');
    expect(codes(p)).toEqual(expect.arrayContaining(['start-in-past', 'booking-in-past']));
    expect(codes(plan({ startDate: '2026-06-01' }, '2026-06-01'))).toEqual([]);
  });
});

describe('checkPlanInput', () => {
  const ok: PlanInput = { startDate: '2027-01-04' };
  it.each<[string, PlanInput, string]>([
    ['an impossible date', { startDate: '2027-02-30' }, 'startDate'],
    ['a date in another format', { startDate: '2027-2-3' }, 'startDate'],
    ['a start before 2000', { startDate: '1999-12-31' }, 'startDate'],
    ['a start more than 5 years ahead', { startDate: '2031-11-28' }, 'startDate'],
    ['0 hours a week', { ...ok, hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['more than 80 hours a week', { ...ok, hoursPerWeek: 80.5 }, 'hoursPerWeek'],
    ['a fraction of a prep week', { ...ok, examPrepWeeks: 2.5 }, 'examPrepWeeks'],
    ['no prep weeks', { ...ok, examPrepWeeks: 0 }, 'examPrepWeeks'],
    ['a break that ends before it starts', { ...ok, breaks: [{ start: '2027-03-10', end: '2027-03-01' }] }, 'breaks.0.end'],
    ['a break over a year', { ...ok, breaks: [{ start: '2027-03-10', end: '2028-03-11' }] }, 'breaks.0.end'],
    ['an impossible break date', { ...ok, breaks: [{ start: '2027-04-31', end: '2027-05-01' }] }, 'breaks.0.start'],
    ['a start inside a break', { ...ok, breaks: [{ start: '2027-01-01', end: '2027-01-10' }] }, 'startDate'],
    ['an exam before the start', { ...ok, targetExamDate: '2027-01-04' }, 'targetExamDate'],
    ['an exam inside a break', { ...ok, targetExamDate: '2027-06-05', breaks: [{ start: '2027-06-01', end: '2027-06-10' }] }, 'targetExamDate'],
    ['too many breaks', { ...ok, breaks: Array.from({ length: 13 }, (_, i) => ({ start: plus('2027-02-01', i * 10), end: plus('2027-02-01', i * 10 + 1) })) }, 'breaks'],
    ['a long title', { ...ok, title: 'x'.repeat(121) }, 'title'],
  ])('refuses %s, naming %s', (_case, input, field) => {
    expect(checkPlanInput(input, TODAY).map((e) => e.field)).toContain(field);
  });

  it.each<[string, PlanInput]>([
    ['a start date alone', ok],
    ['a start on 2000-01-01', { startDate: '2000-01-01' }],
    ['a start exactly 5 years ahead', { startDate: '2031-11-27' }],
    ['1 and 80 hours a week', { ...ok, hoursPerWeek: 80 }],
    ['a leap day', { startDate: '2028-02-29' }],
  ])('accepts %s', (_case, input) => {
    expect(checkPlanInput(input, TODAY)).toEqual([]);
  });
});

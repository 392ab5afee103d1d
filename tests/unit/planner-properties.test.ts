import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, breakCalendar, dayOf, isoOf } from '../../functions/domain/planner-dates.ts';
import { checkTarget } from '../../functions/domain/planner-core.ts';
import { ceil1, round1 } from '../../functions/domain/planner-schedule.ts';
import { checkPlanInput, planTimeline, type PlanFacts, type PlanInput } from '../../functions/domain/planner.ts';
import { contextFor, credentials, programs, rules, TODAY } from './planner-fixtures.ts';

const RUNS = Number(process.env.PLANNER_RUNS ?? 300);
const day0 = dayOf('2020-01-01');

/** A day offset from 2020-01-01 as an ISO date. */
const isoAt = (offset: number) => isoOf(day0 + offset);

/** Inputs the planner accepts: any credential, no program or any program, hours, prep weeks, breaks; forward or back. */
const inputArb = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 365 * 11 }),
    certificationId: fc.constantFrom(...credentials.map((c) => c.id)),
    programId: fc.option(fc.constantFrom(...programs.map((p) => p.id)), { nil: undefined }),
    hoursPerWeek: fc.option(fc.integer({ min: 2, max: 160 }).map((h) => h / 2), { nil: undefined }),
    examPrepWeeks: fc.option(fc.integer({ min: 1, max: 52 }), { nil: undefined }),
    breaks: fc.array(fc.record({ from: fc.integer({ min: -30, max: 900 }), length: fc.integer({ min: 1, max: 130 }) }), { maxLength: 4 }),
    target: fc.option(fc.integer({ min: 20, max: 1600 }), { nil: undefined }),
  })
  .map(({ startOffset, breaks, target, ...rest }): PlanInput => ({
    ...rest,
    startDate: isoAt(startOffset),
    breaks: breaks.map((b) => ({ start: isoAt(startOffset + b.from), end: isoAt(startOffset + b.from + b.length - 1) })),
    ...(target === undefined ? {} : { targetExamDate: isoAt(startOffset + target) }),
  }))
  .filter((input) => checkPlanInput(input, TODAY).length === 0);

const forwardArb = inputArb.map(({ targetExamDate: _t, ...rest }) => rest);
const run = (input: PlanInput) => planTimeline(input, contextFor(input));
const date = (p: PlanFacts, key: string) => p.milestones.find((m) => m.key === key)!.date;
const property = <T>(arb: fc.Arbitrary<T>, check: (value: T) => void) => fc.assert(fc.property(arb, check), { numRuns: RUNS });

describe('planner properties', () => {
  it('lists milestones in date order, and each step after the one it follows', () => {
    property(inputArb, (input) => {
      const p = run(input);
      const dates = p.milestones.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
      const d = (key: string) => date(p, key);
      expect(d('start') <= d('coursework-done')).toBe(true);
      expect(d('coursework-done') < d('exam-prep')).toBe(true);
      expect(d('exam-prep') <= d('book-exam')).toBe(true);
      expect(d('book-exam') < d('exam')).toBe(true);
      expect(d('exam') < d('results')).toBe(true);
      expect(d('results')).toBe(d('credential'));
      for (const m of p.milestones) {
        if (m.kind === 'checkpoint') expect(m.date > d('start') && m.date < d('coursework-done')).toBe(true);
        if (m.kind === 'apprentice' || m.kind === 'renewal') expect(m.date > d('credential')).toBe(true);
        if (m.kind === 'membership') expect(m.date > d('book-exam')).toBe(true);
      }
      expect(new Set(p.milestones.map((m) => m.key)).size).toBe(p.milestones.length);
    });
  });

  it('puts no milestone inside a break', () => {
    property(inputArb, (input) => {
      const p = run(input);
      for (const m of p.milestones) for (const b of input.breaks ?? []) expect(m.date < b.start || m.date > b.end, `${m.key} ${m.date} in ${b.start}..${b.end}`).toBe(true);
    });
  });

  it('keeps coursework checkpoints at most a month of study apart', () => {
    property(inputArb, (input) => {
      const p = run(input);
      const cal = breakCalendar((input.breaks ?? []).map((b) => ({ start: dayOf(b.start), end: dayOf(b.end) })));
      const steps = p.milestones.filter((m) => ['start', 'checkpoint', 'coursework-done'].includes(m.kind)).map((m) => dayOf(m.date));
      for (let i = 1; i < steps.length; i++) expect(cal.freeDaysBetween(steps[i - 1]!, steps[i]!)).toBeLessThanOrEqual(31);
    });
  });

  it('adds hours up: coursework plus exam prep is the total, checkpoints climb to the coursework, and the study days hold the hours', () => {
    property(inputArb, (input) => {
      const p = run(input);
      expect(p.hours.total).toBe(round1(p.hours.coursework + p.hours.examPrep));
      const prepWeeks = input.examPrepWeeks ?? rules.examPrepWeeks.value;
      expect(p.hours.examPrep).toBe(round1(p.hoursPerWeek * prepWeeks));
      const done = p.milestones.filter((m) => m.hoursDone !== undefined && m.kind !== 'exam').map((m) => m.hoursDone!);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(p.hours.coursework);
      expect(p.milestones.find((m) => m.kind === 'exam')!.hoursDone).toBe(p.hours.total);
      const cal = breakCalendar((input.breaks ?? []).map((b) => ({ start: dayOf(b.start), end: dayOf(b.end) })));
      const studyDays = cal.freeDaysBetween(dayOf(p.startDate), dayOf(date(p, 'coursework-done')) + 1);
      expect((studyDays * p.hoursPerWeek) / 7).toBeGreaterThanOrEqual(p.hours.coursework - 0.05);
    });
  });

  it('gives the same plan for the same input, whatever ran before', () => {
    property(fc.tuple(inputArb, inputArb), ([a, b]) => {
      const first = JSON.stringify(run(a));
      run(b);
      expect(JSON.stringify(run(structuredClone(a)))).toBe(first);
    });
  });

  it('planning forward, then back from its exam date, gives the same hours a week within one study day and rounding', () => {
    const workload = forwardArb.filter((input) => {
      const program = programs.find((p) => p.id === input.programId);
      return !program?.length;
    });
    property(workload, (input) => {
      const forward = run(input);
      const back = run({ ...input, hoursPerWeek: undefined, targetExamDate: forward.examDate });
      expect(back.examDate).toBe(forward.examDate);
      const h = forward.hoursPerWeek;
      const H = forward.hours.coursework;
      // Whole study days: the back plan needs at most the forward hours, and less by at most one day's share.
      expect(back.hoursPerWeek).toBeLessThanOrEqual(ceil1(h) + 1e-9);
      expect(h - back.hoursPerWeek).toBeLessThan((h * h) / (7 * H + h) + 0.1 + 1e-9);
      // And those hours really reach the exam date.
      expect(run({ ...input, hoursPerWeek: back.hoursPerWeek }).examDate <= forward.examDate).toBe(true);
    });
  });

  it('warns whenever a plan breaks a rule: over 60 hours a week, program deadline passed, exam window missed', () => {
    property(inputArb, (input) => {
      const p = run(input);
      const codes = p.warnings.filter((w) => w.severity === 'warning').map((w) => w.code);
      expect(codes.includes('hours-over-limit')).toBe(p.hoursPerWeek > rules.hoursPerWeekWarnAbove.value);
      const { program, credential } = contextFor(input);
      if (program?.deadline) {
        const end = isoOf(addMonths(dayOf(p.startDate), program.deadline.months));
        expect(codes.includes('access-expires')).toBe(date(p, 'coursework-done') > end);
      }
      if (credential.examWindow) {
        const gap = dayOf(p.examDate) - dayOf(date(p, 'book-exam'));
        expect(codes.includes('exam-window')).toBe(gap > credential.examWindow.days);
      }
    });
  });

  it('never moves a target exam date silently', () => {
    property(inputArb.filter((i) => i.targetExamDate !== undefined), (input) => {
      const p = run(input);
      if (p.examDate !== input.targetExamDate) expect(p.warnings.some((w) => w.field === 'targetExamDate' && w.severity === 'warning')).toBe(true);
      else expect(p.hoursPerWeek).toBeLessThanOrEqual(80);
    });
  });

  it('refuses a target exam date exactly when its coursework would need more than 80 hours a week, naming the hours it needs', () => {
    property(inputArb.filter((i) => i.targetExamDate !== undefined), (input) => {
      const p = run(input);
      const refused = checkTarget(input, contextFor(input));
      const workload = !programs.find((x) => x.id === input.programId)?.length;
      if (refused.length === 0) {
        // Accepted: a workload meets the date at a pace a plan allows; a fixed length keeps its own warning when it cannot.
        if (workload) expect([p.examDate, p.hoursPerWeek <= 80]).toEqual([input.targetExamDate, true]);
      } else {
        expect(workload).toBe(true);
        expect(p.examDate).not.toBe(input.targetExamDate);
        const [e] = refused;
        expect(e).toMatchObject({ field: 'targetExamDate', code: 'hours-over-max', max: 80 });
        if (e!.code === 'hours-over-max' && e!.needed !== null) expect(e!.needed).toBeGreaterThan(80);
      }
    });
  });
});

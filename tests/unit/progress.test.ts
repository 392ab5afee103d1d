/** Progress against a saved plan and the two re-plans (functions/domain/progress.ts, replan.ts), on the real dataset with today pinned. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../functions/domain/planner-dates.ts';
import { ON_TRACK_WEEKS, checkProgress, maxHoursBy, progressOf, type PlanProgress } from '../../functions/domain/progress.ts';
import { expectedHours, planOf, type SavedPlanInput } from '../../functions/domain/replan.ts';
import { contextFor, TODAY } from './planner-fixtures.ts';

const today = dayOf(TODAY);
const progress = (input: SavedPlanInput) => progressOf(input, contextFor(input))!;
const withHours = (input: SavedPlanInput, asOf: string, hoursDone: number): SavedPlanInput => ({ ...input, progress: { asOf, hoursDone, completed: [] } });
/** A projected date as a number, none counting as never. */
const projected = (p: PlanProgress) => (p.projectedExamDate === null ? Infinity : dayOf(p.projectedExamDate));

/** A plan started in the past 15 months at 2 to 40 hours a week, sometimes with a break, and a progress day up to today. */
const pastPlan = fc
  .record({ startAgo: fc.integer({ min: 1, max: 450 }), hoursPerWeek: fc.integer({ min: 2, max: 40 }), asOfAgo: fc.integer({ min: 0, max: 450 }), breakAt: fc.option(fc.integer({ min: 0, max: 200 })), breakDays: fc.integer({ min: 1, max: 40 }) })
  .map(({ startAgo, hoursPerWeek, asOfAgo, breakAt, breakDays }) => {
    const start = today - startAgo;
    const input: SavedPlanInput = { startDate: isoOf(start), hoursPerWeek };
    // A break that neither holds the start nor is empty.
    if (breakAt !== null) input.breaks = [{ start: isoOf(start + 1 + breakAt), end: isoOf(start + breakAt + breakDays) }];
    return { input, asOf: isoOf(Math.max(start, today - Math.min(asOfAgo, startAgo))) };
  });

describe('where a reader stands', () => {
  const input: SavedPlanInput = { startDate: '2026-09-01', hoursPerWeek: 10 };

  it('is null without recorded progress, as for every plan saved before progress existed', () => {
    expect(progressOf(input, contextFor(input))).toBeNull();
  });

  it.each([
    ['on-track', 0],
    ['on-track', 9.9],
    ['behind', 10.1],
    ['ahead', -10.1],
  ] as const)('is %s %s hours off the plan (tolerance: one planned week, 10 hours)', (state, off) => {
    const expected = expectedHours(input, contextFor(input)).at(dayOf('2026-11-20'));
    const p = progress(withHours(input, '2026-11-20', Math.round((expected - off) * 100) / 100));
    expect(p.state).toBe(state);
    expect(p.toleranceHours).toBe(10 * ON_TRACK_WEEKS);
  });

  it('counts study days behind from the day the plan reached the hours done, negative when ahead', () => {
    // 12 weeks at 10 hours a week were planned by 2026-11-23; 50 hours were planned by the end of 2026-10-05.
    const behind = progress(withHours(input, '2026-11-23', 50));
    expect(behind.hoursExpected).toBe(120);
    expect(behind.hoursBehind).toBe(70);
    expect(behind.daysBehind).toBe(dayOf('2026-11-23') - dayOf('2026-10-05'));
    expect(progress(withHours(input, '2026-10-05', 70)).daysBehind).toBeLessThan(0);
  });

  it('projects the exam at the real pace, and says why when there is none', () => {
    const slow = progress(withHours(input, '2026-11-23', 50));
    expect(slow.paceHoursPerWeek).toBe(4.2);
    expect(slow.projection).toBe('pace');
    expect(slow.projectedExamDate! > slow.plannedExamDate).toBe(true);
    expect(progress(withHours(input, '2026-11-23', 0))).toMatchObject({ projection: 'no-hours', projectedExamDate: null });
    expect(progress(withHours(input, '2026-11-23', 5))).toMatchObject({ projection: 'too-slow', projectedExamDate: null });
  });

  it('lists milestones dated by the progress day that are not ticked', () => {
    const p = progress({ startDate: '2026-09-01', hoursPerWeek: 5, progress: { asOf: '2026-11-23', hoursDone: 30, completed: [{ key: 'start', date: '2026-09-01' }] } });
    expect(p.overdue).toEqual(['checkpoint-1', 'checkpoint-2']);
  });
});

describe('re-planning', () => {
  // 16 weeks of coursework and 8 of exam prep at 5 hours a week; 30 hours done where 60 were planned.
  const input: SavedPlanInput = { startDate: '2026-09-01', hoursPerWeek: 5, progress: { asOf: '2026-11-23', hoursDone: 30, completed: [{ key: 'start', date: '2026-09-01' }] } };
  const p = progress(input);

  it('keeping the exam date asks more hours a week from the day after the progress day on, and applying it puts the reader on track', () => {
    const keep = p.options.keepDate;
    if (!keep.available) throw new Error(keep.code);
    expect(keep.examDate).toBe(p.plannedExamDate);
    expect(keep.hoursPerWeek).toBe(14);
    expect(keep.input.replan).toEqual({ from: TODAY, hoursDone: 30 });
    // The carried hours are spread over the study days before the re-plan day, so asOf (four days earlier) is about a hour off.
    const after = progress(keep.input);
    expect(after).toMatchObject({ state: 'on-track', plannedExamDate: p.plannedExamDate });
    expect(Math.abs(after.hoursBehind)).toBeLessThanOrEqual(1.5);
  });

  it('refuses to keep a date that would need more than 80 hours a week, with the hours it would need', () => {
    // Exam prep for the exam on 2027-01-10 began before today, with all 80 hours of coursework still to do.
    const late = progress({ startDate: '2026-11-01', hoursPerWeek: 40, progress: { asOf: '2026-11-27', hoursDone: 0, completed: [] } });
    expect(late.options.keepDate).toEqual({ available: false, code: 'hours-over-max', needed: null, max: 80 });
    expect(late.options.moveExam.available).toBe(true);
  });

  it('moving the exam plans the rest at the real pace: its date is the projected one, and the plan keeps its start and its hours', () => {
    const move = p.options.moveExam;
    if (!move.available) throw new Error(move.code);
    expect(move.examDate).toBe(p.projectedExamDate);
    expect(move.hoursPerWeek).toBe(2.5);
    const moved = planOf(move.input, contextFor(move.input));
    expect(moved.startDate).toBe('2026-09-01');
    // The start still names the whole coursework (80 hours), not the part left when re-planned.
    expect(moved.milestones[0]).toMatchObject({ key: 'start', date: '2026-09-01', params: { courseworkHours: 80 } });
    expect(moved.hours.coursework).toBe(80);
    expect(progress(move.input).state).toBe('on-track');
  });

  it('is not offered for a program of stated length, whose dates hours do not move', () => {
    // A five-month course that states no hours.
    const fixed: SavedPlanInput = { startDate: '2026-09-01', programId: 'mchc-coderclass-online-cpc-coc', progress: { asOf: '2026-11-23', hoursDone: 5, completed: [] } };
    const p = progressOf(fixed, contextFor(fixed))!;
    expect(p.options).toEqual({ keepDate: { available: false, code: 'fixed-length' }, moveExam: { available: false, code: 'fixed-length' } });
    expect(p).toMatchObject({ projection: 'fixed-length', projectedExamDate: p.plannedExamDate });
  });
});

describe('progress checks', () => {
  const input: SavedPlanInput = { startDate: '2026-09-01' };
  const check = (saved: SavedPlanInput) => checkProgress(saved, contextFor(saved), planOf(saved, contextFor(saved))).map((e) => [e.field, e.code]);

  it.each([
    ['progress.asOf', 'before-start', { asOf: '2026-08-31', hoursDone: 0, completed: [] }],
    ['progress.asOf', 'after-today', { asOf: '2026-11-28', hoursDone: 0, completed: [] }],
    ['progress.hoursDone', 'hours-over-elapsed', { asOf: '2026-09-07', hoursDone: 80.1 }],
    ['progress.completed.0.key', 'unknown-milestone', { asOf: '2026-09-07', hoursDone: 1, completed: [{ key: 'checkpoint-99', date: '2026-09-02' }] }],
    ['progress.completed.0.date', 'after-today', { asOf: '2026-09-07', hoursDone: 1, completed: [{ key: 'start', date: '2026-12-02' }] }],
  ])('names %s (%s)', (field, code, progressInput) => {
    expect(check({ ...input, progress: { completed: [], ...progressInput } })).toEqual([[field, code]]);
  });

  it('allows 80 hours for each week elapsed, counting the progress day', () => {
    expect(maxHoursBy('2026-09-01', '2026-09-07')).toBe(80);
    expect(check({ ...input, progress: { asOf: '2026-09-07', hoursDone: 80, completed: [] } })).toEqual([]);
  });

  it('lets a re-plan start tomorrow, not later', () => {
    expect(check({ ...input, replan: { from: '2026-11-28', hoursDone: 0 } })).toEqual([]);
    expect(check({ ...input, replan: { from: '2026-11-29', hoursDone: 0 } })).toEqual([['replan.from', 'after-today']]);
  });
});

describe('properties', () => {
  it('more hours done never moves the projected exam later', () => {
    fc.assert(
      fc.property(pastPlan, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ({ input, asOf }, a, b) => {
        const max = maxHoursBy(input.startDate, asOf);
        const [less, more] = [Math.min(a, b) * max, Math.max(a, b) * max];
        expect(projected(progress(withHours(input, asOf, more)))).toBeLessThanOrEqual(projected(progress(withHours(input, asOf, less))));
      }),
    );
  });

  it('a plan exactly on pace is on track', () => {
    fc.assert(
      fc.property(pastPlan, ({ input, asOf }) => {
        const expected = expectedHours(input, contextFor(input)).at(dayOf(asOf));
        const p = progress(withHours(input, asOf, expected));
        expect(p.state).toBe('on-track');
        expect(p.hoursBehind).toBe(0);
      }),
    );
  });

  it('re-planning never schedules anything before today', () => {
    fc.assert(
      fc.property(pastPlan, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, asOf }, share) => {
        const p = progress(withHours(input, asOf, share * maxHoursBy(input.startDate, asOf)));
        for (const option of [p.options.keepDate, p.options.moveExam]) {
          if (!option.available) continue;
          expect(option.from >= TODAY).toBe(true);
          const plan = planOf(option.input, contextFor(option.input));
          for (const m of plan.milestones.filter((m) => m.kind !== 'start')) expect(m.date >= TODAY, `${m.key} ${m.date}`).toBe(true);
          expect(plan.phases.find((ph) => ph.key === 'exam-prep')!.start >= TODAY).toBe(true);
        }
      }),
    );
  });

  it('keeping the exam date never asks less than the coursework hours left over the weeks left', () => {
    fc.assert(
      fc.property(pastPlan, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, asOf }, share) => {
        const hoursDone = share * maxHoursBy(input.startDate, asOf);
        const keep = progress(withHours(input, asOf, hoursDone)).options.keepDate;
        if (!keep.available) return;
        const left = Math.max(0, 80 - hoursDone);
        const weeksLeft = (dayOf(keep.examDate) - dayOf(keep.from)) / 7;
        expect(keep.hoursPerWeek).toBeGreaterThanOrEqual(left / weeksLeft - 1e-9);
      }),
    );
  });
});

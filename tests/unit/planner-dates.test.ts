import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, breakCalendar, dayOf, isoOf, mergeRanges, parseDay } from '../../functions/domain/planner-dates.ts';

describe('calendar days', () => {
  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2027-02-29', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-1-10', false],
    ['20270110', false],
    ['', false],
  ])('%s is a real calendar date: %s', (iso, real) => {
    expect(parseDay(iso) !== undefined).toBe(real);
  });

  it('round-trips every day between 1990 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1990-01-01'), max: dayOf('2100-12-31') }), (day) => {
        expect(dayOf(isoOf(day))).toBe(day);
      }),
    );
  });

  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-11-27', 2, '2028-01-27'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-08-23', 24, '2029-08-23'],
  ])('%s plus %i months is %s (clamped to the month end)', (from, n, to) => {
    expect(isoOf(addMonths(dayOf(from), n))).toBe(to);
  });
});

describe('the break calendar', () => {
  it('merges overlapping and touching breaks', () => {
    expect(mergeRanges([{ start: 10, end: 12 }, { start: 1, end: 3 }, { start: 4, end: 5 }, { start: 11, end: 20 }])).toEqual([{ start: 1, end: 5 }, { start: 10, end: 20 }]);
  });

  const rangesArb = fc.array(fc.record({ start: fc.integer({ min: 0, max: 200 }), length: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }).map((rs) => rs.map((r) => ({ start: r.start, end: r.start + r.length - 1 })));
  /** The obvious, slow answer: walk day by day. */
  const naive = (ranges: { start: number; end: number }[]) => {
    const isFree = (d: number) => !ranges.some((r) => r.start <= d && d <= r.end);
    return {
      isFree,
      forward(from: number, n: number) {
        let d = from - 1;
        for (let k = 0; k < n; ) if (isFree(++d)) k++;
        return d;
      },
      backward(from: number, n: number) {
        let d = from + 1;
        for (let k = 0; k < n; ) if (isFree(--d)) k++;
        return d;
      },
    };
  };

  it('counts free days forward and back as walking day by day does', () => {
    fc.assert(
      fc.property(rangesArb, fc.integer({ min: -10, max: 250 }), fc.integer({ min: 1, max: 120 }), (ranges, from, n) => {
        const cal = breakCalendar(ranges);
        const slow = naive(ranges);
        expect(cal.forward(from, n)).toBe(slow.forward(from, n));
        expect(cal.backward(from, n)).toBe(slow.backward(from, n));
        expect(cal.freeDaysBetween(from, cal.forward(from, n) + 1)).toBe(n);
        expect(slow.isFree(cal.nextFree(from))).toBe(true);
        expect(slow.isFree(cal.prevFree(from))).toBe(true);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PERCENTILE, payback, wageAt, type PaybackInput } from '../../functions/domain/payback.ts';
import { cost } from '../../site/i18n/en/cost.ts';

/** A known total of `amount`, complete unless said otherwise. */
const total = (amount: number | null, lowerBound = false): PaybackInput['total'] => ({ amount, lowerBound });

describe('payback', () => {
  it.each([
    ['a $3,000 cost with a $1,000 monthly gain and no stated length', 3000, null, 48000, 36000, { studyMonths: null, recoveryMonths: 3, months: 3 }],
    ['a cost that does not divide evenly, rounded up to whole months', 3895, null, 50250, 30000, { recoveryMonths: 3, months: 3 }],
    ['a gain of a few dollars a month', 1200, null, 36012, 36000, { recoveryMonths: 1200, months: 1200 }],
    ['12 months of study before a 3-month recovery', 3000, 12, 48000, 36000, { studyMonths: 12, recoveryMonths: 3, months: 15 }],
    ['4.2 months of study (18 weeks), the whole rounded up', 3895, 4.2, 50250, 30000, { studyMonths: 4.2, recoveryMonths: 3, months: 8 }],
    ['a two-year degree before the cost is earned back', 10532, 24, 48000, 36000, { studyMonths: 24, recoveryMonths: 11, months: 35 }],
  ] as const)('recovers %s', (_case, amount, studyMonths, annualWage, currentIncome, expected) => {
    expect(payback({ total: total(amount), studyMonths, annualWage, currentIncome })).toMatchObject(expected);
  });

  it.each([
    ['the wage equals the current income', 40000, 40000],
    ['the wage is below the current income', 40000, 52000],
  ])('never pays back when %s', (_case, annualWage, currentIncome) => {
    const result = payback({ total: total(2000), studyMonths: 6, annualWage, currentIncome });
    expect(result).toMatchObject({ months: null, recoveryMonths: null, reason: 'no-gain' });
    expect(result.monthlyGain).toBeLessThanOrEqual(0);
  });

  it('has no months when BLS publishes no wage at the percentile', () => {
    expect(payback({ total: total(2000), studyMonths: 6, annualWage: null, currentIncome: 0 })).toMatchObject({ months: null, reason: 'wage-not-published', monthlyWage: null });
  });

  it('has no months when the program price is not published, whatever else is known', () => {
    expect(payback({ total: total(null, true), studyMonths: 6, annualWage: 50000, currentIncome: 0 })).toMatchObject({ months: null, reason: 'price-not-published' });
  });

  it.each([
    ['a cost line is unknown', total(1200, true), 6, ['cost-unknown-line']],
    ['the program states no length', total(1200), null, ['length-not-stated']],
    ['both', total(1200, true), null, ['cost-unknown-line', 'length-not-stated']],
    ['nothing is missing', total(1200), 6, []],
  ] as const)('says the months are a floor when %s', (_case, t, studyMonths, floors) => {
    const result = payback({ total: t, studyMonths, annualWage: 48000, currentIncome: 36000 });
    expect(result.floors).toEqual(floors);
    expect(result.lowerBound).toBe(floors.length > 0);
  });

  it('works in monthly figures: annual ÷ 12', () => {
    expect(payback({ total: total(1), studyMonths: null, annualWage: 60000, currentIncome: 24000 })).toMatchObject({ monthlyWage: 5000, monthlyIncome: 2000, monthlyGain: 3000 });
  });

  it('reads the annual wage at a percentile, null where BLS leaves it blank', () => {
    const row = { annual: { p10: 1, p25: 2, median: 3, p75: 4, p90: null, mean: 3 } };
    expect(wageAt(row, 'p25')).toBe(2);
    expect(wageAt(row, 'p90')).toBeNull();
  });

  it('defaults to the 25th percentile, and the words say why and that percentiles are not experience levels', () => {
    expect(DEFAULT_PERCENTILE).toBe('p25');
    expect(cost.percentileCaveat).toMatch(/25th percentile unless you pick another: someone new to the work often earns below the median/);
    expect(cost.percentileCaveat).toMatch(/not experience levels/);
  });
});

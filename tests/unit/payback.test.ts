import { describe, expect, it } from 'vitest';
import { payback, PERCENTILE_CAVEAT, wageAt } from '../../functions/domain/payback.ts';

describe('payback', () => {
  it.each([
    ['a $3,000 cost with a $1,000 monthly gain', 3000, 48000, 36000, 3],
    ['a cost that does not divide evenly, rounded up to whole months', 3895, 50250, 30000, 3],
    ['a gain of a few dollars a month', 1200, 36012, 36000, 1200],
  ])('recovers %s', (_case, cost, annualWage, currentIncome, months) => {
    expect(payback({ cost, costLowerBound: false, annualWage, currentIncome }).months).toBe(months);
  });

  it.each([
    ['the wage equals the current income', 40000, 40000],
    ['the wage is below the current income', 40000, 52000],
  ])('never pays back when %s', (_case, annualWage, currentIncome) => {
    const result = payback({ cost: 2000, costLowerBound: false, annualWage, currentIncome });
    expect(result).toMatchObject({ months: null, reason: 'no-gain' });
    expect(result.monthlyGain).toBeLessThanOrEqual(0);
  });

  it('has no months when BLS publishes no wage at the percentile', () => {
    expect(payback({ cost: 2000, costLowerBound: false, annualWage: null, currentIncome: 0 })).toMatchObject({ months: null, reason: 'wage-not-published', monthlyWage: null });
  });

  it('has no months when the program price is not published', () => {
    expect(payback({ cost: 190, costLowerBound: true, costKnown: false, annualWage: 50000, currentIncome: 0 })).toMatchObject({ months: null, reason: 'price-not-published' });
  });

  it('carries the lower-bound flag of the cost to the months', () => {
    expect(payback({ cost: 1200, costLowerBound: true, annualWage: 48000, currentIncome: 36000 })).toMatchObject({ months: 2, lowerBound: true });
  });

  it('works in monthly figures: annual ÷ 12', () => {
    expect(payback({ cost: 1, costLowerBound: false, annualWage: 60000, currentIncome: 24000 })).toMatchObject({ monthlyWage: 5000, monthlyIncome: 2000, monthlyGain: 3000 });
  });

  it('reads the annual wage at a percentile, null where BLS leaves it blank', () => {
    const row = { annual: { p10: 1, p25: 2, median: 3, p75: 4, p90: null, mean: 3 } };
    expect(wageAt(row, 'p25')).toBe(2);
    expect(wageAt(row, 'p90')).toBeNull();
  });

  it('says plainly that percentiles are not experience levels', () => {
    expect(PERCENTILE_CAVEAT).toMatch(/not experience levels/);
  });
});

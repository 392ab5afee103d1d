import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { WageRow } from '../../data/schemas.ts';
import { comparisonYear, employmentPrseOf, hourlyComputedOf, nationalMedians, newerNationalYear, rowFor, salaryView } from '../../functions/domain/salary.ts';

const rowsOf = (soc: string) => dataset.wages.filter((w) => w.soc === soc);
const rowOf = (soc: string, area: string, year: number) => dataset.wages.find((w) => w.soc === soc && w.area === area && w.year === year)!;

describe('comparisonYear', () => {
  it.each([
    [['US'], 2025],
    [['TX'], 2024],
    [['US', 'TX'], 2024],
    [['US', 'TX', 'MS'], 2024],
  ] as const)('compares %j in May %i', (areas, year) => {
    expect(comparisonYear(rowsOf('29-2072'), areas)).toBe(year);
  });

  it('has no year when the areas share none', () => {
    const rows = [rowOf('29-2072', 'US', 2025), rowOf('29-2072', 'TX', 2024)];
    expect(comparisonYear(rows, ['US', 'TX'])).toBeUndefined();
  });

  it('offers the newest national year only when it is newer than the comparison year', () => {
    expect(newerNationalYear(rowsOf('29-2072'), 2024)).toBe(2025);
    expect(newerNationalYear(rowsOf('29-2072'), 2025)).toBeUndefined();
  });
});

describe('rowFor', () => {
  it('shows the year asked for when it has wages', () => {
    expect(rowFor(rowsOf('29-2072'), 'US', 2024)).toEqual({ row: rowOf('29-2072', 'US', 2024) });
  });

  it('falls back from a suppressed year to the newest older row with wages, saying which year and why', () => {
    expect(rowFor(rowsOf('43-4071'), 'MS', 2024)).toEqual({
      row: rowOf('43-4071', 'MS', 2023),
      fallbackFrom: { year: 2024, symbol: '*', oewsEmployment: 510, employmentPrse: 14.5 },
    });
  });
});

describe('hourlyComputedOf', () => {
  it('computes annual ÷ 2,080 to the cent only for hourly figures the copy did not keep', () => {
    const tx = rowOf('29-2072', 'TX', 2024);
    expect(hourlyComputedOf(tx)).toEqual({ p10: 15.17, p25: 18.16, median: null, p75: 29.8, p90: 37.09, mean: 24.53 });
  });

  it('computes nothing where BLS suppressed the figure or published every hourly one', () => {
    expect(hourlyComputedOf(rowOf('43-4071', 'MS', 2024))).toBeNull();
    expect(hourlyComputedOf(rowOf('29-2072', 'US', 2025))).toBeNull();
  });

  it('never computes over a top-coded (#) figure', () => {
    const ca = rowOf('11-9111', 'CA', 2024);
    expect(ca.annual.p90).toBeNull();
    expect(hourlyComputedOf(ca)?.p90).toBeNull();
  });
});

describe('salaryView', () => {
  it('lists only what the data says is missing, even for a row with no hourly figures at all', () => {
    const row: WageRow = { ...rowOf('29-2072', 'US', 2024), hourly: null, missing: [] };
    const view = salaryView(row, 'Medical Records Specialists', dataset.sources);
    expect(view.missing).toEqual([]);
    expect(view.hourlyComputed).toMatchObject({ median: Math.round((row.annual.median! / 2080) * 100) / 100 });
  });
});

describe('employmentPrseOf', () => {
  it.each([
    [undefined, null, false],
    [20, 20, false],
    [20.1, 20.1, true],
    [30.4, 30.4, true],
  ] as const)('reads PRSE %s as %s with caution %s (above 20 %)', (prse, value, caution) => {
    expect(employmentPrseOf(prse === undefined ? {} : { employmentPrse: prse })).toEqual({ employmentPrse: value, employmentCaution: caution });
  });
});

describe('nationalMedians', () => {
  it('gives the three national medians of medical records specialists, oldest first', () => {
    expect(nationalMedians(rowsOf('29-2072'))).toEqual([
      { year: 2023, median: 48780 },
      { year: 2024, median: 50250 },
      { year: 2025, median: 51140 },
    ]);
  });
});

/**
 * How long a program's cost takes to pay back (pure): the total over the monthly difference between
 * a wage percentile of the target role in an area and the reader's current income.
 */
import type { WageRow } from '../../data/schemas.ts';

export const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** Said wherever a percentile is chosen: it is a spread of pay, not a career stage. */
export const PERCENTILE_CAVEAT =
  'OEWS percentiles are not experience levels: they show how pay is spread across everyone in the occupation in the area, at every stage. Someone new to the work often earns below the median.';

export interface PaybackInput {
  /** Dollars to recover. */
  cost: number;
  /** The cost is a floor (a line is unknown): the months are a floor too. */
  costLowerBound: boolean;
  /** False when the program's own price is not published: there is nothing to pay back yet. */
  costKnown?: boolean;
  /** The chosen percentile's annual wage; null when BLS publishes none. */
  annualWage: number | null;
  /** The reader's income now, a year. */
  currentIncome: number;
}

export interface Payback {
  /** Whole months to recover the cost; null when it never pays back or cannot be worked out. */
  months: number | null;
  monthlyWage: number | null;
  monthlyIncome: number;
  /** monthlyWage − monthlyIncome. */
  monthlyGain: number | null;
  /** Why there are no months: no published wage, or no gain over the current income. */
  reason?: 'price-not-published' | 'wage-not-published' | 'no-gain';
  lowerBound: boolean;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Months to recover the cost from the monthly gain; none when the gain is not positive. */
export function payback({ cost, costLowerBound, costKnown = true, annualWage, currentIncome }: PaybackInput): Payback {
  const monthlyIncome = cents(currentIncome / 12);
  const monthlyWage = annualWage === null ? null : cents(annualWage / 12);
  const monthlyGain = annualWage === null ? null : cents(annualWage / 12 - currentIncome / 12);
  if (!costKnown) return { months: null, monthlyWage, monthlyIncome, monthlyGain, reason: 'price-not-published', lowerBound: costLowerBound };
  if (monthlyGain === null) return { months: null, monthlyWage, monthlyIncome, monthlyGain, reason: 'wage-not-published', lowerBound: costLowerBound };
  if (monthlyGain <= 0) return { months: null, monthlyWage, monthlyIncome, monthlyGain, reason: 'no-gain', lowerBound: costLowerBound };
  return { months: Math.ceil(cost / monthlyGain), monthlyWage, monthlyIncome, monthlyGain, lowerBound: costLowerBound };
}

/** The annual wage at a percentile in a row; null when BLS leaves it blank. */
export function wageAt(row: Pick<WageRow, 'annual'>, percentile: Percentile): number | null {
  return row.annual[percentile];
}

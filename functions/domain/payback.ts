/**
 * How long a program's cost takes to pay back (pure): the months of study first (no new earnings
 * yet), then the total over the monthly difference between a wage percentile of the target role in
 * an area and the reader's current income.
 */
import type { WageRow } from '../../data/schemas.ts';
import type { CostTotal } from './program-cost.ts';

export const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/**
 * The percentile a payback uses unless the reader picks another: the 25th, because someone new to the
 * work often earns below the median (OEWS percentiles are a spread of pay, not experience levels).
 */
export const DEFAULT_PERCENTILE: Percentile = 'p25';

export interface PaybackInput {
  /** The program's total: its amount to recover, null when its price is not published. */
  total: Pick<CostTotal, 'amount' | 'lowerBound'>;
  /** Months of study before earning starts (the program's stated length); null when not stated. */
  studyMonths: number | null;
  /** The chosen percentile's annual wage; null when BLS publishes none. */
  annualWage: number | null;
  /** The reader's income now, a year. */
  currentIncome: number;
}

/** Why the months are only a floor: a cost line is unknown, or the program states no length. */
export type PaybackFloor = 'cost-unknown-line' | 'length-not-stated';

export interface Payback {
  /** Whole months from the start of study until the cost is recovered; null when it never pays back or cannot be worked out. */
  months: number | null;
  /** Months of study counted before earning starts; null when the program states no length (then not counted). */
  studyMonths: number | null;
  /** Whole months of earning the gain to recover the cost; null as months. */
  recoveryMonths: number | null;
  monthlyWage: number | null;
  monthlyIncome: number;
  /** monthlyWage − monthlyIncome. */
  monthlyGain: number | null;
  /** Why there are no months: no published price, no published wage, or no gain over the current income. */
  reason?: 'price-not-published' | 'wage-not-published' | 'no-gain';
  /** The months are a floor: the real payback takes longer (see `floors`). */
  lowerBound: boolean;
  floors: PaybackFloor[];
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Months of study, then months to recover the cost from the monthly gain; none when the gain is not positive. */
export function payback({ total, studyMonths, annualWage, currentIncome }: PaybackInput): Payback {
  const monthlyIncome = cents(currentIncome / 12);
  const monthlyWage = annualWage === null ? null : cents(annualWage / 12);
  const monthlyGain = annualWage === null ? null : cents(annualWage / 12 - currentIncome / 12);
  const study = studyMonths !== null && studyMonths > 0 ? studyMonths : null;
  const floors: PaybackFloor[] = [...(total.lowerBound ? (['cost-unknown-line'] as const) : []), ...(study === null ? (['length-not-stated'] as const) : [])];
  const none = (reason: NonNullable<Payback['reason']>): Payback => ({
    months: null,
    studyMonths: study,
    recoveryMonths: null,
    monthlyWage,
    monthlyIncome,
    monthlyGain,
    reason,
    lowerBound: floors.length > 0,
    floors,
  });
  if (total.amount === null) return none('price-not-published');
  if (monthlyGain === null) return none('wage-not-published');
  if (monthlyGain <= 0) return none('no-gain');
  const recoveryMonths = Math.ceil(total.amount / monthlyGain);
  return { months: Math.ceil((study ?? 0) + recoveryMonths), studyMonths: study, recoveryMonths, monthlyWage, monthlyIncome, monthlyGain, lowerBound: floors.length > 0, floors };
}

/** The annual wage at a percentile in a row; null when BLS leaves it blank. */
export function wageAt(row: Pick<WageRow, 'annual'>, percentile: Percentile): number | null {
  return row.annual[percentile];
}

/**
 * English words for wage figures wherever they appear (the salaries island and the static pages):
 * measures, units, BLS symbols in words, the figures this site computes, a fallen-back year and the
 * PRSE caution. The domain gives codes and numbers (functions/domain/salary.ts); this words them.
 */
import type { WageField } from '../../../data/schemas.ts';
import type { BlankSymbol } from '../../../functions/domain/salary.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
type Pay = 'annual' | 'hourly';

/** A percent as BLS writes a PRSE: 30.4 %. */
const percent = (n: number) => `${f.decimal(n)} %`;

/** What a fallen-back row needs to be said. */
interface FallbackParams {
  area: string;
  shown: number;
  asked: number;
  symbol: BlankSymbol;
  jobs: number | null;
}

/** Wage words in English. */
export const wages = {
  /** $47,230 a year's figure, or $22.71 an hour's: whole dollars for annual pay, cents for hourly. */
  money: (value: number, pay: Pay) => (pay === 'hourly' ? f.usdHourly(value) : f.usd(value)),
  /** 20,390 */
  count: f.count,
  /** "May 2024": OEWS figures are for a May reference period. */
  may: (year: number) => `May ${year}`,
  /** Names of the measures in tables, chart descriptions and lists. */
  field: { p10: '10th percentile', p25: '25th percentile', median: 'Median', p75: '75th percentile', p90: '90th percentile', mean: 'Mean' } satisfies Record<WageField, string>,
  /** "a year", "an hour" */
  perUnit: { annual: 'a year', hourly: 'an hour' } satisfies Record<Pay, string>,
  pay: { annual: 'Annual', hourly: 'Hourly' } satisfies Record<Pay, string>,
  /** Where a figure would be: the BLS symbol in words (never a bare blank, never 0). */
  blank: {
    '*': 'suppressed by BLS (*)',
    '**': 'not available from BLS (**)',
    '#': "above BLS's top-code (#)",
    'not-collected': 'not in the copy read',
  } satisfies Record<BlankSymbol, string>,
  /** A blank with no entry in the data's list. */
  notPublished: 'not published',
  /** The label beside a figure this site computed from BLS's annual one. */
  computedMark: 'computed',
  /** The rule, in a legend or after a computed figure. */
  computedRule: "annual ÷ 2,080, BLS's own convention",
  /** The caution for an uncertain jobs count (employment PRSE above the threshold). */
  prseCaution: (prse: number) => `BLS's estimate of jobs here is uncertain: relative standard error ${percent(prse)}.`,
  /** Beside the jobs count in a narrow cell. */
  prseShort: (prse: number) => `uncertain (RSE ${percent(prse)})`,
  /** Why an older year is shown (e.g. Mississippi file clerks: May 2024 suppressed, May 2023 mean). */
  fallback: ({ area, shown, asked, symbol, jobs }: FallbackParams) =>
    `${area}: May ${shown}, a different year. BLS's May ${asked} wages here are ${symbol === '*' ? 'suppressed (*: wage estimate not available)' : symbol === 'not-collected' ? 'not in the copy read' : `marked ${symbol}`}${jobs !== null ? `, though BLS published employment of ${f.count(jobs)} for May ${asked}` : ''}; the May ${shown} figures are shown instead.`,
  /** In a year cell: "May 2023 (May 2024 suppressed)". */
  fallbackShort: (shown: number, asked: number, symbol: BlankSymbol) => `May ${shown} (May ${asked} ${symbol === '*' ? 'suppressed' : 'not published'})`,
};

/** English words of a total and of an exam-fee range third parties report: what islands put beside a price (no cost notes, no kinds). */
import type { FigureKind, ReportedRange } from '../../../functions/domain/figure-kind.ts';
import type { CostTotal } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
const range = (r: Pick<ReportedRange, 'low' | 'high'>) => (r.low === r.high ? f.usd(r.low) : `${f.usd(r.low)}–${f.usd(r.high)}`);
const reportedKind = (r: ReportedRange) => `third-party report${r.sourceIds.length > 1 ? 's' : ''}${r.years.length > 0 ? ` (${r.years.join(', ')})` : ''}`;

/** The words of a total and of a range third parties report (islands import this group alone: it carries no cost notes). */
export const totalWords = {
  /** A total as a reader meets it: "$3,895", "at least $2,690", "up to $4,864, plus unknown costs", "Price not published". */
  total: (t: Pick<CostTotal, 'amount' | 'lowerBound' | 'atMost'>) => {
    if (t.amount === null) return 'Price not published';
    const dollars = f.usdExact(t.amount);
    if (t.atMost.length > 0) return t.lowerBound ? `up to ${dollars}, plus unknown costs` : `at most ${dollars}`;
    return t.lowerBound ? `at least ${dollars}` : dollars;
  },
  /** "$399–$499", "$117" */
  range,
  /** "third-party reports (2026)": the kind of a reported range. */
  reportedKind,
  /** "$399–$499, third-party reports (2026)", never counted in a total. */
  reported: (r: ReportedRange) => `${range(r)}, ${reportedKind(r)}`,
  notCounted: 'not counted in the total',
  /** Beside a registry's or older page's price more than two years old: "reported in 2021; check the current price". */
  stale: (kind: FigureKind, year: string) => `${kind === 'state-registry' ? 'reported in' : 'from'} ${year}; check the current price`,
};

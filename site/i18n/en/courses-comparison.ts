/**
 * English words of the courses comparison (table, cards, bars, payback): apart from the island's other
 * words so they load with the comparison, once programs are picked.
 */
import type { Payback, Percentile } from '../../../functions/domain/payback.ts';
import type { LineKind } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../format.ts';
import { months, percentile } from './courses.ts';

const f = formatFor('en');

/** The comparison's words (table, cards, bars, payback): its code and these load once programs are picked. */
export const coursesComparison = {
  /** The name of a cost line. */
  line: {
    tuition: 'Tuition',
    fees: 'Fees',
    books: 'Books and materials',
    supplies: 'Supplies and tools',
    other: 'Other costs',
    exam: 'Exam fee',
    membership: 'Membership',
    retake: 'Retake allowance',
  } satisfies Record<LineKind, string>,
  caption: 'Cost of each program, line by line',
  /** The comparison as one card per program on narrow screens. */
  cards: 'Each program in the comparison',
  /** A card's disclosure of its cost lines (tuition, fees, books, exam, membership, retake). */
  cardLines: 'Cost line by line',
  yourProgram: 'Your program (stays in this browser and its link)',
  remove: 'Remove',
  status: { included: 'Included', unknown: 'Unknown', 'not-needed': 'Not needed' },
  /** A line a state registry lists as 0: the provider reported nothing for it. */
  noneReported: 'None reported',
  /** A line another program's source lists apart (supplies, other costs) that this one does not. */
  notSeparate: 'Not listed separately',
  source: 'Source: ',
  datedAt: (day: string) => `, dated ${f.partialDate(day, 'medium')}`,
  readAt: (day: string) => `, read ${f.mediumDate(day)}`,
  /** Why a total is a floor: "A lower bound: unknown lines (books, exam fee) are not in it." */
  lowerBound: (lines: string[]) => `A lower bound: unknown lines (${lines.join(', ') || 'a fee floor'}) are not in it.`,
  noPerMonth: 'Not worked out (length or price unknown)',
  yourProgramShort: 'Your program',
  bars: {
    unknown: 'Unknown (not to scale)',
    caption: 'Known costs of each program on one scale, by line. Lines a program includes are inside its tuition.',
  },

  payback: {
    loading: 'Loading wages…',
    noIncome: 'Enter your current income above to see it.',
    /** "25th percentile pay for Medical coder (BLS: Medical Records Specialists) in Texas, May 2024: $38,000 a year, $3,167 a month." */
    wage: (pct: Percentile, role: string, occupation: string, area: string, year: number | null, annual: number, monthly: number) =>
      `Pay at the ${percentile[pct]} for ${role} (BLS: ${occupation}) in ${area}${year ? `, May ${year}` : ''}: ${f.usd(annual)} a year, ${f.usd(monthly)} a month.`,
    gain: (monthly: number) => ` That is ${f.usd(monthly)} a month more than now.`,
    head: (p: Pick<Payback, 'months' | 'reason' | 'lowerBound'>, pct: Percentile, occupation: string, area: string) => {
      if (p.reason === 'price-not-published') return 'Not worked out: the price is not published.';
      if (p.reason === 'wage-not-published') return `Not worked out: BLS publishes no ${percentile[pct]} wage for ${occupation} in ${area}.`;
      if (p.reason === 'no-gain') return 'Never, at this wage: it is not above your current income.';
      return `${p.lowerBound ? 'At least' : 'About'} ${months(p.months)} from the start`;
    },
    /** "4.2 months of study, then 7 months of earning to recover the cost." */
    split: (study: number | null, recovery: number) =>
      study === null
        ? `${months(recovery)} of earning after study; the program states no length, so add its months of study.`
        : `${months(study)} of study, then ${months(recovery)} of earning to recover the cost.`,
    unknownCosts: 'Some costs are unknown, so it may take longer.',
  },
};

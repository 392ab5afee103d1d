/** English words of the courses page's island: cost line names, money and lengths, income errors. */
import type { LineKind } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** The courses island in English. */
export const courses = {
  /** The name of a cost line. */
  line: { tuition: 'Tuition', fees: 'Fees', books: 'Books and materials', exam: 'Exam fee', membership: 'Membership', retake: 'Retake allowance' } satisfies Record<LineKind, string>,
  /** $3,895 (cents kept only where the figure has them). */
  usd: f.usdExact,
  /** 4.2 months, 24 months */
  months: (m: number | null) => (m === null ? 'not stated' : `${m} month${m === 1 ? '' : 's'}`),
  /** The day a page was read, short: Nov 27, 2026. */
  seen: f.mediumDate,
  /** A figure's date, short: Jun 24, 2024; Jun 2024; 2024. */
  dated: (dated: string) => f.partialDate(dated, 'medium'),
  incomeNotNumber: 'Give your income as a number of dollars a year (0 if none).',
  incomeTooHigh: (max: number) => `Give an income up to ${f.count(max)} dollars a year.`,
};

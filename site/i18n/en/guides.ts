/** English words of the guide builder and reader islands: money, dates and the note's length. */
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** The guide islands in English. */
export const guides = {
  /** $47,230 */
  usd: f.usd,
  /** "2026-11-26" (or a timestamp) → "November 26, 2026" */
  longDate: f.longDate,
  /** "12 of 2,000 characters." */
  noteCount: (used: number, max: number) => `${f.count(used)} of ${f.count(max)} characters.`,
};

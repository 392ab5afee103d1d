/** English words of the /salaries/ page around its island: the lead, caveats, how to read the figures and the static national table. */
import type { WageField } from '../../../data/schemas.ts';

/** The /salaries/ page's own text in English. */
export const salariesPage = {
  title: 'What billing and coding jobs pay in your state',
  description:
    'What medical billing, coding and health records roles pay, nationally and in each state: BLS OEWS 10th to 90th percentiles, median and mean, with the year and source of every figure.',
  lead: 'What the nine roles pay, nationally and in each state, as the U.S. Bureau of Labor Statistics publishes it: the 10th to 90th percentile, the median and the mean, each with its year and source.',
  caveat: 'OEWS percentiles are not experience levels: they describe everyone in the occupation at once, new and experienced alike. Several roles share one BLS occupation, so they share its figures. ',
  caveatLink: 'How roles were matched and what the figures mean',
  /** The comparison rule, said once before the explorer. */
  years: (national: number, state: number) =>
    `States' newest figures are for May ${state}; the nation's are for May ${national}. When areas are compared, every one is shown for the same year (May ${state}), and the newest national year is offered apart, labelled.`,
  /** How to read the explorer's marks, said once in static HTML (the island's labels stay short). */
  readingHeading: 'How to read the figures',
  reading: [
    'Where BLS prints a symbol instead of a figure, the explorer says it in words: * the wage estimate is not available (suppressed), ** the employment estimate is not available, # the wage is at or above BLS’s top-code.',
    'Hourly figures marked “computed” are this site’s arithmetic: annual ÷ 2,080, BLS’s own convention (BLS computes its annual wages as hourly × 2,080). BLS publishes these hourly figures for states; the May 2024 state copy read for this site kept only the hourly median, which is shown as published.',
    'Jobs marked “uncertain”: BLS’s relative standard error (RSE) of the employment estimate is above 20 %, so the count may be far off.',
    'An area whose newest wages BLS suppressed shows an older year, labelled as a different year with the reason.',
  ],
  noJs: 'Choosing another role or area needs JavaScript. The national figures for all nine roles are in the table below.',
  nationalHeading: 'National pay for all nine roles',
  nationalNote: (year: string) => `Annual pay across the United States for the BLS occupation each role is matched to, May ${year}: one area, so one year, the newest national one.`,
  nationalRegion: 'National pay table',
  nationalCaption: (year: string) => `Annual pay by role, United States, May ${year}`,
  roleHeader: 'Role and BLS occupation',
  /** Short measure names for the table's narrow headers. */
  fieldShort: { p10: '10th', p25: '25th', median: 'Median', p75: '75th', p90: '90th', mean: 'Mean' } satisfies Record<WageField, string>,
  yearHeader: 'Year and source',
  sourceShort: 'BLS OEWS',
  articleHeading: "The article's pay figure beside entry-level pay",
};

/**
 * English words of the role guides and the wage components they share with other pages: the wage
 * range table, the three-year trend, the outlook, and the article's pay claim set beside entry-level pay.
 */
import type { WageField } from '../../../data/schemas.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** "+7.1%" or "−0.4%" */
const signedPercent = (pct: number) => (pct > 0 ? `+${pct}%` : pct < 0 ? `\u2212${Math.abs(pct)}%` : '0%');
/** "+13,800" or "−1,900" */
const signedCount = (n: number) => `${n >= 0 ? '+' : '\u2212'}${f.count(Math.abs(n))}`;

/** Where a figure stands against the article's range. */
export type AgainstRange = 'below' | 'inside' | 'above';

/** The role guides in English. */
export const roles = {
  index: {
    title: 'Role guides',
    description: 'Guides to the nine medical billing, coding and health records roles: what each does, its level, credentials, career ladder, pay range and outlook.',
    lead: 'Nine careers in medical billing, coding and health records, from entry-level clerk to director. Each guide says what the job involves, which credentials employers ask for, what comes before and after it, and what the matching BLS occupation pays.',
    note: 'Pay below is the national median for the BLS occupation each role is matched to. Several roles share one occupation, so they share one figure.',
    howMatched: 'How roles were matched',
    /** "Median $51,140 a year (Medical Records Specialists, May 2025)." */
    median: (money: string, occupation: string, year: number) => `Median ${money} a year (${occupation}, May ${year}).`,
    noWages: (occupation: string) => `No wage data for ${occupation}.`,
  },
  crumbs: { label: 'Breadcrumb', home: 'Home', roles: 'Roles' },
  facts: {
    side: 'Side',
    level: 'Level',
    credentials: 'Typical credentials',
    noCredentials: 'None commonly asked for',
    occupation: 'BLS occupation',
    median: 'National median pay',
    /** "$51,140 a year (May 2025)" */
    medianValue: (money: string, year: number) => `${money} a year (May ${year})`,
  },
  headings: { duties: 'What the job involves', credentials: 'Credentials', ladder: 'Career ladder', pay: 'Pay', trend: 'Pay over three years',
    article: 'The article’s pay figure', outlook: 'Outlook', mapping: 'How this role maps to BLS data' },
  credentials: {
    askFor: 'Employers commonly ask for ',
    or: ' or ',
    compare: 'Compare courses',
    between: ' that prepare for them, or ',
    plan: 'plan your route',
    end: ' to the exam.',
    none: 'No particular credential is listed for this role. The guides to the roles it leads to list the credentials those roles ask for.',
  },
  ladder: {
    before: 'Comes before',
    after: 'Leads to',
    start: 'A starting point: no earlier role in these guides is needed.',
    top: 'The top of this ladder among these guides.',
  },
  /** The career ladder figure (/roles/ whole, a role guide's excerpt). */
  ladderFigure: {
    caption: (year: number) => `The career ladder: three lanes from entry level (left) to leadership (right); arrows show which role leads to which. Pay is the national median of each role's BLS occupation, May ${year}.`,
    excerptCaption: (title: string, year: number) => `Where ${title.toLowerCase()} sits on the ladder: the roles just before and after it. Pay is the national median of each role's BLS occupation, May ${year}.`,
    lanes: { billing: 'Billing', coding: 'Coding', records: 'Health records' },
    /** Under a role's name in its box. */
    median: (money: string) => `median ${money}`,
    noMedian: 'no national median',
    /** The arrows in words. */
    wordsHeading: 'The ladder in words',
    leadsTo: (from: string, to: string[]) => `${from} leads to ${to.join(' or ')}.`,
    whole: 'The whole ladder',
  },
  pay: {
    intro: (occupation: string) => `National wage range for ${occupation}, the BLS occupation this role is matched to. `,
    byState: 'See it by state',
    none: (occupation: string) => `No national wage figures are available for ${occupation} `,
    /** The JSON-LD salary distribution's name. */
    jsonLdName: (year: number) => `OEWS May ${year}`,
  },
  mapping: {
    before: (title: string) => `BLS does not publish figures for “${title.toLowerCase()}” by that name, so this guide uses `,
    judgement: 'The match is a judgement, not a BLS classification: ',
    howMatched: 'how roles were matched',
    sources: (count: number): string => (count > 1 ? 'Sources for this guide' : 'Source for this guide'),
  },
  wageRange: {
    region: (occupation: string) => `Wage percentiles, ${occupation}`,
    percentile: 'Percentile',
    /** Row names: "10th" … "90th". */
    field: { p10: '10th', p25: '25th', median: 'Median (50th)', p75: '75th', p90: '90th', mean: 'Mean' } satisfies Record<WageField, string>,
    /** Under a table with computed hourly figures. */
    computedNote: (area: string) =>
      `Hourly figures marked “computed” for ${area} are this site's arithmetic: annual ÷ 2,080, BLS's own convention (BLS computes its annual wages as hourly × 2,080). BLS publishes these hourly figures for states; the copy read for this site kept only the hourly median, which is shown as published.`,
    spread: 'Half of these workers earned between the 25th and 75th percentile; one in ten earned less than the 10th and one in ten more than the 90th. Percentiles describe everyone in the occupation at once; they are not experience levels.',
    jobs: (n: number, year: number) => `OEWS counted ${f.count(n)} wage-and-salary jobs in this occupation in May ${year}.`,
    noJobs: (why: string) => `Employment: ${why}.`,
  },
  trend: {
    caption: (occupation: string, soc: string, from: number, to: number) => `National median pay, ${occupation} (SOC ${soc}), May ${from} to May ${to}`,
    label: (points: string) => `National median pay: ${points}`,
    point: (year: number, money: string) => `May ${year} ${money}`,
    /** The change is this site's subtraction of two published medians. */
    note: (from: number, to: number, change: number) =>
      `Each median is BLS's published figure for its year, in the dollars of that year (not adjusted for inflation). From May ${from} to May ${to} the median ${change >= 0 ? 'rose' : 'fell'} by ${f.usd(Math.abs(change))} (this site's subtraction).`,
  },
  outlook: {
    change: (period: string) => `Change in jobs, ${period}`,
    changeValue: (pct: number, jobs: number) => `${signedPercent(pct)} (${signedCount(jobs)} jobs)`,
    openings: 'Openings a year',
    education: 'Typical entry education',
    about: (period: string, occupation: string, soc: string) =>
      `BLS Employment Projections ${period} for ${occupation} (SOC ${soc}). Openings are a yearly average over the ten years and include jobs left by workers who retire or change occupations, not only new jobs.`,
    /** Projections' base year beside OEWS's count of the same year. */
    counts: (projected: number, baseYear: number, oews: number | null) =>
      `Projections count ${f.count(projected)} jobs in ${baseYear}, including self-employed workers${oews === null ? '' : `; OEWS counted ${f.count(oews)} wage-and-salary jobs in May ${baseYear}, the same year`}. The two surveys count different things, so the numbers differ.`,
    none: (period: string, occupation: string, soc: string) =>
      `Not available: BLS Employment Projections ${period} for ${occupation} (SOC ${soc}) were not gathered for this site, so no outlook is shown for it. See `,
    missingLink: 'what is missing',
    related: 'Related BLS occupations',
    relatedCaption: (period: string) => `Employment Projections ${period} for related occupations`,
    relatedOccupation: 'Occupation',
    relatedNone: 'not gathered',
  },
  article: {
    link: 'The source article',
    says: ' says: “',
    endQuote: '”',
    /** Why entry-level percentiles are the fair comparison. */
    fair: ' The article speaks of specialists in general, so the fair comparison is the lower end of BLS pay for the two occupations billing and coding work is matched to: the 10th and 25th percentiles.',
    caption: (low: number, high: number, year: number) => `Entry-level pay (10th and 25th percentiles) beside the article's ${f.usd(low)}–${f.usd(high)}, United States, May ${year}`,
    occupation: 'BLS occupation',
    p10: '10th',
    p25: '25th',
    against: { below: 'below the range', inside: 'inside the range', above: 'above the range' } satisfies Record<AgainstRange, string>,
    /** "The 10th percentile of Medical Records Specialists, $37,000 in May 2025, falls inside the article's range." */
    inside: (occupation: string, money: string, year: number) => `The 10th percentile of ${occupation}, ${money} in May ${year}, falls inside the article's range.`,
    notLevels: 'Percentiles are not experience levels, but newcomers often earn toward the lower end.',
    /** On leadership guides: the claim is about specialists, not leaders. */
    notCompared: (low: number, high: number) =>
      `The source article's ${f.usd(low)}–${f.usd(high)} a year is for billing and coding specialists in general, so it is not set beside this leadership role's pay. It is set beside entry-level pay on the `,
    and: ' and ',
    guides: ' guides.',
  },
};

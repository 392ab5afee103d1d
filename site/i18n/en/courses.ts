/**
 * English words of the courses page: its island (filters, list, the comparison's controls) and, apart,
 * the page's own text (build time only, so the island does not bundle it). The comparison's table and
 * payback words are in courses-comparison.ts and the own-program form's in courses-own.ts, so each loads
 * with its part.
 */
import type { ProgramFormat } from '../../../data/schemas.ts';
import type { FigureKind } from '../../../functions/domain/figure-kind.ts';
import type { Percentile } from '../../../functions/domain/payback.ts';
import type { ProgramSort } from '../../../functions/domain/program-list.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
/** "1 program", "3 programs". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "4.2 months", or "not stated". */
export const months = (m: number | null) => (m === null ? 'not stated' : `${f.decimal(m)} month${m === 1 ? '' : 's'}`);
/** Fields of study by CIP 2020 code, as this site words them (codes the registry gives without a title show the code alone). */
const CIP_FIELDS: Readonly<Record<string, string>> = {
  '51.0706': 'health information administration',
  '51.0707': 'health information technology',
  '51.0710': 'medical office assisting',
  '51.0713': 'medical insurance coding',
  '51.0714': 'medical insurance billing',
  '51.0716': 'medical administrative assisting',
  '51.0801': 'medical assisting',
};
/** A wage percentile in a sentence: "25th percentile", "median". */
export const percentile: Record<Percentile, string> = { p10: '10th percentile', p25: '25th percentile', median: 'median', p75: '75th percentile', p90: '90th percentile' };

/** The courses island in English. */
export const courses = {
  format: {
    'self-paced-online': 'Self-paced online',
    'instructor-led-online': 'Instructor-led online',
    'in-person': 'In person',
    'community-college-certificate': 'College certificate',
    'associate-degree': 'Associate degree',
  } satisfies Record<ProgramFormat, string>,
  sort: { total: 'Total cost', months: 'Length', 'cost-per-month': 'Cost per month', name: 'Name' } satisfies Record<ProgramSort, string>,
  /** "25th percentile", "median" (in a sentence). */
  percentile,
  /** The options of the percentile choice, the default (p25, DEFAULT_PERCENTILE) said as such. */
  percentileOption: { p10: '10th percentile', p25: '25th percentile (default)', median: 'Median', p75: '75th percentile', p90: '90th percentile' } satisfies Record<Percentile, string>,
  /** $3,895 (cents kept only where the figure has them). */
  usd: f.usdExact,
  /** 4.2 months, 24 months */
  months,
  incomeNotNumber: 'Give your income as a number of dollars a year (0 if none).',
  incomeTooHigh: (max: number) => `Give an income up to ${f.count(max)} dollars a year.`,

  /** Lengths: "80 hours", "37 credits", "38 credits (computed by this site from price ÷ rate)". */
  length: {
    hours: (n: number) => `${f.decimal(n)} hours`,
    credits: (n: number, computed: boolean) => `${f.decimal(n)} credits${computed ? ' (computed by this site: price ÷ per-credit rate)' : ''}`,
  },
  /** Column and row names of the list and the comparison. */
  col: {
    program: 'Program',
    compare: 'Compare',
    credential: 'Credential',
    format: 'Format',
    length: 'Length',
    price: 'Price',
    total: 'Total',
    perMonth: 'Cost per month',
    accreditation: 'Accreditation or approval',
    source: 'Source',
    payback: 'Payback',
  },
  notPublished: 'Price not published',
  /** A program's field of study from its CIP code: "Field: medical insurance coding (CIP 51.0713)". */
  field: (cip: string) => `Field: ${CIP_FIELDS[cip] ? `${CIP_FIELDS[cip]} (CIP ${cip})` : `CIP ${cip}`}`,
  noneNamed: 'None named',
  notStated: 'Not stated',
  programPage: 'Program page',
  read: (day: string) => `read ${f.mediumDate(day)}`,
  yourInput: 'Your input',

  list: {
    heading: 'Find a program',
    any: 'Any',
    maxCost: 'Total at most ($)',
    maxMonths: 'Months at most',
    exam: 'Exam in the price',
    either: 'Either',
    included: 'Included',
    notIncluded: 'Not included or not stated',
    sortBy: 'Sort by',
    /** The place filter: a state or online, each with its count. */
    place: 'Where it is taught',
    anywhere: 'Anywhere',
    online: 'Online',
    placeOption: (name: string, n: number) => `${name} (${n})`,
    /** A state with no program: what to do instead. */
    noneIn: (state: string) => `No programs listed for ${state} yet — online programs and how to check a local college:`,
    showOnline: 'Show the online programs',
    localCollege: (state: string) =>
      `Look for ${state}'s list of training providers approved for workforce funding (its Eligible Training Provider List), or ask a community college's continuing-education office what its billing and coding program costs in full.`,
    clear: 'Clear filters',
    showing: (shown: number, all: number, maxCost: boolean) => `Showing ${shown} of ${all} programs${maxCost ? '; programs without a published price are left out under a maximum cost' : ''}.`,
    full: ' Four programs are picked: remove one to pick another.',
    noMatch: 'No program matches these filters.',
    caption: 'Training programs: price and what kind of figure it is, total, and length',
    /** A row's disclosure on a phone: its credential, format, length, price and source. */
    details: 'Details',
  },

  compare: {
    heading: (picked: number) => (picked > 0 ? `Compare ${plural(picked, 'program')}` : 'Compare programs'),
    state: 'Your state',
    income: 'Your income now ($ a year)',
    percentile: 'Wage to compare with',
    examPrice: 'Exam price',
    memberIfRequired: 'Member if required',
    member: 'Member price',
    nonMember: 'Non-member price',
    retake: 'Add a retake allowance',
    update: 'Update',
    empty: 'Pick up to four programs with the Compare boxes below, or add one you are considering.',
    failed: 'Could not load the comparison.',
    retry: 'Try again',
    loading: 'Loading the comparison…',
    copy: 'Copy link to this comparison',
    copied: 'Link copied.',
    copyThis: (href: string) => `Copy this link: ${href}`,
    atMost: (usd: string) => `at most ${usd}`,
    atLeast: (usd: string) => `at least ${usd}`,
    /** What a link named that is not known, and what is shown instead (one sentence per value, in this order). */
    badLink: {
      compare: (ids: string[]) => `No program ${ids.map((id) => `“${id}”`).join(', ')} is in the catalog, so ${ids.length > 1 ? 'they are' : 'it is'} left out of the comparison.`,
      overflow: (names: string[]) => `Four programs can be compared at once, so ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} left out.`,
      own: (n: number) => (n === 1 ? 'A program of your own in the link could not be read, so it is left out.' : `${n} programs of your own in the link could not be read, so they are left out.`),
      area: (text: string, shown: string) => `“${text}” is not a US state or the nation; showing ${shown}.`,
      income: (text: string) => `“${text}” is not a number of dollars a year, so no income is used.`,
      percentile: (text: string, shown: Percentile) => `“${text}” is not a wage percentile this page uses (p10, p25, median, p75 or p90), so payback uses the ${percentile[shown]} wage.`,
      examPrice: (text: string) => `“${text}” is not an exam price this page knows (member or non-member), so the member price is used where membership is required.`,
      retake: (text: string) => `“${text}” is not 1 or 0 for a retake allowance, so none is added.`,
      certification: (text: string) => `No credential “${text}” is listed here, so programs for every credential are shown.`,
      state: (text: string) => `“${text}” is not a US state or “online”, so programs taught anywhere are shown.`,
      format: (text: string) => `“${text}” is not a program format this page knows, so programs of every format are shown.`,
      maxCost: (text: string) => `“${text}” is not a number of dollars, so no maximum total is used.`,
      maxMonths: (text: string, max: number) => `“${text}” is not a number of months from 0 to ${max}, so no maximum length is used.`,
      includesExam: (text: string) => `“${text}” is not true or false for “exam in the price”, so programs are shown either way.`,
      sort: (text: string, shown: string) => `“${text}” is not a way to sort the list, so it is sorted by ${shown.toLowerCase()}.`,
      fixed: 'The address has been corrected.',
    },
    /** The bar at the foot of the screen while programs are picked, and what it announces when their number changes. */
    tray: {
      label: 'Programs picked to compare',
      count: (n: number) => `Comparing ${n}`,
      of: (max: number) => ` of ${max}`,
      view: 'View comparison',
      announce: (n: number) => (n === 0 ? 'No programs in the comparison.' : `Comparing ${plural(n, 'program')}.`),
    },
  },

  own: {
    summary: 'Add a program you are considering',
  },
};

/** The /courses/ page's own text in English (build time). */
export const coursesPage = {
  title: 'Compare training programs',
  /** Who publishes a program's own price. */
  provider: 'the provider',
  /** The day the pages were read: Nov 26, 2026. */
  seen: f.mediumDate,
  description: (n: number) =>
    `Compare ${n} medical billing and coding programs: tuition, fees, books, exam, membership and retakes added up, each price with what kind of figure it is, length, cost per month and how long the cost takes to pay back in your state.`,
  lead: 'See what a program really costs. We add up tuition, fees, books, the exam, a required membership and a retake. Each cost says if it is included, extra or unknown, where it comes from, and what kind of figure it is. Then see how long the cost takes to pay back in your state.',
  /** The headline count of price kinds: "2 published by the provider, 4 computed by this site from published rates, 1 third-party report, 1 upper bound (at most); 22 not published". */
  kindCount: (n: Record<FigureKind, number>, atLeast: number, unpublished: number) => {
    const parts = [
      n.published > 0 && `${n.published} published by the provider`,
      n.computed > 0 && `${n.computed} computed by this site from published rates`,
      n['third-party'] > 0 && `${plural(n['third-party'], 'third-party report')}`,
      n.bound - atLeast > 0 && `${plural(n.bound - atLeast, 'upper bound', 'upper bounds')} (at most)`,
      atLeast > 0 && `${plural(atLeast, 'lower bound', 'lower bounds')} (at least)`,
      n['older-page'] > 0 && `${n['older-page']} from an older page`,
      n['state-registry'] > 0 && `${n['state-registry']} reported by the provider to a state registry`,
    ].filter(Boolean);
    return `${parts.join(', ')}; ${unpublished} not published`;
  },
  /** The headline on the page. */
  kinds: (total: number, counts: string, seen: string) =>
    `Of ${total} programs' prices, as read by ${seen}: ${counts}. A price that is not published is never shown as a number. A total that misses a cost says “at least”. Where pages disagree, we show the official page first, then the newest one. Check the school's own page before you enroll.`,
  /** The catalog's counts on the methodology page: "The 55 programs' prices: …. By where they are taught: …". */
  programCounts: (total: number, kinds: string, places: string) => `The ${total} programs' prices: ${kinds}. ${places}`,
  /** Programs by where they are taught: the headline beside the kinds, and the list that works without JavaScript. */
  places: {
    heading: 'Where programs are taught, by state',
    /** "By where they are taught: 23 in New Jersey, 16 online, 5 in Florida …; 1 not stated." */
    count: (places: { name: string; count: number }[], unstated: number) =>
      `By where they are taught: ${places.map((p) => `${p.count} ${p.name === 'online' ? 'online' : `in ${p.name}`}`).join(', ')}${unstated > 0 ? `; ${unstated} not stated` : ''}.`,
    lead: "Open a state to see its programs. Each name leads to its row in the list. You can take online programs from any state. New Jersey's come from the state's list of approved training providers (2021).",
    summary: (name: string, n: number) => `${name}: ${plural(n, 'program')}`,
    online: 'Online',
    /** Before the list of states with no program: "No programs are listed yet for these 30 places:" */
    none: (n: number) => `No programs are listed yet for these ${n} places:`,
    /** After that list. */
    noneAfter: "For these, use the online programs above. You can also look for your state's list of approved training providers, or ask a community college's continuing-education office.",
    filterHint: 'With JavaScript, the list below filters by state too (for example /courses/?state=NJ).',
  },
  examClaimSummary: 'Exam fees: is it “a few hundred dollars”?',
  /** Around the article's quote (shown in English, marked as such). */
  examClaim: { before: 'The article this site started from says: “', after: '” The exam fees found, each with its kind:' },
  examClaimMore: 'Every credential’s fees, with sources',
  noJs: 'Filtering, sorting and comparing need JavaScript; every program is in the table above.',
  more: { before: 'What each credential costs to sit and keep: ', certifications: 'certifications', middle: '. How long the route takes: ', plan: 'plan it', after: '.' },
  /** JSON-LD description of a price that is not the provider's own. */
  offerDescription: (kind: string, rule: string | null) => `Tuition, ${kind}${rule ? `: ${rule.replace(/\.$/, '')}` : ''}. Not a price the provider published.`,
};

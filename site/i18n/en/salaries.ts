/** English words of the salaries island: controls, results, the comparison's year, the ranking and problems. */
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** What the live region's sentence needs. */
interface SummaryParams {
  who: string;
  area: string;
  year: number;
  /** "median $47,230 a year", or null when the pay kind has no figure. */
  figure: string | null;
  pay: string;
  occupation: string | null;
}

/** The salaries island in English. */
export const salaries = {
  /** "Medical coder in Texas, May 2024: median $47,230 a year (Medical Records Specialists)." */
  summary: ({ who, area, year, figure, pay, occupation }: SummaryParams) =>
    `${who} ${area}, May ${year}: ${figure ?? `no ${pay} figures here`}${occupation ? ` (${occupation})` : ''}.`,
  measure: { median: 'median', mean: 'mean' },
  loading: 'Loading figures…',
  /** "BLS publishes no wages for Medical Records Specialists in Alaska. Choose another area or role." */
  empty: (occupation: string, inArea: string) => `BLS publishes no wages for ${occupation} ${inArea}. Choose another area or role.`,
  failed: 'Could not load the figures.',
  retry: 'Try again',
  pick: 'Role or BLS occupation',
  rolesGroup: 'Roles',
  occupationsGroup: 'BLS occupations',
  area: 'Area',
  payLegend: 'Pay',
  addLabel: 'Compare with another area',
  addPlaceholder: 'Choose an area…',
  add: 'Add',
  /** Drawn before the chips (the style sheet shows it; the list's label says it to screen readers). */
  chipsLead: 'On the chart:',
  chips: 'Areas on the chart',
  remove: (area: string) => `Remove ${area}`,
  tooMany: (max: number) => `The chart holds ${max} areas at most: remove one to add another.`,
  chooseFirst: 'Choose an area to add first.',
  added: (area: string) => `${area} added.`,
  removed: (area: string) => `${area} removed.`,
  link: 'Link to this view',
  copy: 'Copy link',
  copied: 'Copied.',
  /** What a link named that is not known, and what is shown instead: one sentence each. */
  badLink: {
    pick: (text: string, shown: string) => `“${text}” is not a role or BLS occupation on this site; showing ${shown}.`,
    area: (text: string, shown: string) => `“${text}” is not a US state or the nation; showing ${shown}.`,
    compare: (texts: string[]) => `${texts.map((x) => `“${x}”`).join(', ')} ${texts.length > 1 ? 'are' : 'is'} not a US state or the nation, so left out of the comparison.`,
    pay: (text: string) => `“${text}” is not annual or hourly pay; showing annual pay.`,
    fixed: 'The address has been corrected.',
  },
  copyByHand: 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.',
  /** The result heading: "Medical coder in Texas, compared with California, New York". */
  heading: (who: string, area: string, others: string[]) => `${who} ${area}${others.length > 0 ? `, compared with ${others.join(', ')}` : ''}`,
  occupation: 'BLS occupation:',
  soc: (code: string) => `SOC ${code}`,
  /** Caption of the figures table and the chart's name. */
  caption: (occupation: string, soc: string, pay: string) => `${occupation} (SOC ${soc}), ${pay} pay`,
  noneOfKind: (pay: string, areas: string) => `No ${pay} figures for ${areas}.`,
  showAnnual: 'Show annual pay instead',
  /** The comparison's one year, named above the chart. */
  oneYear: (year: number) => `All areas are shown for May ${year}, the newest year every one of them has.`,
  /** Where an area still stands in another year. */
  twoYears: (year: number, others: string) => `Two years side by side: ${others} ${others.includes(',') ? 'are' : 'is'} not May ${year} but an older year, labelled where shown.`,
  /** The newest national year, offered apart from a comparison. */
  newestNational: (year: number, figure: string) => `Newest national year, shown apart from the comparison: United States, May ${year}, ${figure}.`,
  table: 'Pay table',
  measureHeader: 'Measure',
  year: 'Year',
  jobs: 'Jobs (OEWS)',
  jobsName: 'jobs',
  /** Heading of the list of blanks under the table. */
  notPublishedFor: (area: string) => `Not published for ${area}:`,
  computedFor: (area: string) => `Computed by this site for ${area}:`,
  source: 'Source:',
  rankHeading: (who: string) => `Where ${who.toLowerCase()} pay is highest`,
  rankNote: 'The median where BLS publishes it, otherwise the mean (labelled). Choose an area to see its range.',
  rankCaption: (occupation: string, soc: string, year: number) => `${occupation} (SOC ${soc}): annual pay in each area, May ${year}`,
  rankTable: 'Pay in every area',
  rankArea: 'Area',
  rankPay: 'Annual pay',
  /** "20,390" */
  count: f.count,
  /** The state pay map (role pages and this page): caption, key, state names with figures, small states, table. */
  map: {
    heading: 'Pay in each state',
    /** "Median annual pay of medical records specialists in each state, May 2024" */
    caption: (measure: string, occupation: string, year: number) => `${measure} annual pay, ${occupation}, in each state and DC, May ${year}`,
    /** How to read it, after the caption. */
    reading: 'Darker blue is higher pay; hatched: no published figure. Each color holds about a fifth of the states; this site rounds its limits to $1,000.',
    /** After `reading` where a state's figure is only a lower bound. */
    readingBound: 'Darkest blue with light stripes: at or above BLS’s top-code, which has no exact figure.',
    /** The map's name for assistive technology. */
    label: (caption: string) => `Map: ${caption}`,
    /** A state's hover text and name: "Texas: $47,230", or why there is no figure. */
    state: (name: string, figure: string | null) => (figure === null ? `${name}: no published figure` : `${name}: ${figure}`),
    key: 'Key',
    /** A class's dollar range in the key: "under $48,000", "$48,000 to $48,999", "$58,000 or more". */
    range: (from: string | null, below: string | null, through: string | null) => (from === null ? `under ${below}` : through === null ? `${from} or more` : `${from} to ${through}`),
    none: 'no published figure',
    /** A top-coded state's figure: "at least $239,200". */
    atLeast: (figure: string) => `at least ${figure}`,
    /** The key's entry for top-coded states. */
    bound: (figure: string) => `at least ${figure} (BLS top-code)`,
    small: 'Small states',
    table: 'Every state in a table',
    tableCaption: (caption: string) => caption,
    stateHeader: 'State',
    payHeader: 'Annual pay',
    /** The control on /salaries/ that picks the measure the map is colored by. */
    measure: 'Color the map by',
    /** Under the map on /salaries/: a state is a link that chooses it. */
    pick: 'Choose a state on the map or in the list to see its range above.',
    /** Where the map's figures came from. */
    source: 'Source',
  },
  chart: {
    key: 'Chart key',
    outer: '10th to 90th percentile',
    band: '25th to 75th (the middle half)',
    median: 'median',
    mean: 'mean, where BLS gives no median',
    computed: 'figures in italics: computed by this site, annual ÷ 2,080',
    /** On the chart, a blank end or missing percentiles: the table below says why in words. */
    tenthBlank: '10th not shown',
    ninetiethBlank: '90th not shown',
    noPercentiles: 'No percentiles shown',
    /** A blank figure in the chart's description. */
    blank: 'not shown (see the table)',
    /** "Median $47,230" on the chart. */
    at: (name: string, figure: string) => `${name} ${figure}`,
  },
};

/** English words of the guide builder and reader islands: the guide a student reads, money, dates and the note's length. */
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

  /** The guide as a student reads it (render.ts). */
  doc: {
    untitled: 'Untitled guide',
    from: 'From ',
    noteLabel: 'Note from your counselor',
    noteHeading: 'A note from your counselor',
    roles: (n: number) => (n === 1 ? 'The role' : `${n} roles to look at`),
    payLead: (area: string) =>
      `Pay is what the U.S. Bureau of Labor Statistics (BLS) reports for ${area}, in the newest year published, for the BLS occupation each role is matched to. Half of workers earn between the 25th and 75th percentile; percentiles are not experience levels.`,
    tags: (side: string, level: string) => `${side} side · ${level}`,
    credentialsLead: 'Credentials that lead here: ',
    noCredentials: 'none in particular is listed for this role.',
    roleGuide: 'Full guide to this role',
    otherStates: 'Pay in other states',
    credentials: 'Credentials to look at',
    programs: 'Programs to compare',
    /** The program's total in a sentence: "$3,895 in all", "at least $2,690 in all" (the "at least" says a cost is not published). */
    programTotal: (total: string) => `${total} in all`,
    programNoPrice: 'tuition not published',
    /** " Tuition: computed by this site from a published rate: 37 credits × …; rate dated 2018." */
    programKind: (kind: string, rule: string | null) => ` Tuition: ${kind}${rule ? `: ${rule}` : ''}.`,
    programMonths: (m: number) => `, up to ${f.decimal(m)} months`,
    pricesRead: (day: string) => `; prices as read ${f.longDate(day)}`,
    source: ' Source: ',
    next: 'Next steps',
    savedPlan: 'Your saved plan',
    savedPlanAfter: ': the route to a credential, dated milestone by milestone.',
    planRoute: 'Plan your route',
    planRouteAfter: ' to a credential from your start date and the hours you have each week.',
    compare: 'Compare training programs',
    compareAfter: ': every cost side by side, and how long each takes to pay back.',
    sideBySide: 'Billing and coding side by side',
    and: ', and ',
    allRoles: 'all nine roles',
    paySources: 'Sources of the pay figures',
    shareOnline: 'This guide online, with every link: scan the code or open ',
    loadingPay: 'Loading pay figures…',
    noPay: "BLS publishes no wage figures for this role's occupation.",
    nationalFallback: (area: string) => `BLS publishes no figures for this occupation in ${area}; these are national.`,
    notPublished: (meaning: string | undefined) => `not published${meaning ? ` (${meaning})` : ''}`,
    median: 'Median pay',
    mean: 'Mean pay',
    aYear: ' a year',
    meanNoMedian: ' a year (BLS gives no median here)',
    middleHalf: 'Middle half',
    tenthToNinetieth: '10th to 90th percentile',
    to: ' to ',
    payLine: (occupation: string, soc: string, area: string, year: number) => `${occupation} (SOC ${soc}), ${area}, May ${year}. `,
    sourceLabel: 'Source: ',
    printedSource: (publisher: string, title: string) => `Source: ${publisher}, ${title} (address below).`,
  },
  /** Who publishes a program's own price. */
  provider: 'the provider',
};

/** English words of /methodology/training-sources/: the pages behind every program price and credential rule. */
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** The training sources page in English. */
export const trainingSources = {
  /** The window title and the last breadcrumb. */
  title: 'Training sources',
  description: 'The pages behind every training program price and credential rule on the Billing & Coding Explorer, each with the date it was read.',
  crumbs: { label: 'Breadcrumb', home: 'Home', methodology: 'Sources and methodology' },
  heading: 'Sources for programs and credentials',
  lead: {
    before: 'Prices change and are often published only in part. Each figure on the ',
    courses: 'courses',
    and: ' and ',
    certifications: 'credential',
    after:
      " pages names one of these pages and the day it was read; where pages disagree, every version is kept and the one shown is the issuer's own page first, then the newest.",
  },
  /** The groups' names, by the group's id in site/lib/sources.ts. */
  groups: { credentials: 'Credentials', programs: 'Training programs', other: 'Other pages' },
  /** "Credentials (61 pages)" */
  /** The section listing each program figure this site worked out (its rules are on /methodology/). */
  workedOut: 'Figures this site worked out for programs',
  groupHeading: (name: string, pages: number) => `${name} (${f.count(pages)} pages)`,
};

/**
 * English words of /billing-vs-coding/: the side-by-side table, the code sets, claim forms and rules
 * under it, and where to go next. Code-set names, what they cover and who maintains them are data
 * (data/code-sets.json); a sentence with a link is split into the words around the link's text.
 */
import type { CodeSet } from '../../../data/schemas.ts';

/** A side of the work the table compares. */
type Side = 'coding' | 'billing';

/** A link's text and the words after it, as in a list of links. */
interface LinkThen {
  link: string;
  after: string;
}

/** /billing-vs-coding/ in English. */
export const billingVsCoding = {
  title: 'Billing vs coding',
  description:
    'Medical billing and medical coding side by side: daily work, code sets and claim forms, who hires, credentials, remote work, pay, and running your own agency.',
  heading: 'Medical billing vs medical coding',
  /** The lead, with a link to the glossary's entry for claims between `before` and `after`. */
  lead: {
    before: "Coding turns a patient's care into standard codes. Billing turns the codes into ",
    claims: 'claims',
    after: ' and bills, and keeps the records safe. Here is how the two jobs compare.',
  },
  /** Between the items of a list of links or credentials. */
  separator: ', ',
  table: {
    caption: 'Medical coding and medical billing compared',
    aspect: 'Aspect',
    side: { coding: 'Medical coding', billing: 'Medical billing' } satisfies Record<Side, string>,
    /** The label of a cell that spans both sides (shown on narrow screens). */
    both: 'Both',
  },
  dailyWork: {
    label: 'Daily work',
    coding:
      "Reads what was recorded about a patient's care and turns it into codes: the diagnosis, the necessary treatments, what has been provided, and any unusual circumstances or complications. A coding clerk may also process and file records before passing them to billing.",
    billing:
      'The next step after coding: creates and sends claims and invoices from the coded record, and stores the records properly, because privacy and security of health records is a requirement.',
  },
  /** Rows built from the code sets' data; `none` says what a side does when it uses none of its own. */
  kinds: {
    'code-set': {
      label: 'Code sets',
      none: { coding: 'Assigns no codes of its own.', billing: 'Works with the codes the coder assigned rather than assigning them.' },
    },
    'claim-form': {
      label: 'Claim forms',
      none: { coding: 'Hands coded records to billing rather than filing claims.', billing: 'Files no claims of its own.' },
    },
    rule: { label: 'Rules', none: { coding: 'None for this side alone.', billing: 'None for this side alone.' } },
  } satisfies Record<CodeSet['kind'], { label: string; none: Record<Side, string> }>,
  /** Before the items both sides use, under a side's own. */
  bothSides: 'Both sides: ',
  whoHires: {
    label: 'Who hires',
    text: "Employers often hire billers and coders together and group them into teams, or create one position that handles both. Larger organizations usually have a team; a smaller operation may have one person who does both billing and coding. Coders can also work in attorneys' offices on medical claims.",
  },
  credentials: {
    label: 'Typical credentials',
    none: 'None listed in the role guides.',
    /** Before the role guides the credentials come from, then `after`. */
    fromGuides: 'From the guides: ',
    after: '.',
    /** A role's name inside the sentence. */
    role: (title: string) => title.toLowerCase(),
  },
  pay: {
    /** "Pay (national median)", the word median linked to the glossary. */
    label: 'Pay (national ',
    median: 'median',
    labelAfter: ')',
    /** After the median: "a year, May 2025, for Medical Records Specialists (SOC 29-2072), the occupation used for the medical coder." */
    perYear: (year: number) => ` a year, May ${year}, for `,
    beforeSoc: ' (',
    usedFor: '), the occupation used for the ',
    role: (title: string) => title.toLowerCase(),
    after: '.',
    /** "Not available for Medical Records Specialists (SOC 29-2072)." */
    none: 'Not available for ',
    noneAfter: ').',
  },
  fromHome: {
    label: 'Working from home',
    text: 'The source article says the career “could allow you to work from home”. How often that applies depends on the employer; the article gives no figures.',
  },
  agency: {
    label: 'Your own agency',
    text: 'The same article says the path could lead you “even to run your own agency once you have gained some experience”. None of the nine role guides covers self-employment, and the BLS wage figures leave out the self-employed.',
  },
  /** Under the table: the article link's default text comes between `before` and `middle`. */
  source: {
    before: 'The rows on daily work, who hires, working from home and your own agency come from ',
    middle: '. Pay comes from the ',
    bls: 'BLS',
    survey: ' survey called ',
    oews: 'OEWS',
    afterOews: '. See each ',
    roles: 'role guide',
    between: ' for the full range, and the ',
    salaries: 'salary explorer',
    after: ' for each state.',
  },
  codeSets: {
    heading: 'What each code set, claim form and rule covers',
    intro: 'Each standard in the table above: what it covers, and who keeps it up to date.',
    kind: { 'code-set': 'Code set', 'claim-form': 'Claim form', rule: 'Rule' } satisfies Record<CodeSet['kind'], string>,
    usedBy: { coding: 'used mostly in coding', billing: 'used mostly in billing', both: 'used in both billing and coding' } satisfies Record<CodeSet['usedBy'], string>,
    /** "Code set, used mostly in coding. Checked November 26, 2026." */
    about: (kind: string, usedBy: string, checked: string) => `${kind}, ${usedBy}. Checked ${checked}.`,
    maintainedBy: 'Who keeps it:',
    /** Below the code sets: every page their descriptions were read from, with its date and note. */
    sourcesHeading: 'Where these descriptions come from',
  },
  next: {
    heading: 'Where to go next',
    roles: { link: 'The nine role guides', after: ', from records clerk to billing director.' } satisfies LinkThen,
    courses: { link: 'Compare courses', after: ' by their full cost.' } satisfies LinkThen,
    plan: { link: 'Plan your route', after: ' to a credential.' } satisfies LinkThen,
  },
};

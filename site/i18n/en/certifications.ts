/**
 * English words of the credential pages (/certifications/ and /certifications/<id>/, build time):
 * fees with their kind, membership to join apart from renewal, and the article's exam-cost claim
 * beside the evidence.
 */
import type { Certification } from '../../../data/schemas.ts';
import type { ExamPrice } from '../../../functions/domain/exam-fee.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
const notStated = 'Not stated in the pages read';

/** The credential pages in English. */
export const certifications = {
  focus: { billing: 'Billing', coding: 'Coding', records: 'Health records', management: 'Management' } satisfies Record<Certification['focus'][number], string>,
  /** "$1,748", "$104.88" */
  usd: f.usdExact,
  atMost: (usd: string) => `at most ${usd}`,
  atLeast: (usd: string) => `at least ${usd}`,
  /** "$399–$499", "$350" */
  range: (low: number, high: number) => (low === high ? f.usdExact(low) : `${f.usdExact(low)}–${f.usdExact(high)}`),
  /** YYYY, YYYY-MM or YYYY-MM-DD in words. */
  partialDate: (dated: string) => f.partialDate(dated, 'long'),
  longDate: f.longDate,
  /** "published by AHIMA, dated June 2024" */
  withDate: (kind: string, dated: string | undefined) => `${kind}${dated ? `, dated ${f.partialDate(dated, 'long')}` : ''}`,
  price: { member: 'members', nonMember: 'non-members', student: 'students' } satisfies Record<ExamPrice, string>,
  priceLabel: { member: 'Members', nonMember: 'Non-members', student: 'Students' } satisfies Record<ExamPrice, string>,

  index: {
    title: 'Certifications',
    description:
      'The twelve medical billing, coding and health records credentials (CPC, CPB, COC, CRC, CPC-P, CCA, CCS, CCS-P, RHIT, RHIA, CBCS, CMRS): who issues them, exam fees with what kind of figure each is, membership to join and to renew, exam format and renewal, each with its source.',
    lead: 'Twelve credentials from four issuing bodies. Each page gives the exam fee, the membership it needs, prerequisites, the exam, the passing score, apprentice rules, renewal and retakes, with the source and date of every figure.',
    note: (seen: string) =>
      `Figures were read on ${seen} in stored copies of the pages named. Every price says what kind of figure it is: published by the issuer, from an older page, or a third-party report. Where an issuer does not publish a price it says “not published”; prices only third parties report are never counted as the price. Check the issuer's own site before you pay.`,
    columns: { credential: 'Credential', focus: 'Focus', examFee: 'Exam fee', membership: 'Membership', renewal: 'Renewal' },
    compare: 'Compare the programs that prepare for them',
    compareAfter: ', with every cost added up.',
  },

  /** A one-line exam fee for the index, each price with its kind. */
  fee: {
    /** "$199 members, $299 non-members" */
    prices: (parts: { amount: number; price: ExamPrice }[]) => parts.map((p) => `${f.usdExact(p.amount)} ${certifications.price[p.price]}`).join(', '),
    /** "$350 members (from an older page)" */
    withKind: (prices: string, kind: string) => `${prices} (${kind})`,
    missing: (price: ExamPrice) => `no ${certifications.price[price].replace(/s$/, '')} price published`,
    /** "Not published by AAPC; $399–$499, third-party reports (2026)" */
    reportedOnly: (issuer: string, reported: string) => `Not published by ${issuer}; ${reported}`,
    notPublished: 'Not published',
    notPublishedReports: (issuer: string) => `Not published by ${issuer} (third-party reports only, without a price)`,
  },

  /** Membership, the price to join kept apart from the renewal price. */
  membership: {
    notStated: 'Not stated',
    optional: (issuer: string) => `Optional (${issuer})`,
    required: (issuer: string) => `Required: ${issuer}`,
    /** "$190 a year to renew (published by AAPC)" */
    renewal: (usd: string, kind: string) => `${usd} a year to renew (${kind})`,
    join: (usd: string, kind: string) => `${usd} to join (${kind})`,
    noJoin: (issuer: string) => `${issuer}'s pages give no price to join`,
    noDues: 'dues not published',
    // Detail page
    isRequired: (issuer: string) => `You must be a member of ${issuer}.`,
    isOptional: (issuer: string) => `You do not have to join ${issuer}.`,
    joinLabel: 'To join',
    renewalLabel: 'To renew',
    notPublishedBy: (issuer: string) => `not published by ${issuer}`,
    reportedJoin: (usd: string, kind: string) => `A ${kind} gives ${usd} a year. This site does not use it as the price to join.`,
    totalsUse: (issuer: string, usd: string) => `${issuer}'s pages give no price to join. So course totals on this site count ${usd}, the price to renew, and say so.`,
    alsoFound: 'Also found: ',
  },

  /** The article's "a few hundred dollars" beside each credential's exam fee. */
  claim: {
    heading: 'What the exam costs: the article’s “a few hundred dollars”, checked',
    says: 'The article this site started from says:',
    evidence: 'The exam fees found in the pages read, each with its kind:',
    /** "CPC: $399–$499 (third-party reports (2026); AAPC's pages give no price)" */
    item: (acronym: string, range: string, kind: string) => `${acronym}: ${range} (${kind})`,
    issuerNone: (issuer: string) => `${issuer}'s pages give no price`,
    notFound: (acronym: string, issuer: string) => `${acronym}: no price found, from ${issuer} or anyone else`,
    /** The spread of every fee found, and which rest on third parties alone. */
    summary: (low: string, high: string, thirdPartyOnly: string[]) =>
      `Every exam fee found is between ${low} and ${high}, so “a few hundred dollars” fits${thirdPartyOnly.length > 0 ? `; but for ${thirdPartyOnly.join(', ')} it rests on third-party reports only, as the issuer's pages give no price` : ''}. A membership or a retake comes on top.`,
    more: 'Each credential’s page gives every figure with its source.',
  },

  detail: {
    description: (acronym: string, fullName: string, issuer: string) =>
      `${acronym} (${fullName}) from ${issuer}: exam fee, membership, prerequisites, exam format, passing score, renewal and retakes, each with its source.`,
    home: 'Home',
    breadcrumb: 'Breadcrumb',
    status: 'Status:',
    issuingBody: 'Who gives it',
    focus: 'What it covers',
    roles: 'Jobs that ask for it',
    accreditation: 'Accreditation',
    figuresRead: 'Figures checked',
    figuresReadValue: (seen: string) => `${seen}, in saved copies of the pages named`,
    fee: 'What the exam costs',
    notPublished: 'not published',
    notPublishedBy: (issuer: string) => `Not published by ${issuer} in the pages read.`,
    reportedLead: (issuer: string) => `Third-party reports: other sites give these prices. ${issuer} has not confirmed them, so this site never counts them as the price:`,
    reportedRange: (range: string, leftOut: number) => `The dated reports run ${range}${leftOut > 0 ? ` (${leftOut} older report${leftOut > 1 ? 's' : ''} with no date left out)` : ''}.`,
    undated: ', undated',
    membership: 'Do you need to join?',
    prerequisites: 'What you need before the exam',
    notStated: notStated,
    exam: 'What the exam is like',
    questions: 'Questions',
    time: 'Time',
    openBook: 'Open book',
    yes: 'Yes',
    closedBook: 'No (closed book)',
    codeBooks: 'Code books',
    delivery: 'Where you take it',
    passingScore: 'Score to pass',
    passRates: 'How many pass',
    formatSources: (n: number): string => (n > 1 ? 'Sources for the exam format' : 'Source for the exam format'),
    noFormat: 'No page read says what the exam is like.',
    scoreSources: (n: number): string => (n > 1 ? 'Sources for the passing score' : 'Source for the passing score'),
    apprentice: 'If you pass without work experience',
    apprenticeGives: 'Pass without the work it asks for, and you get the title ',
    noApprentice: (acronym: string) => `The pages read give the ${acronym} no apprentice title.`,
    renewal: 'How to keep it',
    cycle: 'How often',
    ceus: 'Classes to take',
    renewalFee: 'Fee to renew',
    retakes: 'If you do not pass',
    programs: 'Courses that prepare you',
    noPrograms: (acronym: string) => `None of the courses on this site names the ${acronym}.`,
    compare: 'Compare courses',
    compareAfter: ' with every cost added up, or ',
    plan: 'plan your route',
    planAfter: ' to the exam.',
    aboutSources: 'About the sources: ',
  },
};

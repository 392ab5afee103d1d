/**
 * What a training program really costs (pure): tuition and fees, books, the exam, a required
 * membership and an optional retake, line by line. A line the program includes is never counted
 * again; a line whose amount nobody publishes stays unknown (never 0) and makes the total a lower bound.
 */
import type { Certification, Figure, FigureVersion, Inclusion, Program } from '../../data/schemas.ts';
import { figureKindOf, reportedRange, staleYearOf, type FigureKind, type ReportedRange } from './figure-kind.ts';

/**
 * The figure shown when pages disagree: the official page first, then the newest copy of a page,
 * then the newest date, then the order of the data file.
 */
export function chosenVersion(figure: Figure): FigureVersion | undefined {
  const rank = (v: FigureVersion) => [v.basis === 'official' ? 0 : 1, v.olderCopy ? 1 : 0] as const;
  return figure.versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => {
      const [ao, ac] = rank(a.version);
      const [bo, bc] = rank(b.version);
      if (ao !== bo) return ao - bo;
      if (ac !== bc) return ac - bc;
      // Undated sorts as oldest; ISO prefixes compare as text.
      const byDate = (b.version.dated ?? '').localeCompare(a.version.dated ?? '');
      return byDate !== 0 ? byDate : a.index - b.index;
    })[0]?.version;
}

export const LINE_KINDS = ['tuition', 'fees', 'books', 'supplies', 'other', 'exam', 'membership', 'retake'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** The lines besides tuition a program lists itself: supplies and other costs only where its source splits them out. */
export type ItemKind = 'fees' | 'books' | 'supplies' | 'other';
/** included: the program's price covers it; extra: paid on top (amount known); unknown: amount or inclusion not published. */
export type LineStatus = 'included' | 'extra' | 'unknown' | 'not-needed';

/** Why a membership counts: the credential requires it, or the member exam price was chosen. */
export type MembershipWhy = { required: true; issuer: string; acronym: string } | { required: false };

/**
 * Which membership price a total counts: the price to join when the issuer publishes one, else the
 * renewal price (the issuer's pages give no price to join; `joinReason` is the data's own words).
 */
export type MembershipPrice = { price: 'join' } | { price: 'renewal'; issuer: string; joinReason: string | null };

/**
 * Why a line is what it is, as a code with values: the words come from a locale's catalog. `text`
 * values are the data's own words (a page's note, a figure's reason, a retake policy).
 */
export type CostNote =
  /** An amount from a page or the reader; `suffix` says which exam price, or why a membership counts. */
  | {
      code: 'figure';
      yourInput: boolean;
      /** The figure's kind (null for the reader's own), who publishes it (null: the provider) and its date, said beside it. */
      figureKind: FigureKind | null;
      who: string | null;
      dated: string | null;
      bound: 'at-least' | 'at-most' | null;
      /** The year of a registry's or older page's price more than two years old when read ("reported in 2021; check the current price"). */
      staleYear: string | null;
      text: string | null;
      suffix: { exam: { price: 'member' | 'non-member'; acronym: string } } | { membership: MembershipWhy; counted: MembershipPrice } | null;
      otherVersions: number;
    }
  /** No amount published: the figure's own reason, else what is missing (a price, an item's cost, dues). */
  | { code: 'unpublished'; reason: string | null; missing: 'price' | 'item-cost' | 'dues'; itemNote: string | null }
  | { code: 'in-price'; itemNote: string | null }
  /** The reader's own program: a line left out of the price they typed, or one with no amount typed. */
  | { code: 'in-your-price' }
  | { code: 'not-entered'; missing: 'price' | 'item-cost' | 'dues' }
  | { code: 'item-unknown'; kind: ItemKind; itemNote: string | null }
  /** A state registry's field for the line is 0: the provider reported nothing for it (not "included"). */
  | { code: 'none-reported'; kind: ItemKind; itemNote: string | null }
  | { code: 'no-credential'; about: 'exam' | 'membership' | 'retake' }
  | { code: 'exam-included'; acronym: string; attempts: number | null; evidence: string | null }
  | { code: 'exam-maybe-included'; acronym: string; fee: number | null }
  | { code: 'exam-fee-unpublished'; reason: string | null; issuer: string; price: 'member' | 'non-member'; reported: string[]; range: ReportedRange | null }
  | { code: 'membership-not-needed'; issuer: string; acronym: string; stated: boolean }
  | { code: 'membership-included'; why: MembershipWhy }
  | { code: 'membership-maybe-included'; why: MembershipWhy }
  | { code: 'no-retake' }
  | { code: 'retake-included' }
  | { code: 'retake-free'; policy: string }
  | { code: 'retake-pay-again'; policy: string }
  | { code: 'retake-unpublished'; acronym: string; policy: string };
export type CostNoteCode = CostNote['code'];

/** One line of the breakdown, as figures and a note code. */
export interface CostLineFacts {
  kind: LineKind;
  status: LineStatus;
  /** Dollars, for extra lines only. */
  amount: number | null;
  /** at-least: more is charged on top; at-most: a ceiling, not a quote. */
  bound?: 'at-least' | 'at-most';
  /** Where the amount comes from: a page (official or third-party) or the reader. */
  basis?: 'official' | 'third-party' | 'your-input';
  computed?: boolean;
  /** What kind of figure the amount is (extra lines from a page; the reader's own figures have basis your-input instead). */
  figureKind?: FigureKind;
  /** An unknown exam fee (or retake) that third parties report: their range, never counted in the total. */
  reported?: ReportedRange;
  sourceIds: string[];
  dated?: string;
  /** A registry's or older page's price more than two years old when read: its year. */
  staleYear?: string;
  /** A state registry lists 0 for the line: the provider reported nothing (shown as "none reported", never $0). */
  noneReported?: true;
  /** Why the line is what it is. */
  note: CostNote;
}

/** One line of the breakdown in words, as the API answers it: the note rendered as `detail`. */
export type CostLine = Omit<CostLineFacts, 'note'> & {
  /** Why the line is what it is, in words. */
  detail: string;
};

/** What the cost of a program depends on besides the program. */
export interface CostOptions {
  /** Which exam price applies; default: member when the credential requires membership, else non-member. */
  examPrice?: 'member' | 'non-member';
  /** Add the cost of a second attempt. */
  retake?: boolean;
}

/** What the cost needs to know about a credential. */
export type CostCertification = Pick<Certification, 'id' | 'acronym' | 'issuer' | 'examFee' | 'membership' | 'retake'>;

/** The cost fields of a program (`seen`: the day its prices were read); `yourInput` marks a program the reader typed in. */
export type CostInput = Pick<Program, 'tuition' | 'fees' | 'books' | 'exam' | 'membership'> & Partial<Pick<Program, 'supplies' | 'other' | 'seen'>> & { yourInput?: boolean };

/**
 * A total that never stands an unknown in for 0: the sum of the lines known and paid on top, a lower
 * bound when a line is missing, and no amount at all (with a reason) when the program's own price is unknown.
 */
export interface CostTotal {
  /** Dollars; null when the program's own price is not published (there is nothing to add the rest to). */
  amount: number | null;
  /** A line is unknown or only a floor: the real total is higher than `amount` ("at least"). */
  lowerBound: boolean;
  /** The lines whose amount is not known. */
  unknown: LineKind[];
  /** Lines counted at a ceiling ("at most"): their real amount may be lower. */
  atMost: LineKind[];
  /** Why there is no amount. */
  reason?: 'price-not-published';
}

/** The cost of a program, line by line, as figures and codes. */
export interface ProgramCostFacts {
  certificationId: string | null;
  examPrice: 'member' | 'non-member';
  lines: CostLineFacts[];
  total: CostTotal;
}

/** The cost in words, as the API answers it. */
export type ProgramCost = Omit<ProgramCostFacts, 'lines'> & { lines: CostLine[] };

type Suffix = Extract<CostNote, { code: 'figure' }>['suffix'];

/** A line from a figure: extra with the chosen version, or unknown with the figure's reason (else what is missing). */
function figureLine(
  kind: LineKind,
  figure: Figure,
  yourInput: boolean,
  missing: { missing: 'price' | 'item-cost' | 'dues'; itemNote: string | null },
  suffix: Suffix = null,
  who: string | null = null,
  version = chosenVersion(figure),
  seen?: string,
): CostLineFacts {
  if (!version) {
    const note: CostNote = yourInput ? { code: 'not-entered', missing: missing.missing } : { code: 'unpublished', reason: figure.reason ?? null, ...missing };
    return { kind, status: 'unknown', amount: null, sourceIds: [], note };
  }
  const staleYear = yourInput ? null : staleYearOf(version, seen);
  return {
    kind,
    status: 'extra',
    amount: version.amount,
    ...(version.bound ? { bound: version.bound } : {}),
    basis: yourInput ? 'your-input' : version.basis,
    ...(version.computed ? { computed: true } : {}),
    ...(yourInput ? {} : { figureKind: figureKindOf(version) }),
    sourceIds: yourInput ? [] : version.sourceIds,
    ...(version.dated ? { dated: version.dated } : {}),
    ...(staleYear ? { staleYear } : {}),
    note: {
      code: 'figure',
      yourInput,
      figureKind: yourInput ? null : figureKindOf(version),
      who,
      dated: version.dated ?? null,
      bound: version.bound ?? null,
      staleYear,
      text: version.note ?? null,
      suffix,
      otherVersions: figure.versions.length - 1,
    },
  };
}

const included = (kind: LineKind, note: CostNote): CostLineFacts => ({ kind, status: 'included', amount: null, sourceIds: [], note });
const unknown = (kind: LineKind, note: CostNote, sourceIds: string[] = []): CostLineFacts => ({ kind, status: 'unknown', amount: null, sourceIds, note });
const notNeeded = (kind: LineKind, note: CostNote, sourceIds: string[] = []): CostLineFacts => ({ kind, status: 'not-needed', amount: null, sourceIds, note });

/** Fees, books, supplies or other costs: included, extra with a published amount, or unknown (none reported to a registry is unknown too). */
function itemLine(kind: ItemKind, item: { status: Inclusion; cost: Figure; note?: string | undefined; noneReported?: true | undefined }, yourInput: boolean, seen?: string): CostLineFacts {
  const itemNote = item.note ?? null;
  if (item.noneReported) return { ...unknown(kind, { code: 'none-reported', kind, itemNote }), noneReported: true };
  if (item.status === 'included') return included(kind, yourInput ? { code: 'in-your-price' } : { code: 'in-price', itemNote });
  if (item.status === 'unknown') return unknown(kind, { code: 'item-unknown', kind, itemNote });
  return figureLine(kind, item.cost, yourInput, { missing: 'item-cost', itemNote }, null, null, undefined, seen);
}

/** The price of the exam that applies, or why it is unknown (with what third parties report). */
function examFee(cert: CostCertification, price: 'member' | 'non-member'): { line: Omit<CostLineFacts, 'kind'>; known: boolean } {
  const figure = price === 'member' ? cert.examFee.member : cert.examFee.nonMember;
  const line = figureLine('exam', figure, false, { missing: 'price', itemNote: null }, { exam: { price, acronym: cert.acronym } }, cert.issuer);
  if (line.status === 'extra') return { line, known: true };
  const reports = cert.examFee.reported;
  const range = reportedRange(reports);
  return {
    line: {
      ...line,
      ...(range && { reported: range }),
      sourceIds: reports.map((r) => r.sourceId),
      note: { code: 'exam-fee-unpublished', reason: figure.reason ?? null, issuer: cert.issuer, price, reported: reports.map((r) => r.text), range },
    },
    known: false,
  };
}

/** The membership price a total counts: the issuer's price to join, else its renewal price, said as such. */
function membershipLine(cert: CostCertification, why: MembershipWhy): CostLineFacts {
  const join = chosenVersion({ versions: cert.membership.join.versions.filter((v) => v.basis === 'official') });
  if (join) return figureLine('membership', cert.membership.join, false, { missing: 'dues', itemNote: null }, { membership: why, counted: { price: 'join' } }, cert.issuer, join);
  const counted: MembershipPrice = { price: 'renewal', issuer: cert.issuer, joinReason: cert.membership.join.reason ?? null };
  return figureLine('membership', cert.membership.renewal, false, { missing: 'dues', itemNote: null }, { membership: why, counted }, cert.issuer);
}

/** The cost of one program for one credential (or none), line by line. */
export function programCost(program: CostInput, cert: CostCertification | undefined, options: CostOptions = {}): ProgramCostFacts {
  const yourInput = program.yourInput === true;
  const price = options.examPrice ?? (cert?.membership.required ? 'member' : 'non-member');
  const seen = program.seen;
  const lines: CostLineFacts[] = [
    figureLine('tuition', program.tuition, yourInput, { missing: 'price', itemNote: null }, null, null, undefined, seen),
    itemLine('fees', program.fees, yourInput, seen),
    itemLine('books', program.books, yourInput, seen),
    // Supplies and other costs are lines of their own only where the program's source lists them apart.
    ...(program.supplies ? [itemLine('supplies', program.supplies, yourInput, seen)] : []),
    ...(program.other ? [itemLine('other', program.other, yourInput, seen)] : []),
  ];

  // Exam: included by the program, or the credential's fee on top.
  const fee = cert ? examFee(cert, price) : undefined;
  if (!cert || !fee) lines.push(unknown('exam', { code: 'no-credential', about: 'exam' }));
  else if (program.exam.status === 'included') lines.push(included('exam', { code: 'exam-included', acronym: cert.acronym, attempts: program.exam.attempts ?? null, evidence: program.exam.evidence ?? null }));
  else if (program.exam.status === 'unknown') {
    lines.push({ ...unknown('exam', { code: 'exam-maybe-included', acronym: cert.acronym, fee: fee.known ? fee.line.amount : null }, fee.line.sourceIds), ...(fee.line.reported && { reported: fee.line.reported }) });
  }
  else lines.push({ kind: 'exam', ...fee.line });

  // Membership: only when the credential requires it or the member exam price is chosen.
  if (!cert) lines.push(unknown('membership', { code: 'no-credential', about: 'membership' }));
  else {
    const needed = cert.membership.required === true || price === 'member';
    const why: MembershipWhy = cert.membership.required ? { required: true, issuer: cert.issuer, acronym: cert.acronym } : { required: false };
    if (!needed) lines.push(notNeeded('membership', { code: 'membership-not-needed', issuer: cert.issuer, acronym: cert.acronym, stated: cert.membership.required !== null }, cert.membership.sourceIds));
    else if (program.membership.status === 'included') lines.push(included('membership', { code: 'membership-included', why }));
    else if (program.membership.status === 'unknown') lines.push(unknown('membership', { code: 'membership-maybe-included', why }));
    else lines.push(membershipLine(cert, why));
  }

  // Retake: a second attempt, unless the program or the exam price already covers one.
  if (!options.retake) lines.push(notNeeded('retake', { code: 'no-retake' }));
  else if (!cert || !fee) lines.push(unknown('retake', { code: 'no-credential', about: 'retake' }));
  else if (program.exam.status === 'included' && (program.exam.attempts ?? 1) >= 2) lines.push(included('retake', { code: 'retake-included' }));
  else if (cert.retake.fee === 'free-retake') lines.push({ ...included('retake', { code: 'retake-free', policy: cert.retake.policy }), sourceIds: cert.retake.sourceIds });
  else if (cert.retake.fee === 'pay-again' && fee.known) {
    lines.push({ ...fee.line, kind: 'retake', sourceIds: [...new Set([...fee.line.sourceIds, ...cert.retake.sourceIds])], note: { code: 'retake-pay-again', policy: cert.retake.policy } });
  } else lines.push(unknown('retake', { code: 'retake-unpublished', acronym: cert.acronym, policy: cert.retake.policy }, cert.retake.sourceIds));

  return { certificationId: cert?.id ?? null, examPrice: price, lines, total: totalOf(lines) };
}

/** The total of the lines: known extras summed; unknown lines named, never counted as 0. */
export function totalOf(lines: readonly CostLineFacts[]): CostTotal {
  const unknownKinds = lines.filter((l) => l.status === 'unknown').map((l) => l.kind);
  const extra = lines.filter((l) => l.status === 'extra');
  const lowerBound = unknownKinds.length > 0 || extra.some((l) => l.bound === 'at-least');
  const atMost = extra.filter((l) => l.bound === 'at-most').map((l) => l.kind);
  // Without the program's own price, the other lines add up to nothing a reader could call its cost.
  if (lines.find((l) => l.kind === 'tuition')?.status !== 'extra') return { amount: null, lowerBound, unknown: unknownKinds, atMost, reason: 'price-not-published' };
  const sum = extra.reduce((s, l) => s + l.amount!, 0);
  return { amount: Math.round(sum * 100) / 100, lowerBound, unknown: unknownKinds, atMost };
}

/** Dollars a month of study: the total over the stated length; null when either is unknown. */
export function costPerMonth(total: Pick<CostTotal, 'amount'>, months: number | null): number | null {
  if (total.amount === null || months === null || months <= 0) return null;
  return Math.round(total.amount / months);
}

/** What a reader types in for "add a program you are considering". */
export interface OwnProgram {
  name: string;
  /** Dollars; null when the reader does not know it. */
  price: number | null;
  months: number | null;
  certificationId: string | null;
  includes: { books: boolean; exam: boolean; membership: boolean };
  /** Books and materials bought on top, if known. */
  booksCost?: number | null;
}

const OWN_FIELDS = '~';
/** Separates own programs in one query parameter. */
export const OWN_LIST = '|';
const OWN_NAME = /^[^\u0000-\u001f\u007f~|]{1,60}$/;

/** An own program as text for an address: name~price~months~credential~flags~booksCost (flags b, e, m: books, exam, membership included). */
export function encodeOwn(o: OwnProgram): string {
  const flags = `${o.includes.books ? 'b' : ''}${o.includes.exam ? 'e' : ''}${o.includes.membership ? 'm' : ''}`;
  return [o.name.replace(/[~|]/g, '-'), o.price ?? '', o.months ?? '', o.certificationId ?? '', flags, o.booksCost ?? ''].join(OWN_FIELDS);
}

/** Read one own program back; undefined when any part is not well formed. */
export function decodeOwn(text: string, certificationIds: ReadonlySet<string>): OwnProgram | undefined {
  const parts = text.split(OWN_FIELDS);
  const [name = '', price = '', months = '', cert = '', flags = '', books = ''] = parts;
  const amount = (t: string, max: number): number | null | undefined => {
    if (t === '') return null;
    const n = /^\d{1,9}(\.\d{1,2})?$/.test(t) ? Number(t) : NaN;
    return n > 0 && n <= max ? n : undefined;
  };
  const values = [amount(price, 10_000_000), amount(months, 120), amount(books, 10_000_000)];
  if (parts.length > 6 || !OWN_NAME.test(name.trim()) || values.includes(undefined) || !/^b?e?m?$/.test(flags) || (cert !== '' && !certificationIds.has(cert))) return undefined;
  const [p = null, m = null, b = null] = values as (number | null)[];
  return { name: name.trim(), price: p, months: m, certificationId: cert || null, includes: { books: flags.includes('b'), exam: flags.includes('e'), membership: flags.includes('m') }, booksCost: b };
}

/** The reader's program as cost fields, every amount marked as their input. */
export function ownProgramInput(own: OwnProgram): CostInput {
  // No reason on an empty figure: the line says "not entered" from its code (yourInput).
  const figure = (amount: number | null | undefined): Figure => (amount && amount > 0 ? { versions: [{ amount, basis: 'official', sourceIds: ['your-input'] }] } : { versions: [] });
  return {
    yourInput: true,
    tuition: figure(own.price),
    fees: { status: 'included', cost: figure(null) },
    books: own.includes.books ? { status: 'included', cost: figure(null) } : { status: 'extra', cost: figure(own.booksCost) },
    exam: { status: own.includes.exam ? 'included' : 'extra', attempts: null },
    membership: { status: own.includes.membership ? 'included' : 'extra' },
  };
}

/** The cost used to order a catalog by price: default options for each credential; null when the tuition is not published. */
export function catalogTotalCents(program: Program, cert: CostCertification | undefined): number | null {
  const { amount } = programCost(program, cert).total;
  return amount === null ? null : Math.round(amount * 100);
}

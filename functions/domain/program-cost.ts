/**
 * What a training program really costs (pure): tuition and fees, books, the exam, a required
 * membership and an optional retake, line by line. A line the program includes is never counted
 * again; a line whose amount nobody publishes stays unknown (never 0) and makes the total a lower bound.
 */
import type { Certification, Figure, FigureVersion, Inclusion, Program } from '../../data/schemas.ts';

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

export const LINE_KINDS = ['tuition', 'fees', 'books', 'exam', 'membership', 'retake'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** included: the program's price covers it; extra: paid on top (amount known); unknown: amount or inclusion not published. */
export type LineStatus = 'included' | 'extra' | 'unknown' | 'not-needed';

/** One line of the breakdown. */
export interface CostLine {
  kind: LineKind;
  status: LineStatus;
  /** Dollars, for extra lines only. */
  amount: number | null;
  /** at-least: more is charged on top; at-most: a ceiling, not a quote. */
  bound?: 'at-least' | 'at-most';
  /** Where the amount comes from: a page (official or third-party) or the reader. */
  basis?: 'official' | 'third-party' | 'your-input';
  computed?: boolean;
  sourceIds: string[];
  dated?: string;
  /** Why the line is what it is, in words. */
  detail: string;
}

/** What the cost of a program depends on besides the program. */
export interface CostOptions {
  /** Which exam price applies; default: member when the credential requires membership, else non-member. */
  examPrice?: 'member' | 'non-member';
  /** Add the cost of a second attempt. */
  retake?: boolean;
}

/** What the cost needs to know about a credential. */
export type CostCertification = Pick<Certification, 'id' | 'acronym' | 'issuer' | 'examFee' | 'membership' | 'retake'>;

/** The cost fields of a program; `yourInput` marks a program the reader typed in. */
export type CostInput = Pick<Program, 'tuition' | 'fees' | 'books' | 'exam' | 'membership'> & { yourInput?: boolean };

export interface ProgramCost {
  certificationId: string | null;
  examPrice: 'member' | 'non-member';
  lines: CostLine[];
  /** Sum of the extra lines. */
  total: number;
  /** Some line is unknown or only a floor: the real total is higher than `total`. */
  lowerBound: boolean;
  unknown: LineKind[];
  /** The tuition itself is published (or typed in). */
  tuitionKnown: boolean;
  /** The tuition figure is a ceiling (at most). */
  tuitionCeiling: boolean;
}

const NAMES: Record<LineKind, string> = {
  tuition: 'Tuition',
  fees: 'Fees',
  books: 'Books and materials',
  exam: 'Exam fee',
  membership: 'Membership',
  retake: 'Retake allowance',
};
/** The label of a line kind. */
export const lineLabel = (kind: LineKind) => NAMES[kind];

const money = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** A line from a figure: extra with the chosen version, or unknown with the figure's reason. */
function figureLine(kind: LineKind, figure: Figure, yourInput: boolean, unknownDetail: string, detail = ''): CostLine {
  const version = chosenVersion(figure);
  if (!version) return { kind, status: 'unknown', amount: null, sourceIds: [], detail: figure.reason ?? unknownDetail };
  const others = figure.versions.length - 1;
  const conflict = others > 0 ? ` ${others} other version${others > 1 ? 's' : ''} kept; this one is chosen by the rule (official page first, newest next).` : '';
  return {
    kind,
    status: 'extra',
    amount: version.amount,
    ...(version.bound ? { bound: version.bound } : {}),
    basis: yourInput ? 'your-input' : version.basis,
    ...(version.computed ? { computed: true } : {}),
    sourceIds: yourInput ? [] : version.sourceIds,
    ...(version.dated ? { dated: version.dated } : {}),
    detail: `${yourInput ? 'Your input.' : version.note ?? ''}${detail}${conflict}`.trim(),
  };
}

const included = (kind: LineKind, detail: string): CostLine => ({ kind, status: 'included', amount: null, sourceIds: [], detail });
const unknown = (kind: LineKind, detail: string, sourceIds: string[] = []): CostLine => ({ kind, status: 'unknown', amount: null, sourceIds, detail });
const notNeeded = (kind: LineKind, detail: string, sourceIds: string[] = []): CostLine => ({ kind, status: 'not-needed', amount: null, sourceIds, detail });

/** Books or fees: included, extra with a published amount, or unknown. */
function itemLine(kind: 'fees' | 'books', item: { status: Inclusion; cost: Figure; note?: string | undefined }, yourInput: boolean): CostLine {
  const note = item.note ? ` ${item.note}` : '';
  if (item.status === 'included') return included(kind, `In the program's price.${note}`.trim());
  if (item.status === 'unknown') return unknown(kind, item.note ?? `The program's pages do not say whether ${kind} are included or what they cost.`);
  return figureLine(kind, item.cost, yourInput, `Not included, and the cost is not published.${note}`);
}

/** The price of the exam that applies, or why it is unknown (with what third parties report). */
function examFee(cert: CostCertification, price: 'member' | 'non-member'): { line: Omit<CostLine, 'kind'>; known: boolean } {
  const figure = price === 'member' ? cert.examFee.member : cert.examFee.nonMember;
  const line = figureLine('exam', figure, false, '', ` (${price} price, ${cert.acronym}).`);
  if (line.status === 'extra') return { line, known: true };
  const reports = cert.examFee.reported;
  const reported = reports.length > 0 ? ` Third parties report: ${reports.map((r) => r.text).join('; ')} (not used in the total).` : '';
  return {
    line: { ...line, sourceIds: reports.map((r) => r.sourceId), detail: `${figure.reason ?? `${cert.issuer} does not publish the ${price} price.`}${reported}` },
    known: false,
  };
}

/** The cost of one program for one credential (or none), line by line. */
export function programCost(program: CostInput, cert: CostCertification | undefined, options: CostOptions = {}): ProgramCost {
  const yourInput = program.yourInput === true;
  const price = options.examPrice ?? (cert?.membership.required ? 'member' : 'non-member');
  const lines: CostLine[] = [
    figureLine('tuition', program.tuition, yourInput, 'Price not published.'),
    itemLine('fees', program.fees, yourInput),
    itemLine('books', program.books, yourInput),
  ];

  // Exam: included by the program, or the credential's fee on top.
  const fee = cert ? examFee(cert, price) : undefined;
  if (!cert || !fee) lines.push(unknown('exam', 'The program names no credential, so its exam fee is not known.'));
  else if (program.exam.status === 'included') {
    lines.push(included('exam', `The ${cert.acronym} exam is in the program's price${program.exam.attempts ? ` (${program.exam.attempts} attempt${program.exam.attempts > 1 ? 's' : ''})` : ''}.`));
  } else if (program.exam.status === 'unknown') {
    lines.push(unknown('exam', `The program's pages do not say whether the ${cert.acronym} exam is included.${fee.known ? ` If not, it costs ${money(fee.line.amount!)}.` : ''}`, fee.line.sourceIds));
  } else lines.push({ kind: 'exam', ...fee.line });

  // Membership: only when the credential requires it or the member exam price is chosen.
  if (!cert) lines.push(unknown('membership', 'The program names no credential, so whether a membership is needed is not known.'));
  else {
    const needed = cert.membership.required === true || price === 'member';
    const why = cert.membership.required ? `${cert.issuer} membership is required for the ${cert.acronym}.` : `Needed for the member exam price.`;
    if (!needed) {
      const detail = cert.membership.required === null ? `The pages read state no ${cert.issuer} membership requirement.` : `${cert.issuer} membership is optional for the ${cert.acronym}.`;
      lines.push(notNeeded('membership', detail, cert.membership.sourceIds));
    } else if (program.membership.status === 'included') lines.push(included('membership', `${why} The program's price includes it.`));
    else if (program.membership.status === 'unknown') lines.push(unknown('membership', `${why} The program's pages do not say whether it is included.`));
    else lines.push({ ...figureLine('membership', cert.membership.renewal, false, 'Dues not published.', ` One year. ${why}`) });
  }

  // Retake: a second attempt, unless the program or the exam price already covers one.
  if (!options.retake) lines.push(notNeeded('retake', 'No retake allowance added.'));
  else if (!cert || !fee) lines.push(unknown('retake', 'The program names no credential, so a retake cannot be priced.'));
  else if (program.exam.status === 'included' && (program.exam.attempts ?? 1) >= 2) lines.push(included('retake', 'The program includes a second attempt.'));
  else if (cert.retake.fee === 'free-retake') lines.push({ ...included('retake', `One free retake: ${cert.retake.policy}`), sourceIds: cert.retake.sourceIds });
  else if (cert.retake.fee === 'pay-again' && fee.known) {
    lines.push({ ...fee.line, kind: 'retake', sourceIds: [...new Set([...fee.line.sourceIds, ...cert.retake.sourceIds])], detail: `A second attempt costs the exam fee again. ${cert.retake.policy}` });
  } else lines.push(unknown('retake', `The ${cert.acronym} retake price is not published: ${cert.retake.policy}`, cert.retake.sourceIds));

  const total = lines.reduce((sum, l) => sum + (l.status === 'extra' ? l.amount! : 0), 0);
  const unknownKinds = lines.filter((l) => l.status === 'unknown').map((l) => l.kind);
  const tuition = lines[0]!;
  return {
    certificationId: cert?.id ?? null,
    examPrice: price,
    lines,
    total: Math.round(total * 100) / 100,
    lowerBound: unknownKinds.length > 0 || lines.some((l) => l.status === 'extra' && l.bound === 'at-least'),
    unknown: unknownKinds,
    tuitionKnown: tuition.status === 'extra',
    tuitionCeiling: tuition.bound === 'at-most',
  };
}

/** Dollars a month of study: the total over the stated length; null when either is unknown. */
export function costPerMonth(cost: ProgramCost, months: number | null): number | null {
  if (!cost.tuitionKnown || months === null || months <= 0) return null;
  return Math.round(cost.total / months);
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
  const figure = (amount: number | null | undefined, reason = 'Not entered.'): Figure =>
    amount && amount > 0 ? { versions: [{ amount, basis: 'official', sourceIds: ['your-input'] }] } : { versions: [], reason };
  return {
    yourInput: true,
    tuition: figure(own.price),
    fees: { status: 'included', cost: figure(null), note: 'Taken as part of the price you entered.' },
    books: own.includes.books ? { status: 'included', cost: figure(null) } : { status: 'extra', cost: figure(own.booksCost, 'Not included, and no cost entered.') },
    exam: { status: own.includes.exam ? 'included' : 'extra', attempts: null },
    membership: { status: own.includes.membership ? 'included' : 'extra' },
  };
}

/** The cost used to order a catalog by price: default options for each credential; null when the tuition is not published. */
export function catalogTotalCents(program: Program, cert: CostCertification | undefined): number | null {
  const cost = programCost(program, cert);
  return cost.tuitionKnown ? Math.round(cost.total * 100) : null;
}

/**
 * The course comparison's state and its address: filters, the programs picked, the reader's own
 * programs, area, income and percentile all live in the query string (?compare=a,b&area=TX&income=30000&percentile=p25),
 * so links, reloads and Back restore them. Own programs never leave the browser except in the link.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.ts';
import { STATE_CODES } from '../../../data/area-codes.ts';
import type { ProgramFormat, ProgramPlace } from '../../../data/schemas.ts';
import { parseWageArea } from '../../../functions/domain/areas.ts';
import { DEFAULT_PERCENTILE, PERCENTILES, type Percentile } from '../../../functions/domain/payback.ts';
import { decodeOwn, encodeOwn, OWN_LIST, type OwnProgram } from '../../../functions/domain/program-cost.ts';
import { PROGRAM_SORTS, type ProgramSort } from '../../../functions/domain/program-list.ts';

export const MAX_COMPARE = 4;
/** The formats a program can be filtered by (the values of data/schemas.ts PROGRAM_FORMATS, kept here so zod stays out of the browser). */
export const FORMATS: readonly ProgramFormat[] = ['self-paced-online', 'instructor-led-online', 'in-person', 'community-college-certificate', 'associate-degree'];
export const MAX_INCOME = 1_000_000;
/** The most months a "Months at most" filter takes. */
export const MAX_MONTHS = 600;

export interface CourseState {
  certification: string;
  /** Where the program is taught: a state, online, or '' for anywhere (?state=NJ, ?state=online). */
  place: ProgramPlace | '';
  format: ProgramFormat | '';
  maxCost: number | null;
  maxMonths: number | null;
  exam: '' | 'yes' | 'no';
  sort: ProgramSort;
  compare: string[];
  own: OwnProgram[];
  area: string;
  income: number | null;
  percentile: Percentile;
  examPrice: '' | 'member' | 'non-member';
  retake: boolean;
}

export const DEFAULT_STATE: CourseState = {
  certification: '',
  place: '',
  format: '',
  maxCost: null,
  maxMonths: null,
  exam: '',
  sort: 'total',
  compare: [],
  own: [],
  area: 'US',
  income: null,
  percentile: DEFAULT_PERCENTILE,
  examPrice: '',
  retake: false,
};

/** A non-negative number from text, or null. */
export function amountOf(text: string | null | undefined, max = 10_000_000): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const n = Number(text.replaceAll(',', '').replace(/^\$/, ''));
  return Number.isFinite(n) && n >= 0 && n <= max ? Math.round(n * 100) / 100 : null;
}

/** A place from the address: online, or a state code in any case; '' for anything else. */
export function placeOf(text: string | null): ProgramPlace | '' {
  if (text === null) return '';
  if (text.toLowerCase() === 'online') return 'online';
  return STATE_CODES.find((code) => code === text.toUpperCase()) ?? '';
}

/**
 * What a link named that this page does not know, each value as written in it (the page names each, says what it
 * shows instead and corrects the address). Parameters this page does not use at all are not named.
 */
export interface BadLink {
  /** Program ids not in the catalog. */
  compare?: string[];
  /** Known program ids past the fourth, left out. */
  overflow?: string[];
  /** How many of the reader's own programs in the link could not be read. */
  own?: number;
  /** An income that is not a number of dollars from 0 up to MAX_INCOME. */
  income?: string;
  area?: string;
  percentile?: string;
  examPrice?: string;
  retake?: string;
  certification?: string;
  /** The place filter (?state=): not a state code or "online". */
  state?: string;
  format?: string;
  maxCost?: string;
  maxMonths?: string;
  includesExam?: string;
  sort?: string;
}

/** Read the address: every value it does not know falls back to the default and is named in `bad`. */
export function readState(search: string, known: { programs: ReadonlySet<string>; certs: ReadonlySet<string> }): { state: CourseState; bad: BadLink } {
  const q = new URLSearchParams(search);
  const state = stateOf(q, known);
  const bad: BadLink = {};
  const ids = [...new Set((q.get('compare') ?? '').split(','))].filter((id) => id.trim() !== '');
  const unknown = ids.filter((id) => !known.programs.has(id));
  if (unknown.length > 0) bad.compare = unknown;
  const overflow = ids.filter((id) => known.programs.has(id) && !state.compare.includes(id));
  if (overflow.length > 0) bad.overflow = overflow;
  const own = (q.get('own') ?? '').split(OWN_LIST).filter((o) => o.trim() !== '');
  if (own.length > state.own.length) bad.own = own.length - state.own.length;
  /** A value given (not empty) that the state does not hold. */
  const given = (name: string): string | undefined => {
    const text = q.get(name);
    return text !== null && text.trim() !== '' ? text : undefined;
  };
  const check = (key: Exclude<keyof BadLink, 'compare' | 'overflow' | 'own'>, ok: (text: string) => boolean) => {
    const text = given(key);
    if (text !== undefined && !ok(text)) bad[key] = text;
  };
  check('income', (t) => amountOf(t, MAX_INCOME) !== null);
  const areaText = q.get('area');
  if (areaText !== null && !parseWageArea(areaText)) bad.area = areaText;
  check('percentile', (t) => t === state.percentile);
  check('examPrice', (t) => t === state.examPrice);
  check('retake', (t) => t === '1' || t === '0');
  check('certification', (t) => t === state.certification);
  check('state', (t) => placeOf(t) !== '');
  check('format', (t) => t === state.format);
  check('maxCost', (t) => amountOf(t) !== null);
  check('maxMonths', (t) => amountOf(t, MAX_MONTHS) !== null);
  check('includesExam', (t) => t === 'true' || t === 'false');
  check('sort', (t) => t === state.sort);
  return { state, bad };
}

function stateOf(q: URLSearchParams, known: { programs: ReadonlySet<string>; certs: ReadonlySet<string> }): CourseState {
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  const own = (q.get('own') ?? '').split(OWN_LIST).map((o) => decodeOwn(o, known.certs)).filter((o): o is OwnProgram => o !== undefined);
  const compare = [...new Set((q.get('compare') ?? '').split(','))].filter((id) => known.programs.has(id));
  const exam = q.get('includesExam');
  return {
    certification: known.certs.has(q.get('certification') ?? '') ? q.get('certification')! : '',
    place: placeOf(q.get('state')),
    format: pick(q.get('format'), FORMATS, '' as ProgramFormat),
    maxCost: amountOf(q.get('maxCost')),
    maxMonths: amountOf(q.get('maxMonths'), MAX_MONTHS),
    exam: exam === 'true' ? 'yes' : exam === 'false' ? 'no' : '',
    sort: pick(q.get('sort'), PROGRAM_SORTS, 'total'),
    own: own.slice(0, MAX_COMPARE),
    compare: compare.slice(0, MAX_COMPARE - Math.min(own.length, MAX_COMPARE)),
    area: parseWageArea(q.get('area') ?? '')?.code ?? 'US',
    income: amountOf(q.get('income'), MAX_INCOME),
    percentile: pick(q.get('percentile'), PERCENTILES, DEFAULT_PERCENTILE),
    examPrice: pick(q.get('examPrice'), ['member', 'non-member'] as const, '' as 'member'),
    retake: q.get('retake') === '1',
  };
}

/** The query string of a state, leaving defaults out. */
export function queryOf(s: CourseState): string {
  const q = new URLSearchParams();
  if (s.compare.length > 0) q.set('compare', s.compare.join(','));
  if (s.area !== 'US' || s.compare.length + s.own.length > 0) q.set('area', s.area);
  if (s.income !== null) q.set('income', String(s.income));
  if (s.percentile !== DEFAULT_PERCENTILE) q.set('percentile', s.percentile);
  if (s.examPrice) q.set('examPrice', s.examPrice);
  if (s.retake) q.set('retake', '1');
  if (s.own.length > 0) q.set('own', ownParam(s));
  if (s.certification) q.set('certification', s.certification);
  if (s.place) q.set('state', s.place);
  if (s.format) q.set('format', s.format);
  if (s.maxCost !== null) q.set('maxCost', String(s.maxCost));
  if (s.maxMonths !== null) q.set('maxMonths', String(s.maxMonths));
  if (s.exam) q.set('includesExam', s.exam === 'yes' ? 'true' : 'false');
  if (s.sort !== 'total') q.set('sort', s.sort);
  const text = readable(q);
  return text ? `?${text}` : '';
}

const ownParam = (s: CourseState) => s.own.map(encodeOwn).join(OWN_LIST);
/** Commas, tildes and bars stay as they are, so a link reads well. */
const readable = (q: URLSearchParams) => q.toString().replaceAll('%2C', ',').replaceAll('%7E', '~').replaceAll('%7C', '|');

/** The /api/programs/compare address for the programs picked and typed in, its words in the page's language; null with none. */
export function compareUrl(s: CourseState, locale: Locale): string | null {
  if (s.compare.length + s.own.length === 0) return null;
  const q = new URLSearchParams({ area: s.area, percentile: s.percentile });
  if (locale !== DEFAULT_LOCALE) q.set('language', locale);
  if (s.compare.length > 0) q.set('ids', s.compare.join(','));
  if (s.own.length > 0) q.set('own', ownParam(s));
  if (s.income !== null) q.set('currentIncome', String(s.income));
  if (s.examPrice) q.set('examPrice', s.examPrice);
  if (s.retake) q.set('retake', 'true');
  return `/api/programs/compare?${readable(q)}`;
}

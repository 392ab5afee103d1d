/**
 * The salary explorer's plumbing: API shapes, money formats, the deep-link state in the URL,
 * and a small fetch hook that aborts stale requests and remembers answers (reference data is immutable).
 */
import { useEffect, useReducer, useRef } from 'react';
import type { WageField } from '../../../data/schemas.ts';
import type { SalaryAreaItem, SalaryAreasResponse, SalaryCompareResponse, SalaryResponse } from '../../../functions/contract/salaries.ts';
import { parseWageArea } from '../../../functions/domain/areas.ts';
import { Failure, requestJson, type HttpWords } from '../shared/http.ts';
import { useSalariesWords } from './words.ts';

/** One occupation in one area, as /api/salaries answers it (a compare item has the same shape without the role). */
export type Salary = SalaryResponse;
export type Figures = Salary['annual'];
export type SourceRef = Salary['sources'][number];
/** /api/salaries/compare */
export type CompareAnswer = SalaryCompareResponse;
/** One row of /api/salaries/areas. */
export type AreaItem = SalaryAreaItem;
/** /api/salaries/areas */
export type AreasAnswer = SalaryAreasResponse;

export type Pay = 'annual' | 'hourly';
export const FIELDS: readonly WageField[] = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'];

/**
 * The figures of one pay kind as shown: annual as BLS publishes it; hourly as BLS publishes it, with
 * the figures this site computed (annual ÷ 2,080) where the copy read lacks BLS's (see computedOf).
 * Null when there is no figure of that kind for the row.
 */
export function figuresOf(v: Salary, pay: Pay): Figures | null {
  const f = pay === 'hourly' ? (Object.fromEntries(FIELDS.map((k) => [k, v.hourly?.[k] ?? v.hourlyComputed?.[k] ?? null])) as Figures) : v.annual;
  return FIELDS.some((k) => f[k] !== null) ? f : null;
}

/** The measures of one pay kind this site computed rather than BLS published. */
export const computedOf = (v: Salary, pay: Pay): WageField[] => (pay === 'hourly' && v.hourlyComputed ? FIELDS.filter((k) => v.hourlyComputed![k] !== null) : []);

/** What the controls show, and what the address says. */
export interface ViewState {
  /** A role slug, or a SOC code when an occupation was chosen. */
  pick: string;
  area: string;
  pay: Pay;
  /** Areas compared with `area`, in the order added. */
  compare: string[];
}
export const MAX_AREAS = 6;
export const DEFAULT_STATE: ViewState = { pick: 'medical-coder', area: 'US', pay: 'annual', compare: [] };
export const isSoc = (pick: string) => /^\d{2}-\d{4}$/.test(pick);

/** What a link named that this page does not know, as written in it (each is shown as a message, never dropped in silence). */
export interface BadLink {
  pick?: string;
  area?: string;
  compare?: string[];
  pay?: string;
}

/**
 * Read the deep link; areas are read as the API reads them (domain parseWageArea), keeping those with wages.
 * Anything unknown falls back to the default and is named in `bad`, so the page can say so and correct the address.
 */
export function readState(search: string, picks: ReadonlySet<string>): { state: ViewState; bad: BadLink } {
  const q = new URLSearchParams(search);
  const role = q.get('role') ?? '';
  const soc = q.get('soc') ?? '';
  const areaText = q.get('area') ?? '';
  const main = parseWageArea(areaText)?.code ?? DEFAULT_STATE.area;
  const listed = [...new Set((q.get('compare') ?? '').split(',').filter((a) => a.trim() !== ''))];
  const compare = [...new Set(listed.map((a) => parseWageArea(a)?.code))]
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a !== main)
    .slice(0, MAX_AREAS - 1);
  const pay = q.get('pay');
  const pick = picks.has(role) ? role : picks.has(soc) ? soc : DEFAULT_STATE.pick;
  const bad: BadLink = {};
  if (pick !== role && pick !== soc && (role || soc)) bad.pick = role || soc;
  if (areaText && !parseWageArea(areaText)) bad.area = areaText;
  const unknown = listed.filter((a) => !parseWageArea(a));
  if (unknown.length > 0) bad.compare = unknown;
  if (pay !== null && pay !== 'annual' && pay !== 'hourly') bad.pay = pay;
  return { state: { pick, area: main, pay: pay === 'hourly' ? 'hourly' : 'annual', compare }, bad };
}

/** The API's way of naming the occupation: role=… or soc=… (slugs and SOC codes need no escaping). */
export const whoParam = (pick: string) => `${isSoc(pick) ? 'soc' : 'role'}=${pick}`;

/** The query string of a state: ?role=medical-coder&area=TX[&pay=hourly][&compare=CA,NY] */
export const queryOf = (s: ViewState) =>
  `?${whoParam(s.pick)}&area=${s.area}${s.pay === 'hourly' ? '&pay=hourly' : ''}${s.compare.length > 0 ? `&compare=${s.compare.join(',')}` : ''}`;

export { Failure } from '../shared/http.ts';

const getJson = async <T>(url: string, words: HttpWords, signal: AbortSignal): Promise<T> => (await requestJson<T>(url, words, { signal })).data;

/**
 * GET `url` (null: nothing to load): the answer, a Failure, or undefined while loading; and a retry.
 * A new url aborts the request in flight; answers are kept, so going back shows them at once.
 * `seed` is an answer known at build time. A failure is worded in the page's language.
 */
export function useApi<T>(url: string | null, seed?: { url: string; data: T }): [T | Failure | undefined, () => void] {
  const cache = useRef(new Map<string, T | Failure>(seed ? [[seed.url, seed.data]] : []));
  const [attempt, rerender] = useReducer((n: number) => n + 1, 0);
  const http = useSalariesWords().common.http;
  useEffect(() => {
    if (url === null || cache.current.has(url)) return;
    const controller = new AbortController();
    getJson<T>(url, http, controller.signal).then(
      (data) => {
        cache.current.set(url, data);
        rerender();
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        cache.current.set(url, e instanceof Failure ? e : new Failure(0, String(e)));
        rerender();
      },
    );
    return () => controller.abort();
  }, [url, attempt, http]);
  const retry = () => {
    if (url !== null) cache.current.delete(url);
    rerender();
  };
  return [url === null ? undefined : cache.current.get(url), retry];
}

/**
 * The plan builder's plumbing: the catalog the page hands over, the form's text fields and the
 * planner input they make, the share and edit links, and the calls to /api/plans.
 */
import type { PlanCreated, PlanInputBody, SavedPlan as SavedPlanAnswer } from '../../../functions/contract/plans.ts';
import type { PlanContext, PlannerCredential, PlannerProgram, PlannerRules } from '../../../functions/domain/planner.ts';
import { isSavedId } from '../../../functions/domain/saved-id.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { asFailure, requestJson, type HttpWords } from '../shared/http.ts';

/** A source as a duration cites it. */
export interface SourceRef {
  title: string;
  publisher: string;
  url: string;
}

/** Everything the page builds from data/ for the island: credentials, programs, rules and their sources. */
export interface Catalog {
  credentials: PlannerCredential[];
  programs: PlannerProgram[];
  rules: PlannerRules;
  sources: Record<string, SourceRef>;
}

export interface BreakRow {
  /** Stable React key. */
  key: number;
  start: string;
  end: string;
  label: string;
}

/** The form as typed: text, so a half-typed number is kept until it is fixed. */
export interface FormState {
  certificationId: string;
  programId: string;
  mode: 'forward' | 'target';
  startDate: string;
  hoursPerWeek: string;
  examPrepWeeks: string;
  targetExamDate: string;
  title: string;
  breaks: BreakRow[];
}

let nextKey = 1;
/** A new, empty break row. */
export const newBreak = (start = '', end = '', label = ''): BreakRow => ({ key: nextKey++, start, end, label });

/** The form for a planner input: a saved plan's, or the example the page is built with. */
export function formOf(input: PlanInputBody, rules: PlannerRules): FormState {
  return {
    certificationId: input.certificationId ?? rules.defaultCredentialId,
    programId: input.programId ?? '',
    mode: input.targetExamDate ? 'target' : 'forward',
    startDate: input.startDate,
    hoursPerWeek: input.hoursPerWeek === undefined ? '' : String(input.hoursPerWeek),
    examPrepWeeks: input.examPrepWeeks === undefined ? '' : String(input.examPrepWeeks),
    targetExamDate: input.targetExamDate ?? '',
    title: input.title ?? '',
    breaks: (input.breaks ?? []).map((b) => newBreak(b.start, b.end, b.label ?? '')),
  };
}

/** An empty number field means "the default"; anything else is taken as typed (checkPlanInput judges it). */
const numberOf = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** A break row nobody has typed in yet: left out of the input, so it neither pauses the preview nor shows errors. */
const isBlank = (b: BreakRow) => !b.start && !b.end && !b.label.trim();

/** The form's row of each break in the input (blank rows are left out), to put an error named breaks.<i> beside its row. */
export const breakRowsOf = (form: FormState) => form.breaks.flatMap((b, row) => (isBlank(b) ? [] : [row]));

/** The planner input a form makes: only what the reader chose, so defaults stay defaults. */
export function inputOf(form: FormState, rules: PlannerRules): PlanInputBody {
  const input: PlanInputBody = { startDate: form.startDate };
  if (form.certificationId !== rules.defaultCredentialId) input.certificationId = form.certificationId;
  if (form.programId) input.programId = form.programId;
  const hours = form.mode === 'forward' ? numberOf(form.hoursPerWeek) : undefined;
  if (hours !== undefined) input.hoursPerWeek = hours;
  const prep = numberOf(form.examPrepWeeks);
  if (prep !== undefined) input.examPrepWeeks = prep;
  if (form.mode === 'target') input.targetExamDate = form.targetExamDate;
  if (form.title.trim()) input.title = form.title.trim();
  const breaks = form.breaks.filter((b) => !isBlank(b));
  if (breaks.length > 0) input.breaks = breaks.map((b) => ({ start: b.start, end: b.end, ...(b.label.trim() ? { label: b.label.trim() } : {}) }));
  return input;
}

/** The planner's context for an input, from the catalog. */
export function contextOf(input: PlanInputBody, catalog: Catalog, today: string): PlanContext | undefined {
  const credential = catalog.credentials.find((c) => c.id === (input.certificationId ?? catalog.rules.defaultCredentialId));
  const program = input.programId ? catalog.programs.find((p) => p.id === input.programId) : undefined;
  if (!credential || (input.programId && !program)) return undefined;
  return { credential, rules: catalog.rules, today, ...(program ? { program } : {}) };
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The plan id in the address (?id=) and the edit token in its fragment (#edit=), which never reaches a server
 * in a read; `badId` is an id that is not of the form plan ids have, so the page can say so rather than show a blank planner.
 */
export function linkState(): { id?: string; token?: string; badId?: string } {
  const id = new URLSearchParams(location.search).get('id') ?? undefined;
  const token = new URLSearchParams(location.hash.slice(1)).get('edit') ?? undefined;
  return id && !isSavedId(id) ? { badId: id } : { id: id || undefined, token: token || undefined };
}

/**
 * Does `token` edit plan `id`? Asked without changing anything: a PUT whose If-Match names version "0",
 * which no plan has (versions start at 1), is refused before any body is read: 403 (or 401) for a wrong token,
 * 412 for the right one. Undefined when the answer says neither (offline): saving will tell then.
 */
export async function tokenFits(id: string, token: string, http: HttpWords): Promise<boolean | undefined> {
  const { status } = await call(http, 'PUT', `/api/plans/${id}`, undefined, { Authorization: `Bearer ${token}`, 'If-Match': '"0"' });
  return status === 412 ? true : status === 401 || status === 403 ? false : undefined;
}

export const shareUrl = (id: string, locale: Locale) => `${location.origin}${localePath(locale, `/plan/?id=${id}`)}`;
/** A saved plan's calendar feed (GET /api/plans/:id/calendar.ics): downloaded, or subscribed to. */
export const feedPath = (id: string) => `/api/plans/${id}/calendar.ics`;
/** The feed's https address, to paste into a calendar app. */
export const feedUrl = (id: string) => `${location.origin}${feedPath(id)}`;
/** The same feed as a webcal:// link, which calendar apps open as a subscription. */
export const webcalUrl = (id: string) => `webcal://${location.host}${feedPath(id)}`;
export const editUrl = (id: string, token: string, locale: Locale) => `${shareUrl(id, locale)}#edit=${token}`;

/** A saved plan as the API answers it; a create adds its edit token, shown once. */
export type SavedPlan = SavedPlanAnswer & Partial<Pick<PlanCreated, 'editToken'>>;

/** An API answer: the body, or a problem with the fields it names. */
export type Answer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string; fields: Record<string, string> };

/** One call to /api/plans; network failures come back as status 0, and failures without the API's words in `http`'s. */
export async function call<T>(http: HttpWords, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  try {
    const { data, status } = await requestJson<T>(url, http, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { ok: true, status, body: data };
  } catch (e) {
    const failure = asFailure(e);
    return { ok: false, status: failure.status, message: failure.detail, fields: Object.fromEntries(failure.errors.map((f) => [f.name, f.detail])) };
  }
}

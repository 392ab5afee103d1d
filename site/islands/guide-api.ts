/**
 * The guide pages' plumbing: the API's shapes (types only, so nothing of functions/ is bundled),
 * requests that turn problem+json into words, the share and edit links, and money in words.
 */
import type { GuideRole } from '../../functions/domain/guide.ts';
import type { SalaryView } from '../../functions/domain/salary.ts';
import type { GuideInput, GuideView } from '../../functions/routes/guides.ts';

export type { GuideInput, GuideRole, GuideView, SalaryView };
export type Created = GuideView & { editToken: string };

/** A role as the builder knows it before its pay has loaded (pay undefined = loading). */
export type RoleInfo = Omit<GuideRole, 'pay'>;
export type PreviewRole = RoleInfo & { pay: SalaryView | null | undefined };

/** A credential as the guides name it (built into the pages from data/certifications.json). */
export interface CredentialInfo {
  id: string;
  acronym: string;
  fullName: string;
  issuingBody?: string;
}

/** A failed request, in words a counselor or student can act on, with the fields the API named. */
export class Failure extends Error {
  override name = 'Failure';
  readonly status: number;
  readonly detail: string;
  readonly errors: { name: string; detail: string }[];
  constructor(status: number, detail: string, errors: Failure['errors'] = []) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.errors = errors;
  }
}

/** Send a request; the JSON answer and its ETag, or a Failure thrown. */
export async function call<T>(url: string, init: RequestInit = {}): Promise<{ data: T; etag: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
  } catch {
    throw new Failure(0, 'The server could not be reached. Check your connection and try again.');
  }
  const body: unknown = res.status === 204 ? {} : await res.json().catch(() => null);
  if (res.ok && body !== null) return { data: body as T, etag: res.headers.get('ETag') };
  const problem = (body ?? {}) as { title?: string; detail?: string; errors?: Failure['errors'] };
  throw new Failure(res.status, problem.detail ?? problem.title ?? `The server answered ${res.status}.`, problem.errors);
}

/** A Failure from anything thrown. */
export const asFailure = (e: unknown): Failure => (e instanceof Failure ? e : new Failure(0, String(e)));

/** The page a student opens: /guides/?id=<id> */
export const shareUrl = (origin: string, id: string) => `${origin}/guides/?id=${encodeURIComponent(id)}`;
/** The builder with the edit token in the fragment, which browsers never send to a server. */
export const editUrl = (origin: string, id: string, token: string) => `${origin}/guides/new/?id=${encodeURIComponent(id)}#edit=${encodeURIComponent(token)}`;

/** The id and edit token of an edit link, when the address is one. */
export function readEditLink(search: string, hash: string): { id: string; token: string } | undefined {
  const id = new URLSearchParams(search).get('id');
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('edit');
  return id && token ? { id, token } : undefined;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
/** $47,230 */
export const usd = (n: number) => dollars.format(n);

const days = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
/** "2026-11-26" → "November 26, 2026" */
export const longDate = (iso: string) => days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** "Texas", "the United States" (for "in …"). */
export const inArea = (name: string) => (name === 'United States' || name === 'District of Columbia' ? `the ${name}` : name);

const SIDES: Record<GuideRole['side'], string> = { billing: 'Billing', coding: 'Coding', records: 'Health records', 'records-coding': 'Health records and coding' };
const LEVELS: Record<GuideRole['level'], string> = { entry: 'Entry level', 'entry-mid': 'Entry to mid level', mid: 'Mid level', leadership: 'Leadership' };
export const sideLabel = (side: GuideRole['side']) => SIDES[side];
export const levelLabel = (level: GuideRole['level']) => LEVELS[level];

/**
 * The tools' one way to call the API: JSON in and out, and every failure a Failure in words a reader can act on.
 * The words are the caller's (its page's language): the catalogs' `common.http`.
 */
import type { InvalidParam, Problem } from '../../../functions/contract/problem.ts';
import type { CommonMessages } from '../../i18n/common-messages.ts';

/** What a failed request says when the API gave no words of its own: the server not reached, or only a status. */
export type HttpWords = CommonMessages['http'];

/** A failed request: its HTTP status (0 when the server was not reached), the problem's detail and the fields it named. */
export class Failure extends Error {
  override name = 'Failure';
  readonly status: number;
  readonly detail: string;
  readonly errors: Pick<InvalidParam, 'name' | 'detail'>[];
  constructor(status: number, detail: string, errors: Failure['errors'] = []) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.errors = errors;
  }
}

/** A Failure from anything thrown. */
export const asFailure = (e: unknown): Failure => (e instanceof Failure ? e : new Failure(0, String(e)));

/** Send a request; the JSON answer, its status and ETag, or a Failure thrown in `words`. An aborted request rethrows the abort. */
export async function requestJson<T>(url: string, words: HttpWords, init: RequestInit = {}): Promise<{ data: T; status: number; etag: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
  } catch (e) {
    if (init.signal?.aborted) throw e;
    throw new Failure(0, words.unreachable);
  }
  const body: unknown = res.status === 204 ? {} : await res.json().catch(() => null);
  if (res.ok && body !== null) return { data: body as T, status: res.status, etag: res.headers.get('ETag') };
  const problem = (body ?? {}) as Partial<Problem>;
  throw new Failure(res.status, problem.detail ?? problem.title ?? words.answered(res.status), problem.errors ?? []);
}

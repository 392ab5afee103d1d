/** RFC 9457 problem details: every error the API sends is one of these. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { InvalidParam } from '../contract/problem.ts';

/** One failing field or parameter (the contract's shape). */
export type { InvalidParam };

/** A problem before it is sent: standard members, the named parameters, and extension members. */
export type ProblemInit = {
  type: string;
  title: string;
  status: number;
  /** Stable, for clients to translate (PROBLEM_CODES by status unless a route names a finer one). */
  code: string;
  detail: string;
  errors?: InvalidParam[];
} & Record<string, unknown>;

/** The body on the wire: the problem plus the request path it occurred at. */
export type Problem = ProblemInit & { instance: string };

/** Thrown anywhere in a handler; the app's error handler sends it as it is. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: ProblemInit;
  readonly headers: Record<string, string>;
  constructor(problem: ProblemInit, headers: Record<string, string> = {}) {
    super(problem.detail);
    this.problem = problem;
    this.headers = headers;
  }
}

/**
 * The stable code of a problem, by status unless a route names a finer one: clients translate codes,
 * never the English `title`/`detail`.
 */
export const PROBLEM_CODES = {
  400: 'invalid-request',
  401: 'edit-token-required',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'stale-version',
  413: 'body-too-large',
  415: 'not-json',
  428: 'version-required',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'unavailable',
} as const satisfies Record<number, string>;

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Request body too large',
  415: 'Unsupported media type',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** A problem for a status, with the standard title and code for it; every named parameter gets a code too. */
export function problemOf(status: number, detail: string, extra: Partial<ProblemInit> = {}): ProblemInit {
  const code = PROBLEM_CODES[status as keyof typeof PROBLEM_CODES] ?? 'error';
  const errors = extra.errors?.map((e) => ({ ...e, code: e.code ?? 'invalid' }));
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, code, detail, ...extra, ...(errors ? { errors } : {}) };
}

/** 400 naming the failing parameters. */
export function invalid(errors: InvalidParam[]): ProblemError {
  const names = errors.map((e) => e.name).join(', ');
  return new ProblemError(problemOf(400, `Check ${names}: ${errors.map((e) => e.detail).join(' ')}`, { errors }));
}

/** A parameter's code from zod's issue code: unknown-field, too-big, invalid-format… */
const ISSUE_CODES: Record<string, string> = {
  invalid_type: 'invalid-type',
  too_big: 'too-big',
  too_small: 'too-small',
  invalid_format: 'invalid-format',
  not_multiple_of: 'invalid-number',
  unrecognized_keys: 'unknown-field',
  invalid_union: 'invalid-value',
  invalid_key: 'invalid-value',
  invalid_element: 'invalid-value',
  invalid_value: 'not-allowed',
  custom: 'invalid',
};

/** Send a problem as application/problem+json. */
export function sendProblem(c: Context, problem: ProblemInit, headers: Record<string, string> = {}) {
  const body: Problem = { ...problem, instance: c.req.path };
  return c.body(JSON.stringify(body), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** Turn zod issues into named parameters: the issue's path is the name; an unknown key names itself. */
export function issuesToParams(issues: readonly z.core.$ZodIssue[], location: InvalidParam['in']): InvalidParam[] {
  return issues.flatMap((issue): InvalidParam[] => {
    const prefix = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ name: prefix ? `${prefix}.${key}` : key, in: location, code: 'unknown-field', detail: `Unknown ${location === 'query' ? 'parameter' : 'field'} "${key}".` }));
    }
    const allowed = issue.code === 'invalid_value' ? issue.values.map((v) => String(v)) : undefined;
    return [{ name: prefix || '(body)', in: location, code: ISSUE_CODES[issue.code] ?? 'invalid', detail: issue.message, ...(allowed ? { allowed } : {}) }];
  });
}

/** Request validation with zod: the contract's schemas (functions/contract/) check requests here and document them in OpenAPI. */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { invalid, issuesToParams, type InvalidParam } from './problem.ts';

const paramsOf = (error: z.core.$ZodError, location: InvalidParam['in']) => issuesToParams(error.issues, location);

/** Parse the query string; a parameter given twice is an error, not a silent pick. */
export function parseQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.infer<S> {
  const all = c.req.queries();
  const repeated = Object.entries(all)
    .filter(([, values]) => values.length > 1)
    .map(([name]) => ({ name, in: 'query' as const, code: 'repeated', detail: `Give "${name}" once.` }));
  if (repeated.length > 0) throw invalid(repeated);
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw invalid(paramsOf(result.error, 'query'));
  return result.data;
}

/** Parse path parameters. */
export function parseParams<S extends z.ZodMiniType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.param());
  if (!result.success) throw invalid(paramsOf(result.error, 'path'));
  return result.data;
}

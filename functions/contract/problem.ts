/** RFC 9457 problem details: the body of every error the API sends (functions/http/problem.ts builds them). */
import * as z from 'zod/mini';

/** Where a failing parameter was sent. */
export const PARAM_LOCATIONS = ['query', 'path', 'body', 'header'] as const;

/** One failing field or parameter, named so a client can show the error beside it. */
export const invalidParamSchema = /* @__PURE__ */ (() =>
  z.object({
    name: z.string().check(z.describe('The failing parameter or body field, e.g. area or breaks.0.start; (body) for the body as a whole')),
    in: z.enum(PARAM_LOCATIONS),
    code: z.optional(z.string().check(z.describe('A stable code for why it fails (e.g. unknown-field, too-big, not-a-date), for clients to translate; every problem the API sends sets it'))),
    detail: z.string(),
    allowed: z.optional(z.readonly(z.array(z.union([z.string(), z.number()]))).check(z.describe('The values that would be accepted, where they are few enough to list'))),
  }))();
export type InvalidParam = z.infer<typeof invalidParamSchema>;

/** The problem body; extension members beyond those listed may appear. */
export const problemSchema = /* @__PURE__ */ (() =>
  z.looseObject({
    type: z.string(),
    title: z.string().check(z.describe('The standard title of the status, in English')),
    status: z.int(),
    code: z.string().check(z.describe('A stable code for the problem (e.g. invalid-request, stale-version, unavailable), for clients to translate')),
    detail: z.string().check(z.describe('What went wrong and what to do, in English')),
    instance: z.string().check(z.describe('The request path')),
    errors: z.optional(z.array(invalidParamSchema)),
    retryAfterSeconds: z.optional(z.int().check(z.describe('429: seconds until a new create is allowed (also sent as Retry-After)'))),
    health: z.optional(z.enum(['not-seeded', 'unavailable']).check(z.describe('GET /health: why the service is not ready'))),
  }))();
export type Problem = z.infer<typeof problemSchema>;

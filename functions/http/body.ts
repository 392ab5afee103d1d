/** Reading a JSON request body: size limit, content type, syntax and schema, each a clear problem. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod/mini';
import { invalid, issuesToParams, problemOf, ProblemError } from './problem.ts';

/** Request bodies are small documents: 16 KB is far above any real plan or guide. */
export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = () => new ProblemError(problemOf(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`, { errors: [{ name: '(body)', in: 'body', detail: `At most ${MAX_BODY_BYTES} bytes.` }] }));

/**
 * Middleware: refuse a body over MAX_BODY_BYTES while it streams in, chunked ones included, so
 * no request holds more than that in memory; by Content-Length at once when it is sent.
 */
export const limitBody = (): MiddlewareHandler =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge();
    },
  });

/** Parse and validate the JSON body, or throw a 400 / 413 / 415 problem naming what is wrong. */
export async function readJsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new ProblemError(problemOf(415, 'Send the body as JSON with Content-Type: application/json.', { errors: [{ name: 'Content-Type', in: 'header', detail: `"${type.slice(0, 80)}" is not JSON.` }] }));
  }
  // limitBody() has read at most MAX_BODY_BYTES by now; these checks keep routes mounted without it safe.
  const declared = Number(c.req.header('Content-Length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid([{ name: '(body)', in: 'body', detail: 'The body is not valid JSON (UTF-8).' }]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw invalid(issuesToParams(result.error.issues, 'body'));
  return result.data;
}

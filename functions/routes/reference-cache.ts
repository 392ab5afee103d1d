/**
 * HTTP caching for reference reads. Reference data is immutable per dataset version, so each answer
 * is computed and serialized once per (dataset version, normalized query) and then served as the same
 * bytes from memory, with a strong ETag (the version and a hash of the query) that answers
 * If-None-Match with 304, and Cache-Control for CloudFront. Only 200s are kept, so bad input never
 * is; the memory is bounded (least recently used first out). In AWS CloudFront compresses, so the
 * Lambda sends identity bytes; the local server, the whole origin there, gives a compressor and each
 * answer is also kept compressed once, sent to clients that accept it.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { createAnswerCache, type AnswerCache, type CachedAnswer, type Coding } from '../http/answer-cache.ts';
import type { AppDeps } from './deps.ts';

/** What browsers and CloudFront may do with a reference answer: keep it 5 minutes, CloudFront an hour. */
export const REFERENCE_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600';

/** One cache per reference store, shared by every reference route of an app (an app over new deps starts empty). */
const cachesByStore = new WeakMap<object, AnswerCache>();
const answersOf = (deps: AppDeps): AnswerCache => {
  if (deps.referenceAnswers) return deps.referenceAnswers;
  let cache = cachesByStore.get(deps.reference);
  if (!cache) cachesByStore.set(deps.reference, (cache = createAnswerCache()));
  return cache;
};

/** Path and query of a URL as sent. */
const pathAndQuery = (url: string) => {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
};

/** Path and query with the parameters in order of name (the routes read parameters by name, so order never changes an answer). */
export function normalizedQuery(url: string): string {
  const path = pathAndQuery(url);
  const mark = path.indexOf('?');
  if (mark < 0) return path;
  const params = new URLSearchParams(path.slice(mark + 1));
  params.sort();
  const query = params.toString();
  return query ? `${path.slice(0, mark)}?${query}` : path.slice(0, mark);
}

/** A strong ETag: the dataset version and a hash of the normalized query. */
export const etagOf = (version: string, query: string) => `"${version}-${createHash('sha256').update(query).digest('base64url').slice(0, 16)}"`;

/** The ETag of one representation: a compressed one is another representation, so another strong tag. */
export const taggedFor = (etag: string, coding: Coding | undefined) => (coding ? `${etag.slice(0, -1)}-${coding}"` : etag);

/** True when If-None-Match lists one of these ETags (weak comparison, as RFC 9110 asks for If-None-Match) or is `*`. */
export function matchesIfNoneMatch(header: string | undefined, ...etags: string[]): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || etags.includes(t);
  });
}

/** The first coding the client accepts (q > 0), in the server's order of preference; undefined for identity. */
export function acceptedCoding(acceptEncoding: string | undefined, offered: readonly Coding[]): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return offered.find((coding) => accepted.has(coding) || accepted.has('*'));
}

/** Compressed copies under this size are not worth their bytes in memory or their CPU. */
const MIN_COMPRESS_BYTES = 1024;

/** The answer to send: 304 when the client has it, else the bytes (compressed when kept so and accepted). */
function sent(answer: CachedAnswer, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): Response {
  // Plain header records: the cheapest answer for @hono/node-server and for the Lambda adapter alike.
  const codings = Object.keys(answer.encoded) as Coding[];
  const vary = codings.length > 0 ? { Vary: 'Accept-Encoding' } : undefined;
  const coding = acceptedCoding(acceptEncoding, codings);
  const etag = taggedFor(answer.etag, coding);
  // The same content in any coding is still fresh for the client.
  if (ifNoneMatch && matchesIfNoneMatch(ifNoneMatch, answer.etag, ...codings.map((c) => taggedFor(answer.etag, c)))) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': REFERENCE_CACHE_CONTROL, ...vary } });
  }
  const headers = { 'Content-Type': answer.contentType, ETag: etag, 'Cache-Control': REFERENCE_CACHE_CONTROL, ...vary };
  return coding ? new Response(answer.encoded[coding], { status: 200, headers: { ...headers, 'Content-Encoding': coding } }) : new Response(answer.body, { status: 200, headers });
}

/** Answer a reference GET from memory when it can, else compute it once and keep its bytes (200s only). */
export function referenceCache(deps: AppDeps): MiddlewareHandler {
  // Found on the first read, not when the app is built: an app may be built to route requests it never reads with.
  let answers: AnswerCache | undefined;
  return async (c, next) => {
    // HEAD is answered as GET by Hono, without the body.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    answers ??= answersOf(deps);
    const version = await deps.reference.currentVersion();
    // The URL as sent first (the common case, no parsing), then in its normalized form, kept under both.
    const raw = pathAndQuery(c.req.url);
    const known = answers.get(version, raw);
    if (known) return sent(known, c.req.header('If-None-Match'), answers.compress && c.req.header('Accept-Encoding'));
    const query = normalizedQuery(c.req.url);
    const hit = raw === query ? undefined : answers.get(version, query);
    if (hit) {
      answers.set(version, raw, hit);
      return sent(hit, c.req.header('If-None-Match'), answers.compress && c.req.header('Accept-Encoding'));
    }
    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    const answer: CachedAnswer = {
      body,
      // Kept only where smaller: a compressed copy that saves nothing is not worth sending.
      encoded: answers.compress && body.byteLength >= MIN_COMPRESS_BYTES ? Object.fromEntries(Object.entries(answers.compress(body)).filter(([, b]) => b.byteLength < body.byteLength)) : {},
      contentType: c.res.headers.get('Content-Type') ?? 'application/json',
      etag: etagOf(version, query),
    };
    answers.set(version, query, answer);
    if (raw !== query) answers.set(version, raw, answer);
    // Replace, not merge into, the computed response: it was read to bytes above.
    c.res = undefined;
    c.res = sent(answer, c.req.header('If-None-Match'), answers.compress && c.req.header('Accept-Encoding'));
  };
}

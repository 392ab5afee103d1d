/**
 * Hostile input for every endpoint in the OpenAPI document: generated paths, parameters, headers
 * and bodies. No 5xx, every error a problem+json body, and nothing stored by a rejected request.
 * Bounded inside `npm test`; `FUZZ_RUNS=20000 npm run test:fuzz` for a long run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/contract/openapi.ts';
import { scanByPrefix, useTestApi } from '../support/api.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), params: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })),
);

const api = useTestApi();

/** Saved plans and guides in the table (the only things a request can create). */
async function savedCount(): Promise<number> {
  return (await scanByPrefix(api.client, api.tableName, 'PLAN#', 'GUIDE#')).length;
}

const oddString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '../../etc/passwd', '..%2F..%2F', '%00', '\u202e', '<script>alert(1)</script>', '-1', '0', '1e309', 'NaN', '9'.repeat(400), 'US,'.repeat(50), '😀'.repeat(100), 'TX', 'US', 'medical-coder', '29-2072', 'p25', 'x'.repeat(5000)),
  fc.double().map(String),
  fc.integer().map(String),
);
const segment = oddString.map((s) => encodeURIComponent(s).slice(0, 3000) || 'x');

const request = fc.record({
  op: fc.constantFrom(...operations),
  segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
  known: fc.array(fc.tuple(fc.nat(), oddString), { maxLength: 4 }),
  unknown: fc.array(fc.tuple(fc.string({ maxLength: 10 }), oddString), { maxLength: 2 }),
  method: fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), { nil: undefined }),
  body: fc.option(
    fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      oddString,
      fc.constantFrom('{', '{"a":', '[]', 'null', '{"title":"' + 'x'.repeat(20_000) + '"}'),
    ),
    { nil: undefined },
  ),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', '', 'application/json; charset=utf-8'),
  auth: fc.option(fc.constantFrom('Bearer x', 'Bearer ' + 'a'.repeat(43), 'Basic abc', 'Bearer'), { nil: undefined }),
  ifMatch: fc.option(fc.constantFrom('"1"', '"0"', '*', 'W/"1"', 'garbage'), { nil: undefined }),
});

describe('hostile requests to every endpoint', () => {
  it(`never answer 5xx, always answer errors as problem+json, and store nothing when rejected (${RUNS} runs)`, async () => {
    const before = await savedCount();
    let created = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let i = 0;
        const path = r.op.path.replace(/\{[^}]+\}/g, () => r.segments[i++ % r.segments.length]!);
        const query = new URLSearchParams();
        for (const [n, v] of r.known) if (r.op.params.length > 0) query.append(r.op.params[n % r.op.params.length]!, v);
        for (const [n, v] of r.unknown) query.append(n || '_', v);
        const method = r.method ?? r.op.method;
        const headers: Record<string, string> = {};
        if (r.contentType) headers['Content-Type'] = r.contentType;
        if (r.auth) headers.Authorization = r.auth;
        if (r.ifMatch) headers['If-Match'] = r.ifMatch;
        const hasBody = method !== 'GET' && r.body !== undefined;
        const res = await api.app.request(`/api${path}${query.size ? `?${query}` : ''}`, { method, headers, body: hasBody ? r.body : undefined });
        const text = await res.text();
        expect(res.status, `${method} ${path}?${query} → ${text.slice(0, 200)}`).toBeLessThan(500);
        if (res.status === 201) created++;
        if (res.status >= 400) {
          expect(res.headers.get('Content-Type')).toBe('application/problem+json');
          const problem = JSON.parse(text) as { status: number; title: string; code: string; detail: string; errors?: { name: string; code: string }[] };
          expect(problem.status).toBe(res.status);
          expect(problem.detail).toBeTruthy();
          // A stable code on the problem and on every named parameter, for clients to translate.
          expect(problem.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
          for (const e of problem.errors ?? []) expect(e.code, e.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
          if (res.status === 400) expect(problem.errors?.[0]?.name).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
    // Only requests answered 201 may have stored anything.
    expect(await savedCount()).toBe(before + created);
  });
});

/**
 * The light Fetch classes a Lambda answers its first request with (functions/edges/light-fetch.ts)
 * behave as Node's own: each case runs once with the light classes and once with the real ones
 * (globalThis.Headers, Request, Response) and must give the same values and the same errors. Then the
 * adapter (http-api.ts) answers the same events the same way before and after installLightFetch(),
 * and a fresh Node process answers a GET and a JSON POST without loading undici.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { bodyLimit } from 'hono/body-limit';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleHttpApi, type HttpApiEvent, type HttpApiResult } from '../../functions/edges/http-api.ts';
import { installLightFetch, LightHeaders, LightRequest, LightResponse } from '../../functions/edges/light-fetch.ts';
import { Hono } from '../../functions/http/hono.ts';
import { problemOf, sendProblem } from '../../functions/http/problem.ts';
import { LIGHT_FETCH_FILE, ROUTE_GROUPS } from '../../functions/routes/registry.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Kind {
  Headers: typeof Headers;
  Request: typeof Request;
  Response: typeof Response;
}
const LIGHT = { Headers: LightHeaders, Request: LightRequest, Response: LightResponse } as unknown as Kind;
const REAL: Kind = { Headers: globalThis.Headers, Request: globalThis.Request, Response: globalThis.Response };

/** What an action gives: its value, or the class and message of what it throws. */
async function outcome(action: () => unknown): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: await action() };
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** Everything a Headers object tells, in one value. */
function headersSeen(h: Headers) {
  const each: string[] = [];
  h.forEach((value, name) => each.push(`${name}=${value}`));
  return { entries: [...h], keys: [...h.keys()], values: [...h.values()], each, cookies: h.getSetCookie(), type: h.get('content-type'), cookie: h.get('Set-Cookie'), has: h.has('X-A'), tag: Object.prototype.toString.call(h) };
}

/** Everything a Response or Request tells, reading its body as `read` does, then once more. */
async function bodySeen(r: Response | Request, read: 'text' | 'json' | 'arrayBuffer' | 'bytes' | 'blob' | 'stream') {
  const meta = 'status' in r ? { status: r.status, ok: r.ok, statusText: r.statusText, type: r.type, url: r.url, redirected: r.redirected } : { url: r.url, method: r.method };
  const headers = [...r.headers];
  const usedBefore = r.bodyUsed;
  const first = await outcome(async () => {
    if (read === 'stream') {
      const chunks: number[] = [];
      if (r.body) for await (const chunk of r.body) chunks.push(...chunk);
      return chunks;
    }
    if (read === 'blob') {
      const blob = await r.blob();
      return { type: blob.type, text: await blob.text() };
    }
    const value: unknown = await r[read]();
    return value instanceof ArrayBuffer ? [...new Uint8Array(value)] : value instanceof Uint8Array ? [...value] : value;
  });
  const usedAfter = r.bodyUsed;
  const again = await outcome(() => r.text());
  return { meta, headers, usedBefore, first, usedAfter, again };
}

const HEADER_CASES: [string, (k: Kind) => Headers][] = [
  ['a record with mixed case, combined duplicates and Set-Cookie', (k) => new k.Headers({ 'Content-Type': 'text/plain', 'X-A': '1', 'x-a': '2', 'Set-Cookie': 'a=1' })],
  ['pairs with two Set-Cookie values', (k) => new k.Headers([['set-cookie', 'a=1; Path=/'], ['Set-Cookie', 'b=2'], ['x-b', '']])],
  ['append, set and delete in turn', (k) => {
    const h = new k.Headers();
    h.append('X-A', '1');
    h.append('x-a', '2');
    h.set('Set-Cookie', 'a=1');
    h.append('set-cookie', 'b=2');
    h.set('Content-Type', 'application/json');
    h.delete('x-a');
    h.append('X-A', 'é');
    return h;
  }],
  ['a copy of another Headers', (k) => new k.Headers(new k.Headers({ 'X-A': '1', 'Set-Cookie': 'c=3' }))],
  ['values with white space at either end', (k) => new k.Headers({ 'X-A': '  padded\t', 'X-B': ' ' })],
  ['a value set with white space once built', (k) => {
    const h = new k.Headers({ 'X-A': '1' });
    h.set('X-B', ' 2 ');
    h.append('X-A', '3');
    return h;
  }],
  ['an invalid name', (k) => new k.Headers({ 'bad name': '1' })],
  ['a value with a line break', (k) => new k.Headers({ 'X-A': 'a\nb' })],
  ['a value beyond Latin-1', (k) => new k.Headers({ 'X-A': '€' })],
  ['an invalid name set once built', (k) => {
    const h = new k.Headers();
    h.set('bad name', '1');
    return h;
  }],
  ['a pair of three', (k) => new k.Headers([['a', 'b', 'c']] as unknown as [string, string][])],
];

describe('LightHeaders', () => {
  it.each(HEADER_CASES)('gives what Headers gives for %s', async (_, make) => {
    const seen = (k: Kind) => outcome(() => headersSeen(make(k)));
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });

  it('answers get and has for a name Headers would refuse as Headers does', async () => {
    const seen = (k: Kind) => outcome(() => new k.Headers({ a: '1' }).get('bad name'));
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });
});

type Read = Parameters<typeof bodySeen>[1];
const RESPONSE_CASES: [string, (k: Kind) => Response, Read][] = [
  ['a string', (k) => new k.Response('hello'), 'text'],
  ['JSON with a status and headers', (k) => new k.Response('{"a":[1,2]}', { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } }), 'json'],
  ['invalid JSON', (k) => new k.Response('{"a":', { headers: { 'Content-Type': 'application/json' } }), 'json'],
  ['a 304 without a body', (k) => new k.Response(null, { status: 304, headers: { ETag: '"v1"', 'Cache-Control': 'max-age=60' } }), 'text'],
  ['bytes with light or real Headers', (k) => new k.Response(Uint8Array.of(1, 2, 255), { headers: new k.Headers([['content-type', 'image/png']]) }), 'arrayBuffer'],
  ['a Buffer from a pooled slab', (k) => new k.Response(Buffer.from('pooled'), { status: 200 }), 'arrayBuffer'],
  ['bytes starting with a BOM', (k) => new k.Response(Buffer.from('\ufeff\ufeffboth')), 'text'],
  ['a string starting with a BOM', (k) => new k.Response('\ufeffx'), 'text'],
  ['a lone surrogate', (k) => new k.Response('a\ud800b'), 'bytes'],
  ['nothing', (k) => new k.Response(), 'text'],
  ['a text/calendar body', (k) => new k.Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { status: 200, headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="p.ics"' } }), 'text'],
  ['a body read as a stream', (k) => new k.Response('streamed'), 'stream'],
  ['a body read as a blob', (k) => new k.Response('blob', { headers: { 'Content-Type': 'text/plain' } }), 'blob'],
  ['a status text', (k) => new k.Response('x', { statusText: 'Fine' }), 'text'],
  ['a 204 with a body', (k) => new k.Response('x', { status: 204 }), 'text'],
  ['status 99', (k) => new k.Response('x', { status: 99 }), 'text'],
  ['an invalid header', (k) => new k.Response('x', { headers: { 'X-A': 'a\r\nb' } }), 'text'],
];

describe('LightResponse', () => {
  it.each(RESPONSE_CASES)('gives what Response gives for %s', async (_, make, read) => {
    const seen = async (k: Kind) => {
      const made = await outcome(() => make(k));
      return 'error' in made ? made : bodySeen(made.value as Response, read);
    };
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });

  it('keeps headers set after it was made, and a clone carries them and its body', async () => {
    const seen = async (k: Kind) => {
      const r = new k.Response('first', { headers: { 'X-A': '1' } });
      r.headers.set('X-B', '2');
      r.headers.delete('content-type');
      const copy = r.clone();
      return { copy: await bodySeen(copy, 'text'), original: await bodySeen(r, 'text') };
    };
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });

  it('is a Response to instanceof, and a real Response is one too', () => {
    expect(new LightResponse('x')).toBeInstanceOf(LightResponse);
    expect(new REAL.Response('x')).toBeInstanceOf(LightResponse);
    expect(new LightRequest('https://a.example/')).not.toBeInstanceOf(LightResponse);
  });
});

const REQUEST_CASES: [string, (k: Kind) => Request, Read][] = [
  ['a GET with a query to normalize', (k) => new k.Request('https://Example.com/a/../b?x=1 2&y=%20', { method: 'GET', headers: new k.Headers({ Host: 'example.com' }) }), 'text'],
  ['a POST with a JSON Buffer body', (k) => new k.Request('https://example.com/api/plans', { method: 'POST', headers: new k.Headers({ 'content-type': 'application/json', 'content-length': '9' }), body: Buffer.from('{"a":"é"}') }), 'json'],
  ['a POST read as a stream', (k) => new k.Request('https://example.com/', { method: 'POST', body: 'streamed' }), 'stream'],
  ['a PUT with a string body', (k) => new k.Request('https://example.com/', { method: 'PUT', body: 'text' }), 'arrayBuffer'],
  ['a GET with a body', (k) => new k.Request('https://example.com/', { method: 'GET', body: 'x' }), 'text'],
  ['a lower-case method', (k) => new k.Request('https://example.com/', { method: 'post', body: 'x' }), 'text'],
  ['a forbidden method', (k) => new k.Request('https://example.com/', { method: 'CONNECT' }), 'text'],
  ['an invalid URL', (k) => new k.Request('https://exa mple.com/'), 'text'],
  ['a URL with credentials', (k) => new k.Request('https://user:pw@example.com/'), 'text'],
  ['an invalid header', (k) => new k.Request('https://example.com/', { headers: { 'X-A': '\0' } }), 'text'],
];

describe('LightRequest', () => {
  it.each(REQUEST_CASES)('gives what Request gives for %s', async (_, make, read) => {
    const seen = async (k: Kind) => {
      const made = await outcome(() => make(k));
      return 'error' in made ? made : bodySeen(made.value as Request, read);
    };
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });

  it('reads the body after its stream was handed out but not read, and refuses it once the stream was read', async () => {
    const seen = async (k: Kind) => {
      const handedOut = new k.Request('https://example.com/', { method: 'POST', body: 'once' });
      const stream = handedOut.body;
      const read = new k.Request('https://example.com/', { method: 'POST', body: 'twice' });
      await read.body!.getReader().read();
      return { text: await handedOut.text(), same: stream === handedOut.body, again: await outcome(() => read.text()), used: read.bodyUsed };
    };
    expect(await seen(LIGHT)).toEqual(await seen(REAL));
  });

  it('gives the members it does not carry from a real Request', () => {
    const light = new LightRequest('https://example.com/', { method: 'POST', body: 'x' }) as unknown as Request;
    expect({ duplex: (light as Request & { duplex: string }).duplex, mode: light.mode, aborted: light.signal.aborted }).toEqual({ duplex: 'half', mode: 'cors', aborted: false });
    const copy = new LightRequest(light, { method: 'PUT' });
    expect(copy).toBeInstanceOf(REAL.Request);
    expect({ url: copy.url, method: copy.method }).toEqual({ url: 'https://example.com/', method: 'PUT' });
    const fromReal = new LightRequest(new REAL.Request('https://example.com/r', { method: 'POST', body: 'x' }), { body: 'y' }) as unknown as Request;
    expect({ url: fromReal.url, method: fromReal.method, real: fromReal instanceof REAL.Request }).toEqual({ url: 'https://example.com/r', method: 'POST', real: true });
  });
});

/** An app with a route for each kind of answer the API gives. */
function testApp() {
  return new Hono()
    .use(bodyLimit({ maxSize: 1024 }))
    .get('/query', (c) => c.json({ query: c.req.queries(), cookie: c.req.header('Cookie') ?? null, all: c.req.header() }, 200, { 'Cache-Control': 'max-age=60' }))
    .post('/echo', async (c) => c.json(await c.req.json(), 201, { 'X-A': '1', 'X-B': '2' }))
    .post('/binary', async (c) => c.body(new Uint8Array(await c.req.arrayBuffer()).reverse(), 200, { 'Content-Type': 'image/png' }))
    .get('/cookies', (c) => {
      c.header('Set-Cookie', 'a=1; Path=/', { append: true });
      c.header('Set-Cookie', 'b=2; HttpOnly', { append: true });
      return c.text('cookies');
    })
    .get('/etag', (c) => (c.req.header('If-None-Match') === '"v1"' ? c.body(null, 304, { ETag: '"v1"' }) : c.json({ fresh: true }, 200, { ETag: '"v1"' })))
    .get('/problem', (c) => sendProblem(c, problemOf(404, 'There is no such thing.')))
    .get('/calendar', (c) => c.body('BEGIN:VCALENDAR\r\nSUMMARY:Día\r\nEND:VCALENDAR\r\n', 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="plan.ics"' }))
    .get('/throws', () => {
      throw new Error('boom');
    });
}

/** A payload 2.0 event as API Gateway sends one. */
function event(method: string, rawPath: string, init: Partial<HttpApiEvent> = {}): HttpApiEvent {
  return { rawPath, rawQueryString: '', headers: { host: 'api.example', 'user-agent': 'test' }, requestContext: { domainName: 'api.example', http: { method } }, ...init };
}

const EVENTS: [string, HttpApiEvent][] = [
  ['a GET with a repeated query parameter and cookies', event('GET', '/query', { rawQueryString: 'a=1&a=2&b=%20x', cookies: ['s=1', 't=2'], headers: { host: 'api.example', 'x-name': 'José' } })],
  ['a POST of JSON', event('POST', '/echo', { headers: { 'content-type': 'application/json' }, body: '{"startDate":"2027-01-04","language":"es"}' })],
  ['a POST of invalid JSON', event('POST', '/echo', { headers: { 'content-type': 'application/json' }, body: '{"startDate":' })],
  ['a base64 body answered in binary', event('POST', '/binary', { headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 1, 2, 250]).toString('base64'), isBase64Encoded: true })],
  ['a body over the limit', event('POST', '/echo', { headers: { 'content-type': 'application/json' }, body: `"${'x'.repeat(2000)}"` })],
  ['an answer setting two cookies', event('GET', '/cookies')],
  ['a conditional GET answered 304', event('GET', '/etag', { headers: { 'if-none-match': '"v1"' } })],
  ['a GET answered 200 with an ETag', event('GET', '/etag')],
  ['a HEAD', event('HEAD', '/etag')],
  ['a problem', event('GET', '/problem')],
  ['a calendar', event('GET', '/calendar')],
  ['an unknown path', event('GET', '/nowhere')],
  ['a handler that throws', event('GET', '/throws')],
  ['a header value with a line break', event('GET', '/query', { headers: { 'x-a': 'a\nb' } })],
  ['a GET with a body', event('GET', '/query', { body: 'x' })],
];

describe('the adapter with the light classes installed', () => {
  const real = new Map<string, HttpApiResult>();
  const light = new Map<string, HttpApiResult>();
  beforeAll(async () => {
    const answer = handleHttpApi(testApp());
    for (const [name, e] of EVENTS) real.set(name, await answer(e, {}));
    installLightFetch();
    const lightAnswer = handleHttpApi(testApp());
    for (const [name, e] of EVENTS) light.set(name, await lightAnswer(e, {}));
  });

  it('builds light objects once installed, and leaves globalThis with the real classes', () => {
    expect(new Response('x')).toBeInstanceOf(LightResponse);
    expect(globalThis.Response).toBe(REAL.Response);
  });

  it.each(EVENTS.map(([name]) => name))('answers %s exactly as with the real classes', (name) => {
    expect(light.get(name)).toEqual(real.get(name));
  });
});

describe('a first request in a fresh Node process', () => {
  it('is answered without loading undici', () => {
    const script = `
      import { installLightFetch } from ${JSON.stringify(path.join(ROOT, 'functions/edges/light-fetch.ts'))};
      import { handleHttpApi } from ${JSON.stringify(path.join(ROOT, 'functions/edges/http-api.ts'))};
      import { Hono } from 'hono/tiny';
      import { bodyLimit } from 'hono/body-limit';
      installLightFetch();
      const app = new Hono().use(bodyLimit({ maxSize: 1024 }))
        .get('/a', (c) => c.json({ ok: true }, 200, { 'Cache-Control': 'max-age=60', ETag: '"1"' }))
        .post('/b', async (c) => c.json(await c.req.json(), 201));
      const answer = handleHttpApi(app);
      const event = (method, rawPath, body) => ({ rawPath, headers: { 'content-type': 'application/json' }, requestContext: { domainName: 'x', http: { method } }, body });
      const results = [await answer(event('GET', '/a'), {}), await answer(event('POST', '/b', '{"n":1}'), {})];
      console.log(JSON.stringify({ statuses: results.map((r) => r.statusCode), undici: process.moduleLoadList.some((m) => m.includes('undici')) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ statuses: [200, 201], undici: false });
  });
});

describe('the light Fetch file', () => {
  it('ships beside every Lambda, under the name lambda-handler.ts loads it by (its source with .mjs)', () => {
    expect(Object.values(ROUTE_GROUPS).filter((g) => !g.lazyFiles.some((l) => l === LIGHT_FETCH_FILE))).toEqual([]);
    expect(LIGHT_FETCH_FILE).toEqual({ source: 'functions/edges/light-fetch.ts', file: 'light-fetch.mjs' });
  });
});

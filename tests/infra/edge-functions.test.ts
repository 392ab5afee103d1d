/**
 * The CloudFront Functions, executed: their source strings (the exact code deployed; stack.test.ts
 * and trust.test.ts check the template carries these strings) run in a fresh VM context on events
 * shaped as CloudFront's documented viewer-request and viewer-response events.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { API_VIEWER_REQUEST_FUNCTION, FUNCTION_CODE_LIMIT, LOCALE_NOT_FOUND_PAGES, NOT_FOUND_PAGE, pageRequestFunction, pageResponseFunction } from '../../infra/edge-functions.ts';
import { FAKE_SITE_FILES } from './synth.ts';

type Headers = Record<string, { value: string }>;
type Request = { method: string; uri: string; querystring: Record<string, unknown>; headers: Headers; cookies: Record<string, unknown> };
type Response = { statusCode: number; statusDescription?: string; headers: Headers; cookies?: Record<string, unknown> };

const DOMAIN = 'd111111abcdef8.cloudfront.net';

/** Loads a function's source as CloudFront does: a script whose `handler` is called with the event. */
function load<R>(code: string): (event: unknown) => R {
  return runInNewContext(`${code}; handler`) as (event: unknown) => R;
}

function context(eventType: 'viewer-request' | 'viewer-response') {
  return { distributionDomainName: DOMAIN, distributionId: 'EDFDVBD6EXAMPLE', eventType, requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==' };
}

function request(uri: string, querystring: Record<string, unknown> = {}, headers: Headers = {}): Request {
  return { method: 'GET', uri, querystring, headers: { host: { value: DOMAIN }, ...headers }, cookies: {} };
}

const pageRequest = load<Request | Response>(pageRequestFunction(FAKE_SITE_FILES));
const pageResponse = load<Response>(pageResponseFunction(FAKE_SITE_FILES));

const viewerRequest = (uri: string, querystring?: Record<string, unknown>) =>
  pageRequest({ version: '1.0', context: context('viewer-request'), viewer: { ip: '198.51.100.11' }, request: request(uri, querystring) });

/** The status the viewer gets for `uri`, the origin having answered `originStatus`; `seen` is the path the response event carries. */
function viewerStatus(uri: string, originStatus = 200, seen: 'viewer path' | 'rewritten path' = 'viewer path'): number {
  const forwarded = viewerRequest(uri) as Request;
  const response = pageResponse({
    version: '1.0',
    context: context('viewer-response'),
    viewer: { ip: '198.51.100.11' },
    request: request(seen === 'viewer path' ? uri : forwarded.uri),
    response: { statusCode: originStatus, statusDescription: 'OK', headers: { 'content-type': { value: 'text/html' } }, cookies: {} },
  });
  return response.statusCode;
}

describe('page viewer request', () => {
  it.each([
    ['/', '/index.html'],
    ['/roles/', '/roles/index.html'],
    ['/roles/medical-coder/', '/roles/medical-coder/index.html'],
  ])('serves the page %s from %s', (uri, served) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: served });
  });

  it.each(['/_astro/index.abc123.css', '/favicon.svg', '/robots.txt', '/roles/index.html'])('passes the built file %s through unchanged', (uri) => {
    expect(viewerRequest(uri)).toMatchObject({ uri });
  });

  it.each(['/nope/', '/roles/nobody/', '/_astro/gone.123.js', '/nope', '/roles/nobody', '/roles/index.htm', '/favicon.svg/'])('serves the unknown path %s from the 404 page', (uri) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: NOT_FOUND_PAGE });
  });

  it.each([
    ['/es/', '/es/index.html'],
    ['/es/roles/medical-coder/', '/es/roles/medical-coder/index.html'],
  ])('serves the Spanish page %s from %s', (uri, served) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: served });
  });

  it.each(['/es/nope/', '/es/roles/nobody/', '/es/favicon.svg', '/es/_astro/index.abc123.css'])('serves the unknown Spanish path %s from the Spanish 404 page', (uri) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: LOCALE_NOT_FOUND_PAGES['/es'] });
  });

  it('serves a translated file that is not a page (a Spanish share image) as it is', () => {
    expect(viewerRequest('/es/og/home.png')).toMatchObject({ uri: '/es/og/home.png' });
    expect(viewerStatus('/es/og/home.png')).toBe(200);
  });

  it('keeps a path that only starts like a locale (/esx/) English', () => {
    expect(viewerRequest('/esx/')).toMatchObject({ uri: NOT_FOUND_PAGE });
  });

  it('redirects /plan to /plan/ and keeps the query string', () => {
    expect(viewerRequest('/plan', { id: { value: 'abc' }, tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b' }] } })).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: '/plan/?id=abc&tag=a&tag=b' } },
    });
  });

  it('redirects a page path without its trailing slash to the page', () => {
    expect(viewerRequest('/roles/medical-coder')).toMatchObject({ statusCode: 301, headers: { location: { value: '/roles/medical-coder/' } } });
  });

  it.each(['//evil.example', '//evil', '/\\evil'])('never turns %s into a redirect to another host', (uri) => {
    expect(viewerRequest(uri)).not.toHaveProperty('statusCode');
  });

  it.each(['/api/plans/abc', '/api/guides', '/api/nope/', '/api'])('never rewrites %s', (uri) => {
    expect(viewerRequest(uri)).toEqual(request(uri));
  });
});

describe('page viewer response', () => {
  it.each(['viewer path', 'rewritten path'] as const)('answers an unknown page with the 404 page and status 404 (response event carrying the %s)', (seen) => {
    expect(viewerStatus('/nope/', 200, seen)).toBe(404);
    expect(viewerStatus('/roles/nobody', 200, seen)).toBe(404);
    expect(viewerStatus('/_astro/gone.123.js', 200, seen)).toBe(404);
  });

  it.each(['viewer path', 'rewritten path'] as const)('leaves a known page, index document or file at 200 (response event carrying the %s)', (seen) => {
    for (const uri of ['/', '/roles/', '/roles/medical-coder/', '/roles/index.html', '/favicon.svg']) expect(viewerStatus(uri, 200, seen), uri).toBe(200);
  });

  it('answers the 404 pages themselves with status 404, and a Spanish page with 200', () => {
    expect(viewerStatus(NOT_FOUND_PAGE)).toBe(404);
    expect(viewerStatus('/es/nope/', 200, 'rewritten path')).toBe(404);
    expect(viewerStatus('/es/nope/')).toBe(404);
    expect(viewerStatus('/es/roles/medical-coder/')).toBe(200);
  });

  it("keeps a 304 as 304, so a browser's stored 404 page stays a 404", () => {
    expect(viewerStatus('/nope/', 304)).toBe(304);
  });

  it.each([200, 404, 405, 500, 503])('passes an /api/* answer with status %i through untouched', (status) => {
    const response = { statusCode: status, statusDescription: 'x', headers: { 'content-type': { value: 'application/problem+json' } }, cookies: {} };
    const event = { version: '1.0', context: context('viewer-response'), viewer: { ip: '198.51.100.11' }, request: request('/api/nope'), response: structuredClone(response) };
    expect(pageResponse(event)).toEqual(response);
  });
});

describe('api viewer request', () => {
  const apiRequest = load<Request>(API_VIEWER_REQUEST_FUNCTION);
  const run = (headers: Headers) =>
    apiRequest({ version: '1.0', context: context('viewer-request'), viewer: { ip: '198.51.100.11' }, request: request('/api/plans/x/calendar.ics', {}, headers) });

  it("tells the API the site's origin from the distribution's own domain name", () => {
    expect(run({}).headers['x-site-origin']).toEqual({ value: `https://${DOMAIN}` });
  });

  it('replaces a site origin a client sent and drops its X-Origin-Verify and X-Forwarded-Host', () => {
    const headers = run({ 'x-site-origin': { value: 'https://evil.example' }, 'x-origin-verify': { value: 'guess' }, 'x-forwarded-host': { value: 'evil.example' } }).headers;
    expect(headers['x-site-origin']).toEqual({ value: `https://${DOMAIN}` });
    expect(headers).not.toHaveProperty('x-origin-verify');
    expect(headers).not.toHaveProperty('x-forwarded-host');
  });

  it('leaves the path, query and other headers as they were', () => {
    const forwarded = run({ 'content-type': { value: 'application/json' } });
    expect(forwarded.uri).toBe('/api/plans/x/calendar.ics');
    expect(forwarded.headers['content-type']).toEqual({ value: 'application/json' });
  });
});

describe('code size', () => {
  const pages = (n: number) => Array.from({ length: n }, (_, i) => `/certifications/certification-number-${i}/index.html`);

  it(`keeps both page functions under CloudFront's ${FUNCTION_CODE_LIMIT} bytes for a site of 150 pages`, () => {
    expect(Buffer.byteLength(pageRequestFunction(pages(150)))).toBeLessThan(FUNCTION_CODE_LIMIT);
    expect(Buffer.byteLength(pageResponseFunction(pages(150)))).toBeLessThan(FUNCTION_CODE_LIMIT);
  });

  it('refuses to synthesize a function over the limit, saying why', () => {
    expect(() => pageRequestFunction(pages(400))).toThrow(/over CloudFront's 10240/);
    expect(() => pageResponseFunction(pages(400))).toThrow(/over CloudFront's 10240/);
  });
});

/**
 * The real Lambda entries (`handler` of functions/edges/lambda-*.ts), called with API Gateway HTTP
 * API payload 2.0 events as API Gateway sends them (lower-case headers, `cookies` apart, the raw
 * query string beside the comma-joined parameters, base64 bodies) against dynalite, configured by
 * the environment the stack sets: DYNAMODB_ENDPOINT, TABLE_NAME, ORIGIN_VERIFY_SECRET, RATE_KEY_SECRET, SITE_ORIGIN.
 */
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';

const ORIGIN_SECRET = 'origin-secret-set-by-the-stack';
const ENV = { ORIGIN_VERIFY_SECRET: ORIGIN_SECRET, RATE_KEY_SECRET: 'rate-key-set-by-the-stack-32-chars', SITE_ORIGIN: 'https://configured.example' };

let api: TestApi;
const saved: Record<string, string | undefined> = {};
type Handler = (event: LambdaEvent, context: LambdaContext) => Promise<Result>;
let reference: Handler;
let plans: Handler;
let guides: Handler;

beforeAll(async () => {
  api = await startTestApi();
  const env = { ...ENV, DYNAMODB_ENDPOINT: api.dynamo.endpoint, TABLE_NAME: api.tableName };
  for (const [name, value] of Object.entries(env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  // Imported after the environment is set, as Lambda loads them; each builds its app on its first event.
  reference = (await import('../../functions/edges/lambda-reference.ts')).handler;
  plans = (await import('../../functions/edges/lambda-plans.ts')).handler;
  guides = (await import('../../functions/edges/lambda-guides.ts')).handler;
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await api.close();
});

/** What the handler answers API Gateway. */
interface Result {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
  cookies?: string[];
}

const CONTEXT = { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678', functionName: 'test', functionVersion: '$LATEST', invokedFunctionArn: 'arn', memoryLimitInMB: '256', logGroupName: 'g', logStreamName: 's', getRemainingTimeInMillis: () => 3_000, callbackWaitsForEmptyEventLoop: false } as unknown as LambdaContext;

interface EventInit {
  method?: string;
  /** Path and raw query string, e.g. /api/salaries?role=a&role=b. */
  url: string;
  headers?: Record<string, string>;
  cookies?: string[];
  body?: string;
  base64?: boolean;
  /** Send the origin secret and CloudFront's headers, as a request through CloudFront arrives. */
  viaCloudFront?: boolean | { viewer?: string; siteOrigin?: string };
  sourceIp?: string;
}

/** An API Gateway HTTP API (payload format 2.0) event, as the service builds it. */
function event({ method = 'GET', url, headers = {}, cookies, body, base64 = false, viaCloudFront = true, sourceIp = '130.176.0.10' }: EventInit): LambdaEvent {
  const [path = '/', rawQueryString = ''] = url.split('?');
  const params = new URLSearchParams(rawQueryString);
  const joined: Record<string, string> = {};
  // API Gateway joins a repeated parameter's values with commas here; the raw query string keeps them apart.
  for (const [name, value] of params) joined[name] = name in joined ? `${joined[name]},${value}` : value;
  const cloudFront = viaCloudFront
    ? {
        'x-origin-verify': ORIGIN_SECRET,
        'cloudfront-viewer-address': (typeof viaCloudFront === 'object' && viaCloudFront.viewer) || '198.51.100.20:51234',
        'x-site-origin': (typeof viaCloudFront === 'object' && viaCloudFront.siteOrigin) || 'https://coding.example.org',
        via: '2.0 abcdef.cloudfront.net (CloudFront)',
        'x-amz-cf-id': 'zb1sYp1XfQ-XXXXXXXXXXXXXXXXXXXXXXXX==',
      }
    : {};
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers: {
      accept: '*/*',
      host: 'abc123.execute-api.us-east-1.amazonaws.com',
      'user-agent': 'Amazon CloudFront',
      'x-forwarded-for': `198.51.100.20, ${sourceIp}`,
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...(body !== undefined ? { 'content-length': String(base64 ? Buffer.from(body, 'base64').length : Buffer.byteLength(body)) } : {}),
      ...cloudFront,
      ...lower,
    },
    ...(rawQueryString ? { queryStringParameters: joined } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp, userAgent: 'Amazon CloudFront' },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: '$default',
      stage: '$default',
      time: '27/Nov/2026:10:00:00 +0000',
      timeEpoch: 1_795_773_600_000,
    },
    ...(body !== undefined ? { body, isBase64Encoded: base64 } : { isBase64Encoded: false }),
  } as unknown as LambdaEvent;
}

const json = <T = Record<string, unknown>>(result: Result): T => JSON.parse(result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body) as T;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

describe('the origin header', () => {
  it('present: the reference entry answers with JSON', async () => {
    const result = await reference(event({ url: '/api/roles' }), CONTEXT);
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expect(json<{ items: unknown[] }>(result).items.length).toBeGreaterThan(0);
  });

  it.each([
    ['reference', '/api/roles', 'GET'],
    ['plans', '/api/plans/preview', 'POST'],
    ['guides', '/api/guides', 'POST'],
  ])('absent: the %s entry answers %s with a 403 problem, whatever else the request says', async (entry, url, method) => {
    const handler = { reference, plans, guides }[entry]!;
    const body = method === 'GET' ? {} : { headers: { 'Content-Type': 'application/json' }, body: '{}' };
    const result = await handler(event({ method, url, viaCloudFront: false, ...body, headers: { 'CloudFront-Viewer-Address': '203.0.113.1:1', ...body.headers } }), CONTEXT);
    expect(result.statusCode).toBe(403);
    expect(result.headers['content-type']).toBe('application/problem+json');
  });
});

describe('repeated query parameters', () => {
  it('are seen from the raw query string and refused by name, not merged with commas', async () => {
    const result = await reference(event({ url: '/api/salaries?role=medical-coder&role=medical-records-director&area=TX' }), CONTEXT);
    expect(result.statusCode).toBe(400);
    expect(json<{ errors: { name: string }[] }>(result).errors.map((e) => e.name)).toEqual(['role']);
  });

  it('leave a single comma list alone', async () => {
    const result = await reference(event({ url: '/api/salaries/compare?role=medical-coder&areas=US,TX' }), CONTEXT);
    expect(result.statusCode).toBe(200);
  });
});

describe('base64 bodies and cookies', () => {
  const GUIDE = { title: 'Rôles en codage — guía', roles: ['medical-coder'], area: 'TX', note: 'Línea uno\nLínea dos' };

  it('create a guide from a base64 UTF-8 body with cookies on the event, and read it back byte for byte', async () => {
    const created = await guides(event({ method: 'POST', url: '/api/guides', headers: { 'content-type': 'application/json' }, cookies: ['theme=dark', 'session=abc'], body: b64(GUIDE), base64: true }), CONTEXT);
    expect(created.statusCode).toBe(201);
    // Nothing in the API sets cookies.
    expect(created.cookies ?? []).toEqual([]);
    const { id, guide } = json<{ id: string; guide: typeof GUIDE }>(created);
    expect(guide).toEqual(GUIDE);
    const read = await guides(event({ url: `/api/guides/${id}`, cookies: ['theme=dark'] }), CONTEXT);
    expect(read.statusCode).toBe(200);
    expect(json<{ guide: typeof GUIDE }>(read).guide).toEqual(GUIDE);
  });

  it('refuse a base64 body over 16 KB with the 413 problem', async () => {
    const result = await plans(event({ method: 'POST', url: '/api/plans/preview', headers: { 'content-type': 'application/json' }, body: b64({ startDate: '2027-01-04', title: 'x'.repeat(20_000) }), base64: true }), CONTEXT);
    expect(result.statusCode).toBe(413);
    expect(result.headers['content-type']).toBe('application/problem+json');
  });

  it('refuse a base64 body that is not UTF-8 JSON with a 400 naming the body', async () => {
    const result = await plans(event({ method: 'POST', url: '/api/plans/preview', headers: { 'content-type': 'application/json' }, body: Buffer.from([0xff, 0xfe, 0x7b]).toString('base64'), base64: true }), CONTEXT);
    expect(result.statusCode).toBe(400);
  });
});

describe('what CloudFront vouches for', () => {
  it('the calendar links to X-Site-Origin, and comes back as text, not base64', async () => {
    const created = await plans(event({ method: 'POST', url: '/api/plans', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ startDate: '2027-01-04' }) }), CONTEXT);
    expect(created.statusCode).toBe(201);
    const { id } = json<{ id: string }>(created);
    const ics = await plans(event({ url: `/api/plans/${id}/calendar.ics`, headers: { 'x-forwarded-host': 'evil.example' } }), CONTEXT);
    expect(ics.statusCode).toBe(200);
    expect(ics.isBase64Encoded).toBe(false);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body).toContain(`URL:https://coding.example.org/plan/?id=${id}`);
    expect(ics.body).not.toContain('evil.example');
  });

  it('the viewer address is the client: viewers behind one CloudFront edge IP are counted apart', async () => {
    const create = (viewer: string) =>
      guides(event({ method: 'POST', url: '/api/guides', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Count me', roles: ['medical-coder'] }), viaCloudFront: { viewer }, sourceIp: '130.176.0.99' }), CONTEXT);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await create('203.0.113.77:40000')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await create('203.0.113.78:40000')).statusCode).toBe(201);
  });

  it('an unknown method on a known path is 405 with Allow', async () => {
    const result = await guides(event({ method: 'POST', url: '/api/guides/AAAAAAAAAAAAAAAAAAAAAA', headers: { 'content-type': 'application/json' }, body: '{}' }), CONTEXT);
    expect(result.statusCode).toBe(405);
    expect(result.headers.allow).toBe('GET, HEAD, PUT, DELETE');
  });
});

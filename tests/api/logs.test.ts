/**
 * The API logs nothing that identifies a person: requests carrying a marked client address (IPv4 and
 * IPv6), a marked note and title, a real and a wrong edit token go through the real Lambda entries
 * (as CloudFront sends them) and the local server's app, and everything written to the console,
 * stdout or stderr meanwhile is searched for the marks. (The API Gateway access log's fields are
 * checked in tests/infra/alarms.test.ts.)
 */
import { format } from 'node:util';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { createLocalApp } from '../../functions/edges/server.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const ORIGIN_SECRET = 'origin-secret-for-the-log-test';
const ADDRESS_4 = '203.0.113.77';
const ADDRESS_6 = '2001:db8:feed:beef::77';
const NOTE = 'NOTE-MARK Maria Lopez, asthma, call 555-0199';
const TITLE = 'TITLE-MARK for Maria';
const WRONG_TOKEN = 'WRONGTOKENMARK_abcdefghijklmnopqrstuvwxyz012345';

let api: TestApi;
const env: Record<string, string | undefined> = {};
type Handler = (event: LambdaEvent, context: LambdaContext) => Promise<{ statusCode: number; body: string }>;
let plans: Handler;
let guides: Handler;
/** Everything logged while the requests ran. */
const logged: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  const set = { ORIGIN_VERIFY_SECRET: ORIGIN_SECRET, RATE_KEY_SECRET: 'rate-key-for-the-log-test-32-chars', SITE_ORIGIN: 'https://site.example', DYNAMODB_ENDPOINT: api.dynamo.endpoint, TABLE_NAME: api.tableName };
  for (const [name, value] of Object.entries(set)) {
    env[name] = process.env[name];
    process.env[name] = value;
  }
  plans = (await import('../../functions/edges/lambda-plans.ts')).handler;
  guides = (await import('../../functions/edges/lambda-guides.ts')).handler;
});
afterAll(async () => {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await api.close();
});

const CONTEXT = { awsRequestId: 'log-test', functionName: 'test', getRemainingTimeInMillis: () => 3_000 } as unknown as LambdaContext;

/** An API Gateway HTTP API 2.0 event as CloudFront's request arrives, from `viewer`. */
function event(method: string, path: string, viewer: string, body?: string, headers: Record<string, string> = {}): LambdaEvent {
  const all = {
    host: 'abc.execute-api.us-east-1.amazonaws.com',
    'x-origin-verify': ORIGIN_SECRET,
    'cloudfront-viewer-address': viewer.includes(':') ? `[${viewer}]:443` : `${viewer}:51234`,
    'x-forwarded-for': viewer,
    ...(body ? { 'content-type': 'application/json' } : {}),
    ...headers,
  };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: all,
    requestContext: {
      accountId: '1',
      apiId: 'abc',
      domainName: all.host,
      domainPrefix: 'abc',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: viewer, userAgent: 'log-test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...(body === undefined ? {} : { body, isBase64Encoded: false }),
    isBase64Encoded: false,
  } as unknown as LambdaEvent;
}

/** Capture every console call and every write to stdout and stderr while `run` runs. */
async function capturing(run: () => Promise<void>) {
  const spies = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(format(...args)))),
    ...[process.stdout, process.stderr].map((stream) => vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (logged.push(String(chunk)), true))),
  ];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('what the API logs', () => {
  it('holds no client address, edit token, note or title of any request, whatever it answers', async () => {
    const statuses: number[] = [];
    const tokens: string[] = [];
    await capturing(async () => {
      // The capture itself works.
      console.error('control line');
      for (const viewer of [ADDRESS_4, ADDRESS_6]) {
        const guide = JSON.stringify({ title: TITLE, note: NOTE, roles: ['medical-coder'], area: 'TX' });
        const created = await guides(event('POST', '/api/guides', viewer, guide), CONTEXT);
        statuses.push(created.statusCode);
        const { id, editToken } = JSON.parse(created.body) as { id: string; editToken: string };
        tokens.push(editToken);
        const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'if-match': '"1"' });
        for (const [method, path, body, headers] of [
          ['GET', `/api/guides/${id}`, undefined, {}],
          ['PUT', `/api/guides/${id}`, guide, auth(WRONG_TOKEN)],
          ['PUT', `/api/guides/${id}`, `{"title": "${TITLE}", "note": "${NOTE}", `, auth(editToken)],
          ['PUT', `/api/guides/${id}`, JSON.stringify({ title: TITLE, note: `${NOTE} ${'x'.repeat(20_000)}`, roles: ['medical-coder'] }), auth(editToken)],
          ['PUT', `/api/guides/${id}`, JSON.stringify({ title: TITLE, note: NOTE, roles: ['astronaut'] }), auth(editToken)],
          ['PUT', `/api/guides/${id}`, guide, auth(editToken)],
          ['DELETE', `/api/guides/${id}`, undefined, { authorization: `Bearer ${editToken}`, 'if-match': '"2"' }],
          ['GET', `/api/guides/${id}`, undefined, {}],
        ] as const) {
          statuses.push((await guides(event(method, path, viewer, body, headers), CONTEXT)).statusCode);
        }
        const plan = await plans(event('POST', '/api/plans', viewer, JSON.stringify({ startDate: '2027-01-04', title: TITLE })), CONTEXT);
        statuses.push(plan.statusCode);
        const planId = (JSON.parse(plan.body) as { id: string }).id;
        statuses.push((await plans(event('GET', `/api/plans/${planId}/calendar.ics`, viewer), CONTEXT)).statusCode);
        statuses.push((await plans(event('GET', '/api/plans/not-an-id', viewer, undefined, { authorization: `Bearer ${WRONG_TOKEN}` }), CONTEXT)).statusCode);
      }
      // Over the create limit (10 guides per 10 minutes per address): refused, and counted under a keyed hash.
      for (let i = 0; i < 10; i++) statuses.push((await guides(event('POST', '/api/guides', ADDRESS_4, JSON.stringify({ title: TITLE, note: NOTE, roles: ['medical-coder'] })), CONTEXT)).statusCode);
      // The local server's app, with the socket's address as the client's.
      const local = createLocalApp(createApp({ ...createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName }), clientAddress: () => ADDRESS_4 }));
      const res = await local.request('/api/guides', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ADDRESS_6 }, body: JSON.stringify({ title: TITLE, note: NOTE, roles: ['medical-coder'] }) });
      statuses.push(res.status);
      statuses.push((await local.request('/api/guides/AAAAAAAAAAAAAAAAAAAAAA', { method: 'PUT', headers: { Authorization: `Bearer ${WRONG_TOKEN}` } })).status);
    });
    // Every kind of answer was given: created, read, refused, deleted, rate-limited.
    expect(new Set(statuses)).toEqual(new Set([200, 201, 204, 400, 403, 404, 410, 413, 429]));
    const text = logged.join('\n');
    expect(text).toContain('control line');
    expect(tokens).toHaveLength(2);
    for (const mark of [...tokens, ADDRESS_4, ADDRESS_6, '203.0.113', '2001:db8', 'NOTE-MARK', 'Maria', '555-0199', 'TITLE-MARK', 'WRONGTOKENMARK']) expect(text, mark).not.toContain(mark);
  }, 60_000);
});

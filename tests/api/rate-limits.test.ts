/**
 * Create limits that hold: counted in the table (so two app instances over one table share them),
 * keyed by an HMAC of the client (no address stored), IPv6 by /64, after validation (a refused body
 * uses no quota), and not fooled by a CloudFront-Viewer-Address nobody vouched for.
 */
import { describe, expect, it } from 'vitest';
import { lambdaApp } from '../../functions/edges/lambda-handler.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { GUIDE_CREATE_LIMIT } from '../../functions/routes/guides.ts';
import { guidesGroup } from '../../functions/routes/group-guides.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { clientHash, COUNTER_GRACE_SECONDS, createRateCounters, createTableRateLimiter } from '../../functions/store/rate-counters.ts';
import { RATE_PREFIX } from '../../functions/store/keys.ts';
import { scanByPrefix, useTestApi } from '../support/api.ts';

const SECRET = 'a-test-rate-key-of-32-characters';
const LIMIT = GUIDE_CREATE_LIMIT.limit;
const GUIDE = { title: 'Limits', roles: ['medical-coder'], area: 'TX' };

const api = useTestApi();

const config = () => ({ endpoint: api.dynamo.endpoint, tableName: api.tableName });

/** An app as one process or Lambda instance builds it: its own document client, limits counted in the shared table, the client at `address()`. */
function instance(address: () => string, secret: string | Buffer = SECRET) {
  return createApp({ ...createDeps(config(), createDocumentClient(config()), { rateKeySecret: secret }), clientAddress: address });
}

const post = (app: { request: ReturnType<typeof createApp>['request'] }, body: unknown, headers: Record<string, string> = {}, env?: object) =>
  app.request('/api/guides', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } }, env);

const counterItems = () => scanByPrefix(api.client, api.tableName, RATE_PREFIX);

describe('create limits counted in the table', () => {
  it('hold across two app instances over one table: together they allow the limit, then both refuse', async () => {
    const a = instance(() => '198.51.100.1');
    const b = instance(() => '198.51.100.1');
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await post(i % 2 === 0 ? a : b, GUIDE)).status);
    expect(statuses).toEqual(Array<number>(LIMIT).fill(201));
    const refused = await post(b, GUIDE);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await post(a, GUIDE)).status).toBe(429);
    // Another client is counted apart.
    expect((await post(instance(() => '198.51.100.2'), GUIDE)).status).toBe(201);
  });

  it('count only valid creates: refused bodies use no quota', async () => {
    const app = instance(() => '198.51.100.3');
    for (let i = 0; i < LIMIT * 2; i++) expect((await post(app, { ...GUIDE, roles: ['no-such-role'] })).status).toBe(400);
    for (let i = 0; i < LIMIT; i++) expect((await post(app, GUIDE)).status).toBe(201);
    expect((await post(app, GUIDE)).status).toBe(429);
  });

  it('count an IPv6 client by its /64', async () => {
    let address = '2001:db8:aa:bb::1';
    const app = instance(() => address);
    for (let i = 0; i < LIMIT; i++) {
      address = `2001:db8:aa:bb:${i.toString(16)}::${i + 1}`;
      expect((await post(app, GUIDE)).status).toBe(201);
    }
    address = '2001:db8:aa:bb:ffff:ffff:ffff:ffff';
    expect((await post(app, GUIDE)).status).toBe(429);
    address = '2001:db8:aa:bc::1';
    expect((await post(app, GUIDE)).status).toBe(201);
  });

  it('store no address: the key is RATE#<32 hex>#<window start>, with a count and a ttl an hour past the window', async () => {
    const items = await counterItems();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.pk).toMatch(/^RATE#[0-9a-f]{32}#\d+$/);
      expect(item.sk).toBe('COUNT');
      const text = JSON.stringify(item);
      for (const fragment of ['198.51.100', '2001:db8', '2001', 'db8']) expect(text).not.toContain(fragment);
      const windowStart = Number(String(item.pk).split('#')[2]);
      expect(windowStart % GUIDE_CREATE_LIMIT.windowMs).toBe(0);
      expect(item.ttl).toBe((windowStart + GUIDE_CREATE_LIMIT.windowMs) / 1_000 + COUNTER_GRACE_SECONDS);
      expect(item.count).toBeGreaterThan(0);
    }
    // The hash is keyed: without the secret the address cannot be tried against it.
    const ours = `${RATE_PREFIX}${clientHash(SECRET, 'guides', '198.51.100.1')}#`;
    expect(items.some((item) => String(item.pk).startsWith(ours))).toBe(true);
    expect(clientHash('another-secret', 'guides', '198.51.100.1')).not.toBe(clientHash(SECRET, 'guides', '198.51.100.1'));
  });

  it('open a new window at the next multiple of the window length, and say how long until then', async () => {
    let now = 1_800_000_000_000 + 30_000;
    const limiter = createTableRateLimiter({ counters: createRateCounters({ client: api.client, tableName: api.tableName }), secret: SECRET, scope: 'test', limit: 2, windowMs: 60_000, now: () => now });
    expect(await limiter.take('192.0.2.1')).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.take('192.0.2.1')).toEqual({ allowed: true, remaining: 0 });
    expect(await limiter.take('192.0.2.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    expect(await limiter.take('192.0.2.1')).toEqual({ allowed: true, remaining: 1 });
  });
});

describe('a Lambda entry', () => {
  const env = () => ({ DYNAMODB_ENDPOINT: api.dynamo.endpoint, TABLE_NAME: api.tableName, RATE_KEY_SECRET: SECRET });
  const event = (sourceIp: string) => ({ event: { requestContext: { http: { sourceIp } } } });

  it('counts by the event source IP however CloudFront-Viewer-Address is rotated when the origin secret is not checked', async () => {
    const app = lambdaApp(guidesGroup, env());
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT + 2; i++) statuses.push((await post(app, GUIDE, { 'CloudFront-Viewer-Address': `203.0.113.${i}:4${i}000` }, event('192.0.2.50'))).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
  });

  it('refuses a rotated CloudFront-Viewer-Address without the origin secret outright, and trusts it with the secret', async () => {
    const app = lambdaApp(guidesGroup, { ...env(), ORIGIN_VERIFY_SECRET: 'the-origin-secret' });
    for (let i = 0; i < 3; i++) expect((await post(app, GUIDE, { 'CloudFront-Viewer-Address': `203.0.113.${i}:443` }, event('192.0.2.51'))).status).toBe(403);
    expect((await post(app, GUIDE, { 'CloudFront-Viewer-Address': '203.0.113.1:443', 'X-Origin-Verify': 'not-the-secret' }, event('192.0.2.51'))).status).toBe(403);
    const vouched = { 'X-Origin-Verify': 'the-origin-secret' };
    for (let i = 0; i < LIMIT; i++) expect((await post(app, GUIDE, { ...vouched, 'CloudFront-Viewer-Address': `203.0.113.200:${40_000 + i}` }, event('192.0.2.51'))).status).toBe(201);
    expect((await post(app, GUIDE, { ...vouched, 'CloudFront-Viewer-Address': '203.0.113.200:50000' }, event('192.0.2.51'))).status).toBe(429);
    // CloudFront's edge (the event's source IP) is shared by many viewers: with the secret, the viewer is the client.
    expect((await post(app, GUIDE, { ...vouched, 'CloudFront-Viewer-Address': '203.0.113.201:50000' }, event('192.0.2.51'))).status).toBe(201);
  });

  it('fails closed without RATE_KEY_SECRET: creates are 503 problems, reads go on', async () => {
    const app = lambdaApp(guidesGroup, { ...env(), RATE_KEY_SECRET: '' });
    const res = await post(app, GUIDE, {}, event('192.0.2.52'));
    expect(res.status).toBe(503);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await app.request('/api/guides/AAAAAAAAAAAAAAAAAAAAAA', {}, event('192.0.2.52'))).status).toBe(404);
  });
});

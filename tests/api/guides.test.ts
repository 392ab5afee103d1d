import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { AreaCode } from '../../data/schemas.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps, type AppDeps } from '../../functions/routes/deps.ts';
import { guideRole } from '../../functions/domain/guide.ts';
import { newestRow } from '../../functions/domain/salary.ts';
import { hashToken, newId } from '../../functions/http/edit-token.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import type { GuideCreated, GuideInput, GuideView } from '../../functions/contract/guides.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let deps: AppDeps;
let app: ReturnType<typeof createApp>;
/** Creates that reached the store: a refused request must store nothing. */
let stored = 0;

beforeAll(async () => {
  api = await startTestApi();
  const base = createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName });
  deps = {
    ...base,
    guides: { ...base.guides, create: (saved) => (stored++, base.guides.create(saved)) },
    clientAddress: () => '198.51.100.7',
    guideCreateLimiter: createRateLimiter({ limit: 1_000, windowMs: 60_000 }),
  };
  app = createApp(deps);
});
afterAll(() => api.close());

type Problem = { status: number; detail: string; errors?: { name: string; in: string; allowed?: string[] }[]; retryAfterSeconds?: number };
type Created = GuideCreated;

const GUIDE: GuideInput = {
  title: 'Paths into billing and coding',
  counselorName: 'Ms. Rivera',
  organisation: 'Eastside Adult Learning',
  note: 'Start with the coder role.\nAsk me about fee waivers.',
  roles: ['medical-coder', 'medical-billing-specialist', 'medical-records-director'],
  area: 'TX',
};

const send = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});
async function create(body: unknown = GUIDE, target = app, headers: Record<string, string> = {}, env?: object) {
  const res = await target.request('/api/guides', send('POST', body, headers), env);
  return { res, body: (await res.json()) as Created & Problem };
}
const read = async (id: string) => {
  const res = await app.request(`/api/guides/${id}`);
  return { res, body: (await res.json()) as GuideView & Problem };
};
const auth = (token: string, version = 1) => ({ Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` });

/** The pay data/ holds for a role in an area: the newest row with wages. */
function payInData(slug: string, area: AreaCode) {
  const role = dataset.roles.find((r) => r.slug === slug)!;
  return newestRow(dataset.wages.filter((w) => w.soc === role.primarySoc), area)!;
}

describe('POST /api/guides', () => {
  it('creates with 201, a 128-bit id and a 32-byte edit token of which only the SHA-256 is stored', async () => {
    const { res, body } = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(res.headers.get('Location')).toBe(`/api/guides/${body.id}`);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(Buffer.from(body.id, 'base64url')).toHaveLength(16);
    expect(Buffer.from(body.editToken, 'base64url')).toHaveLength(32);
    const raw = await deps.guides.get(body.id);
    expect(raw!.editTokenHash).toBe(hashToken(body.editToken));
    expect(JSON.stringify(raw)).not.toContain(body.editToken);
    expect(raw!.body).toEqual(GUIDE);
  });

  it('accepts the smallest guide: a title and one role, with national pay', async () => {
    const { res, body } = await create({ title: 'Coder', roles: ['medical-coder'] });
    expect(res.status).toBe(201);
    expect(body.area).toBe('US');
    expect(body.roles.map((r) => r.pay?.area)).toEqual(['US']);
  });
});

describe('GET /api/guides/:id', () => {
  it('reads the guide back as written, without the token, with each role in the order chosen', async () => {
    const { body: created } = await create();
    const { res, body } = await read(created.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(body.guide).toEqual(GUIDE);
    expect(body.roles.map((r) => r.slug)).toEqual(GUIDE.roles);
    expect(body).toMatchObject({ area: 'TX', areaName: 'Texas', version: 1 });
    expect(JSON.stringify(body)).not.toContain(created.editToken);
    expect(body).not.toHaveProperty('editTokenHash');
  });

  it('reads a guide stored before credentials became certifications under the new name, and it can be replaced', async () => {
    const id = newId();
    const token = 'a-token-for-an-old-guide';
    const at = '2026-11-01T00:00:00.000Z';
    const old = { ...GUIDE, credentials: ['cpc', 'ccs'] } as unknown as GuideInput;
    await deps.guides.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken(token), body: old });
    const { res, body } = await read(id);
    expect(res.status).toBe(200);
    expect(body.guide).toEqual({ ...GUIDE, certifications: ['cpc', 'ccs'] });
    expect(body.guide).not.toHaveProperty('credentials');
    const put = await app.request(`/api/guides/${id}`, send('PUT', body.guide, auth(token)));
    expect(put.status).toBe(200);
    expect((await read(id)).body.guide.certifications).toEqual(['cpc', 'ccs']);
  });

  it('stores an area as its code however it was written: " tx " reads back as TX', async () => {
    const { body: created } = await create({ ...GUIDE, area: ' tx ' });
    const { body } = await read(created.id);
    expect(body.guide.area).toBe('TX');
    expect(body).toMatchObject({ area: 'TX', areaName: 'Texas' });
  });

  it.each(['TX', 'CA', 'US', 'WY'] as const)('gives every role its pay in %s exactly as data/ holds it, with year and sources', async (area) => {
    const roles = dataset.roles.map((r) => r.slug);
    const { body: created } = await create({ title: `All roles in ${area}`, roles, area });
    const { body } = await read(created.id);
    for (const role of body.roles) {
      const row = payInData(role.slug, area);
      const data = dataset.roles.find((r) => r.slug === role.slug)!;
      expect(role).toMatchObject({ title: data.title, side: data.side, summary: data.summary, credentials: data.credentials });
      expect(role.pay).toMatchObject({ area, year: row.year, annual: row.annual, hourly: row.hourly, soc: data.primarySoc });
      expect(role.pay!.sources.map((s) => s.id)).toEqual(row.sourceIds);
      expect(role.pay!.sources.every((s) => s.vintage && s.publisher)).toBe(true);
    }
  });

  it('falls back to national pay when a state publishes none for the occupation', () => {
    const role = dataset.roles.find((r) => r.slug === 'medical-coder')!;
    const nationalOnly = dataset.wages.filter((w) => w.soc === role.primarySoc && w.area === 'US');
    const view = guideRole(role, undefined, nationalOnly, 'TX', dataset.sources);
    expect(view.pay).toMatchObject({ area: 'US', annual: payInData('medical-coder', 'US').annual });
    expect(guideRole(role, undefined, [], 'TX', dataset.sources).pay).toBeNull();
  });

  it.each(['AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id', '..%2F..%2Fetc'])('answers %s with a 404 problem', async (id) => {
    const { res, body } = await read(id);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors?.[0]?.name).toBe('id');
  });
});

describe('PUT and DELETE /api/guides/:id', () => {
  it('replaces the guide with the right token and version, and bumps the version', async () => {
    const { body: created } = await create();
    const next = { ...GUIDE, title: 'Updated', roles: ['records-analyst'], area: 'CA' as const };
    const res = await app.request(`/api/guides/${created.id}`, send('PUT', next, auth(created.editToken)));
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    const { body } = await read(created.id);
    expect(body).toMatchObject({ version: 2, guide: next, area: 'CA' });
    expect(body.roles[0]!.pay!.annual).toEqual(payInData('records-analyst', 'CA').annual);
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { Authorization: 'Bearer bm90LXRoZS10b2tlbg' }, 403],
    ['the token of another guide', { Authorization: 'OTHER', 'If-Match': '"1"' }, 403],
    ['no If-Match', { Authorization: 'TOKEN' }, 428],
    ['a stale If-Match', { Authorization: 'TOKEN', 'If-Match': '"0"' }, 412],
  ])('refuses a change with %s and changes nothing', async (_case, headers: Record<string, string>, status) => {
    const { body: created } = await create();
    const { body: other } = await create();
    const h = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v === 'TOKEN' ? `Bearer ${created.editToken}` : v === 'OTHER' ? `Bearer ${other.editToken}` : v]),
    );
    for (const method of ['PUT', 'DELETE']) {
      const res = await app.request(`/api/guides/${created.id}`, send(method, { ...GUIDE, title: 'Hijacked' }, h));
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
    const { body } = await read(created.id);
    expect(body).toMatchObject({ version: 1, guide: { title: GUIDE.title } });
  });

  it('refuses an invalid replacement with 400 naming the field, and keeps the stored version', async () => {
    const { body: created } = await create();
    const res = await app.request(`/api/guides/${created.id}`, send('PUT', { ...GUIDE, roles: ['astronaut'] }, auth(created.editToken)));
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors!.map((e) => e.name)).toEqual(['roles.0']);
    expect((await read(created.id)).body.version).toBe(1);
  });

  it('deletes with the right token and version; the share link then says deleted (410, code deleted)', async () => {
    const { body: created } = await create();
    const res = await app.request(`/api/guides/${created.id}`, { method: 'DELETE', headers: auth(created.editToken) });
    expect(res.status).toBe(204);
    const after = await read(created.id);
    expect(after.res.status).toBe(410);
    expect(after.body).toMatchObject({ code: 'deleted', detail: 'This guide was deleted by its author.' });
  });
});

describe('bad guides are refused and nothing is stored', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each([
    ['an unknown role', { ...GUIDE, roles: ['medical-coder', 'astronaut'] }, 400, ['roles.1']],
    ['a role listed twice', { ...GUIDE, roles: ['medical-coder', 'medical-coder'] }, 400, ['roles.1']],
    ['no roles', { ...GUIDE, roles: [] }, 400, ['roles']],
    ['ten roles', { ...GUIDE, roles: [...dataset.roles.map((r) => r.slug), 'medical-coder'] }, 400, ['roles']],
    ['a note over 2,000 characters', { ...GUIDE, note: long(2_001) }, 400, ['note']],
    ['a title over 120 characters', { ...GUIDE, title: long(121) }, 400, ['title']],
    ['a blank title', { ...GUIDE, title: '   ' }, 400, ['title']],
    ['a title on two lines', { ...GUIDE, title: 'one\ntwo' }, 400, ['title']],
    ['a name over 80 characters', { ...GUIDE, counselorName: long(81) }, 400, ['counselorName']],
    ['an unknown area', { ...GUIDE, area: 'ZZ' }, 400, ['area']],
    ['an unknown program', { ...GUIDE, programs: ['no-such-program'] }, 400, ['programs.0']],
    ['five programs', { ...GUIDE, programs: ['a', 'b', 'c', 'd', 'e'] }, 400, ['programs']],
    ['an unknown certification', { ...GUIDE, certifications: ['no-such-credential'] }, 400, ['certifications.0']],
    ['thirteen certifications', { ...GUIDE, certifications: Array.from({ length: 13 }, (_, i) => `c${i}`) }, 400, ['certifications']],
    ['the old field name credentials', { ...GUIDE, credentials: ['cpc'] }, 400, ['credentials']],
    ['a metro area, which has no wages yet', { ...GUIDE, area: '12420' }, 400, ['area']],
    ['a plan link that is not a plan id', { ...GUIDE, planId: 'https://example.com/plan/?id=x' }, 400, ['planId']],
    ['an unknown field', { ...GUIDE, html: '<b>x</b>' }, 400, ['html']],
    ['a body over 16 KB', { ...GUIDE, note: long(17_000) }, 413, ['(body)']],
    ['malformed JSON', '{"title":', 400, ['(body)']],
  ])('refuses %s with %i naming the field', async (_case, body, status, names) => {
    const before = stored;
    const { res, body: problem } = await create(body);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(problem.errors!.map((e) => e.name)).toEqual(names);
    expect(stored).toBe(before);
  });

  it('accepts a note of exactly 2,000 characters, hostile text included, and stores it as sent', async () => {
    const note = `<script>alert(1)</script>\u202e${'é'.repeat(1_974)}`.slice(0, 2_000);
    const { res, body } = await create({ ...GUIDE, note });
    expect(res.status).toBe(201);
    expect((await read(body.id)).body.guide.note).toBe(note);
  });
});

describe('the create rate limit', () => {
  it('gives the 4th create in a window a 429 with Retry-After, per address, and lets it through once the window passes', async () => {
    let now = 1_000_000;
    let address = '203.0.113.1';
    const limited = createApp({ ...deps, clientAddress: () => address, guideCreateLimiter: createRateLimiter({ limit: 3, windowMs: 600_000, now: () => now }) });
    for (let i = 0; i < 3; i++) expect((await create(GUIDE, limited)).res.status).toBe(201);
    now += 60_000;
    const before = stored;
    const { res, body } = await create(GUIDE, limited);
    expect(res.status).toBe(429);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('540');
    expect(body.retryAfterSeconds).toBe(540);
    expect(stored).toBe(before);
    // Reads and other addresses are not limited.
    expect((await read((await create(GUIDE)).body.id)).res.status).toBe(200);
    address = '203.0.113.2';
    expect((await create(GUIDE, limited)).res.status).toBe(201);
    address = '203.0.113.1';
    now += 540_000;
    expect((await create(GUIDE, limited)).res.status).toBe(201);
  });

  it('counts by the Lambda event source IP, and a CloudFront-Viewer-Address nobody vouched for changes nothing', async () => {
    const limited = createApp({ ...deps, clientAddress: undefined, guideCreateLimiter: createRateLimiter({ limit: 1, windowMs: 600_000 }) });
    const viewer = (a: string) => ({ 'CloudFront-Viewer-Address': a });
    const event = (ip: string) => ({ event: { requestContext: { http: { sourceIp: ip } } } });
    expect((await create(GUIDE, limited, viewer('192.0.2.10:50001'), event('192.0.2.20'))).res.status).toBe(201);
    expect((await create(GUIDE, limited, viewer('192.0.2.11:50002'), event('192.0.2.20'))).res.status).toBe(429);
    expect((await create(GUIDE, limited, {}, event('192.0.2.20'))).res.status).toBe(429);
    expect((await create(GUIDE, limited, {}, event('192.0.2.21'))).res.status).toBe(201);
    // IPv6 by its /64: another address in the same network is the same client.
    expect((await create(GUIDE, limited, {}, event('2001:db8:0:7::1'))).res.status).toBe(201);
    expect((await create(GUIDE, limited, {}, event('2001:db8:0:7:ffff::2'))).res.status).toBe(429);
    expect((await create(GUIDE, limited, {}, event('2001:db8:0:8::1'))).res.status).toBe(201);
  });
});

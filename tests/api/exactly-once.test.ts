/**
 * Writes are exactly once from the caller's view: when a conditional write lands but its reply
 * comes after the request timeout, the SDK retries, the retry fails its own condition, and the
 * store must still answer as the first reply would have. Another writer's win stays an honest 412.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuideCreated, GuideInput } from '../../functions/contract/guides.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps, type AppDeps } from '../../functions/routes/deps.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { hashToken, newId } from '../../functions/http/edit-token.ts';
import { ConditionFailedError } from '../../functions/store/errors.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { startSlowProxy, type SlowProxy } from '../support/slow-proxy.ts';

// Longer than the client's 700 ms request timeout, so the SDK gives up on the first attempt and retries.
const LATE_MS = 1_500;

let api: TestApi;
let proxy: SlowProxy;
let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  api = await startTestApi();
  proxy = await startSlowProxy({ port: api.dynamo.port });
  deps = { ...createDeps({ endpoint: proxy.endpoint, tableName: api.tableName }), guideCreateLimiter: createRateLimiter({ limit: 1_000, windowMs: 60_000 }) };
  app = createApp(deps);
});
afterAll(async () => {
  await proxy.close();
  await api.close();
});

const GUIDE: GuideInput = { title: 'Late replies', roles: ['medical-coder'], area: 'TX' };
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});
const edit = (token: string, version: number) => ({ Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` });

async function createGuide(body: GuideInput = GUIDE) {
  const res = await app.request('/api/guides', json('POST', body));
  expect(res.status).toBe(201);
  return (await res.json()) as GuideCreated;
}

/** Run `request` with the reply to its next `operation` held past the timeout; return its response and how many attempts the table saw. */
async function withLateReply(operation: string, request: () => Response | Promise<Response>) {
  const before = proxy.count(operation);
  const held = proxy.delayNextReply(operation, LATE_MS);
  const res = await request();
  await held;
  return { res, attempts: proxy.count(operation) - before };
}

describe('a write whose reply comes after the timeout', () => {
  it('answers a create 201 with an edit token that works, though the retry found the item already there', async () => {
    const { res, attempts } = await withLateReply('PutItem', () => app.request('/api/guides', json('POST', GUIDE)));
    expect(attempts).toBe(2);
    expect(res.status).toBe(201);
    const created = (await res.json()) as GuideCreated;
    expect((await app.request(`/api/guides/${created.id}`)).status).toBe(200);
    const changed = await app.request(`/api/guides/${created.id}`, json('PUT', { ...GUIDE, title: 'Token kept' }, edit(created.editToken, 1)));
    expect(changed.status).toBe(200);
  });

  it('answers an own edit 200 with the new version, and the edit is stored once', async () => {
    const created = await createGuide();
    const { res, attempts } = await withLateReply('PutItem', () =>
      app.request(`/api/guides/${created.id}`, json('PUT', { ...GUIDE, title: 'Edited once' }, edit(created.editToken, 1))),
    );
    expect(attempts).toBe(2);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    const read = (await (await app.request(`/api/guides/${created.id}`)).json()) as { version: number; guide: GuideInput };
    expect(read.version).toBe(2);
    expect(read.guide.title).toBe('Edited once');
  });

  it('answers an own delete 204, and the guide is gone (its link says deleted)', async () => {
    const created = await createGuide();
    // A delete writes a tombstone in place of the guide (store/saved-store.ts).
    const { res, attempts } = await withLateReply('PutItem', () => app.request(`/api/guides/${created.id}`, { method: 'DELETE', headers: edit(created.editToken, 1) }));
    expect(attempts).toBe(2);
    expect(res.status).toBe(204);
    expect((await app.request(`/api/guides/${created.id}`)).status).toBe(410);
  });
});

describe('another writer that really won', () => {
  /** The app over a store whose first read of `id` is followed at once by another writer's edit: a race lost on purpose. */
  function appLosingTheRaceOn(id: string, token: string) {
    let raced = false;
    const guides: AppDeps['guides'] = {
      ...deps.guides,
      async get(wanted) {
        const saved = await deps.guides.get(wanted);
        if (saved && wanted === id && !raced) {
          raced = true;
          await deps.guides.replace({ ...saved, version: saved.version + 1, updatedAt: new Date(Date.parse(saved.updatedAt) + 1).toISOString(), body: { ...saved.body, title: 'The other writer' }, editTokenHash: hashToken(token) }, saved.version);
        }
        return saved;
      },
    };
    return createApp({ ...deps, guides });
  }

  it('answers an edit that lost the race 412, and keeps the winner', async () => {
    const created = await createGuide();
    const racing = appLosingTheRaceOn(created.id, created.editToken);
    const res = await racing.request(`/api/guides/${created.id}`, json('PUT', { ...GUIDE, title: 'Too late' }, edit(created.editToken, 1)));
    expect(res.status).toBe(412);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const read = (await (await app.request(`/api/guides/${created.id}`)).json()) as { version: number; guide: GuideInput };
    expect(read).toMatchObject({ version: 2, guide: { title: 'The other writer' } });
  });

  it('answers a delete that lost the race 412, and keeps the guide', async () => {
    const created = await createGuide();
    const racing = appLosingTheRaceOn(created.id, created.editToken);
    const res = await racing.request(`/api/guides/${created.id}`, { method: 'DELETE', headers: edit(created.editToken, 1) });
    expect(res.status).toBe(412);
    expect((await app.request(`/api/guides/${created.id}`)).status).toBe(200);
  });

  it('refuses a create over another writer\'s item with the same id', async () => {
    const at = new Date().toISOString();
    const id = newId();
    await deps.guides.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken('first'), body: GUIDE });
    await expect(deps.guides.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken('second'), body: GUIDE })).rejects.toBeInstanceOf(ConditionFailedError);
    expect((await deps.guides.get(id))?.editTokenHash).toBe(hashToken('first'));
  });
});

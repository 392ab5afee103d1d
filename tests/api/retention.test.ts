/**
 * Retention: every saved plan and guide carries `ttl` (epoch seconds, DynamoDB's TTL attribute),
 * 730 days after its last edit or read; a read moves it on with at most one conditional write a day;
 * past `ttl` it is 404 on any store (dynalite never expires items, and DynamoDB's TTL deletes late);
 * a delete leaves a content-free tombstone (410) for 90 days; the embedded store sweeps what expired.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { GuideCreated, GuideInput, GuideView } from '../../functions/contract/guides.ts';
import type { PlanCreated } from '../../functions/contract/plans.ts';
import { DELETED_NOTICE_DAYS, KEPT_DAYS } from '../../functions/domain/retention.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { catalogPk, savedKey, type SavedKind } from '../../functions/store/keys.ts';
import { openLocalStore, sweepExpired } from '../../functions/store/local.ts';
import { useTestApi } from '../support/api.ts';

const DAY = 86_400;
const api = useTestApi();
let client: ReturnType<typeof createDocumentClient>;
let app: ReturnType<typeof createApp>;
/** Every request the app's client sends, to count the writes a read makes. */
let sent: MockInstance;

beforeAll(() => {
  const config = { endpoint: api.dynamo.endpoint, tableName: api.tableName };
  client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  sent = vi.spyOn(client, 'send');
  const roomy = () => createRateLimiter({ limit: 1_000, windowMs: 60_000 });
  app = createApp({ ...createDeps(config, client), guideCreateLimiter: roomy(), planCreateLimiter: roomy() });
});
afterAll(() => client.destroy());

const GUIDE: GuideInput = { title: 'Kept for a while', roles: ['medical-coder'], area: 'TX', note: 'Call me after the exam.' };
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
const edit = (token: string, version = 1) => ({ Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` });
const nowS = () => Math.floor(Date.now() / 1000);

async function createGuide() {
  const res = await app.request('/api/guides', json('POST', GUIDE));
  expect(res.status).toBe(201);
  return (await res.json()) as GuideCreated;
}
async function createPlan() {
  const res = await app.request('/api/plans', json('POST', { startDate: '2027-01-04', title: 'Kept plan' }));
  expect(res.status).toBe(201);
  return (await res.json()) as PlanCreated;
}
/** The item as stored, read past the app. */
const stored = async (kind: SavedKind, id: string) => (await api.client.send(new GetCommand({ TableName: api.tableName, Key: savedKey(kind, id), ConsistentRead: true }))).Item;
/** Move an item's expiry, as if it had been saved or read `ttl` seconds ago; undefined removes it. */
async function setTtl(kind: SavedKind, id: string, ttl: number | undefined) {
  await api.client.send(
    new UpdateCommand({
      TableName: api.tableName,
      Key: savedKey(kind, id),
      ...(ttl === undefined ? { UpdateExpression: 'REMOVE #t' } : { UpdateExpression: 'SET #t = :t', ExpressionAttributeValues: { ':t': ttl } }),
      ExpressionAttributeNames: { '#t': 'ttl' },
    }),
  );
}
/** How many PutItem calls `run` made through the app's client. */
async function putsDuring(run: () => unknown) {
  const before = sent.mock.calls.length;
  await run();
  return (sent.mock.calls as unknown[][]).slice(before).filter((call) => call[0] instanceof PutCommand).length;
}

describe('the expiry of a saved object', () => {
  it(`is ${KEPT_DAYS} days after a create, stored as ttl and answered as expiresAt`, async () => {
    const before = nowS();
    const created = await createGuide();
    const item = await stored('GUIDE', created.id);
    expect(item!.ttl).toBeGreaterThanOrEqual(before + KEPT_DAYS * DAY);
    expect(item!.ttl).toBeLessThanOrEqual(nowS() + KEPT_DAYS * DAY);
    expect(created.expiresAt).toBe(new Date((item!.ttl as number) * 1000).toISOString());
    const plan = await createPlan();
    expect(plan.expiresAt).toBe(new Date(((await stored('PLAN', plan.id))!.ttl as number) * 1000).toISOString());
  });

  it(`moves ${KEPT_DAYS} days on with an edit`, async () => {
    const created = await createGuide();
    await setTtl('GUIDE', created.id, nowS() + 10 * DAY);
    const res = await app.request(`/api/guides/${created.id}`, json('PUT', { ...GUIDE, title: 'Edited' }, edit(created.editToken)));
    expect(res.status).toBe(200);
    const ttl = (await stored('GUIDE', created.id))!.ttl as number;
    expect(ttl).toBeGreaterThanOrEqual(nowS() - 5 + KEPT_DAYS * DAY);
    expect(((await res.json()) as GuideView).expiresAt).toBe(new Date(ttl * 1000).toISOString());
  });

  it('moves on with a read at most once a day: one conditional write on the first read, none on the next', async () => {
    const created = await createGuide();
    await setTtl('GUIDE', created.id, nowS() + 100 * DAY);
    let first: GuideView | undefined;
    expect(await putsDuring(async () => (first = (await (await app.request(`/api/guides/${created.id}`)).json()) as GuideView))).toBe(1);
    const ttl = (await stored('GUIDE', created.id))!.ttl as number;
    expect(ttl).toBeGreaterThanOrEqual(nowS() - 5 + KEPT_DAYS * DAY);
    expect(first!.expiresAt).toBe(new Date(ttl * 1000).toISOString());
    expect(await putsDuring(() => app.request(`/api/guides/${created.id}`))).toBe(0);
    expect(await putsDuring(() => app.request(`/api/guides/${created.id}`))).toBe(0);
    // The read left the guide as it was, only later to expire.
    expect((await stored('GUIDE', created.id))!.body).toEqual(GUIDE);
  });

  it('is not written by a read of an object saved less than a day ago', async () => {
    const created = await createPlan();
    expect(await putsDuring(() => app.request(`/api/plans/${created.id}`))).toBe(0);
    expect(await putsDuring(() => app.request(`/api/plans/${created.id}/calendar.ics`))).toBe(0);
  });

  it('is given to an object saved before retention (no ttl) by its first read', async () => {
    const created = await createGuide();
    await setTtl('GUIDE', created.id, undefined);
    const res = await app.request(`/api/guides/${created.id}`);
    expect(res.status).toBe(200);
    expect((await stored('GUIDE', created.id))!.ttl).toBeGreaterThanOrEqual(nowS() - 5 + KEPT_DAYS * DAY);
  });

  it('does not undo an edit made after the read that moves it on', async () => {
    const created = await createGuide();
    await setTtl('GUIDE', created.id, nowS() + 100 * DAY);
    // The edit lands between the read's GetItem and its conditional write: that write must fail its version condition.
    const raceClient = {
      async send(command: Parameters<typeof client.send>[0]) {
        const answer = await api.client.send(command);
        if (command instanceof GetCommand) {
          await api.client.send(new UpdateCommand({ TableName: api.tableName, Key: savedKey('GUIDE', created.id), UpdateExpression: 'SET version = :v, body.title = :t', ExpressionAttributeValues: { ':v': 2, ':t': 'Edited meanwhile' } }));
        }
        return answer;
      },
    } as unknown as typeof client;
    const read = await createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName }, raceClient).guides.get(created.id);
    expect(read).toMatchObject({ version: 1, body: { title: GUIDE.title } });
    expect((await stored('GUIDE', created.id))!.body).toMatchObject({ title: 'Edited meanwhile' });
  });
});

describe('an expired object', () => {
  it('is 404 to reads, edits, deletes and the calendar though the store still holds it (dynalite has no TTL)', async () => {
    const guide = await createGuide();
    const plan = await createPlan();
    await setTtl('GUIDE', guide.id, nowS() - 1);
    await setTtl('PLAN', plan.id, nowS() - 1);
    expect(await stored('GUIDE', guide.id)).toBeDefined();
    expect((await app.request(`/api/guides/${guide.id}`)).status).toBe(404);
    expect((await app.request(`/api/guides/${guide.id}`, json('PUT', GUIDE, edit(guide.editToken)))).status).toBe(404);
    expect((await app.request(`/api/guides/${guide.id}`, { method: 'DELETE', headers: edit(guide.editToken) })).status).toBe(404);
    expect((await app.request(`/api/plans/${plan.id}`)).status).toBe(404);
    expect((await app.request(`/api/plans/${plan.id}/calendar.ics`)).status).toBe(404);
    expect((await app.request(`/api/plans/${plan.id}`, json('PUT', { startDate: '2027-01-04' }, edit(plan.editToken)))).status).toBe(404);
  });
});

describe('a deleted object', () => {
  it(`leaves a tombstone with nothing of its content, answered 410 for ${DELETED_NOTICE_DAYS} days and 404 after`, async () => {
    const created = await createGuide();
    expect((await app.request(`/api/guides/${created.id}`, { method: 'DELETE', headers: edit(created.editToken) })).status).toBe(204);
    const tombstone = await stored('GUIDE', created.id);
    expect(Object.keys(tombstone!).sort()).toEqual(['pk', 'schemaVersion', 'sk', 'ttl', 'type']);
    expect(tombstone).toMatchObject({ type: 'gone' });
    expect(tombstone!.ttl).toBeGreaterThanOrEqual(nowS() - 5 + DELETED_NOTICE_DAYS * DAY);
    expect(tombstone!.ttl).toBeLessThanOrEqual(nowS() + DELETED_NOTICE_DAYS * DAY);
    const gone = await app.request(`/api/guides/${created.id}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await gone.json()).toMatchObject({ code: 'deleted', title: 'Gone' });
    // A read of a tombstone writes nothing: it is not moved on.
    expect(await putsDuring(() => app.request(`/api/guides/${created.id}`))).toBe(0);
    await setTtl('GUIDE', created.id, nowS() - 1);
    expect((await app.request(`/api/guides/${created.id}`)).status).toBe(404);
  });
});

describe('the embedded store', () => {
  it('sweeps every expired item (saved objects, tombstones, rate counters) and keeps the rest, reference data included', async () => {
    const kept = await createGuide();
    const expired = await createPlan();
    await setTtl('PLAN', expired.id, nowS() - 60);
    await api.client.send(new PutCommand({ TableName: api.tableName, Item: { pk: 'RATE#old#0', sk: 'COUNT', count: 3, ttl: nowS() - 60 } }));
    const catalog = (await api.client.send(new GetCommand({ TableName: api.tableName, Key: { pk: catalogPk('role'), sk: 'medical-coder' } }))).Item;
    expect(catalog).toBeDefined();
    expect(await sweepExpired(api.client, api.tableName)).toBeGreaterThanOrEqual(2);
    expect(await stored('PLAN', expired.id)).toBeUndefined();
    expect((await api.client.send(new GetCommand({ TableName: api.tableName, Key: { pk: 'RATE#old#0', sk: 'COUNT' } }))).Item).toBeUndefined();
    expect(await stored('GUIDE', kept.id)).toBeDefined();
    expect((await api.client.send(new GetCommand({ TableName: api.tableName, Key: { pk: catalogPk('role'), sk: 'medical-coder' } }))).Item).toEqual(catalog);
    expect(await sweepExpired(api.client, api.tableName)).toBe(0);
  });

  it('sweeps when `npm start` opens it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bce-sweep-'));
    try {
      const first = await openLocalStore({ dataDir });
      const writer = createDocumentClient(first.config, { requestTimeoutMs: 10_000 });
      await writer.send(new PutCommand({ TableName: first.config.tableName, Item: { ...savedKey('GUIDE', 'x'.repeat(22)), type: 'guide', version: 1, ttl: nowS() - 60 } }));
      writer.destroy();
      await first.close();
      const second = await openLocalStore({ dataDir });
      expect(second.swept).toBe(1);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

import { Hono } from 'hono';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/http/edit-token.ts';
import { problemOf, ProblemError, sendProblem } from '../../functions/http/problem.ts';
import { savedResourceRoutes } from '../../functions/routes/saved-resource.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { createSavedStore } from '../../functions/store/saved-store.ts';
import { ensureTable } from '../../functions/store/table.ts';

// The shared life cycle of plans and guides, on a minimal resource over a real embedded table.
const noteBody = z.strictObject({ text: z.string().check(z.maxLength(50)) });
let dynamo: EmbeddedDynamo;
let app: Hono;
let client: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ endpoint: dynamo.endpoint, tableName: 'notes' }, { requestTimeoutMs: 5_000 });
  await ensureTable(client, 'notes');
  const store = createSavedStore<z.infer<typeof noteBody>>({ client, tableName: 'notes', kind: 'PLAN' });
  app = new Hono();
  app.route('/notes', savedResourceRoutes({ noun: 'note', store, body: noteBody, present: (s) => ({ text: s.body.text }) }));
  app.onError((e, c) => (e instanceof ProblemError ? sendProblem(c, e.problem, e.headers) : sendProblem(c, problemOf(500, 'x'))));
});
afterAll(async () => {
  client.destroy();
  await dynamo.close();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
async function create(text = 'hello') {
  const res = await app.request('/notes', { method: 'POST', ...json({ text }) });
  return { res, body: (await res.json()) as { id: string; editToken: string; version: number; text: string } };
}

describe('saved resources', () => {
  it('creates with 201, a 128-bit id and a 32-byte edit token whose hash alone is stored', async () => {
    const { res, body } = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(res.headers.get('Location')).toBe(`/notes/${body.id}`);
    expect(Buffer.from(body.id, 'base64url')).toHaveLength(16);
    expect(Buffer.from(body.editToken, 'base64url')).toHaveLength(32);
    const raw = await createSavedStore({ client, tableName: 'notes', kind: 'PLAN' }).get(body.id);
    expect(raw!.editTokenHash).toBe(hashToken(body.editToken));
    expect(JSON.stringify(raw)).not.toContain(body.editToken);
  });

  it('reads back what was sent, without the token', async () => {
    const { body } = await create('read me');
    const res = await app.request(`/notes/${body.id}`);
    const read = (await res.json()) as Record<string, unknown>;
    expect(read).toMatchObject({ id: body.id, version: 1, text: 'read me' });
    expect(read).not.toHaveProperty('editToken');
    expect(read).not.toHaveProperty('editTokenHash');
  });

  it('updates with the right token and version, and bumps the version', async () => {
    const { body } = await create();
    const res = await app.request(`/notes/${body.id}`, { method: 'PUT', ...json({ text: 'changed' }, { Authorization: `Bearer ${body.editToken}`, 'If-Match': '"1"' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    expect(((await (await app.request(`/notes/${body.id}`)).json()) as { text: string }).text).toBe('changed');
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }, 403],
    ['no If-Match', { Authorization: 'TOKEN' }, 428],
    ['a stale If-Match', { Authorization: 'TOKEN', 'If-Match': '"7"' }, 412],
  ])('refuses an edit with %s and changes nothing', async (_case, headers: Record<string, string>, status) => {
    const { body } = await create('original');
    const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'TOKEN' ? `Bearer ${body.editToken}` : v]));
    for (const method of ['PUT', 'DELETE']) {
      const res = await app.request(`/notes/${body.id}`, { method, ...json({ text: 'hijacked' }, h) });
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect(((await (await app.request(`/notes/${body.id}`)).json()) as { text: string }).text).toBe('original');
  });

  it('lets exactly one of two concurrent edits of one version win', async () => {
    const { body } = await create();
    const edit = (text: string) => app.request(`/notes/${body.id}`, { method: 'PUT', ...json({ text }, { Authorization: `Bearer ${body.editToken}`, 'If-Match': '"1"' }) });
    const statuses = (await Promise.all([edit('a'), edit('b'), edit('c')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412]);
  });

  it('deletes with the right token and version; the id then answers 410 deleted, and a second delete too', async () => {
    const { body } = await create();
    const del = { method: 'DELETE', headers: { Authorization: `Bearer ${body.editToken}`, 'If-Match': '"1"' } };
    expect((await app.request(`/notes/${body.id}`, del)).status).toBe(204);
    const after = await app.request(`/notes/${body.id}`);
    expect(after.status).toBe(410);
    expect(await after.json()).toMatchObject({ status: 410, code: 'deleted', detail: 'This note was deleted by its author.' });
    expect((await app.request(`/notes/${body.id}`, del)).status).toBe(410);
  });

  it.each([
    ['malformed JSON', 400, '{"text":', 'application/json'],
    ['a wrong content type', 415, '{"text":"x"}', 'text/plain'],
    ['a body over 16 KB', 413, JSON.stringify({ text: 'x'.repeat(17_000) }), 'application/json'],
    ['a field over its limit', 400, JSON.stringify({ text: 'x'.repeat(51) }), 'application/json'],
    ['an unknown field', 400, JSON.stringify({ text: 'x', extra: 1 }), 'application/json'],
  ])('rejects %s with %i, naming the field', async (_case, status, body, type) => {
    const res = await app.request('/notes', { method: 'POST', body, headers: { 'Content-Type': type } });
    expect(res.status).toBe(status);
    const problem = (await res.json()) as { errors: { name: string }[] };
    expect(problem.errors.length).toBeGreaterThan(0);
  });

  it('names an unknown body field by its own name', async () => {
    const res = await app.request('/notes', { method: 'POST', ...json({ text: 'x', extra: 1 }) });
    expect(((await res.json()) as { errors: { name: string; in: string }[] }).errors).toEqual([expect.objectContaining({ name: 'extra', in: 'body' })]);
  });

  it('answers an id that cannot exist with 404', async () => {
    expect((await app.request('/notes/..%2F..%2Fetc')).status).toBe(404);
  });
});

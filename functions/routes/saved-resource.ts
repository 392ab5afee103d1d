/**
 * The shared life cycle of a saved plan or guide: POST creates (201, id + edit token shown once),
 * GET reads, PUT replaces and DELETE removes — both only with `Authorization: Bearer <editToken>`
 * (401 without, 403 wrong) and `If-Match: "<version>"` (428 without, 412 stale). Every write and
 * read keeps it for another KEPT_DAYS (domain/retention.ts: `expiresAt`); a deleted one answers 410 for a while, then 404.
 */
import type { Context } from 'hono';
import { Hono } from '../http/hono.ts';
import type * as z from 'zod/mini';
import { readJsonBody } from '../http/body.ts';
import { isSavedId } from '../domain/saved-id.ts';
import { expiryAfter } from '../domain/retention.ts';
import { newEditToken, newId, tokenMatches } from '../http/edit-token.ts';
import { type InvalidParam, invalid, problemOf, ProblemError } from '../http/problem.ts';
import { ConditionFailedError } from '../store/errors.ts';
import type { SavedItem, createSavedStore } from '../store/saved-store.ts';

export interface SavedResourceOptions<S extends z.ZodMiniType, View, T extends z.infer<S> = z.infer<S>> {
  /** "plan" or "guide": used in messages and the Location header. */
  noun: string;
  /** Stores T: the body as sent, plus what the server keeps beside it (see `stored`). */
  store: ReturnType<typeof createSavedStore<T>>;
  /** The body schema; its failures name the field. */
  body: S;
  /** Checks that need the reference data (unknown ids and the like); return the failing fields. */
  check?: (body: z.infer<S>) => Promise<InvalidParam[]>;
  /** What a reader gets besides id and version (e.g. the computed plan). */
  present: (saved: SavedItem<T>) => Promise<View> | View;
  /** The body to store from a valid one sent, given what is stored (none on create), e.g. a plan's history; default: as sent. */
  stored?: (body: z.infer<S>, current: SavedItem<T> | undefined, at: string, version: number) => Promise<T> | T;
  /** Counts a create once its body is valid (a rate limit): throws a problem to refuse it. */
  limitCreate?: (c: Context) => Promise<void>;
}

const etagOf = (version: number) => `"${version}"`;

/** The routes of one saved resource, mounted at its collection path. */
export function savedResourceRoutes<S extends z.ZodMiniType, View extends object, T extends z.infer<S> = z.infer<S>>(options: SavedResourceOptions<S, View, T>) {
  const { noun, store, present } = options;
  const toStore = async (body: z.infer<S>, current: SavedItem<T> | undefined, at: string, version: number): Promise<T> =>
    options.stored ? options.stored(body, current, at, version) : (body as T);

  async function validBody(c: Context) {
    const body = await readJsonBody(c, options.body);
    const failures = (await options.check?.(body)) ?? [];
    if (failures.length > 0) throw invalid(failures);
    return body;
  }

  async function find(c: Context) {
    const id = c.req.param('id') ?? '';
    const saved = isSavedId(id) ? await store.get(id) : undefined;
    if (saved === null) throw new ProblemError(problemOf(410, `This ${noun} was deleted by its author.`, { code: 'deleted', title: 'Gone' }));
    if (!saved) throw new ProblemError(problemOf(404, `There is no ${noun} with this id.`, { errors: [{ name: 'id', in: 'path', detail: `Unknown ${noun} id.` }] }));
    return saved;
  }

  /** The edit token must match (401 / 403), and If-Match must name the current version (428 / 412). */
  function authorize(c: Context, saved: SavedItem<unknown>) {
    const auth = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    if (!token) {
      throw new ProblemError(problemOf(401, 'Send Authorization: Bearer <editToken>.', { errors: [{ name: 'Authorization', in: 'header', detail: 'Missing bearer token.' }] }), { 'WWW-Authenticate': 'Bearer' });
    }
    if (!tokenMatches(token, saved.editTokenHash)) {
      throw new ProblemError(problemOf(403, `Wrong edit token for this ${noun}.`, { code: 'wrong-edit-token', errors: [{ name: 'Authorization', in: 'header', detail: 'Wrong edit token.' }] }));
    }
    const ifMatch = c.req.header('If-Match');
    if (!ifMatch) throw new ProblemError(problemOf(428, 'Send If-Match: "<version>" (the ETag read).', { errors: [{ name: 'If-Match', in: 'header', detail: 'Missing.' }] }));
    if (ifMatch.replace(/^W\//, '') !== etagOf(saved.version)) throw stale(noun);
  }

  const view = async (saved: SavedItem<T>) => ({
    id: saved.id,
    version: saved.version,
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
    // Set by every write, and by the read that found none (store/saved-store.ts).
    expiresAt: new Date(saved.ttl! * 1000).toISOString(),
    ...(await present(saved)),
  });
  const noStore = { 'Cache-Control': 'private, no-store' };

  return new Hono()
    .post('/', async (c) => {
      const body = await validBody(c);
      // Only a valid create counts against the limit: a refused body uses no quota.
      await options.limitCreate?.(c);
      const { token, hash } = newEditToken();
      const now = new Date().toISOString();
      const saved: SavedItem<T> = { id: newId(), version: 1, createdAt: now, updatedAt: now, editTokenHash: hash, ttl: expiryAfter(Date.now()), body: await toStore(body, undefined, now, 1) };
      try {
        await store.create(saved);
      } catch (error) {
        // Another item holds this new id (128 random bits: not expected to happen): nothing was stored.
        if (error instanceof ConditionFailedError) throw new ProblemError(problemOf(409, 'Not stored; send it again.'));
        throw error;
      }
      return c.json({ ...(await view(saved)), editToken: token }, 201, { ...noStore, ETag: etagOf(1), Location: `${c.req.path.replace(/\/$/, '')}/${saved.id}` });
    })
    .get('/:id', async (c) => {
      const saved = await find(c);
      return c.json(await view(saved), 200, { ...noStore, ETag: etagOf(saved.version) });
    })
    .put('/:id', async (c) => {
      const current = await find(c);
      authorize(c, current);
      const body = await validBody(c);
      const at = new Date().toISOString();
      const version = current.version + 1;
      const next = { ...current, body: await toStore(body, current, at, version), version, updatedAt: at, ttl: expiryAfter(Date.now()) };
      try {
        await store.replace(next, current.version);
      } catch (error) {
        if (error instanceof ConditionFailedError) throw stale(noun);
        throw error;
      }
      return c.json(await view(next), 200, { ...noStore, ETag: etagOf(next.version) });
    })
    .delete('/:id', async (c) => {
      const current = await find(c);
      authorize(c, current);
      try {
        await store.remove(current.id, current.version);
      } catch (error) {
        if (error instanceof ConditionFailedError) throw stale(noun);
        throw error;
      }
      return c.body(null, 204, noStore);
    });
}

function stale(noun: string) {
  return new ProblemError(problemOf(412, `This ${noun} changed since you read it; reload it.`, { errors: [{ name: 'If-Match', in: 'header', detail: 'Stale version.' }] }));
}

/** GET /api/health: is the table reachable, and which dataset does it hold. */
import { Hono } from '../http/hono.ts';
import type { AppDeps } from './deps.ts';
import type { HealthResponse } from '../contract/health.ts';
import { problemOf, sendProblem } from '../http/problem.ts';
import { StoreUnavailableError } from '../store/errors.ts';

export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const meta = await deps.reference.readMeta();
      if (!meta) return sendProblem(c, problemOf(503, 'The table is reachable but holds no reference data yet.', { code: 'not-seeded', health: 'not-seeded' }));
      return c.json({ status: 'ok', datasetVersion: meta.version, seededAt: meta.seededAt, counts: meta.counts } satisfies HealthResponse);
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        return sendProblem(c, problemOf(503, 'The data store cannot be reached.', { health: 'unavailable' }), { 'Retry-After': '5' });
      }
      throw error;
    }
  });
}

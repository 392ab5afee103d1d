/** GET /api/health: is the table reachable, and which dataset does it hold (503 problem when not). */
import * as z from 'zod/mini';

export const healthResponse = /* @__PURE__ */ (() =>
  z.object({
    status: z.literal('ok'),
    datasetVersion: z.string().check(z.describe('Hash of data/ and the item schema version the table was seeded with')),
    seededAt: z.string().check(z.describe('ISO 8601 time of the seed')),
    counts: z.record(z.string(), z.number()).check(z.describe('Items seeded, by kind')),
  }))();
export type HealthResponse = z.infer<typeof healthResponse>;

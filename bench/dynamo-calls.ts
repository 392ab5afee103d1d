/**
 * DynamoDB calls per request, counted by an SDK middleware on the app's own client, and the hit
 * rate of the reference cache: each endpoint is requested in-process, cold once, then warm.
 */
import { dataset } from '../data/index.ts';
import { createApp } from '../functions/routes/app.ts';
import { createDeps } from '../functions/routes/deps.ts';
import { createDocumentClient } from '../functions/store/client.ts';
import { startEmbeddedDynamo } from '../functions/store/embedded.ts';
import { seedTable, datasetVersion } from '../functions/store/seed.ts';
import { ensureTable } from '../functions/store/table.ts';

export interface CallFigures {
  endpoint: string;
  cold_calls: number;
  warm_calls_per_request: number;
}

/** A GET path, or a method + path + JSON body. */
export type Probe = string | { method: string; path: string; body?: unknown };

export async function dynamoCalls(probes: readonly Probe[], warmRepeats = 20) {
  const dynamo = await startEmbeddedDynamo();
  const config = { endpoint: dynamo.endpoint, tableName: 'bench-calls' };
  const seeder = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  await ensureTable(seeder, config.tableName);
  await seedTable(seeder, config.tableName, dataset, datasetVersion(dataset));
  seeder.destroy();

  let calls = 0;
  const client = createDocumentClient(config);
  client.middlewareStack.add(
    (next) => (args) => {
      calls++;
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  const deps = createDeps(config, client);
  const app = createApp(deps);
  const send = (probe: Probe) =>
    typeof probe === 'string'
      ? app.request(probe)
      : app.request(probe.path, { method: probe.method, headers: { 'Content-Type': 'application/json' }, body: probe.body === undefined ? undefined : JSON.stringify(probe.body) });

  const figures: CallFigures[] = [];
  for (const probe of probes) {
    calls = 0;
    await (await send(probe)).arrayBuffer();
    const cold = calls;
    calls = 0;
    for (let i = 0; i < warmRepeats; i++) await (await send(probe)).arrayBuffer();
    figures.push({ endpoint: typeof probe === 'string' ? probe : `${probe.method} ${probe.path}`, cold_calls: cold, warm_calls_per_request: Number((calls / warmRepeats).toFixed(2)) });
  }
  const { hits, misses } = deps.reference.stats;
  client.destroy();
  await dynamo.close();
  return { endpoints: figures, reference_cache_hit_rate: Number((hits / Math.max(1, hits + misses)).toFixed(3)) };
}

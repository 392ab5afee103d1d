/** A real embedded DynamoDB (in memory, free port) with the table seeded, and the app over it. */
import { dataset } from '../../data/index.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { seedTable, datasetVersion } from '../../functions/store/seed.ts';
import { ensureTable } from '../../functions/store/table.ts';

export interface TestApi {
  app: ReturnType<typeof createApp>;
  dynamo: EmbeddedDynamo;
  tableName: string;
  close(): Promise<void>;
}

/** Start dynalite, create and seed the table, build the app on it. */
export async function startTestApi({ seed = true } = {}): Promise<TestApi> {
  const dynamo = await startEmbeddedDynamo();
  const tableName = 'test-table';
  const config = { endpoint: dynamo.endpoint, tableName };
  const client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  await ensureTable(client, tableName);
  if (seed) await seedTable(client, tableName, dataset, datasetVersion(dataset));
  client.destroy();
  return {
    app: createApp(createDeps(config)),
    dynamo,
    tableName,
    close: () => dynamo.close(),
  };
}

/** GET a path and parse the JSON body, keeping the response for status and headers. */
export async function getJson<T = Record<string, unknown>>(app: TestApi['app'], path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const body = (await res.json()) as T;
  return { res, body };
}

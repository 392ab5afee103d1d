/** A real embedded DynamoDB (in memory, free port) with the table seeded, and the app over it. */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps, type AppDeps } from '../../functions/routes/deps.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { seedTable, datasetVersion } from '../../functions/store/seed.ts';
import { ensureTable } from '../../functions/store/table.ts';

export interface TestApi {
  app: ReturnType<typeof createApp>;
  dynamo: EmbeddedDynamo;
  tableName: string;
  /** A document client on the same table, for tests that look at what is stored. */
  client: ReturnType<typeof createDocumentClient>;
  close(): Promise<void>;
}

/** What a test may set: seed or not, and dependencies of the app to replace (a pinned clock, a looser create limit). */
export interface TestApiOptions {
  seed?: boolean;
  deps?: Partial<AppDeps>;
}

/** Start dynalite, create and seed the table, build the app on it. */
export async function startTestApi({ seed = true, deps = {} }: TestApiOptions = {}): Promise<TestApi> {
  const dynamo = await startEmbeddedDynamo();
  const tableName = 'test-table';
  const config = { endpoint: dynamo.endpoint, tableName };
  const client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  await ensureTable(client, tableName);
  if (seed) await seedTable(client, tableName, dataset, datasetVersion(dataset));
  return {
    app: createApp({ ...createDeps(config), ...deps }),
    dynamo,
    tableName,
    client,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}

/**
 * One test API for the whole file: started before its first test, closed after its last. The
 * answer reads through to that API, so it can be taken at the top of the file.
 */
export function useTestApi(options: TestApiOptions = {}): TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(options);
  });
  afterAll(() => api?.close());
  const started = (): TestApi => {
    if (!api) throw new Error('The test API starts in beforeAll; read it inside a test or hook.');
    return api;
  };
  return {
    get app() {
      return started().app;
    },
    get dynamo() {
      return started().dynamo;
    },
    get tableName() {
      return started().tableName;
    },
    get client() {
      return started().client;
    },
    close: () => started().close(),
  };
}

/** GET a path and parse the JSON body, keeping the response for status and headers. */
export async function getJson<T = Record<string, unknown>>(app: TestApi['app'], path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const body = (await res.json()) as T;
  return { res, body };
}

/**
 * Every item whose pk starts with one of the prefixes (tests only: the app never scans). A Scan page
 * stops at 1 MB and the seeded reference data alone passes that, so every page is followed.
 */
export async function scanByPrefix(client: ReturnType<typeof createDocumentClient>, tableName: string, ...prefixes: string[]): Promise<Record<string, unknown>[]> {
  const names = prefixes.map((_, i) => `:p${i}`);
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: names.map((n) => `begins_with(pk, ${n})`).join(' OR '),
        ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [n, prefixes[i]])),
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}


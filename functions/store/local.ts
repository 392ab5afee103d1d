/**
 * The local data store for `npm start`, `npm run seed` and the bench: the embedded server on disk
 * under .data/ (or any DynamoDB named by DYNAMODB_ENDPOINT), with the table created and seeded.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '../../data/index.ts';
import { DeleteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, tableConfigFromEnv, type TableConfig } from './client.ts';
import { startDynamoProcess, type DynamoProcess } from './embedded-process.ts';
import { seedTable, type SeedResult, datasetVersion } from './seed.ts';
import { ensureTable } from './table.ts';

/** Where the embedded store keeps its files (DATA_DIR to change, e.g. for the bench). */
export const DATA_DIR = process.env.DATA_DIR ?? join(import.meta.dirname, '..', '..', '.data');

/**
 * The HMAC key of the local create-rate counters: RATE_KEY_SECRET when set, else 32 random bytes in
 * <dataDir>/rate-key, written once (git-ignored with the rest of .data/) and read by every later run,
 * so processes sharing the folder share their limits.
 */
export function localRateKey(dataDir: string = DATA_DIR, env: NodeJS.ProcessEnv = process.env): string | Buffer {
  if (env.RATE_KEY_SECRET) return env.RATE_KEY_SECRET;
  const file = join(dataDir, 'rate-key');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) {
    // Written whole under another name, then linked: a run starting at the same moment sees all of it or none.
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, randomBytes(32), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      // Another run made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  const key = readFileSync(file);
  if (key.length < 32) throw new Error(`${file} holds ${key.length} bytes, not a 32-byte key: delete it to make a new one.`);
  return key;
}

/**
 * Delete every item whose `ttl` (epoch seconds) is past, as DynamoDB's TTL does on AWS; dynalite has
 * no TTL. The only Scan in the code: it stands in for AWS's own background TTL scan, on a local
 * table, at start and once a day. Each delete is conditional on `ttl` still being past, so an item
 * read or edited meanwhile (its expiry moved on) stays. Answers how many items it removed.
 */
export async function sweepExpired(client: DynamoDBDocumentClient, tableName: string, nowMs: number = Date.now()): Promise<number> {
  const condition = { ExpressionAttributeNames: { '#t': 'ttl' }, ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) } };
  let removed = 0;
  let from: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, FilterExpression: '#t <= :now', ProjectionExpression: 'pk, sk', ExclusiveStartKey: from, ...condition }));
    for (const key of page.Items ?? []) {
      try {
        await client.send(new DeleteCommand({ TableName: tableName, Key: key, ConditionExpression: '#t <= :now', ...condition }));
        removed++;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
    from = page.LastEvaluatedKey;
  } while (from);
  return removed;
}

/** How often `npm start` sweeps expired items (sweepExpired). */
export const SWEEP_EVERY_MS = 24 * 60 * 60_000;

export interface LocalStore {
  config: TableConfig;
  seed: SeedResult;
  /** Expired items removed when the store opened. */
  swept: number;
  /** Remove what has expired since (sweepExpired); `npm start` calls it once a day. */
  sweep(): Promise<number>;
  /** Set when this process runs the embedded server (in its own process). */
  embedded?: DynamoProcess;
  close(): Promise<void>;
}

/**
 * Open the table (starting the embedded server in its own process unless DYNAMODB_ENDPOINT is set),
 * create it and seed it. Rejects with StoreRefusedError when the folder is in use by another
 * process or holds table files that cannot be opened (left untouched). <dataDir>/endpoint is written
 * only once the table answers, and removed by close() or when this process exits.
 */
export async function openLocalStore(options: { dataDir?: string; force?: boolean; port?: number } = {}): Promise<LocalStore> {
  const fromEnv = tableConfigFromEnv();
  let embedded: DynamoProcess | undefined;
  let config = fromEnv;
  const dataDir = options.dataDir ?? DATA_DIR;
  if (!fromEnv.endpoint) {
    mkdirSync(dataDir, { recursive: true });
    embedded = await startDynamoProcess({ path: join(dataDir, 'dynamo'), port: options.port });
    config = { ...fromEnv, endpoint: embedded.endpoint };
  }
  const client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  let seed: SeedResult;
  let swept: number;
  try {
    await ensureTable(client, config.tableName);
    seed = await seedTable(client, config.tableName, dataset, datasetVersion(dataset), { force: options.force });
    swept = await sweepExpired(client, config.tableName);
  } catch (error) {
    client.destroy();
    await embedded?.close();
    throw error;
  }
  // Lets `npm run seed` and the bench find a running server: only now that its table works.
  const endpointFile = join(dataDir, 'endpoint');
  const forget = () => rmSync(endpointFile, { force: true });
  if (embedded) {
    // Written whole, then renamed: a reader that sees the file never reads it half-written.
    writeFileSync(`${endpointFile}.tmp`, embedded.endpoint);
    renameSync(`${endpointFile}.tmp`, endpointFile);
    process.once('exit', forget);
  }
  return {
    config,
    seed,
    swept,
    sweep: () => sweepExpired(client, config.tableName),
    embedded,
    async close() {
      client.destroy();
      if (embedded) {
        forget();
        process.off('exit', forget);
        await embedded.close();
      }
    },
  };
}

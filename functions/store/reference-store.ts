/**
 * Reads of the reference data (catalogs and wages). The data is immutable per dataset
 * version, so every read is cached in memory under that version: after the first request
 * a reference read costs no DynamoDB call until the version check is due again.
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { storeCall } from './errors.ts';
import { queryAll } from './query.ts';
import { catalogKey, catalogPk, DATASET_KEY, GSI1, programCostKey, wageAreaPrefix, wagePk, type CatalogKind } from './keys.ts';

/** The META item written by the seed. */
export interface DatasetMeta {
  version: string;
  seededAt: string;
  counts: Record<string, number>;
}

export interface ReferenceStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** How long a dataset version is trusted before it is read again. */
  versionTtlMs?: number;
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/** The dataset is missing from the table: it was never seeded. */
export class DatasetMissingError extends Error {
  override name = 'DatasetMissingError';
}

export type ReferenceStore = ReturnType<typeof createReferenceStore>;

/** Repository of reference reads, one function per access pattern. */
export function createReferenceStore({ client, tableName, versionTtlMs = 10_000, now = Date.now }: ReferenceStoreOptions) {
  let meta: { value: DatasetMeta; readAt: number } | undefined;
  const cache = new Map<string, Promise<unknown>>();
  const stats: CacheStats = { hits: 0, misses: 0 };

  /** dataset version: GetItem pk = META, sk = DATASET (always a real read; health uses it). */
  async function readMeta(): Promise<DatasetMeta | undefined> {
    const out = await storeCall(() => client.send(new GetCommand({ TableName: tableName, Key: DATASET_KEY })));
    const item = out.Item as (DatasetMeta & { pk: string }) | undefined;
    if (!item) return undefined;
    const value = { version: item.version, seededAt: item.seededAt, counts: item.counts };
    meta = { value, readAt: now() };
    return value;
  }

  async function currentVersion(): Promise<string> {
    if (meta && now() - meta.readAt < versionTtlMs) return meta.value.version;
    const fresh = await readMeta();
    if (!fresh) throw new DatasetMissingError('The reference data has not been loaded into the table (run npm run seed).');
    return fresh.version;
  }

  /** Memoise one read under the current dataset version; a failed read is not kept. */
  async function cached<T>(key: string, read: () => Promise<T>): Promise<T> {
    const version = await currentVersion();
    const cacheKey = `${version}|${key}`;
    const hit = cache.get(cacheKey) as Promise<T> | undefined;
    if (hit) {
      stats.hits++;
      return hit;
    }
    stats.misses++;
    if (cache.size > 5_000) cache.clear();
    const pending = read();
    cache.set(cacheKey, pending);
    pending.catch(() => cache.delete(cacheKey));
    return pending;
  }

  const dataOf = <T>(items: Record<string, unknown>[]) => items.map((item) => item.data as T);
  /** Catalog entries in their data file's order. */
  const inOrder = (items: Record<string, unknown>[]) =>
    [...items].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));

  return {
    stats,
    readMeta,
    currentVersion,

    /** list a catalog: Query pk = CATALOG#<kind> */
    listCatalog<T>(kind: CatalogKind): Promise<T[]> {
      return cached(`list:${kind}`, async () =>
        dataOf<T>(
          inOrder(
            await queryAll(client, {
              TableName: tableName,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': catalogPk(kind) },
            }),
          ),
        ),
      );
    },

    /** one catalog entry: GetItem pk = CATALOG#<kind>, sk = <id> */
    getCatalogEntry<T>(kind: CatalogKind, id: string): Promise<T | undefined> {
      return cached(`get:${kind}:${id}`, async () => {
        const out = await storeCall(() => client.send(new GetCommand({ TableName: tableName, Key: catalogKey(kind, id) })));
        return out.Item?.data as T | undefined;
      });
    },

    /** wages of an occupation, every area and year: Query pk = WAGE#<soc> */
    wagesOf<T>(soc: string): Promise<T[]> {
      return cached(`wages:${soc}`, async () =>
        dataOf<T>(
          await queryAll(client, {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': wagePk(soc) },
          }),
        ),
      );
    },

    /** programs for a credential by total cost: Query GSI1 gsi1pk = CERT#<id>, gsi1sk ascending (unknown totals last) */
    programsForCertification<T>(certificationId: string): Promise<T[]> {
      return cached(`programs-for:${certificationId}`, async () =>
        dataOf<T>(
          await queryAll(client, {
            TableName: tableName,
            IndexName: GSI1.name,
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': programCostKey(certificationId, null).gsi1pk },
          }),
        ),
      );
    },

    /** wages of an occupation in one area, newest year first: Query pk = WAGE#<soc>, sk begins_with AREA#<code># */
    wagesIn<T>(soc: string, area: string): Promise<T[]> {
      return cached(`wages:${soc}:${area}`, async () =>
        dataOf<T>(
          await queryAll(client, {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :area)',
            ExpressionAttributeValues: { ':pk': wagePk(soc), ':area': wageAreaPrefix(area) },
            ScanIndexForward: false,
          }),
        ),
      );
    },
  };
}

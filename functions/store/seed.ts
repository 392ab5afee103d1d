/**
 * Loading the reference dataset into the table: idempotent, keyed by the dataset version.
 * Used by `npm run seed`, the local server and the deploy-time custom resource.
 */
import { createHash } from 'node:crypto';
import { BatchWriteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../../data/schemas.ts';
import { storeCall } from './errors.ts';
import { catalogTotalCents } from '../domain/program-cost.ts';
import { CATALOG_KINDS, catalogKey, catalogPk, DATASET_KEY, programCostKey, SCHEMA_VERSION, wageKey, type CatalogKind } from './keys.ts';
import { queryAll } from './query.ts';
import { createReferenceStore } from './reference-store.ts';

type Item = Record<string, unknown> & { pk: string; sk: string };

/**
 * A short hash of the whole dataset and of the stored item shape (SCHEMA_VERSION): the seed runs
 * only when either changes. The deploy's custom resource passes the same value, so one change reseeds.
 */
export function datasetVersion(data: Dataset): string {
  return createHash('sha256').update(`${SCHEMA_VERSION}\0${JSON.stringify(data)}`).digest('hex').slice(0, 16);
}

/** Every item the dataset becomes, each with its type and schema version. */
export function datasetItems(data: Dataset): Item[] {
  // `order` keeps each catalog in the order of its data file (the article's order for roles).
  const catalog = (kind: CatalogKind, id: string, record: unknown, order: number): Item => ({
    ...catalogKey(kind, id),
    type: kind,
    schemaVersion: SCHEMA_VERSION,
    order,
    data: record,
  });
  const records = catalogRecords(data);
  return [
    ...CATALOG_KINDS.flatMap((kind) => records[kind].map(({ id, record }, i) => catalog(kind, id, record, i))),
    ...programCostItems(data, SCHEMA_VERSION),
    ...data.wages.map((w) => ({ ...wageKey(w.soc, w.area, w.year), type: 'wage', schemaVersion: SCHEMA_VERSION, data: w })),
  ];
}

/** Each catalog's records with the id that keys them, in data-file order. */
function catalogRecords(data: Dataset): Record<CatalogKind, { id: string; record: unknown }[]> {
  return {
    role: data.roles.map((record) => ({ id: record.slug, record })),
    occupation: data.occupations.map((record) => ({ id: record.soc, record })),
    projection: data.projections.map((record) => ({ id: record.soc, record })),
    source: data.sources.map((record) => ({ id: record.id, record })),
    'code-set': data.codeSets.map((record) => ({ id: record.id, record })),
    certification: data.certifications.map((record) => ({ id: record.id, record })),
    program: data.programs.map((record) => ({ id: record.id, record })),
  };
}

/**
 * One item per program and credential it prepares for, in the credential's partition and on GSI1
 * by total cost (default options; unknown totals last), carrying the whole program.
 */
function programCostItems(data: Dataset, schemaVersion: number): Item[] {
  return data.programs.flatMap((program, order) =>
    program.certificationIds.map((certId) => {
      const gsi = programCostKey(certId, catalogTotalCents(program, data.certifications.find((c) => c.id === certId)));
      return { pk: gsi.gsi1pk, sk: `PROGRAM#${program.id}`, ...gsi, type: 'program-cost', schemaVersion, order, data: program };
    }),
  );
}

export interface SeedResult {
  status: 'seeded' | 'unchanged';
  version: string;
  written: number;
  deleted: number;
}

/** Write the dataset unless the table already holds this version; remove records the dataset dropped. */
export async function seedTable(
  client: DynamoDBDocumentClient,
  tableName: string,
  data: Dataset,
  version: string,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  const store = createReferenceStore({ client, tableName, versionTtlMs: 0 });
  const current = await store.readMeta();
  if (current?.version === version && !options.force) return { status: 'unchanged', version, written: 0, deleted: 0 };

  const items = datasetItems(data);
  await batchWrite(client, tableName, items.map((Item) => ({ PutRequest: { Item } })));

  // Records that left the dataset must not linger in its partitions.
  const wanted = new Set(items.map((i) => `${i.pk}|${i.sk}`));
  const partitions = new Set(items.map((i) => i.pk));
  for (const kind of CATALOG_KINDS) partitions.add(catalogPk(kind));
  for (const c of data.certifications) partitions.add(programCostKey(c.id, null).gsi1pk);
  const stale: { pk: string; sk: string }[] = [];
  for (const pk of partitions) {
    for (const key of await keysIn(client, tableName, pk)) if (!wanted.has(`${key.pk}|${key.sk}`)) stale.push(key);
  }
  await batchWrite(client, tableName, stale.map((Key) => ({ DeleteRequest: { Key } })));

  // The version marker goes last: a half-written load is never taken as current.
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.type as string] = (counts[item.type as string] ?? 0) + 1;
  await storeCall(() =>
    client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...DATASET_KEY, type: 'meta', schemaVersion: SCHEMA_VERSION, version, seededAt: new Date().toISOString(), counts },
      }),
    ),
  );
  return { status: 'seeded', version, written: items.length, deleted: stale.length };
}

async function keysIn(client: DynamoDBDocumentClient, tableName: string, pk: string) {
  const query = { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ProjectionExpression: 'pk, sk' };
  return (await queryAll(client, query)) as { pk: string; sk: string }[];
}

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: { pk: string; sk: string } } };

/** BatchWrite in chunks of 25, retrying what DynamoDB leaves unprocessed. */
async function batchWrite(client: DynamoDBDocumentClient, tableName: string, requests: WriteRequest[]) {
  for (let start = 0; start < requests.length; start += 25) {
    let pending: WriteRequest[] = requests.slice(start, start + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`BatchWrite left ${pending.length} items unprocessed after retries`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const out = await storeCall(() => client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } })));
      pending = (out.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
}

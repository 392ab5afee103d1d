/**
 * The in-memory reference cache is keyed by the dataset version: a new seed is served once the
 * cache's version check is due, with a new ETag, and never before it.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Certification, Dataset } from '../../data/schemas.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { createReferenceStore, type ReferenceStore } from '../../functions/store/reference-store.ts';
import { datasetVersion, seedTable } from '../../functions/store/seed.ts';
import { ensureTable } from '../../functions/store/table.ts';
import { getJson } from '../support/api.ts';

const TABLE = 'cache-test';
const VERSION_TTL_MS = 10_000;
const CERTIFICATION = 'cca';

let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;
let clock = 0;
let reference: ReferenceStore;
let app: ReturnType<typeof createApp>;

/** The same dataset with the credential's non-member exam fee raised by 6 dollars. */
function withNewExamFee(): { data: Dataset; fee: number } {
  const data = structuredClone(dataset);
  const version = data.certifications.find((c) => c.id === CERTIFICATION)!.examFee.nonMember.versions[0]!;
  version.amount += 6;
  return { data, fee: version.amount };
}

const seed = (data: Dataset) => seedTable(client, TABLE, data, datasetVersion(data));
const readFee = async () => {
  const { res, body } = await getJson<Certification>(app, `/api/certifications/${CERTIFICATION}`);
  expect(res.status).toBe(200);
  return { fee: body.examFee.nonMember.versions[0]!.amount, etag: res.headers.get('ETag') };
};

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  const config = { endpoint: dynamo.endpoint, tableName: TABLE };
  client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  await ensureTable(client, TABLE);
  reference = createReferenceStore({ client, tableName: TABLE, versionTtlMs: VERSION_TTL_MS, now: () => clock });
  app = createApp({ ...createDeps(config, client), reference });
});
afterAll(async () => {
  client.destroy();
  await dynamo.close();
});

describe('the reference cache', () => {
  it('serves a new seed after its version check, and the old one until then', async () => {
    await seed(dataset);
    const oldFee = dataset.certifications.find((c) => c.id === CERTIFICATION)!.examFee.nonMember.versions[0]!.amount;
    expect(await readFee()).toEqual({ fee: oldFee, etag: `"${datasetVersion(dataset)}"` });

    const { data, fee: newFee } = withNewExamFee();
    expect((await seed(data)).status).toBe('seeded');

    clock += VERSION_TTL_MS - 1;
    expect(await readFee()).toEqual({ fee: oldFee, etag: `"${datasetVersion(dataset)}"` });
    const missesBefore = reference.stats.misses;

    clock += 1;
    expect(await readFee()).toEqual({ fee: newFee, etag: `"${datasetVersion(data)}"` });
    expect(reference.stats.misses).toBeGreaterThan(missesBefore);

    // A client that kept the old version's ETag gets the new body, not a 304.
    const res = await app.request(`/api/certifications/${CERTIFICATION}`, { headers: { 'If-None-Match': `"${datasetVersion(dataset)}"` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(`"${datasetVersion(data)}"`);
  });
});

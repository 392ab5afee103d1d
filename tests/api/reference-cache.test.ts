/**
 * The in-memory reference cache is keyed by the dataset version: a new seed is served once the
 * cache's version check is due, with a new ETag, and never before it. Each answer is serialized once
 * per (dataset version, normalized query) and served from memory with a strong ETag, 304s, a bound
 * on memory, and compressed copies only where the edge asks for them (the local server).
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Certification, Dataset } from '../../data/schemas.ts';
import { compressAnswer } from '../../functions/edges/server.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createAnswerCache, type AnswerCache } from '../../functions/http/answer-cache.ts';
import { etagOf } from '../../functions/routes/reference-cache.ts';
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
const FEE_PATH = `/api/certifications/${CERTIFICATION}`;
const feeEtag = (data: Dataset) => etagOf(datasetVersion(data), FEE_PATH);
const readFee = async () => {
  const { res, body } = await getJson<Certification>(app, FEE_PATH);
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
    expect(await readFee()).toEqual({ fee: oldFee, etag: feeEtag(dataset) });

    const { data, fee: newFee } = withNewExamFee();
    expect((await seed(data)).status).toBe('seeded');

    clock += VERSION_TTL_MS - 1;
    expect(await readFee()).toEqual({ fee: oldFee, etag: feeEtag(dataset) });
    const missesBefore = reference.stats.misses;

    clock += 1;
    expect(await readFee()).toEqual({ fee: newFee, etag: feeEtag(data) });
    expect(reference.stats.misses).toBeGreaterThan(missesBefore);

    // A client that kept the old version's ETag gets the new body, not a 304.
    const res = await app.request(FEE_PATH, { headers: { 'If-None-Match': feeEtag(dataset) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(feeEtag(data));
    expect(feeEtag(data)).not.toBe(feeEtag(dataset));
  });
});

describe('reference answers kept in memory', () => {
  const ANSWERS_TABLE = 'cache-answers';
  const VERSION = datasetVersion(dataset);
  let config: { endpoint: string; tableName: string };
  let calls = 0;
  /** An app over the seeded table with this answer cache (a fresh reference store each, so nothing is shared). */
  const appWith = (referenceAnswers: AnswerCache) => createApp({ ...createDeps(config, client), referenceAnswers });

  beforeAll(async () => {
    config = { endpoint: dynamo.endpoint, tableName: ANSWERS_TABLE };
    await ensureTable(client, ANSWERS_TABLE);
    await seedTable(client, ANSWERS_TABLE, dataset, VERSION);
    client.middlewareStack.add(
      (next) => (args) => {
        calls++;
        return next(args);
      },
      { step: 'initialize', name: 'countCallsInCacheTest' },
    );
  });

  it('sends a strong ETag of the dataset version and the query, the same on every read', async () => {
    const answers = appWith(createAnswerCache());
    const first = await answers.request('/api/roles/medical-coder');
    const second = await answers.request('/api/roles/medical-coder');
    expect(first.status).toBe(200);
    expect(first.headers.get('ETag')).toBe(etagOf(VERSION, '/api/roles/medical-coder'));
    expect(first.headers.get('ETag')).toMatch(new RegExp(`^"${VERSION}-`));
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300, s-maxage=3600');
    expect(await second.text()).toBe(await first.text());
  });

  it('answers 304 with no body to If-None-Match naming the ETag, alone, weak or in a list', async () => {
    const answers = appWith(createAnswerCache());
    const etag = (await answers.request('/api/programs')).headers.get('ETag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await answers.request('/api/programs', { headers: { 'If-None-Match': ifNoneMatch } });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get('ETag')).toBe(etag);
      expect(await res.text()).toBe('');
    }
    expect((await answers.request('/api/programs', { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);
  });

  it('answers 304 to a first request that already holds the ETag, once the answer is computed', async () => {
    const answers = appWith(createAnswerCache());
    const res = await answers.request('/api/certifications', { headers: { 'If-None-Match': etagOf(VERSION, '/api/certifications') } });
    expect(res.status).toBe(304);
  });

  it('gives another query another ETag, and the same parameters in another order the same answer', async () => {
    const cache = createAnswerCache();
    const answers = appWith(cache);
    const tx = await answers.request('/api/salaries?role=medical-coder&area=TX');
    const reordered = await answers.request('/api/salaries?area=TX&role=medical-coder');
    const ca = await answers.request('/api/salaries?role=medical-coder&area=CA');
    expect(tx.headers.get('ETag')).not.toBe(ca.headers.get('ETag'));
    expect(reordered.headers.get('ETag')).toBe(tx.headers.get('ETag'));
    expect(await reordered.text()).toBe(await tx.text());
    expect(JSON.parse(await ca.text())).toMatchObject({ area: 'CA' });
  });

  it('never keeps an answer to bad input, and answers it again with the same problem', async () => {
    const cache = createAnswerCache();
    const answers = appWith(cache);
    for (const path of ['/api/roles/no-such-role', '/api/salaries?role=nope&area=TX', '/api/salaries?role=medical-coder&area=ZZ', '/api/programs?maxCost=-1']) {
      const first = await answers.request(path);
      const again = await answers.request(path);
      expect(first.status, path).toBeGreaterThanOrEqual(400);
      expect(again.status, path).toBe(first.status);
      expect(again.headers.get('Content-Type'), path).toContain('application/problem+json');
      expect(again.headers.get('ETag'), path).toBeNull();
    }
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('keeps at most its limit of answers, the least recently used leaving first', async () => {
    const cache = createAnswerCache({ maxEntries: 2 });
    const answers = appWith(cache);
    for (const slug of ['medical-coder', 'medical-billing-specialist', 'medical-coder', 'records-analyst']) expect((await answers.request(`/api/roles/${slug}`)).status).toBe(200);
    expect(cache.size.entries).toBe(2);
    expect(cache.get(VERSION, '/api/roles/medical-coder')).toBeDefined();
    expect(cache.get(VERSION, '/api/roles/medical-billing-specialist')).toBeUndefined();
  });

  it('keeps at most its limit of bytes, and still answers what it cannot keep', async () => {
    const cache = createAnswerCache({ maxBytes: 4096 });
    const answers = appWith(cache);
    const programs = await answers.request('/api/programs');
    expect(programs.status).toBe(200);
    expect((await programs.arrayBuffer()).byteLength).toBeGreaterThan(4096);
    expect(cache.size.entries).toBe(0);
    await answers.request('/api/roles/medical-coder');
    expect(cache.size.entries).toBe(1);
    expect(cache.size.bytes).toBeLessThanOrEqual(4096);
  });

  it('empties itself when the dataset version changes', () => {
    const cache = createAnswerCache();
    const answer = { body: new Uint8Array([1]), encoded: {}, contentType: 'application/json', etag: '"a-b"' };
    cache.set('version-1', '/api/roles', answer);
    expect(cache.get('version-1', '/api/roles')).toBe(answer);
    expect(cache.get('version-2', '/api/roles')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('asks DynamoDB nothing for a warm read', async () => {
    const answers = appWith(createAnswerCache());
    await answers.request('/api/programs/compare?ids=foundation-bmc-cpc-course&area=TX&currentIncome=30000');
    calls = 0;
    for (let i = 0; i < 10; i++) expect((await answers.request('/api/programs/compare?ids=foundation-bmc-cpc-course&area=TX&currentIncome=30000')).status).toBe(200);
    expect(calls).toBe(0);
  });

  it('sends identity bytes and no Vary without a compressor, as on Lambda behind CloudFront', async () => {
    const res = await appWith(createAnswerCache()).request('/api/programs', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toBeNull();
    expect(JSON.parse(await res.text())).toHaveProperty('items');
  });

  it('with a compressor (the local server), sends each coding the client accepts, under its own ETag, the same content', async () => {
    const answers = appWith(createAnswerCache({ compress: compressAnswer }));
    const identity = await answers.request('/api/programs');
    const br = await answers.request('/api/programs', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    const gzip = await answers.request('/api/programs', { headers: { 'Accept-Encoding': 'gzip;q=1, br;q=0' } });
    const text = await identity.text();
    expect(identity.headers.get('Content-Encoding')).toBeNull();
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    for (const res of [identity, br, gzip]) expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(text);
    expect(new Set([identity, br, gzip].map((r) => r.headers.get('ETag'))).size).toBe(3);
    // A client holding one coding's ETag holds the same content: 304 whatever it accepts now.
    const revalidated = await answers.request('/api/programs', { headers: { 'If-None-Match': br.headers.get('ETag')!, 'Accept-Encoding': 'gzip' } });
    expect(revalidated.status).toBe(304);
  });
});

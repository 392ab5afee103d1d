/**
 * The embedded store fails safe (`npm start` as a real process on a temporary DATA_DIR): table files
 * it cannot open are refused and left as they were, never reseeded; a second server on the same
 * folder says so and leaves; .data/endpoint exists only while the table works; and a store that
 * dies under a running server turns the API into 503 problems while the server lives on.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/store/client.ts';
import { DATASET_KEY, LOCAL_TABLE_NAME } from '../../functions/store/keys.ts';
import { childrenOf, spawnServer, type ServerProcess } from '../support/server-process.ts';

let root: string;
/** A folder the first server seeded and stopped cleanly: copied for each case that needs a table on disk. */
let seeded: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bce-local-store-'));
  seeded = join(root, 'seeded');
  const first = await spawnServer(seeded);
  expect(first.ready, first.output()).toBe(true);
  expect(await first.stop()).toBe(0);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the seeded folder. */
function copyOfSeeded(name: string): string {
  const dir = join(root, name);
  cpSync(seeded, dir, { recursive: true });
  return dir;
}

/** LevelDB's own diagnostics and lock, which any attempt to open rewrites: not data. */
const NOT_DATA = /(^|\/)(LOG|LOG\.old|LOCK)$/;

/** Every data file under a folder with the SHA-256 of its content: what "left untouched" means. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile() && !NOT_DATA.test(name)) out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('table files that cannot be opened', () => {
  it.each([
    ['its CURRENT file was deleted', (dynamo: string) => unlinkSync(join(dynamo, 'CURRENT'))],
    ['its manifest is garbage', (dynamo: string) => writeFileSync(join(dynamo, readFileSync(join(dynamo, 'CURRENT'), 'utf8').trim()), 'not a manifest')],
  ])('refuse to start when %s: a clear message, exit 1, and every file left as it was', async (name, damage) => {
    const dir = copyOfSeeded(`damaged-${name.length}`);
    damage(join(dir, 'dynamo'));
    const before = fingerprint(dir);
    const server = await spawnServer(dir);
    expect(server.ready).toBe(false);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Not starting: the saved plans and guides in .* cannot be opened, and nothing was changed there/);
    expect(server.output()).not.toMatch(/Seeded|^\s+at /m);
    expect(fingerprint(dir)).toEqual(before);
    expect(existsSync(join(dir, 'endpoint'))).toBe(false);
  }, 30_000);
});

describe('a server running on the folder', () => {
  let dir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dir = copyOfSeeded('running');
    server = await spawnServer(dir);
    expect(server.ready, server.output()).toBe(true);
  }, 30_000);
  afterAll(() => server.stop());

  it('writes .data/endpoint pointing at a table that exists and holds the dataset', async () => {
    const endpoint = readFileSync(join(dir, 'endpoint'), 'utf8').trim();
    const client = createDocumentClient({ endpoint, tableName: LOCAL_TABLE_NAME }, { requestTimeoutMs: 5_000 });
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: LOCAL_TABLE_NAME }));
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect((await client.send(new GetCommand({ TableName: LOCAL_TABLE_NAME, Key: DATASET_KEY }))).Item).toBeDefined();
    } finally {
      client.destroy();
    }
  });

  it('makes a second server on the same folder say so and exit cleanly, leaving the first serving', async () => {
    const endpoint = readFileSync(join(dir, 'endpoint'), 'utf8');
    const second = await spawnServer(dir);
    expect(second.ready).toBe(false);
    expect(await second.exited).toBe(0);
    expect(second.output()).toMatch(/Another `npm start` is already using the data in .*; it keeps running/);
    expect(second.output()).not.toMatch(/Database is closed|Error|^\s+at /m);
    expect(readFileSync(join(dir, 'endpoint'), 'utf8')).toBe(endpoint);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  }, 30_000);

  it('links the calendar to its own address, whatever Host and X-Forwarded-Host say', async () => {
    const created = await fetch(`${server.base}/api/plans`, { method: 'POST', body: JSON.stringify({ startDate: '2027-01-04' }), headers: { 'Content-Type': 'application/json' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const text = await (await fetch(`${server.base}/api/plans/${id}/calendar.ics`, { headers: { 'X-Forwarded-Host': 'evil.example', Host: 'evil.example' } })).text();
    expect(text).toContain(`URL:http://localhost:${server.port}/plan/?id=${id}`);
    expect(text).not.toContain('evil.example');
  });

  it('answers 503 problems within 2 s once the store process dies, and keeps serving everything else', async () => {
    const [store] = childrenOf(server.child.pid!);
    expect(store).toBeDefined();
    process.kill(store!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const [path, init] of [
      ['/api/health', {}],
      ['/api/guides', { method: 'POST', body: JSON.stringify({ title: 'x', roles: ['medical-coder'] }), headers: { 'Content-Type': 'application/json' } }],
    ] as const) {
      const started = Date.now();
      const res = await fetch(`${server.base}${path}`, init);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(res.status).toBe(503);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
    // The web server itself is alive: pages (here the 404 page) and unknown API paths still answer.
    expect((await fetch(`${server.base}/no-such-page/`)).status).toBe(404);
    expect((await fetch(`${server.base}/api/nothing`)).status).toBe(404);
    expect(server.output()).toMatch(/The embedded table stopped .*the API answers 503/);
  }, 30_000);

  it('removes .data/endpoint when it stops, and exits 0', async () => {
    expect(await server.stop()).toBe(0);
    expect(existsSync(join(dir, 'endpoint'))).toBe(false);
  });
});

describe('starting on an empty folder', () => {
  it('writes .data/endpoint only once the table answers with the dataset, keeps a 32-byte rate key, and removes the endpoint at exit', async () => {
    const dir = join(root, 'fresh');
    const endpointFile = join(dir, 'endpoint');
    // Watch for the endpoint file while the server starts: the moment it appears, the table must work.
    const seen: Promise<{ status?: string; dataset: boolean } | undefined> = (async () => {
      for (let i = 0; i < 6_000; i++) {
        if (existsSync(endpointFile)) {
          const client = createDocumentClient({ endpoint: readFileSync(endpointFile, 'utf8').trim(), tableName: LOCAL_TABLE_NAME }, { requestTimeoutMs: 5_000 });
          try {
            const status = await client
              .send(new DescribeTableCommand({ TableName: LOCAL_TABLE_NAME }))
              .then((out) => out.Table?.TableStatus, () => 'missing');
            const item = await client.send(new GetCommand({ TableName: LOCAL_TABLE_NAME, Key: DATASET_KEY })).catch(() => undefined);
            return { status, dataset: Boolean(item?.Item) };
          } finally {
            client.destroy();
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return undefined;
    })();
    const server = await spawnServer(dir);
    expect(server.ready, server.output()).toBe(true);
    expect(await seen).toEqual({ status: 'ACTIVE', dataset: true });
    expect(readFileSync(join(dir, 'rate-key'))).toHaveLength(32);
    expect(await server.stop()).toBe(0);
    expect(existsSync(endpointFile)).toBe(false);
  }, 60_000);
});

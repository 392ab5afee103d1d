/**
 * Mixed load on loopback: reads of every kind, and creates and edits of plans and guides, from
 * concurrent clients for a bounded time. Valid requests never fail, and afterwards every plan and
 * guide created reads back equal to the last version its client saved. A short run is part of
 * `npm test`; `npm run test:load` runs LOAD_SECONDS=30. Every random choice comes from LOAD_SEED
 * (printed at the start and in every failure): `LOAD_SEED=<n> npm run test:load` replays a run's
 * choices, client by client (how far each client gets still depends on timing).
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { pickWith, seededRandom, seedFromEnv } from '../support/random.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 4);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 8);
const SEED = seedFromEnv('LOAD_SEED');
const REPLAY = `LOAD_SEED=${SEED} replays this run's choices`;

let api: TestApi;
let server: ServerType;
let base: string;

beforeAll(async () => {
  api = await startTestApi();
  // The rate limits are per address and every client here is 127.0.0.1: lift them for this run.
  const unlimited = createRateLimiter({ limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 });
  const app = createApp({ ...createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName }), guideCreateLimiter: unlimited, planCreateLimiter: unlimited });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

const roles = dataset.roles.map((r) => r.slug);
const states = ['TX', 'CA', 'NY', 'FL', 'OH', 'WA', 'MS', 'US'];
type Pick = <T>(items: readonly T[]) => T;
const READS: ((pick: Pick) => string)[] = [
  () => '/api/roles',
  (pick) => `/api/roles/${pick(roles)}`,
  (pick) => `/api/salaries?role=${pick(roles)}&area=${pick(states)}`,
  (pick) => `/api/salaries/compare?role=${pick(roles)}&areas=US,${pick(states)},${pick(states)}`,
  (pick) => `/api/salaries/areas?role=${pick(roles)}`,
  () => '/api/certifications',
  () => '/api/programs?sort=total',
];

/** A plan body a reader could send: the start date varies so bodies differ. */
const planBody = (n: number) => ({ startDate: `2027-0${1 + (n % 9)}-1${n % 10}`, hoursPerWeek: 5 + (n % 30), title: `Plan ${n} ✓ <b>` });
const guideBody = (n: number, pick: Pick) => ({ title: `Guide ${n}`, note: `Note ${n}\nline two & <script>`, roles: [pick(roles), ...(n % 2 ? [] : [roles[0]!])].filter((r, i, a) => a.indexOf(r) === i), area: pick(states) });

interface Saved {
  kind: 'plans' | 'guides';
  id: string;
  token: string;
  version: number;
  body: Record<string, unknown>;
}

describe('mixed load', () => {
  it(`keeps every valid request successful and every saved object intact (${CLIENTS} clients, ${SECONDS} s)`, async () => {
    console.log(`load: LOAD_SEED=${SEED} (set it to replay this run's choices)`);
    const counts = { reads: 0, creates: 0, edits: 0, failures: [] as string[] };
    const saved: Saved[] = [];
    const until = Date.now() + SECONDS * 1000;

    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      if (!res.ok) counts.failures.push(`${method} ${path} → ${res.status} ${text.slice(0, 120)}`);
      return { res, json: res.ok && text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };

    // Each client draws from its own generator, so its choices do not depend on how clients interleave.
    async function client(index: number, owned: Saved[]) {
      const random = seededRandom(SEED + index);
      const pick: Pick = (items) => pickWith(random, items);
      // Body numbers are unique across clients: client i uses i, i + CLIENTS, i + 2 × CLIENTS, …
      let serial = index;
      const next = () => (serial += CLIENTS);
      while (Date.now() < until) {
        const roll = random();
        if (roll < 0.6 || (roll < 0.85 && owned.length === 0)) {
          await call('GET', pick(READS)(pick));
          counts.reads++;
        } else if (roll < 0.85) {
          // Edit one of this client's own objects: one writer per object, so no 412 is expected.
          const item = pick(owned);
          const n = next();
          const body = item.kind === 'plans' ? planBody(n) : guideBody(n, pick);
          const { res } = await call('PUT', `/api/${item.kind}/${item.id}`, body, { Authorization: `Bearer ${item.token}`, 'If-Match': `"${item.version}"` });
          if (res.ok) Object.assign(item, { version: item.version + 1, body });
          counts.edits++;
        } else {
          const kind = random() < 0.5 ? 'plans' : 'guides';
          const n = next();
          const body = kind === 'plans' ? planBody(n) : guideBody(n, pick);
          const { res, json } = await call('POST', `/api/${kind}`, body);
          if (res.status === 201) {
            const item = { kind, id: json.id as string, token: json.editToken as string, version: 1, body } as Saved;
            owned.push(item);
            saved.push(item);
          }
          counts.creates++;
        }
      }
    }

    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index, [])));

    // Every object reads back as its client last saved it.
    let verified = 0;
    for (const item of saved) {
      const res = await fetch(`${base}/api/${item.kind}/${item.id}`);
      const where = `${item.kind}/${item.id}; ${REPLAY}`;
      expect(res.status, where).toBe(200);
      const view = (await res.json()) as { version: number; input?: unknown; guide?: unknown };
      expect(view.version, where).toBe(item.version);
      expect(item.kind === 'plans' ? view.input : view.guide, where).toEqual(item.body);
      verified++;
    }
    console.log(`load: ${counts.reads} reads, ${counts.creates} creates, ${counts.edits} edits in ${SECONDS} s; ${verified} saved objects read back equal; ${counts.failures.length} failures (LOAD_SEED=${SEED})`);
    expect(counts.failures, REPLAY).toEqual([]);
    expect(saved.length, REPLAY).toBeGreaterThan(0);
  });
});

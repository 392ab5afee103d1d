import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { startSlowProxy, type SlowProxy } from '../support/slow-proxy.ts';

// The table behind a proxy that can turn slow: the API must answer, never hang, and recover by itself.
let api: TestApi;
let proxy: SlowProxy;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  api = await startTestApi();
  proxy = await startSlowProxy({ port: api.dynamo.port });
  // versionTtl 0 is not exposed; a fresh app per phase keeps the reference cache out of the way.
  app = createApp(createDeps({ endpoint: proxy.endpoint, tableName: api.tableName }));
});
afterAll(async () => {
  await proxy.close();
  await api.close();
});

const PATHS = ['/api/health', '/api/roles', '/api/salaries?role=medical-coder&area=TX'];

describe('a slow table', () => {
  it('answers normally while the table is fast', async () => {
    for (const path of PATHS) expect((await app.request(path)).status).toBe(200);
  });

  it('answers 503 problem+json with Retry-After instead of waiting when the table stalls', async () => {
    proxy.setDelayMs(5_000);
    const fresh = createApp(createDeps({ endpoint: proxy.endpoint, tableName: api.tableName }));
    for (const path of PATHS) {
      const res = await fresh.request(path);
      expect(res.status).toBe(503);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('Retry-After')).toBe('5');
      const body = (await res.json()) as { detail: string };
      // No internals (stack traces, SDK messages) reach the client.
      expect(body.detail).not.toMatch(/Error|at |timeout|ECONN/i);
    }
  });

  it('recovers on its own once the table is fast again', async () => {
    proxy.setDelayMs(0);
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
  });
});

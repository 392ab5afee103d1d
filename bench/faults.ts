/** Fault timings: how long the API takes to say 503 when the table is gone or stalls (bar: 2 s). */
import { createApp } from '../functions/routes/app.ts';
import { createDeps } from '../functions/routes/deps.ts';
import { startEmbeddedDynamo } from '../functions/store/embedded.ts';
import { startSlowProxy } from '../tests/support/slow-proxy.ts';

async function timeTo503(endpoint: string, path: string) {
  const app = createApp(createDeps({ endpoint, tableName: 'bench-faults' }));
  const started = performance.now();
  const res = await app.request(path);
  return { status: res.status, ms: Math.round(performance.now() - started) };
}

export async function faultTimings() {
  const dynamo = await startEmbeddedDynamo();
  const closed = dynamo.endpoint;
  const proxy = await startSlowProxy({ port: dynamo.port });
  proxy.setDelayMs(10_000);
  const rows = [];
  for (const path of ['/api/health', '/api/roles']) {
    rows.push({ fault: 'table stalls (10 s delay)', path, ...(await timeTo503(proxy.endpoint, path)) });
  }
  await proxy.close();
  await dynamo.close();
  for (const path of ['/api/health', '/api/roles']) {
    rows.push({ fault: 'table unreachable (closed port)', path, ...(await timeTo503(closed, path)) });
  }
  return rows.map((r) => ({ ...r, ok: r.status === 503 && r.ms <= 2_000 }));
}

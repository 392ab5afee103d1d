/**
 * The bench's yardstick: one route answering a constant, on the same server stack as the API's
 * reference reads (@hono/node-server, the local server's outer app with its security headers and
 * /api dispatch, functions/edges/server.ts createLocalApp), in its own process like the local server.
 * Every reference read is judged against its req/s in the same run; what a read costs beyond it is
 * the read's own work. With `--alone` the route is a bare Hono app with nothing around it: the
 * machine's ceiling, reported beside the yardstick for scale.
 */
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from '../functions/http/hono.ts';
import { createLocalApp } from '../functions/edges/server.ts';

/** The one path it answers. */
export const BARE_PATH = '/api/bare';

if (import.meta.main) {
  // ?bytes=N: a constant body of N bytes instead (made once per N), to tell a read's own work from the cost of its size.
  const bodies = new Map<number, Uint8Array<ArrayBuffer>>();
  const bodyOf = (n: number) => bodies.get(n) ?? bodies.set(n, new Uint8Array(randomBytes(n))).get(n)!;
  const route = new Hono().get(BARE_PATH, (c) => {
    const bytes = Number(c.req.query('bytes'));
    return Number.isInteger(bytes) && bytes > 0 && bytes <= 1 << 20 ? new Response(bodyOf(bytes), { headers: { 'Content-Type': 'application/octet-stream' } }) : c.json({ status: 'ok' });
  });
  const app = process.argv.includes('--alone') ? route : createLocalApp(route);
  const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: process.env.HOST ?? '127.0.0.1' }, () => console.log('Bare route listening. Ctrl-C stops.'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/**
 * The bench's yardstick: a bare Hono app, one route answering a constant, on the same stack as the
 * API (@hono/node-server and the Hono preset of functions/http/hono.ts), in its own process like the
 * local server. Every reference read is judged against its req/s in the same run.
 */
import { serve } from '@hono/node-server';
import { Hono } from '../functions/http/hono.ts';

/** The one path it answers. */
export const BARE_PATH = '/bare';

if (import.meta.main) {
  const app = new Hono().get(BARE_PATH, (c) => c.json({ status: 'ok' }));
  const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: process.env.HOST ?? '127.0.0.1' }, () => console.log('Bare route listening. Ctrl-C stops.'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/**
 * The local server (`npm start`): the embedded DynamoDB, the same Hono app as on Lambda, and the
 * built site, on one origin (http://localhost:4321). `--dev` serves the site with Astro's dev server instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { Hono } from '../http/hono.ts';
import { compress } from 'hono/compress';
import { createApp } from '../routes/app.ts';
import { createAnswerCache, type Compressor } from '../http/answer-cache.ts';
import { createDeps } from '../routes/deps.ts';
import { StoreRefusedError } from '../store/embedded-process.ts';
import { DATA_DIR, localRateKey, openLocalStore, SWEEP_EVERY_MS } from '../store/local.ts';
import { securityHeaders } from '../http/security-headers.ts';
import { siteOriginOf } from '../http/viewer.ts';
import { notFoundPage, splitLocalePath } from '../../site/i18n/locale.ts';
import { createDocumentClient } from '../store/client.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE_DIR = join(ROOT, 'dist', 'site');

/**
 * Reference answers are compressed here, once each (CloudFront does it in AWS): brotli at quality 5 and
 * gzip at level 6, a few milliseconds for the largest answer, so no query can make the server work hard.
 */
export const compressAnswer: Compressor = (body) => ({
  br: new Uint8Array(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })),
  gzip: new Uint8Array(gzipSync(body, { level: 6 })),
});

/** The newest modification time under a path. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Build the site when its output is missing or older than its sources. */
export function buildSiteIfNeeded() {
  const marker = join(SITE_DIR, 'index.html');
  const sources = ['site', 'data', 'functions/domain', 'astro.config.mjs'].map((p) => join(ROOT, p)).filter(existsSync);
  if (existsSync(marker) && statSync(marker).mtimeMs >= Math.max(...sources.map(newest))) return;
  console.log('Building the site ...');
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('astro build failed');
}

/** Hand a request to Astro's dev server (`npm run dev`), so the dev origin is one origin too. */
function proxyTo(base: string): MiddlewareHandler {
  return async (c) => {
    const url = new URL(c.req.url);
    const answer = await fetch(new URL(url.pathname + url.search, base), {
      method: c.req.method,
      headers: c.req.raw.headers,
      body: ['GET', 'HEAD'].includes(c.req.method) ? undefined : c.req.raw.body,
      redirect: 'manual',
      // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM typings lack it.
      duplex: 'half',
    });
    // fetch has already decoded the body.
    const headers = new Headers(answer.headers);
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(answer.body, { status: answer.status, headers });
  };
}

/**
 * The site and API on one origin, as CloudFront serves them in AWS. With `devSite` the pages come
 * from Astro's dev server instead of dist/site (and the CSP is left off: the dev server inlines scripts).
 */
export function createLocalApp(api: Pick<Hono, 'fetch'>, siteDir = SITE_DIR, devSite?: string) {
  const root = new Hono();
  if (!devSite) root.use(securityHeaders());
  // Built from the zod schemas with the site; CloudFront serves the same file from S3.
  if (!devSite) root.get('/api/openapi.json', serveStatic({ path: join(siteDir, 'api', 'openapi.json') }));
  // Handed over whole rather than mounted with route(): mounting wraps each of the API's handlers in its
  // error handler again (a compose per handler per request); one fetch runs its middleware once.
  root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  if (devSite) {
    root.all('*', proxyTo(devSite));
    return root;
  }
  root.use(compress());
  root.use(serveStatic({ root: siteDir }));
  root.notFound(async (c) => {
    // The 404 page in the asked path's language, as the edge serves it (infra/edge-functions.ts).
    const page = join(siteDir, notFoundPage(splitLocalePath(c.req.path).locale));
    return c.html(existsSync(page) ? await readFile(page, 'utf8') : 'Not found', 404);
  });
  return root;
}

async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 4321);
  // SKIP_SITE_BUILD=1: serve dist/site as it is (tests that start this server only need the API).
  if (!dev && process.env.SKIP_SITE_BUILD !== '1') buildSiteIfNeeded();
  const where = relative(process.cwd(), DATA_DIR) || '.';
  let store: Awaited<ReturnType<typeof openLocalStore>>;
  try {
    store = await openLocalStore();
  } catch (error) {
    if (!(error instanceof StoreRefusedError)) throw error;
    if (error.reason === 'in-use') {
      // The server the user wants is already up: say where, and leave it be.
      console.log(`Another \`npm start\` is already using the data in ${where}; it keeps running. Stop it first, or set DATA_DIR to use another folder.`);
      process.exit(0);
    }
    console.error(
      `Not starting: the saved plans and guides in ${where} cannot be opened, and nothing was changed there.\n  ${error.message}\n` +
        `  Restore ${join(where, 'dynamo')} from a backup, or move it away to start with an empty table.`,
    );
    process.exit(1);
  }
  store.embedded?.onUnexpectedExit((how) =>
    console.error(`The embedded table stopped (${how}): the API answers 503 until \`npm start\` is restarted; the pages are still served.`),
  );
  console.log(
    store.seed.status === 'seeded'
      ? `Seeded the table with dataset ${store.seed.version} (${store.seed.written} items).`
      : `Table holds dataset ${store.seed.version} already.`,
  );
  // dynalite has no TTL: what expired is removed at start (openLocalStore) and then once a day.
  if (store.swept > 0) console.log(`Removed ${store.swept} expired items.`);
  const sweeper = setInterval(() => {
    store.sweep().catch((error: unknown) => console.error(`Removing expired items failed: ${error instanceof Error ? error.message : String(error)}`));
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  const deps = createDeps(store.config, createDocumentClient(store.config), { rateKeySecret: localRateKey(DATA_DIR) });
  const guideLimit = Number(process.env.GUIDE_CREATE_LIMIT) || undefined;
  const api = createApp({
    ...deps,
    // The whole origin here: answers go out compressed to clients that accept it.
    referenceAnswers: createAnswerCache({ compress: compressAnswer }),
    // No CloudFront here: the socket's peer is the client, whatever headers it sends.
    clientAddress: (c) => getConnInfo(c).remote.address,
    // Counted in the table, so two servers on one table share the limits; GUIDE_CREATE_LIMIT raises the guides' one for the bench.
    createLimiter: (scope, window) => deps.createLimiter!(scope, scope === 'guides' && guideLimit ? { ...window, limit: guideLimit } : window),
    // Links in answers point at this server, or at SITE_ORIGIN when it is served under another name.
    siteOrigin: siteOriginOf(process.env.SITE_ORIGIN || `http://localhost:${port}`),
  });
  // Under --dev, Astro's dev server runs on the next port and this one stays the single origin.
  const devSite = dev ? `http://localhost:${port + 1}` : undefined;
  let astroDev: ReturnType<typeof spawn> | undefined;
  const server = serve({ fetch: createLocalApp(api, SITE_DIR, devSite).fetch, port, hostname: process.env.HOST ?? 'localhost' }, () => {
    if (dev) {
      astroDev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port + 1)], {
        cwd: ROOT,
        stdio: 'inherit',
        // Live reload talks to Astro's port directly: this server does not relay WebSockets.
        env: { ...process.env, ASTRO_HMR_PORT: String(port + 1) },
      });
    }
    console.log(`Billing & Coding Explorer${dev ? ' (dev)' : ''}: http://localhost:${port}/ (API at /api, data in ${store.embedded ? where : store.config.endpoint}). Ctrl-C stops.`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweeper);
    console.log('\nStopping ...');
    astroDev?.kill('SIGINT');
    server.close(() => void store.close().then(() => process.exit(0)));
    // Keep-alive sockets would hold close() open.
    if ('closeAllConnections' in server) server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.main) await main();

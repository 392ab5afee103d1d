/**
 * `npm run bench`: sizes and speeds against the quality bars of DESIGN.md. Prints a table and
 * writes the figures to bench/results-<time>.json (git-ignored). Measures; never fails a build.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { dataset } from '../data/index.ts';
import { buildSiteIfNeeded } from '../functions/edges/server.ts';
import { createDocumentClient } from '../functions/store/client.ts';
import { startEmbeddedDynamo } from '../functions/store/embedded.ts';
import { seedTable, datasetVersion } from '../functions/store/seed.ts';
import { ensureTable } from '../functions/store/table.ts';
import { LAMBDA_EXTERNAL_MODULES, ROUTE_GROUPS } from '../functions/routes/registry.ts';
import { dynamoCalls } from './dynamo-calls.ts';
import { faultTimings } from './faults.ts';
import { lighthouse } from './lighthouse.ts';
import { BARE_PATH } from './bare-server.ts';
import { startBareServer, startBenchServer } from './server.ts';
import { siteReadability } from '../scripts/readability.ts';
import { gzipTotal, pageJs } from '../scripts/page-js.ts';
import { splitLocalePath } from '../site/i18n/locale.ts';

const ROOT = join(import.meta.dirname, '..');
const execFileAsync = promisify(execFile);
const SITE = join(ROOT, 'dist', 'site');
const TOOL_PAGES = new Set(['/salaries/', '/courses/', '/plan/', '/guides/new/', '/guides/']);
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// ---- Pages: JavaScript shipped, gzipped HTML + CSS ----
interface PageFigures { page: string; html_css_gzip: number; js_bytes: number; js_gzip: number; js_on_interaction_gzip: number; bar: string; ok: boolean }


function pageFigures(): PageFigures[] {
  const pages = readdirSync(SITE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  return pages
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(SITE, m[1]!)));
      // Every JS file loaded before any interaction, and apart what loads on it (scripts/page-js.ts, shared with the JS budget test).
      const files = pageJs(html, dirname(file), SITE);
      const js = files.initial.map((f) => readFileSync(f));
      const page = '/' + relative(SITE, file).replace(/index\.html$/, '').replace(/\\/g, '/');
      const tool = TOOL_PAGES.has(splitLocalePath(page).path);
      const jsGzip = js.reduce((n, b) => n + gz(b), 0);
      const htmlCss = gz(html) + css.reduce((n, b) => n + gz(b), 0);
      const ok = tool ? jsGzip <= 75 * 1024 : js.length === 0 && htmlCss <= 14 * 1024;
      return { page, html_css_gzip: htmlCss, js_bytes: js.reduce((n, b) => n + b.length, 0), js_gzip: jsGzip, js_on_interaction_gzip: gzipTotal(files.onInteraction), bar: tool ? 'JS ≤ 75 KB gz' : '0 JS, ≤ 14 KB gz', ok };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

// ---- Lambda bundle: minified size and import time ----
function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * The three Lambda entries and a first request each, as API Gateway would send it; the plans entry
 * also with a Spanish first request, which loads the Spanish words file beside its bundle (`lazy`: the
 * lazy files of ROUTE_GROUPS that request reads); and, beside them, the reference entry with the AWS
 * SDK left external, loaded from node_modules (not what infra deploys: the measurement that says
 * whether bundling the SDK is still worth its size).
 */
const LAMBDAS = [
  { entry: 'lambda-reference.ts', method: 'GET', path: '/api/roles', body: undefined, sdkExternal: false },
  { entry: 'lambda-plans.ts', method: 'POST', path: '/api/plans/preview', body: JSON.stringify({ startDate: '2027-01-04' }), sdkExternal: false },
  { entry: 'lambda-plans.ts', method: 'POST', path: '/api/plans/preview', body: JSON.stringify({ startDate: '2027-01-04', language: 'es' }), sdkExternal: false, lazy: 'Spanish request' },
  { entry: 'lambda-guides.ts', method: 'GET', path: '/api/guides/AAAAAAAAAAAAAAAAAAAAAA', body: undefined, sdkExternal: false },
  { entry: 'lambda-reference.ts', method: 'GET', path: '/api/roles', body: undefined, sdkExternal: true },
] as const;

/** esbuild options of a Lambda bundle and of the lazy files beside it, as infra/node-function.ts builds them (the AWS SDK bundled but for LAMBDA_EXTERNAL_MODULES). */
const LAMBDA_BUILD = { bundle: true, minify: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'silent', mainFields: ['module', 'main'], banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" } } satisfies BuildOptions;
/** The externals of a bundle as deployed, and of one that leaves the whole AWS SDK to node_modules. */
const DEPLOYED_EXTERNALS = [...LAMBDA_EXTERNAL_MODULES];
const SDK_EXTERNAL = ['@aws-sdk/*'];

/** Minified size; cold import and import + first request in a fresh process (as a new Lambda instance), beside `node -e 0`. */
async function lambdaFigures() {
  // Inside the project so the external AWS SDK resolves from node_modules, as it does from the Lambda runtime.
  const out = join(ROOT, 'bench', '.lambda');
  const dynamo = await startEmbeddedDynamo();
  const seeder = createDocumentClient({ endpoint: dynamo.endpoint, tableName: 'bench-lambda' }, { requestTimeoutMs: 10_000 });
  await ensureTable(seeder, 'bench-lambda');
  await seedTable(seeder, 'bench-lambda', dataset, datasetVersion(dataset));
  seeder.destroy();
  const bareMs = median(
    Array.from({ length: 5 }, () => {
      const t = performance.now();
      execFileSync(process.execPath, ['-e', '0']);
      return performance.now() - t;
    }),
  );
  const rows = [];
  for (const lambda of LAMBDAS) {
    const { entry, method, path, body, sdkExternal } = lambda;
    const lazy = 'lazy' in lambda ? lambda.lazy : undefined;
    const file = join(out, entry.replace(/\.ts$/, sdkExternal ? '-sdk-external.mjs' : '.mjs'));
    const entryPoints = [join(ROOT, 'functions', 'edges', entry)];
    await build({ ...LAMBDA_BUILD, entryPoints, outfile: file, external: sdkExternal ? SDK_EXTERNAL : DEPLOYED_EXTERNALS });
    // The project's own code: the same bundle with the whole SDK left out, held to the 100 KB bar.
    const own = await build({ ...LAMBDA_BUILD, entryPoints, write: false, external: SDK_EXTERNAL });
    const ownBytes = own.outputFiles[0]!.contents.length;
    // The group's lazy files beside the bundle, as infra builds them: only a request that needs one reads it.
    const lazyFiles = Object.values(ROUTE_GROUPS).find((g) => g.entry === `functions/edges/${entry}`)?.lazyFiles ?? [];
    for (const l of lazyFiles) await build({ ...LAMBDA_BUILD, banner: {}, entryPoints: [join(ROOT, l.source)], outfile: join(out, l.file), external: DEPLOYED_EXTERNALS });
    const bytes = readFileSync(file).length;
    const lazyBytes = lazy ? lazyFiles.reduce((n, l) => n + readFileSync(join(out, l.file)).length, 0) : 0;
    const event = { version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: '', headers: { host: 'bench', 'content-type': 'application/json' }, requestContext: { http: { method, path, sourceIp: '127.0.0.1' }, requestId: 'bench' }, body, isBase64Encoded: false };
    const script = `const t=performance.now();const m=await import(${JSON.stringify(file)});const i=performance.now()-t;const r=await m.handler(${JSON.stringify(event)},{});console.log(JSON.stringify({i,f:performance.now()-t,s:r.statusCode}))`;
    // Asynchronously: the embedded table answering the first request lives in this process.
    const runs: { i: number; f: number; s: number }[] = [];
    for (let n = 0; n < 5; n++) {
      const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, TABLE_NAME: 'bench-lambda', DYNAMODB_ENDPOINT: dynamo.endpoint } });
      runs.push(JSON.parse(stdout) as { i: number; f: number; s: number });
    }
    const importMs = median(runs.map((r) => r.i));
    const firstMs = median(runs.map((r) => r.f));
    rows.push({
      entry: sdkExternal ? `${entry} (AWS SDK external)` : lazy ? `${entry} (${lazy})` : entry,
      // The bundle as measured: as deployed (the SDK modules it uses inside), or for the comparison row with the SDK external.
      bundle_bytes: bytes,
      // Lazy files beside index.mjs that this first request loads (the Spanish plan words), besides it.
      lazy_bytes: lazyBytes,
      // The project's own code in it (the bundle with the whole SDK external): the 100 KB bar.
      own_bytes: ownBytes,
      bundle_ok: ownBytes <= 100 * 1024,
      import_ms: Number(importMs.toFixed(1)),
      import_ok: importMs <= 150,
      first_request_ms: Number(firstMs.toFixed(1)),
      first_request_ok: firstMs <= 100,
      first_status: runs[0]!.s,
      bare_node_ms: Number(bareMs.toFixed(1)),
    });
  }
  await dynamo.close();
  rmSync(out, { recursive: true, force: true });
  return rows;
}

// ---- API: requests/s, p99 and 304s per endpoint beside a bare Hono route, in one run ----

/** What a browser sends: the server may answer compressed, as it would a reader. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/**
 * One request on its own connection, asked as a browser asks, so the reference cache is warm (the bar is
 * for cached reads); resolves to the body bytes it got (compressed where the server compresses).
 */
function warm(url: string): Promise<number> {
  return new Promise((res, rej) =>
    get(url, { agent: false, headers: { 'Accept-Encoding': BROWSER_ENCODINGS } }, (r) => {
      let n = 0;
      r.on('data', (chunk: Buffer) => (n += chunk.length)).on('end', () => res(n));
    }).on('error', rej),
  );
}

/** Health (a table read on every call, no bar) and every kind of reference read (bar: ≥ 0.5 of the bare route). */
const ENDPOINTS = [
  '/api/health',
  '/api/roles',
  '/api/roles/medical-coder',
  '/api/salaries?role=medical-coder&area=TX',
  '/api/salaries/compare?role=medical-coder&areas=US,TX,CA,NY,FL,WA',
  '/api/salaries/areas?role=medical-coder',
  '/api/certifications',
  '/api/certifications/cpc',
  '/api/programs',
  '/api/programs?certification=cpc&sort=months',
  '/api/programs/compare?ids=medcode-logix-professional-medical-coding,college-of-dupage-hit-associate,foundation-bmc-cpc-course&area=TX&currentIncome=30000&percentile=p25',
];
/** Reference reads sent again with the ETag they answered: revalidations, each answered 304. */
const REVALIDATED = ['/api/roles', '/api/programs'];
/** The reads held to the bar. */
const isReferenceRead = (endpoint: string) => /^(304 )?\/api\/(roles|salaries|programs|certifications)\b/.test(endpoint);
const BARE_LABEL = `bare route on the server stack (${BARE_PATH})`;
const ALONE_LABEL = 'bare Hono app alone (scale, no bar)';

/** A counselor's guide for the create and read runs. Guides are saved objects, not reference reads: no ≥ 0.5 bar, only no errors. */
const GUIDE = JSON.stringify({ title: 'Bench guide', roles: ['medical-coder', 'medical-billing-specialist', 'records-analyst'], area: 'TX', note: 'Load test.' });
const GUIDE_CREATES = 500;
/** A plan with a program and a break, for the preview and read runs; like guides, judged only on errors. */
const PLAN = JSON.stringify({ startDate: '2027-01-04', programId: 'aapc-cpc-preparation-course', hoursPerWeek: 12, breaks: [{ start: '2027-03-01', end: '2027-03-07' }] });

interface ApiRow { endpoint: string; rps: number; p99_ms: number; errors: number; non2xx: number; not_modified: number; bytes_per_response: number }

const BROWSER_ACCEPT_ENCODING = ['-H', `Accept-Encoding=${BROWSER_ENCODINGS}`];

/** autocannon on base + endpoint, 10 connections, after an unrecorded second to warm the JIT; one row. 304s are counted apart from failures. */
function cannon(base: string, endpoint: string, args: string[], label = endpoint): ApiRow {
  const attack = (extra: string[]) =>
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'autocannon', 'autocannon.js'), '-c', '10', ...BROWSER_ACCEPT_ENCODING, ...extra, '-j', `${base}${endpoint}`], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  // A bounded create run (-a) is not repeated: its count is the point.
  if (!args.includes('-a')) attack([...args.filter((_, i) => args[i - 1] !== '-d' && args[i] !== '-d'), '-d', '1']);
  const raw = attack(args);
  const r = JSON.parse(raw.toString()) as { requests: { average: number; total: number }; throughput: { total: number }; latency: { p99: number }; errors: number; non2xx: number; '3xx': number };
  // Bytes per response on the wire, headers included, compressed where the server compresses (as for a browser): for the capacity model.
  const bytesPerResponse = Math.round(r.throughput.total / Math.max(1, r.requests.total));
  return { endpoint: label, rps: Math.round(r.requests.average), p99_ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx, not_modified: r['3xx'], bytes_per_response: bytesPerResponse };
}

/**
 * The bare route's req/s on its own server, the same way as the API's endpoints; `alone`: without the
 * server stack around it; `bytes`: answering a constant body of that many bytes.
 */
async function bareRow(seconds: number, alone = false, bytes?: number): Promise<ApiRow> {
  const bare = await startBareServer(alone);
  const path = bytes ? `${BARE_PATH}?bytes=${bytes}` : BARE_PATH;
  try {
    await warm(`${bare.base}${path}`);
    return cannon(bare.base, path, ['-d', String(seconds)], alone ? ALONE_LABEL : BARE_LABEL);
  } finally {
    await bare.stop();
  }
}

async function apiFigures(seconds: number) {
  // The yardstick before and after the reference reads; the faster of the two is the bar (the stricter one).
  const bareBefore = await bareRow(seconds);
  const alone = await bareRow(seconds, true);
  // The API needs no pages: the site is built (or not) by the parts that do.
  const server = await startBenchServer({ GUIDE_CREATE_LIMIT: String(GUIDE_CREATES * 2), SKIP_SITE_BUILD: '1' });
  const base = server.base;
  const results: ApiRow[] = [];
  const bodies = new Map<string, number>();
  let bareAfter: ApiRow;
  try {
    const run = (endpoint: string, args: string[] = ['-d', String(seconds)], label = endpoint) => results.push(cannon(base, endpoint, args, label));
    for (const endpoint of ENDPOINTS) {
      bodies.set(endpoint, await warm(`${base}${endpoint}`));
      run(endpoint);
    }
    for (const endpoint of REVALIDATED) {
      const etag = (await fetch(`${base}${endpoint}`)).headers.get('ETag');
      if (etag) run(endpoint, ['-d', String(seconds), '-H', `If-None-Match=${etag}`], `304 ${endpoint}`);
    }
    bareAfter = await bareRow(seconds);
    // Guides: a bounded number of creates (under the server's raised limit), then reads of one guide.
    run('/api/guides', ['-a', String(GUIDE_CREATES), '-m', 'POST', '-H', 'Content-Type=application/json', '-b', GUIDE], 'POST /api/guides');
    const created = (await (await fetch(`${base}/api/guides`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: GUIDE })).json()) as { id: string };
    run(`/api/guides/${created.id}`, undefined, 'GET /api/guides/:id');
    // Plans: previews (computed, nothing stored), then reads of one saved plan (computed from its input on each read).
    run('/api/plans/preview', ['-d', String(seconds), '-m', 'POST', '-H', 'Content-Type=application/json', '-b', PLAN], 'POST /api/plans/preview');
    const plan = (await (await fetch(`${base}/api/plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: PLAN })).json()) as { id: string };
    run(`/api/plans/${plan.id}`, undefined, 'GET /api/plans/:id');
  } finally {
    await server.stop();
  }
  const bare = bareBefore.rps >= bareAfter.rps ? bareBefore : bareAfter;
  const failures = (r: ApiRow) => r.errors + r.non2xx - r.not_modified;
  // A read below the bar is run against a constant body of its own size too: what it costs beyond the bytes it sends.
  const sameSize = new Map<string, number>();
  for (const r of results) {
    const bytes = bodies.get(r.endpoint);
    if (isReferenceRead(r.endpoint) && bytes && r.rps < 0.5 * bare.rps) sameSize.set(r.endpoint, (await bareRow(seconds, false, bytes)).rps);
  }
  const rows = [{ ...bare, endpoint: BARE_LABEL, runs_rps: [bareBefore.rps, bareAfter.rps] }, alone, ...results];
  return rows.map((r) => ({
    ...r,
    ...(bodies.has(r.endpoint) ? { body_bytes: bodies.get(r.endpoint) } : {}),
    ...(sameSize.has(r.endpoint) ? { same_size_bare_rps: sameSize.get(r.endpoint), ratio_to_same_size: Number((r.rps / sameSize.get(r.endpoint)!).toFixed(2)) } : {}),
    ratio_to_bare: Number((r.rps / bare.rps).toFixed(2)),
    bar: isReferenceRead(r.endpoint) ? '≥ 0.5 of bare' : [BARE_LABEL, ALONE_LABEL, '/api/health'].includes(r.endpoint) ? '' : 'no errors',
    // A revalidation must answer 304 every time; any other row none.
    ok: failures(r) === 0 && (r.endpoint.startsWith('304 ') ? r.not_modified > 0 && r.non2xx === r.not_modified : r.not_modified === 0) && (!isReferenceRead(r.endpoint) || r.rps >= 0.5 * bare.rps),
  }));
}

// ---- Run ----
/** BENCH_ONLY=lambda,api (a comma list of these parts) runs only those, e.g. while iterating on one; unset, all. */
const PARTS = ['pages', 'reading', 'lambda', 'api', 'calls', 'faults', 'lighthouse'] as const;
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());
const unknownParts = only?.filter((p) => !(PARTS as readonly string[]).includes(p)) ?? [];
if (unknownParts.length > 0) throw new Error(`BENCH_ONLY: unknown part ${unknownParts.join(', ')}; the parts are ${PARTS.join(', ')}`);
const runs = (part: (typeof PARTS)[number]) => !only || only.includes(part);

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
if (runs('pages') || runs('reading') || runs('lighthouse')) buildSiteIfNeeded();
const pages = runs('pages') || runs('lighthouse') ? pageFigures() : [];
const reading = runs('reading') ? siteReadability(SITE) : [];
const lambda = runs('lambda') ? await lambdaFigures() : [];
const api = runs('api') ? await apiFigures(seconds) : [];
const calls = runs('calls') ? await dynamoCalls(ENDPOINTS) : { endpoints: [], reference_cache_hit_rate: 0 };
const faults = runs('faults') ? await faultTimings() : [];
const scored = await (async () => {
  if (process.env.BENCH_LIGHTHOUSE === '0' || !runs('lighthouse')) return [];
  const server = await startBenchServer();
  try {
    // Every page but the 404s (noindex on purpose: not crawlable by design).
    return lighthouse(server.base, pages.map((p) => p.page).filter((p) => p.endsWith('/') && splitLocalePath(p).path !== '/404/'));
  } finally {
    await server.stop();
  }
})();

const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');
if (runs('pages')) {
  console.log('\nPages (gzip level 9)');
  console.table(pages.map((p) => ({ page: p.page, 'HTML+CSS gz': kb(p.html_css_gzip), 'JS gz': kb(p.js_gzip), 'JS on interaction gz': p.js_on_interaction_gzip ? kb(p.js_on_interaction_gzip) : '', bar: p.bar, '': mark(p.ok) })));
}
if (runs('reading')) {
  console.log('Reading level of <main> (tables left out; scripts/readability.ts): Flesch–Kincaid grade in English, Fernández-Huerta ease in Spanish');
  console.table(reading.map((r) => ({ page: r.page, formula: r.readability.formula, score: r.readability.score.toFixed(1), 'words/sentence': r.readability.wordsPerSentence.toFixed(1), words: r.readability.words, bar: r.language === 'es' ? `ease ≥ 70, ≤ ${r.bar.wordsPerSentence} w/s` : `grade ≤ ${r.bar.grade}, ≤ ${r.bar.wordsPerSentence} w/s`, '': mark(r.ok) })));
}
if (runs('lambda')) {
  console.log('Lambda bundles (one function per route group; deployed with the AWS SDK modules they use inside, the bar is for their own code: the bundle with the SDK external)');
  console.table(lambda.map((l) => ({ entry: l.entry, minified: l.lazy_bytes ? `${kb(l.bundle_bytes)} + ${kb(l.lazy_bytes)} lazy` : kb(l.bundle_bytes), 'own code': kb(l.own_bytes), 'bar 100 KB': mark(l.bundle_ok), 'cold import': `${l.import_ms} ms`, 'import + first request': `${l.first_request_ms} ms (${l.first_status})`, 'bar 100 ms': mark(l.first_request_ok), 'node -e 0': `${l.bare_node_ms} ms` })));
}
if (runs('api')) {
  console.log(`API on the local server (autocannon, 10 connections, ${seconds} s each, same run; the bare route's faster of two runs is the yardstick)`);
  console.table(api.map((a) => ({ endpoint: a.endpoint, 'req/s': a.rps, 'p99 ms': a.p99_ms, 'vs bare': a.ratio_to_bare, '304s': a.not_modified, errors: a.errors + a.non2xx - a.not_modified, bar: a.bar, '': mark(a.ok), 'vs same-size constant': 'same_size_bare_rps' in a ? `${a.ratio_to_same_size} (${a.same_size_bare_rps} req/s for ${a.body_bytes} B)` : '' })));
}
if (runs('calls')) {
  console.log(`DynamoDB calls per request (SDK middleware count; reference cache hit rate ${calls.reference_cache_hit_rate})`);
  console.table(calls.endpoints.map((e) => ({ endpoint: e.endpoint, 'first request': e.cold_calls, 'then, per request': e.warm_calls_per_request })));
}
if (runs('faults')) {
  console.log('Faults: time to a 503 problem (bar 2 s)');
  console.table(faults.map((f) => ({ fault: f.fault, path: f.path, status: f.status, ms: f.ms, '': mark(f.ok) })));
}

if (scored.length > 0) {
  console.log('Lighthouse, mobile (bars: performance ≥ 98; accessibility, best practices, SEO 100)');
  console.table(scored.map(({ page, performance, accessibility, seo, failing, ok, ...rest }) => ({ page, performance, accessibility, 'best practices': rest['best-practices'], seo, '': mark(ok), failing: failing.join(' ') })));
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
// A partial run (BENCH_ONLY) is kept apart: scripts/capacity.ts reads the newest full results-*.json.
const file = join(ROOT, 'bench', `${only ? 'partial' : 'results'}-${stamp}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, pages, readability: reading.map((r) => ({ page: r.page, ...r.readability, ok: r.ok })), lambda, api, dynamo_calls: calls, faults, lighthouse: scored }, null, 2));
console.log(`Written to ${relative(ROOT, file)}`);

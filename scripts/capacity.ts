/**
 * `node scripts/capacity.ts [bench/results-….json] [--price name=value] [--assume name=value] [--write]`:
 * the capacity and cost model of docs/capacity.md, recomputed from a `npm run bench` JSON (the latest
 * one by default). Prints the figures as markdown; `--write` replaces the generated block of
 * docs/capacity.md. Every price names its source and date; a price without a citable source is
 * `null` and left out of the totals (which say so) until given with `--price`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** The figures of a bench JSON this model reads (bench/run.ts writes them). */
export interface BenchResults {
  at: string;
  pages: { page: string; html_css_gzip: number; js_gzip: number; js_on_interaction_gzip?: number }[];
  lambda: { entry: string; bundle_bytes: number; import_ms: number; first_request_ms: number }[];
  api: { endpoint: string; rps: number; p99_ms: number; bytes_per_response?: number }[];
  dynamo_calls: { endpoints: { endpoint: string; cold_calls: number; warm_calls_per_request: number }[]; reference_cache_hit_rate: number };
}

/** A public price: its value in USD (null: no citable source, the reader supplies it), unit, source and date. */
export interface Price {
  value: number | null;
  unit: string;
  source: string;
  asOf: string;
}

/** The region every regional price is for; CloudFront prices are for edges in the United States, Mexico and Canada. */
export const REGION = 'us-east-1';

/** Public prices, each with where it was read. None of them applies a free tier. */
export const PRICES = {
  cloudfrontPerGb: {
    value: 0.085,
    unit: 'per GB out to the internet, first 10 TB a month, United States/Mexico/Canada',
    source: 'https://aws.amazon.com/cloudfront/pricing/ (stored copy, table "Regional Data Transfer Out to Internet")',
    asOf: 'page undated; read 2026-11-27',
  },
  cloudfrontHttpsPer10k: {
    value: 0.01,
    unit: 'per 10,000 HTTPS requests, United States',
    source: 'https://www.factualminds.com/blog/amazon-cloudfront-pricing-regional-tiers-requests-security/ ("$0.0075–$0.0100 per 10K requests"; HTTPS is the higher, as https://kindatechnical.com/aws-certification-associate-developer/lesson-87-cloudfront-pricing.html lists)',
    asOf: 'published 2026-06-13',
  },
  cloudfrontFunctionPerMillion: {
    value: 0.1,
    unit: 'per million CloudFront Function invocations',
    source: 'https://cur.vantage.sh/aws/amazoncloudfront/ ("$0.10 per 1 million invocations"); https://awsnegotiations.com/cloudfront-functions-pricing.html',
    asOf: 'pages undated; read 2026-11-27',
  },
  httpApiPerMillion: {
    value: 1.0,
    unit: 'per million HTTP API requests, first 300 million a month',
    source: 'https://awsforengineers.com/blog/aws-api-gateway-pricing-explained ("HTTP APIs: $1.00 per million requests (first 300M)", US East)',
    asOf: 'published 2025-05-19',
  },
  lambdaPerMillionRequests: {
    value: 0.2,
    unit: 'per million Lambda requests',
    source: 'https://git.mcrn.ar/mariano/lambda_local_runner/src/branch/main/docs/lambdas-md/lambda-13-cost.md (table "The pricing formula"); https://cloudchipr.com/blog/aws-lambda-pricing (US East)',
    asOf: 'file dated 2026-05-11',
  },
  lambdaArmPerGbSecond: {
    value: 0.0000133334,
    unit: 'per GB-second, arm64, first 7.5 billion GB-s a month',
    source: 'https://cloudchipr.com/blog/aws-lambda-pricing ("ARM Pricing: First 7.5 Billion GB-seconds per month: $0.0000133334", US East (N. Virginia)); same figure in the git.mcrn.ar file above',
    asOf: '2024 guide; file dated 2026-05-11',
  },
  dynamoPerMillionWrites: {
    value: 0.625,
    unit: 'per million on-demand write request units',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing ("Current Pricing Structure (US East)", after the November 2024 reduction)',
    asOf: 'published 2025-07-21',
  },
  dynamoPerMillionReads: {
    value: 0.125,
    unit: 'per million on-demand read request units',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing (as above)',
    asOf: 'published 2025-07-21',
  },
  logsPerGbIngested: {
    value: 0.5,
    unit: 'per GB of CloudWatch Logs ingested',
    source: 'https://www.factualminds.com/blog/amazon-cloudwatch-pricing-metrics-logs-alarms-dashboards/ ("Logs ingestion at $0.50/GB")',
    asOf: 'published 2026-06-13',
  },
  dashboardPerMonth: {
    value: 3.0,
    unit: 'per dashboard-month (the first 3 are free: https://aws.amazon.com/cloudwatch/pricing/)',
    source: 'https://www.factualminds.com/blog/amazon-cloudwatch-pricing-metrics-logs-alarms-dashboards/ ("dashboards at $3 each")',
    asOf: 'published 2026-06-13',
  },
  secretPerMonth: {
    value: 0.4,
    unit: 'per secret-month',
    source: 'https://hivebook.wiki/wiki/aws-secrets-manager-rotated-secrets-dynamic-db-credentials-kms ("$0.40 per secret per month")',
    asOf: 'page undated; read 2026-11-27',
  },
  alarmPerMonth: { value: null, unit: 'per standard-resolution alarm-month (10 are free)', source: 'no citable source found: give --price alarmPerMonth=…', asOf: '' },
  s3GetPer1000: { value: null, unit: 'per 1,000 S3 GET requests', source: 'no citable source found: give --price s3GetPer1000=…', asOf: '' },
  dynamoStoragePerGbMonth: { value: null, unit: 'per GB-month of table storage', source: 'no citable source found: give --price dynamoStoragePerGbMonth=…', asOf: '' },
  pitrPerGbMonth: { value: null, unit: 'per GB-month of point-in-time recovery', source: 'no citable source found: give --price pitrPerGbMonth=…', asOf: '' },
} satisfies Record<string, Price>;
export type PriceName = keyof typeof PRICES;
export type Prices = Record<PriceName, Price>;

/** How the site is used and served: assumptions, not measurements. Change any with `--assume name=value`. */
export const ASSUMPTIONS = {
  /** Share of page views that are tool pages (salaries, courses, plan, guides), which ship JavaScript and call the API. */
  toolPageShare: 0.3,
  /** CloudFront requests per page view: the page, its stylesheet, the icon, and one script on average. */
  cdnRequestsPerPageView: 4,
  /** Cacheable API reads (s-maxage) per page view, and the share CloudFront answers from cache. */
  apiReadsPerPageView: 0.5,
  apiCacheHitRatio: 0.8,
  /** Uncacheable API calls per page view (plan previews). */
  apiUncachedPerPageView: 0.2,
  /** Share of site requests CloudFront answers from cache (built files change only with a deploy). */
  siteCacheHitRatio: 0.95,
  /** CloudFront's compression of an API response, as a share of its uncompressed bytes: for the assumed size below only (the bench measures bytes as a browser gets them, compressed). */
  apiCompressionRatio: 0.3,
  /** Uncompressed, used when the bench JSON has no bytes per response (older runs). */
  apiResponseBytes: 2000,
  /** Lambda at 512 MB has 512/1769 of a vCPU (one vCPU at 1,769 MB, AWS Lambda docs): CPU time on Lambda over one core here. */
  lambdaCpuScale: 1769 / 512,
  /** Lambda memory in GB (infra/api.ts). */
  lambdaMemoryGb: 0.5,
  /** One DynamoDB call from Lambda in the same region, in ms. */
  dynamoCallMs: 8,
  /** Share of API invocations that start a new instance (billed init: import + first request). */
  coldStartShare: 0.02,
  /** Read request units per reference read call on a cold start (whole catalogs are several KB). */
  readUnitsPerColdCall: 4,
  /** CloudWatch log bytes per API request: access log line, Lambda platform lines, one JSON app line. */
  logBytesPerApiRequest: 1000,
  /** A saved plan item in KB (its input, not its computed plan), and reads of each saved plan. */
  planItemKb: 1,
  readsPerSavedPlan: 3,
  /** DynamoDB writes per saved plan create: the PutItem and the rate counter's ADD. */
  writesPerCreate: 2,
  /** Peak second over the month's average second. */
  peakToAverage: 5,
  /** Page views a month that "1×" means. */
  baselinePageViewsPerMonth: 1_000_000,
  /** Saved plans created a month at 1×. */
  baselinePlansPerMonth: 10_000,
};
export type Assumptions = typeof ASSUMPTIONS;

/** The limits traffic meets, with the setting that moves each. `apiRateLimit` must equal API_THROTTLE.rateLimit in infra/api.ts (a test checks). */
export const LIMITS = {
  apiRateLimit: { value: 50, setting: 'API_THROTTLE.rateLimit (and burstLimit) in infra/api.ts' },
  lambdaConcurrency: { value: 1000, setting: 'the account quota "Concurrent executions" in Service Quotas (default 1,000; new accounts start lower)' },
  dynamoPartitionReads: { value: 3000, setting: 'key design: a hot partition (the reference catalogs) cannot be raised; spread or cache its reads' },
  dynamoPartitionWrites: { value: 1000, setting: 'key design: plans, guides and rate counters are one partition per id or address already' },
  dynamoNewTableReads: { value: 12000, setting: 'TableV2 warmThroughput (pre-warm) in infra/table.ts; on-demand doubles its previous peak by itself' },
};

/** Per-request figures derived from the bench. */
export interface Derived {
  benchAt: string;
  contentPageBytes: number;
  toolPageBytes: number;
  bytesPerPageView: number;
  /** One API response as sent to a browser: compressed, headers included. */
  apiResponseBytes: number;
  apiReadLambdaMs: number;
  createLambdaMs: number;
  savedReadLambdaMs: number;
  coldStartMs: number;
  coldCallsPerStart: number;
  warmCallsPerRead: number;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
const TOOL_PAGES = ['/salaries/', '/courses/', '/plan/', '/guides/new/', '/guides/'];
const isReference = (endpoint: string) => endpoint.startsWith('/api/') && !endpoint.startsWith('/api/health');
/** CPU ms per request on one core: the bench server is one Node process driven to saturation, so 1 / (req/s). */
const cpuMs = (rps: number) => 1000 / rps;

/** The per-request figures the costs are built from. */
export function derive(bench: BenchResults, a: Assumptions): Derived {
  const pages = bench.pages.filter((p) => p.page !== '/404.html');
  const tool = pages.filter((p) => TOOL_PAGES.includes(p.page));
  const content = pages.filter((p) => !TOOL_PAGES.includes(p.page));
  const contentPageBytes = mean(content.map((p) => p.html_css_gzip));
  // A tool page is visited to be used: the JS it loads on interaction (its React island) counts too.
  const toolPageBytes = mean(tool.map((p) => p.html_css_gzip + p.js_gzip + (p.js_on_interaction_gzip ?? 0)));
  const reads = bench.api.filter((r) => isReference(r.endpoint));
  const row = (endpoint: string) => {
    const found = bench.api.find((r) => r.endpoint === endpoint);
    if (!found) throw new Error(`The bench JSON has no ${endpoint} row`);
    return found;
  };
  const measuredBytes = reads.map((r) => r.bytes_per_response).filter((b): b is number => typeof b === 'number');
  const calls = bench.dynamo_calls.endpoints.filter((e) => isReference(e.endpoint));
  const onLambda = (ms: number, dynamoCalls: number) => Math.ceil(ms * a.lambdaCpuScale + dynamoCalls * a.dynamoCallMs);
  const warmCallsPerRead = mean(calls.map((e) => e.warm_calls_per_request));
  return {
    benchAt: bench.at,
    contentPageBytes,
    toolPageBytes,
    bytesPerPageView: (1 - a.toolPageShare) * contentPageBytes + a.toolPageShare * toolPageBytes,
    apiResponseBytes: measuredBytes.length > 0 ? mean(measuredBytes) : a.apiResponseBytes * a.apiCompressionRatio,
    apiReadLambdaMs: onLambda(mean(reads.map((r) => cpuMs(r.rps))), warmCallsPerRead),
    // The bench creates guides, not plans: the same validation and one conditional PutItem; the rate counter adds a write.
    createLambdaMs: onLambda(cpuMs(row('POST /api/guides').rps), a.writesPerCreate),
    savedReadLambdaMs: onLambda(cpuMs(row('GET /api/plans/:id').rps), 1),
    coldStartMs: Math.ceil(Math.max(...bench.lambda.map((l) => l.first_request_ms)) * a.lambdaCpuScale),
    coldCallsPerStart: mean(calls.map((e) => e.cold_calls)),
    warmCallsPerRead,
  };
}

/** One line of a cost: what, how many units, the price used (null: not priced), the cost (null when not priced). */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  price: PriceName;
  cost: number | null;
}

/** `quantity` units of `price`, where the price is per `per` units. */
function line(prices: Prices, item: string, quantity: number, unit: string, price: PriceName, per: number): CostLine {
  const value = prices[price].value;
  return { item, quantity, unit, price, cost: value === null ? null : (quantity / per) * value };
}

const GB = 1024 ** 3;

/** The cost lines of `n` requests to the API origin (HTTP API, Lambda, logs), each running `lambdaMs`. */
function originLines(prices: Prices, d: Derived, a: Assumptions, what: string, n: number, lambdaMs: number): CostLine[] {
  const gbSeconds = n * a.lambdaMemoryGb * ((lambdaMs + a.coldStartShare * d.coldStartMs) / 1000);
  return [
    line(prices, `${what}: HTTP API requests`, n, 'requests', 'httpApiPerMillion', 1e6),
    line(prices, `${what}: Lambda requests`, n, 'requests', 'lambdaPerMillionRequests', 1e6),
    line(prices, `${what}: Lambda duration (${lambdaMs} ms warm, ${(a.coldStartShare * 100).toFixed(0)} % cold at ${d.coldStartMs} ms)`, gbSeconds, 'GB-s', 'lambdaArmPerGbSecond', 1),
    line(prices, `${what}: CloudWatch Logs`, (n * a.logBytesPerApiRequest) / GB, 'GB', 'logsPerGbIngested', 1),
  ];
}

/** What 1 million page views cost: CloudFront for pages and API calls, S3 for misses, the API origin for uncached calls. */
export function costOfPageViews(d: Derived, prices: Prices, a: Assumptions, pageViews = 1_000_000): CostLine[] {
  const siteRequests = pageViews * a.cdnRequestsPerPageView;
  const apiCalls = pageViews * (a.apiReadsPerPageView + a.apiUncachedPerPageView);
  const originCalls = pageViews * (a.apiReadsPerPageView * (1 - a.apiCacheHitRatio) + a.apiUncachedPerPageView);
  const bytes = pageViews * d.bytesPerPageView + apiCalls * d.apiResponseBytes;
  const coldReads = originCalls * a.coldStartShare * d.coldCallsPerStart * a.readUnitsPerColdCall + originCalls * d.warmCallsPerRead;
  return [
    line(prices, 'CloudFront: HTTPS requests (pages, files, API)', siteRequests + apiCalls, 'requests', 'cloudfrontHttpsPer10k', 1e4),
    line(prices, 'CloudFront: data out', bytes / GB, 'GB', 'cloudfrontPerGb', 1),
    // Page functions run on viewer request and response; the API function on request only.
    line(prices, 'CloudFront Functions', siteRequests * 2 + apiCalls, 'invocations', 'cloudfrontFunctionPerMillion', 1e6),
    line(prices, 'S3: GETs for cache misses', siteRequests * (1 - a.siteCacheHitRatio), 'requests', 's3GetPer1000', 1e3),
    ...originLines(prices, d, a, 'API (uncached calls)', originCalls, d.apiReadLambdaMs),
    line(prices, 'DynamoDB: reads (reference cache misses on cold starts)', coldReads, 'read units', 'dynamoPerMillionReads', 1e6),
  ];
}

/** What `plans` saved plans cost: the create, the reads of each, and a month of storage. */
export function costOfSavedPlans(d: Derived, prices: Prices, a: Assumptions, plans = 100_000): CostLine[] {
  const reads = plans * a.readsPerSavedPlan;
  const storedGb = (plans * a.planItemKb) / 1024 ** 2;
  return [
    line(prices, 'CloudFront: HTTPS requests', plans + reads, 'requests', 'cloudfrontHttpsPer10k', 1e4),
    line(prices, 'CloudFront Functions', plans + reads, 'invocations', 'cloudfrontFunctionPerMillion', 1e6),
    ...originLines(prices, d, a, 'Creates', plans, d.createLambdaMs),
    line(prices, 'Creates: DynamoDB writes (item + rate counter)', plans * (Math.ceil(a.planItemKb) + a.writesPerCreate - 1), 'write units', 'dynamoPerMillionWrites', 1e6),
    ...originLines(prices, d, a, 'Reads', reads, d.savedReadLambdaMs),
    line(prices, 'Reads: DynamoDB GetItem', reads * Math.ceil(a.planItemKb / 4), 'read units', 'dynamoPerMillionReads', 1e6),
    line(prices, 'DynamoDB storage, one month', storedGb, 'GB-month', 'dynamoStoragePerGbMonth', 1),
    line(prices, 'Point-in-time recovery, one month', storedGb, 'GB-month', 'pitrPerGbMonth', 1),
  ];
}

/** The monthly cost that does not grow with traffic. */
export function fixedMonthly(prices: Prices, alarms: number): CostLine[] {
  return [
    line(prices, 'Secrets Manager: origin-verify secret and rate key', 2, 'secret-months', 'secretPerMonth', 1),
    line(prices, 'CloudWatch alarms (beyond the free 10)', Math.max(0, alarms - 10), 'alarm-months', 'alarmPerMonth', 1),
    line(prices, 'CloudWatch dashboard (free while the account has 3 or fewer)', 1, 'dashboard-months', 'dashboardPerMonth', 1),
  ];
}

/** The total of the priced lines, and the prices left out. */
export function total(lines: CostLine[]): { usd: number; unpriced: PriceName[] } {
  return {
    usd: lines.reduce((sum, l) => sum + (l.cost ?? 0), 0),
    unpriced: [...new Set(lines.filter((l) => l.cost === null).map((l) => l.price))],
  };
}

/** Peak load against each limit at `multiplier` × the baseline traffic, fullest first. */
export function capacityAt(d: Derived, a: Assumptions, multiplier: number) {
  const secondsPerMonth = 30 * 86_400;
  const pageViewsPerSecond = ((multiplier * a.baselinePageViewsPerMonth) / secondsPerMonth) * a.peakToAverage;
  const createsPerSecond = ((multiplier * a.baselinePlansPerMonth) / secondsPerMonth) * a.peakToAverage;
  const originRps = pageViewsPerSecond * (a.apiReadsPerPageView * (1 - a.apiCacheHitRatio) + a.apiUncachedPerPageView) + createsPerSecond;
  // Little's law: concurrent executions = arrivals per second × seconds each.
  const concurrency = originRps * ((d.apiReadLambdaMs + a.coldStartShare * d.coldStartMs) / 1000);
  // Every cold start reads the same catalog partitions: the hottest partition sees them all.
  const hotPartitionReads = originRps * a.coldStartShare * d.coldCallsPerStart * a.readUnitsPerColdCall;
  const tableReads = hotPartitionReads + originRps * d.warmCallsPerRead;
  const rows = [
    { limit: 'API stage throttle (requests/s)', load: originRps, max: LIMITS.apiRateLimit.value, setting: LIMITS.apiRateLimit.setting },
    { limit: 'Lambda concurrent executions', load: concurrency, max: LIMITS.lambdaConcurrency.value, setting: LIMITS.lambdaConcurrency.setting },
    { limit: 'DynamoDB hottest partition (read units/s)', load: hotPartitionReads, max: LIMITS.dynamoPartitionReads.value, setting: LIMITS.dynamoPartitionReads.setting },
    { limit: 'DynamoDB per-id partition (write units/s)', load: createsPerSecond > 0 ? 1 : 0, max: LIMITS.dynamoPartitionWrites.value, setting: LIMITS.dynamoPartitionWrites.setting },
    { limit: 'DynamoDB new on-demand table (read units/s)', load: tableReads, max: LIMITS.dynamoNewTableReads.value, setting: LIMITS.dynamoNewTableReads.setting },
  ];
  return { multiplier, pageViewsPerSecond, originRps, rows: rows.map((r) => ({ ...r, share: r.load / r.max })).sort((x, y) => y.share - x.share) };
}

/** The multiplier of the baseline at which the API stage throttle is reached. */
export function throttleMultiplier(d: Derived, a: Assumptions): number {
  return LIMITS.apiRateLimit.value / capacityAt(d, a, 1).originRps;
}

const usd = (n: number) => (n >= 100 ? `$${n.toFixed(0)}` : n >= 1 ? `$${n.toFixed(2)}` : `$${n.toFixed(4)}`);
const num = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 1 ? n.toFixed(2) : n.toPrecision(2));

function table(lines: CostLine[], prices: Prices): string {
  const price = (p: Price) => (p.value === null ? `\`--price\` needed, ${p.unit}` : `$${p.value} ${p.unit}`);
  const rows = lines.map((l) => `| ${l.item} | ${num(l.quantity)} ${l.unit} | ${price(prices[l.price])} | ${l.cost === null ? 'not priced' : usd(l.cost)} |`);
  const t = total(lines);
  const left = t.unpriced.length > 0 ? ` + ${t.unpriced.map((p) => `\`${p}\``).join(', ')} (not priced)` : '';
  return ['| Item | Quantity | Price | Cost |', '|---|---|---|---|', ...rows, `| **Total** | | | **${usd(t.usd)}**${left} |`].join('\n');
}

/** The generated block of docs/capacity.md. */
export function render(bench: BenchResults, prices: Prices, a: Assumptions, alarms: number): string {
  const d = derive(bench, a);
  const views = costOfPageViews(d, prices, a);
  const plans = costOfSavedPlans(d, prices, a);
  const capacity = [1, 10, 100].map((m) => capacityAt(d, a, m));
  return [
    `Bench run: ${d.benchAt} · region ${REGION} · no free tier applied.`,
    '',
    '**Per request, from the bench**',
    '',
    '| Figure | Value |',
    '|---|---|',
    `| Page view, HTML + CSS + JS gzipped (content ${num(d.contentPageBytes / 1024)} KB, tool ${num(d.toolPageBytes / 1024)} KB, ${a.toolPageShare * 100} % tool) | ${num(d.bytesPerPageView / 1024)} KB |`,
    `| API response as a browser gets it (compressed, headers included) | ${num(d.apiResponseBytes)} bytes |`,
    `| Lambda billed ms: reference read / saved-plan create / saved-plan read | ${d.apiReadLambdaMs} / ${d.createLambdaMs} / ${d.savedReadLambdaMs} ms |`,
    `| Lambda cold start (import + first request × ${a.lambdaCpuScale.toFixed(2)}) | ${d.coldStartMs} ms |`,
    `| DynamoDB calls per reference read: warm / first request | ${num(d.warmCallsPerRead)} / ${num(d.coldCallsPerStart)} |`,
    '',
    '**1 million page views**',
    '',
    table(views, prices),
    '',
    '**100,000 saved plans** (created, each read ' + a.readsPerSavedPlan + ' times, stored a month)',
    '',
    table(plans, prices),
    '',
    '**Fixed a month**',
    '',
    table(fixedMonthly(prices, alarms), prices),
    '',
    `**Peak load against limits** (1× = ${a.baselinePageViewsPerMonth.toLocaleString('en-US')} page views and ${a.baselinePlansPerMonth.toLocaleString('en-US')} saved plans a month, peak second ${a.peakToAverage}× the average)`,
    '',
    '| Traffic | Page views/s | API origin req/s | Fullest limit | Load / limit | Setting that moves it |',
    '|---|---|---|---|---|---|',
    ...capacity.map((c) => `| ${c.multiplier}× | ${num(c.pageViewsPerSecond)} | ${num(c.originRps)} | ${c.rows[0]!.limit} | ${(c.rows[0]!.share * 100).toFixed(1)} % | ${c.rows[0]!.setting} |`),
    '',
    `The API stage throttle is reached at about ${throttleMultiplier(d, a).toFixed(0)}× the baseline; at 100× the next fullest limit is ${capacity[2]!.rows[1]!.limit} at ${(capacity[2]!.rows[1]!.share * 100).toFixed(2)} %:`,
    '',
    '| Limit at 100× | Load | Limit | Load / limit |',
    '|---|---|---|---|',
    ...capacity[2]!.rows.map((r) => `| ${r.limit} | ${num(r.load)} | ${r.max.toLocaleString('en-US')} | ${(r.share * 100).toFixed(2)} % |`),
  ].join('\n');
}

/** The newest bench/results-*.json. */
export function latestBench(dir: string): string {
  const files = readdirSync(dir).filter((f) => /^results-.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No bench results in ${dir}: run \`npm run bench\` first.`);
  return join(dir, files.at(-1)!);
}

/** `name=value` pairs into numbers, refusing names the model does not have. */
function overrides(pairs: string[] | undefined, known: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    (pairs ?? []).map((pair) => {
      const [name, value] = pair.split('=');
      if (!name || !known.includes(name) || value === undefined || !Number.isFinite(Number(value))) throw new Error(`Unknown or non-numeric: ${pair} (known: ${known.join(', ')})`);
      return [name, Number(value)];
    }),
  );
}

const BEGIN = '<!-- capacity:begin (generated by node scripts/capacity.ts --write) -->';
const END = '<!-- capacity:end -->';

/** Replaces the generated block of a markdown document. */
export function replaceBlock(doc: string, block: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/capacity.md has no capacity:begin / capacity:end block');
  return `${doc.slice(0, start + BEGIN.length)}\n${block}\n${doc.slice(end)}`;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { price: { type: 'string', multiple: true }, assume: { type: 'string', multiple: true }, write: { type: 'boolean' } } });
  const file = positionals[0] ?? latestBench(join(root, 'bench'));
  const bench = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const priceOverrides = overrides(values.price, Object.keys(PRICES));
  const prices = Object.fromEntries(
    Object.entries(PRICES).map(([name, p]) => [name, name in priceOverrides ? { ...p, value: priceOverrides[name]!, source: 'given with --price', asOf: 'now' } : p]),
  ) as Prices;
  const assumptions = { ...ASSUMPTIONS, ...overrides(values.assume, Object.keys(ASSUMPTIONS)) };
  // Api5xxRate, ApiP99Latency, errors and throttles of three functions, table throttles and system errors (infra/alarms.ts).
  const block = render(bench, prices, assumptions, 10);
  if (values.write) {
    const doc = join(root, 'docs', 'capacity.md');
    writeFileSync(doc, replaceBlock(readFileSync(doc, 'utf8'), block));
    console.log(`docs/capacity.md updated from ${file}`);
  } else {
    console.log(block);
  }
}

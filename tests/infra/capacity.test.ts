/**
 * The capacity and cost model's arithmetic (scripts/capacity.ts) on a small bench JSON whose answers
 * are worked out by hand in each test, and its ties to the stack it models.
 */
import { describe, expect, it } from 'vitest';
import { API_THROTTLE } from '../../infra/api.ts';
import {
  ASSUMPTIONS,
  LIMITS,
  PRICES,
  capacityAt,
  costOfPageViews,
  costOfSavedPlans,
  derive,
  render,
  replaceBlock,
  throttleMultiplier,
  total,
  type BenchResults,
  type Prices,
} from '../../scripts/capacity.ts';

const bench: BenchResults = {
  at: '2026-11-27T00:00:00.000Z',
  pages: [
    { page: '/', html_css_gzip: 4096, js_gzip: 0 },
    { page: '/roles/', html_css_gzip: 6144, js_gzip: 0 },
    { page: '/plan/', html_css_gzip: 10240, js_gzip: 2048, js_on_interaction_gzip: 59392 },
    { page: '/404.html', html_css_gzip: 99999, js_gzip: 0 },
  ],
  lambda: [
    { entry: 'lambda-reference.ts', bundle_bytes: 1, import_ms: 50, first_request_ms: 100 },
    { entry: 'lambda-plans.ts', bundle_bytes: 1, import_ms: 90, first_request_ms: 200 },
  ],
  api: [
    { endpoint: '/api/health', rps: 1000, p99_ms: 1, bytes_per_response: 100 },
    { endpoint: '/api/roles', rps: 1000, p99_ms: 1, bytes_per_response: 3000 },
    { endpoint: '/api/programs', rps: 500, p99_ms: 1, bytes_per_response: 1000 },
    { endpoint: 'POST /api/guides', rps: 100, p99_ms: 1, bytes_per_response: 9999 },
    { endpoint: 'GET /api/plans/:id', rps: 200, p99_ms: 1, bytes_per_response: 9999 },
  ],
  dynamo_calls: {
    endpoints: [
      { endpoint: '/api/health', cold_calls: 1, warm_calls_per_request: 1 },
      { endpoint: '/api/roles', cold_calls: 5, warm_calls_per_request: 0 },
      { endpoint: '/api/programs', cold_calls: 1, warm_calls_per_request: 0 },
    ],
    reference_cache_hit_rate: 0.9,
  },
};

const a = { ...ASSUMPTIONS, toolPageShare: 0.5, lambdaCpuScale: 2, dynamoCallMs: 10, coldStartShare: 0.1 };
const d = derive(bench, a);
const cost = (lines: { item: string; cost: number | null }[], start: string) => lines.find((l) => l.item.startsWith(start))!.cost;

describe('figures from the bench', () => {
  it('weighs a page view between content and tool pages, leaving out the 404 page, a tool page with the JS it loads once used', () => {
    // content (4096 + 6144) / 2 = 5120; tool 10240 + 2048 before interaction + 59392 on it = 71680; half each.
    expect(d).toMatchObject({ contentPageBytes: 5120, toolPageBytes: 71680, bytesPerPageView: 38400 });
  });

  it('averages API response bytes over the reference reads only', () => {
    expect(d.apiResponseBytes).toBe(2000);
  });

  it('turns req/s on one core into billed Lambda ms: CPU × scale + DynamoDB calls × their latency, rounded up', () => {
    // reads: mean(1 ms, 2 ms) × 2 + 0 calls = 3; create: 10 ms × 2 + 2 writes × 10 = 40; saved read: 5 × 2 + 1 × 10 = 20.
    expect(d).toMatchObject({ apiReadLambdaMs: 3, createLambdaMs: 40, savedReadLambdaMs: 20 });
  });

  it('takes the slowest import + first request, scaled, as the cold start, and the reads a cold start makes', () => {
    expect(d).toMatchObject({ coldStartMs: 400, coldCallsPerStart: 3, warmCallsPerRead: 0 });
  });

  it('falls back to the assumed response size, compressed as CloudFront would, when the bench has no bytes per response', () => {
    const older = { ...bench, api: bench.api.map(({ bytes_per_response: _, ...row }) => row) };
    expect(derive(older, a).apiResponseBytes).toBe(a.apiResponseBytes * a.apiCompressionRatio);
  });
});

describe('cost of 1 million page views', () => {
  const lines = costOfPageViews(d, PRICES, a);

  it('counts CloudFront requests for every page file and API call, at $0.01 per 10,000', () => {
    // 4 files × 1e6 + 0.7 API calls × 1e6 = 4.7e6 requests.
    expect(cost(lines, 'CloudFront: HTTPS')).toBeCloseTo(4.7, 10);
  });

  it('runs the page functions twice per site request and the API function once per call', () => {
    // (8e6 + 0.7e6) invocations × $0.10 per million.
    expect(cost(lines, 'CloudFront Functions')).toBeCloseTo(0.87, 10);
  });

  it('sends only uncached API calls to the origin: cacheable reads at the miss ratio plus every preview', () => {
    // 1e6 × (0.5 × 0.2 + 0.2) = 300,000 at $1 per million.
    expect(cost(lines, 'API (uncached calls): HTTP API')).toBeCloseTo(0.3, 10);
    const duration = lines.find((l) => l.item.startsWith('API (uncached calls): Lambda duration'))!;
    // 300,000 × 0.5 GB × (3 ms + 10 % × 400 ms) = 6,450 GB-s.
    expect(duration.quantity).toBeCloseTo(6450, 6);
    expect(duration.cost).toBeCloseTo(6450 * 0.0000133334, 10);
  });

  it('bills data out for pages and API answers as the bench measured them sent (already compressed)', () => {
    // 1e6 × 38400 + 0.7e6 × 2000 bytes, in GB of 2^30 bytes.
    const gb = (1e6 * 38400 + 0.7e6 * 2000) / 1024 ** 3;
    expect(cost(lines, 'CloudFront: data out')).toBeCloseTo(gb * 0.085, 10);
  });

  it('leaves an uncited price out of the total and names it', () => {
    expect(cost(lines, 'S3: GETs')).toBeNull();
    const t = total(lines);
    expect(t.unpriced).toEqual(['s3GetPer1000']);
    expect(t.usd).toBeCloseTo(lines.reduce((sum, l) => sum + (l.cost ?? 0), 0), 10);
  });
});

describe('cost of 100,000 saved plans', () => {
  it('writes the item and the rate counter per create and reads each plan as assumed', () => {
    const lines = costOfSavedPlans(d, PRICES, a);
    // 100,000 × (1 KB item + 1 counter) write units at $0.625 per million; 300,000 reads at $0.125 per million.
    expect(cost(lines, 'Creates: DynamoDB writes')).toBeCloseTo(0.125, 10);
    expect(cost(lines, 'Reads: DynamoDB GetItem')).toBeCloseTo(0.0375, 10);
    expect(cost(lines, 'CloudFront: HTTPS')).toBeCloseTo(0.4, 10);
  });

  it('prices storage once a price is given', () => {
    const prices: Prices = { ...PRICES, dynamoStoragePerGbMonth: { ...PRICES.dynamoStoragePerGbMonth, value: 1 } };
    // 100,000 × 1 KB = 0.0954 GB.
    expect(cost(costOfSavedPlans(d, prices, a), 'DynamoDB storage')).toBeCloseTo(100_000 / 1024 ** 2, 10);
  });
});

describe('capacity', () => {
  it('puts 100× the baseline at 59.8 API origin requests a second at peak, over the 50 the stage allows', () => {
    // 1e8 page views / 2,592,000 s × 5 = 192.9/s; × 0.3 origin calls + 1e6 plans / 2,592,000 × 5 = 1.93 creates/s.
    const at100 = capacityAt(d, a, 100);
    expect(at100.pageViewsPerSecond).toBeCloseTo(192.9, 1);
    expect(at100.originRps).toBeCloseTo(59.8, 1);
    expect(at100.rows[0]).toMatchObject({ limit: 'API stage throttle (requests/s)', max: API_THROTTLE.rateLimit });
    expect(at100.rows[0]!.share).toBeCloseTo(59.8 / 50, 2);
    expect(throttleMultiplier(d, a)).toBeCloseTo(50 / 0.598, 0);
  });

  it('counts Lambda concurrency by Little’s law: requests a second × seconds each', () => {
    const at10 = capacityAt(d, a, 10);
    const lambda = at10.rows.find((r) => r.limit === 'Lambda concurrent executions')!;
    expect(lambda.load).toBeCloseTo(at10.originRps * ((3 + 0.1 * 400) / 1000), 10);
  });

  it('models the throttle the stack sets', () => {
    expect(LIMITS.apiRateLimit.value).toBe(API_THROTTLE.rateLimit);
  });
});

describe('the document', () => {
  it('renders every section with the bench time and region', () => {
    const block = render(bench, PRICES, a, 10);
    for (const heading of ['**1 million page views**', '**100,000 saved plans**', '**Fixed a month**', '**Peak load against limits**', 'us-east-1', bench.at]) {
      expect(block).toContain(heading);
    }
  });

  it('replaces only the generated block', () => {
    const doc = 'intro\n<!-- capacity:begin (generated by node scripts/capacity.ts --write) -->\nold\n<!-- capacity:end -->\noutro';
    expect(replaceBlock(doc, 'new')).toBe('intro\n<!-- capacity:begin (generated by node scripts/capacity.ts --write) -->\nnew\n<!-- capacity:end -->\noutro');
    expect(() => replaceBlock('no block', 'new')).toThrow(/capacity:begin/);
  });
});

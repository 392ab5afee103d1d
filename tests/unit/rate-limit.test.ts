import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problemOf, ProblemError, sendProblem } from '../../functions/http/problem.ts';
import { clientAddressOf, createRateLimiter, rateLimit, stripPort } from '../../functions/http/rate-limit.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(limit: number, windowMs: number, maxKeys?: number) {
  const clock = { now: 0 };
  return { clock, limiter: createRateLimiter({ limit, windowMs, now: () => clock.now, maxKeys }) };
}

describe('createRateLimiter', () => {
  it('allows `limit` requests per key in a window, then says how many seconds are left', () => {
    const { clock, limiter } = limiterAt(3, 60_000);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
    ]);
    clock.now = 15_500;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    clock.now = 59_999;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('opens a new window for a key once its window has passed', () => {
    const { clock, limiter } = limiterAt(1, 1_000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    clock.now = 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps each key to its own window', () => {
    const { limiter } = limiterAt(1, 1_000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('remembers at most maxKeys keys, forgetting expired windows first', () => {
    const { clock, limiter } = limiterAt(1, 1_000, 2);
    limiter.take('old');
    clock.now = 600;
    limiter.take('recent');
    clock.now = 1_100;
    // 'old' has expired and is dropped to make room; 'recent' is still counted.
    limiter.take('new');
    expect(limiter.take('recent').allowed).toBe(false);
    expect(limiter.take('new').allowed).toBe(false);
  });

  it('allows at most 2 × limit in any sliding window, and never refuses a key whose last allowed request is a window old', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 400 })), { maxLength: 80 }), (limit, arrivals) => {
        const { clock, limiter } = limiterAt(limit, 1_000);
        const allowedAt = new Map<string, number[]>();
        for (const [key, gap] of arrivals) {
          clock.now += gap;
          const times = allowedAt.get(key) ?? [];
          const result = limiter.take(key);
          if (result.allowed) allowedAt.set(key, [...times, clock.now]);
          else {
            expect(clock.now - times.at(-1)!).toBeLessThan(1_000);
            expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
            expect(result.retryAfterSeconds).toBeLessThanOrEqual(1);
          }
        }
        // Fixed windows: `limit` at the end of one window and `limit` at the start of the next is the worst case.
        for (const times of allowedAt.values()) {
          for (let i = 2 * limit; i < times.length; i++) expect(times[i]! - times[i - 2 * limit]!).toBeGreaterThan(1_000);
        }
      }),
    );
  });
});

describe('stripPort', () => {
  it.each([
    ['203.0.113.7:46532', '203.0.113.7'],
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8::8a2e:370:7334:46532', '2001:db8::8a2e:370:7334'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    [' 198.51.100.1:80 ', '198.51.100.1'],
  ])('reads %s as %s', (input, expected) => {
    expect(stripPort(input)).toBe(expected);
  });
});

describe('clientAddressOf and the rateLimit middleware', () => {
  function appWith(limit: number) {
    const app = new Hono();
    app.use(rateLimit(createRateLimiter({ limit, windowMs: 600_000 }), clientAddressOf, 'tries'));
    app.get('/', (c) => c.text(clientAddressOf(c) ?? 'unknown'));
    app.onError((e, c) => (e instanceof ProblemError ? sendProblem(c, e.problem, e.headers) : sendProblem(c, problemOf(500, 'x'))));
    return app;
  }

  it('takes the Lambda event\'s source IP, ignores a CloudFront-Viewer-Address nobody vouched for (viewer.ts), and has no address without an event', async () => {
    const app = appWith(100);
    const env = { event: { requestContext: { http: { sourceIp: '192.0.2.5' } } } };
    expect(await (await app.request('/', { headers: { 'CloudFront-Viewer-Address': '198.51.100.9:1234' } }, env)).text()).toBe('192.0.2.5');
    expect(await (await app.request('/', {}, env)).text()).toBe('192.0.2.5');
    expect(await (await app.request('/', {}, { event: { requestContext: { identity: { sourceIp: '192.0.2.6' } } } })).text()).toBe('192.0.2.6');
    expect(await (await app.request('/')).text()).toBe('unknown');
  });

  it('answers over the limit with a 429 problem and Retry-After in seconds', async () => {
    const app = appWith(1);
    expect((await app.request('/')).status).toBe(200);
    const res = await app.request('/');
    expect(res.status).toBe(429);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('600');
    const problem = (await res.json()) as { title: string; detail: string };
    expect(problem.title).toBe('Too many requests');
    expect(problem.detail).toMatch(/try again in 10 minutes/);
  });
});

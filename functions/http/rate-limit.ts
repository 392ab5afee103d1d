/**
 * Rate limits for writes anyone may make (creating a plan or a guide): a fixed window per client,
 * counted after the request is valid (a refused body uses no quota). The counting is injected: the
 * edges count in DynamoDB (store/rate-counters.ts) so a limit holds across Lambda instances and
 * processes; the in-memory limiter here serves tests and is the default when nothing is injected.
 * A client is its IPv4 address, or its IPv6 /64 (one subscriber's whole network).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problemOf, ProblemError } from './problem.ts';
import { lambdaClientAddress, type ClientAddress } from './viewer.ts';

export { stripPort, type ClientAddress } from './viewer.ts';

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Count one request for `key`: allowed while the key's window has room, else how long to wait. */
  take(key: string): Take | Promise<Take>;
}

/** A limit: requests allowed per client in one window. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Builds the limiter of one kind of create ('plans', 'guides') for its default window; the edges inject one that counts in the table. */
export type LimiterFactory = (scope: string, window: RateWindow) => RateLimiter;

export interface RateLimiterOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys remembered at most; expired windows are dropped first, then the oldest. */
  maxKeys?: number;
}

/** A limiter that answers at once (in memory). */
export interface SyncRateLimiter extends RateLimiter {
  take(key: string): Take;
}

/** In memory, per process: fixed windows that start at a key's first request. */
export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 10_000 }: RateLimiterOptions): SyncRateLimiter {
  const windows = new Map<string, { start: number; count: number }>();

  function prune(t: number) {
    for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
    // Still full (a flood of distinct addresses): forget the oldest windows.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    take(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        windows.delete(key);
        if (windows.size >= maxKeys) prune(t);
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      if (w.count >= limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - t) / 1000)) };
      w.count++;
      return { allowed: true, remaining: limit - w.count };
    },
  };
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one (the URL parser checks and normalises it). */
function ipv6Groups(address: string): number[] | undefined {
  const text = address.trim().replace(/%.*$/, '');
  if (!text.includes(':')) return undefined;
  let canonical: string;
  try {
    canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [left = '', right] = canonical.split('::');
  const hex = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const l = hex(left);
  const r = right === undefined ? [] : hex(right);
  return [...l, ...Array<number>(8 - l.length - r.length).fill(0), ...r];
}

/**
 * What a limit counts for an address: an IPv4 address as it is; an IPv6 address by its /64
 * ("2001:db8:1:2::/64"), since one subscriber gets a whole /64; an IPv4-mapped IPv6 address as its IPv4.
 */
export function rateSubject(address: string): string {
  const groups = ipv6Groups(address);
  if (!groups) return address.trim();
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/**
 * Count one create against its client (IPv6 by /64); over the limit, throw a 429 problem with
 * Retry-After. Called once the request is valid, so a refused body uses no quota.
 */
export function countCreate(limiter: RateLimiter, address: ClientAddress, what: string): (c: Context) => Promise<void> {
  return async (c) => {
    // Requests whose address cannot be told share one window.
    const result = await limiter.take(rateSubject(address(c) ?? 'unknown'));
    if (!result.allowed) {
      const wait = result.retryAfterSeconds;
      throw new ProblemError(
        problemOf(429, `Too many ${what} from your address; try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`, { retryAfterSeconds: wait }),
        { 'Retry-After': String(wait) },
      );
    }
  };
}

/** A limiter that refuses every request with 503: creates fail closed when the limit cannot be counted (its key is not configured). */
export const refusingLimiter = (reason: string): RateLimiter => ({
  take() {
    throw new ProblemError(problemOf(503, `New items cannot be saved right now: ${reason}`), { 'Retry-After': '300' });
  },
});

/** countCreate as middleware, for routes that limit before anything else. */
export function rateLimit(limiter: RateLimiter, address: ClientAddress, what: string): MiddlewareHandler {
  const count = countCreate(limiter, address, what);
  return async (c, next) => {
    await count(c);
    await next();
  };
}

/** The client's address as deployed: CloudFront's viewer address when the request proved it came through CloudFront, else the event's source IP. */
export const clientAddressOf: ClientAddress = lambdaClientAddress;

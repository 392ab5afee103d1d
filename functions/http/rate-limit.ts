/**
 * A small in-memory rate limit for writes anyone may make (creating a guide): a fixed window per
 * client address, with an injectable clock. In-memory means per process (per Lambda instance);
 * API Gateway's throttling stays the global backstop.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problemOf, ProblemError } from './problem.ts';

/** The client's address as the edge saw it; undefined when it cannot be told. */
export type ClientAddress = (c: Context) => string | undefined;

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Count one request for `key`: allowed while the key's window has room, else how long to wait. */
  take(key: string): Take;
}

export interface RateLimiterOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys remembered at most; expired windows are dropped first, then the oldest. */
  maxKeys?: number;
}

/** Fixed windows that start at a key's first request. */
export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 10_000 }: RateLimiterOptions): RateLimiter {
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

/** "203.0.113.7:46532" → "203.0.113.7"; "2001:db8::1:46532" → "2001:db8::1"; "[2001:db8::1]:443" → "2001:db8::1". */
export function stripPort(viewerAddress: string): string {
  const value = viewerAddress.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  return value.replace(/:\d+$/, '');
}

/**
 * The address from the request as deployed: CloudFront's `CloudFront-Viewer-Address` (the viewer's
 * IP and port) when present, else the Lambda event's source IP (hono/aws-lambda puts the event in env).
 */
export const clientAddressOf: ClientAddress = (c) => {
  const viewer = c.req.header('CloudFront-Viewer-Address');
  if (viewer) return stripPort(viewer);
  const env = c.env as { event?: { requestContext?: { http?: { sourceIp?: unknown }; identity?: { sourceIp?: unknown } } } } | undefined;
  const context = env?.event?.requestContext;
  // HTTP API (payload 2.0) first, then REST API (1.0).
  const ip = context?.http?.sourceIp ?? context?.identity?.sourceIp;
  return typeof ip === 'string' && ip !== '' ? ip : undefined;
};

/** Middleware: count the request against its client address; over the limit, 429 with Retry-After. */
export function rateLimit(limiter: RateLimiter, address: ClientAddress, what: string): MiddlewareHandler {
  return async (c, next) => {
    // Requests whose address cannot be told share one window.
    const result = limiter.take(address(c) ?? 'unknown');
    if (!result.allowed) {
      const wait = result.retryAfterSeconds;
      throw new ProblemError(
        problemOf(429, `Too many ${what} from your address; try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`, { retryAfterSeconds: wait }),
        { 'Retry-After': String(wait) },
      );
    }
    await next();
  };
}

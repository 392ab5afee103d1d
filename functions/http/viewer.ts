/**
 * Who the client is and where the site is, as far as a request can be trusted. On AWS the API
 * answers only requests that came through CloudFront: CloudFront adds `X-Origin-Verify: <secret>`
 * (and `X-Site-Origin`) as origin custom headers, and only a request carrying the secret may
 * speak for the viewer (`CloudFront-Viewer-Address`) and the site's origin. Anything else is
 * someone calling the execute-api URL directly: refused with 403.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { problemOf, sendProblem } from './problem.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by requireOriginSecret when the request proved it came through CloudFront. */
    viaCloudFront: boolean;
  }
}

/** The header CloudFront adds with the origin secret (an origin custom header). */
export const ORIGIN_VERIFY_HEADER = 'X-Origin-Verify';
/** The header CloudFront adds with the site's own origin, e.g. https://coding.example.org. */
export const SITE_ORIGIN_HEADER = 'X-Site-Origin';
/** CloudFront's viewer address: "<ip>:<port>". */
export const VIEWER_ADDRESS_HEADER = 'CloudFront-Viewer-Address';

/** The client's address as far as it can be told; undefined when it cannot. */
export type ClientAddress = (c: Context) => string | undefined;
/** The site's origin for links in answers (scheme, host, port; no path); undefined when none is known. */
export type SiteOrigin = (c: Context) => string | undefined;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Does the presented value equal the secret? Constant time: both are hashed to one length first. */
export function secretMatches(presented: string | undefined, secret: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(secret));
}

/** Did this request prove it came through CloudFront (requireOriginSecret passed it)? */
export const cameThroughCloudFront = (c: Context): boolean => c.get('viaCloudFront') === true;

/**
 * Middleware: only requests whose X-Origin-Verify equals `secret` pass, marked as having come
 * through CloudFront; any other gets a 403 problem. Without a secret (misconfigured), every request is refused.
 */
export function requireOriginSecret(secret: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!secret || !secretMatches(c.req.header(ORIGIN_VERIFY_HEADER), secret)) {
      return sendProblem(c, problemOf(403, 'This API answers only requests made through the site.', { code: 'origin-not-verified' }));
    }
    c.set('viaCloudFront', true);
    await next();
  };
}

/** "203.0.113.7:46532" → "203.0.113.7"; "2001:db8::1:46532" → "2001:db8::1"; "[2001:db8::1]:443" → "2001:db8::1". */
export function stripPort(viewerAddress: string): string {
  const value = viewerAddress.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  return value.replace(/:\d+$/, '');
}

/** The source IP of the API Gateway event behind this request (the Lambda adapter, edges/http-api.ts, puts the event in env). */
function eventSourceIp(c: Context): string | undefined {
  const env = c.env as { event?: { requestContext?: { http?: { sourceIp?: unknown }; identity?: { sourceIp?: unknown } } } } | undefined;
  const context = env?.event?.requestContext;
  // HTTP API (payload 2.0) first, then REST API (1.0).
  const ip = context?.http?.sourceIp ?? context?.identity?.sourceIp;
  return typeof ip === 'string' && ip !== '' ? ip : undefined;
}

/**
 * The client's address on Lambda: CloudFront's viewer address (without its port) when the request
 * came through CloudFront, else the event's source IP. A viewer header from anyone else is ignored.
 */
export const lambdaClientAddress: ClientAddress = (c) => {
  const viewer = cameThroughCloudFront(c) ? c.req.header(VIEWER_ADDRESS_HEADER) : undefined;
  return viewer ? stripPort(viewer) : eventSourceIp(c);
};

/** `value` when it is an http(s) origin and nothing more ("https://a.example", no path), else undefined. */
export function asOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.trim().replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site's origin for links: X-Site-Origin when the request came through CloudFront, else the
 * configured one (SITE_ORIGIN). Never the Host or X-Forwarded-Host a client sent.
 */
export const siteOriginOf = (configured: string | undefined): SiteOrigin => {
  const fallback = asOrigin(configured);
  return (c) => (cameThroughCloudFront(c) ? asOrigin(c.req.header(SITE_ORIGIN_HEADER)) : undefined) ?? fallback;
};

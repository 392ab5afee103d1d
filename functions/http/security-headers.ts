/**
 * The security headers of every response. The same values go into CloudFront's response-headers
 * policy (infra/site.ts imports them), so local and deployed answers cannot drift apart.
 */
import type { MiddlewareHandler } from 'hono';

/** Scripts only from this origin: no inline script runs (styles may be inlined by the build). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/** Header name → value, as sent by the local server and set by CloudFront. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains; preload`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

const HEADER_ENTRIES = Object.entries(SECURITY_HEADERS);

/** The Node response @hono/node-server passes as `env.outgoing`: headers set on it join those the app's Response sends. */
interface NodeOutgoing {
  setHeader(name: string, value: string): unknown;
}
const outgoingOf = (env: unknown): NodeOutgoing | undefined => {
  const outgoing = (env as { outgoing?: Partial<NodeOutgoing> } | undefined)?.outgoing;
  return typeof outgoing?.setHeader === 'function' ? (outgoing as NodeOutgoing) : undefined;
};

/** Hono middleware that sets SECURITY_HEADERS on every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    // Served by Node: set them on the socket's response, so an answer keeps its plain header record
    // (changing a Response's headers makes @hono/node-server build a Headers object for each answer).
    const outgoing = outgoingOf(c.env);
    if (outgoing) {
      for (const [name, value] of HEADER_ENTRIES) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of HEADER_ENTRIES) c.res.headers.set(name, value);
  };
}

/**
 * The Lambda adapter: an API Gateway HTTP API event (payload format 2.0, the only kind the stack
 * sends) to a Fetch Request for the app, and its Response back. What hono/aws-lambda does for 2.0
 * events, without its REST API, ALB, VPC Lattice and streaming processors (about 4 KB of every bundle)
 * and without the package hono marks deprecated for v5.
 */

/** The parts of a payload 2.0 event the adapter reads. */
export interface HttpApiEvent {
  rawPath: string;
  rawQueryString?: string;
  cookies?: string[];
  headers?: Record<string, string | undefined>;
  requestContext: { domainName: string; http: { method: string } };
  body?: string;
  isBase64Encoded?: boolean;
}

/** What API Gateway takes back. */
export interface HttpApiResult {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: boolean;
}

/** An app as the adapter calls it: fetch with the event (and the Lambda context) as its env. */
export interface FetchApp {
  fetch(request: Request, env: { event: unknown; requestContext: unknown; lambdaContext: unknown }): Response | Promise<Response>;
}

/** True for a media type sent base64-encoded: anything but text/*, JSON and XML. */
export const isBinaryType = (contentType: string) => !/^text\/|[/+](?:json|xml)\s*(?:;|$)/i.test(contentType);

/** The event as a Request: https://<domain><rawPath>?<rawQueryString>, cookies joined into Cookie, a base64 body decoded. */
export function requestOf(event: HttpApiEvent): Request {
  const headers = new Headers();
  if (event.cookies?.length) headers.set('Cookie', event.cookies.join('; '));
  // Header values must be ByteStrings: anything else is percent-encoded, as hono/aws-lambda does.
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value) headers.set(name, /[^\x00-\x7f]/.test(value) ? encodeURIComponent(value) : value);
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const init: RequestInit = { method: event.requestContext.http.method, headers };
  if (event.body) {
    const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body);
    headers.set('content-length', `${body.length}`);
    init.body = body;
  }
  return new Request(`https://${event.requestContext.domainName}${event.rawPath}${query}`, init);
}

/** The Response as API Gateway takes it: Set-Cookie as `cookies`, a binary body in base64. */
export async function resultOf(res: Response): Promise<HttpApiResult> {
  // The app never compresses (CloudFront does), so only the media type decides.
  // No media type: sent as text.
  const base64 = isBinaryType(res.headers.get('content-type') ?? 'text/');
  const body = base64 ? Buffer.from(await res.arrayBuffer()).toString('base64') : await res.text();
  const cookies = res.headers.getSetCookie();
  // Every header but Set-Cookie, which goes back as `cookies`.
  const headers: Record<string, string> = Object.fromEntries(res.headers);
  delete headers['set-cookie'];
  return { statusCode: res.status, headers, ...(cookies.length > 0 && { cookies }), body, isBase64Encoded: base64 };
}

/** A Lambda handler for an app; an event that makes no Request is a 400. */
export function handleHttpApi(app: FetchApp) {
  return async (event: HttpApiEvent, lambdaContext: unknown): Promise<HttpApiResult> => {
    let request: Request;
    try {
      request = requestOf(event);
    } catch {
      return resultOf(new Response('Invalid request', { status: 400 }));
    }
    return resultOf(await app.fetch(request, { event, requestContext: event.requestContext, lambdaContext }));
  };
}

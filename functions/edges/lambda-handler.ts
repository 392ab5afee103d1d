/**
 * A Lambda handler for one group of routes: the shared API core, adapted to API Gateway events,
 * configured from the environment the stack sets:
 * - ORIGIN_VERIFY_SECRET: requests must carry it as X-Origin-Verify (CloudFront adds it), else 403;
 *   only then are CloudFront-Viewer-Address and X-Site-Origin believed. Unset on Lambda: every
 *   request is refused (fail closed). Unset elsewhere (tests, the bench): no check, source IP only.
 * - RATE_KEY_SECRET: the HMAC key of the create-rate counters in the table. Unset: creates are
 *   refused with 503 (fail closed), reads and edits go on.
 * - SITE_ORIGIN: the site's origin for links when X-Site-Origin is not there to tell it.
 */
import { Hono } from '../http/hono.ts';
import { handleHttpApi, type HttpApiEvent, type HttpApiResult } from './http-api.ts';
import { createApi } from '../routes/create-api.ts';
import type { AnyMountedGroup } from '../routes/groups.ts';
import { createDeps } from '../routes/deps.ts';
import { refusingLimiter } from '../http/rate-limit.ts';
import { lambdaClientAddress, requireOriginSecret, siteOriginOf } from '../http/viewer.ts';
import { createDocumentClient, tableConfigFromEnv } from '../store/client.ts';

/** One structured log line (CloudWatch keeps it as JSON). */
const logError = (message: string) => console.error(JSON.stringify({ level: 'error', message }));

/** The group's app as deployed: the origin check first, then the API with limits counted in the table. */
export function lambdaApp(group: AnyMountedGroup, env: NodeJS.ProcessEnv = process.env) {
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const originSecret = env.ORIGIN_VERIFY_SECRET || undefined;
  const rateKeySecret = env.RATE_KEY_SECRET || undefined;
  if (!rateKeySecret) logError('RATE_KEY_SECRET is not set: creating plans and guides is refused with 503 until it is.');
  if (!originSecret && onLambda) logError('ORIGIN_VERIFY_SECRET is not set: every API request is refused with 403 until it is.');
  const config = tableConfigFromEnv(env);
  const deps = createDeps(config, createDocumentClient(config), { rateKeySecret });
  const api = createApi(
    {
      ...deps,
      clientAddress: lambdaClientAddress,
      siteOrigin: siteOriginOf(env.SITE_ORIGIN),
      ...(rateKeySecret ? {} : { createLimiter: () => refusingLimiter('the server is missing its rate-limit key.') }),
    },
    [group],
  );
  if (!originSecret && !onLambda) return api;
  return new Hono().use(requireOriginSecret(originSecret)).route('/', api);
}

/** Built on the first event, so importing an entry has no side effects. Every text/* answer (the plan calendar is text/calendar) goes back as text; only binary types are base64 (http-api.ts). */
export function lambdaHandler(group: AnyMountedGroup) {
  let handler: ReturnType<typeof handleHttpApi> | undefined;
  // API Gateway sends HTTP API payload 2.0 events (infra/api.ts), whatever type a caller gives them.
  return (event: object, context: unknown): Promise<HttpApiResult> => {
    handler ??= handleHttpApi(lambdaApp(group));
    return handler(event as HttpApiEvent, context);
  };
}

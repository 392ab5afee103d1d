/** A Lambda handler for one group of routes: the shared API core, adapted to API Gateway events. */
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApi, type Routes } from './api.ts';
import { createDeps } from './deps.ts';
import { clientAddressOf } from './rate-limit.ts';
import { tableConfigFromEnv } from './store/client.ts';

/** Built on the first event, so importing an entry (app.ts reads its route table) has no side effects. */
export function lambdaHandler(routes: Routes) {
  let handler: ReturnType<typeof handle> | undefined;
  return (event: LambdaEvent, context: LambdaContext) => {
    // The viewer's address as CloudFront forwards it, else the event's source IP.
    handler ??= handle(createApi({ ...createDeps(tableConfigFromEnv()), clientAddress: clientAddressOf }, routes));
    return handler(event, context);
  };
}

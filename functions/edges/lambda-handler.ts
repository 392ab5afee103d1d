/** A Lambda handler for one group of routes: the shared API core, adapted to API Gateway events. */
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApi } from '../routes/create-api.ts';
import type { AnyMountedGroup } from '../routes/groups.ts';
import { createDeps } from '../routes/deps.ts';
import { clientAddressOf } from '../http/rate-limit.ts';
import { tableConfigFromEnv } from '../store/client.ts';

/** Built on the first event, so importing an entry has no side effects. */
export function lambdaHandler(group: AnyMountedGroup) {
  let handler: ReturnType<typeof handle> | undefined;
  return (event: LambdaEvent, context: LambdaContext) => {
    // The viewer's address as CloudFront forwards it, else the event's source IP.
    handler ??= handle(createApi({ ...createDeps(tableConfigFromEnv()), clientAddress: clientAddressOf }, [group]));
    return handler(event, context);
  };
}

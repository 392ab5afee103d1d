/** The Lambda entry: the same app, adapted to API Gateway events. */
import { handle } from 'hono/aws-lambda';
import { createApp } from './app.ts';
import { createDeps } from './deps.ts';
import { clientAddressOf } from './rate-limit.ts';
import { tableConfigFromEnv } from './store/client.ts';

// The viewer's address as CloudFront forwards it, else the event's source IP.
export const handler = handle(createApp({ ...createDeps(tableConfigFromEnv()), clientAddress: clientAddressOf }));

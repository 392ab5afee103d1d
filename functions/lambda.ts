/** The Lambda entry: the same app, adapted to API Gateway events. */
import { handle } from 'hono/aws-lambda';
import { createApp } from './app.ts';
import { createDeps } from './deps.ts';
import { tableConfigFromEnv } from './store/client.ts';

export const handler = handle(createApp(createDeps(tableConfigFromEnv())));

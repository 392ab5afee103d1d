/** What the app needs from the outside world; the edges (server.ts, lambda.ts, tests) supply it. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type TableConfig } from './store/client.ts';
import { createReferenceStore, type ReferenceStore } from './store/reference-store.ts';

export interface AppDeps {
  reference: ReferenceStore;
}

/** Build every store over one document client. */
export function createDeps(config: TableConfig, client: DynamoDBDocumentClient = createDocumentClient(config)): AppDeps {
  return { reference: createReferenceStore({ client, tableName: config.tableName }) };
}

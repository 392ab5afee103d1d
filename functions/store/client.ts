/** The DynamoDB document client, configured once for Lambda and for the embedded local server. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_TABLE_NAME } from './keys.ts';

export interface TableConfig {
  /** Set for the embedded server or any non-AWS endpoint; unset on Lambda. */
  endpoint?: string;
  tableName: string;
  region?: string;
}

/** Where the table is, from DYNAMODB_ENDPOINT / TABLE_NAME / AWS_REGION. */
export function tableConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TableConfig {
  return {
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    tableName: env.TABLE_NAME || LOCAL_TABLE_NAME,
    region: env.AWS_REGION || undefined,
  };
}

/**
 * A document client whose calls fail fast: with the table unreachable the API must answer
 * 503 within 2 s, so one retry and short socket timeouts are set on purpose.
 */
export function createDocumentClient(config: TableConfig, { requestTimeoutMs = 700 } = {}): DynamoDBDocumentClient {
  const local = config.endpoint !== undefined;
  const client = new DynamoDBClient({
    endpoint: config.endpoint,
    region: config.region ?? 'us-east-1',
    // The embedded server accepts any credentials; AWS uses the Lambda role's.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 2,
    // throwOnRequestTimeout: without it the SDK only logs a warning and keeps waiting.
    requestHandler: { connectionTimeout: 300, requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

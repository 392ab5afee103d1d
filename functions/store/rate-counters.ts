/**
 * Create-rate counters in the table, so a limit holds across Lambda instances and local processes:
 * one item per client and window, counted with an atomic ADD. The client is keyed by an HMAC
 * (a deploy secret, RATE_KEY_SECRET on AWS, a file under .data/ locally), never by its address;
 * the window start is part of the key, and `ttl` lets DynamoDB drop old windows an hour after they end.
 */
import { createHmac } from 'node:crypto';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RateLimiter, RateWindow } from '../http/rate-limit.ts';
import { storeCall } from './errors.ts';
import { rateCounterKey, SCHEMA_VERSION } from './keys.ts';

/** How long a counter outlives its window before TTL may remove it. */
export const COUNTER_GRACE_SECONDS = 3_600;

/** The client's part of a counter key: HMAC-SHA256(secret, scope + client), hex, first 32 characters (128 bits). */
export function clientHash(secret: string | Uint8Array, scope: string, client: string): string {
  return createHmac('sha256', secret).update(`${scope}\n${client}`).digest('hex').slice(0, 32);
}

export type RateCounters = ReturnType<typeof createRateCounters>;

/** Repository of the create-rate counters. */
export function createRateCounters({ client, tableName }: { client: DynamoDBDocumentClient; tableName: string }) {
  return {
    /** count one request: UpdateItem ADD count :one on pk = RATE#<client hash>#<window start>, sk = COUNT; answers the new count */
    async add(hash: string, windowStartMs: number, expiresAtSeconds: number): Promise<number> {
      const out = await storeCall(() =>
        client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: rateCounterKey(hash, windowStartMs),
            UpdateExpression: 'ADD #count :one SET #ttl = :ttl, #type = :type, schemaVersion = :schema',
            ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl', '#type': 'type' },
            ExpressionAttributeValues: { ':one': 1, ':ttl': expiresAtSeconds, ':type': 'rate-counter', ':schema': SCHEMA_VERSION },
            ReturnValues: 'UPDATED_NEW',
          }),
        ),
      );
      return Number(out.Attributes?.count);
    },
  };
}

export interface TableRateLimiterOptions extends RateWindow {
  counters: RateCounters;
  /** The HMAC key: without it nobody can tell which counter is whose. */
  secret: string | Uint8Array;
  /** What is limited ('plans', 'guides'): each scope counts apart. */
  scope: string;
  now?: () => number;
}

/** A limiter counting in the table: fixed windows aligned to multiples of windowMs since the epoch. */
export function createTableRateLimiter({ counters, secret, scope, limit, windowMs, now = Date.now }: TableRateLimiterOptions): RateLimiter {
  return {
    async take(client) {
      const t = now();
      const start = Math.floor(t / windowMs) * windowMs;
      const end = start + windowMs;
      const count = await counters.add(clientHash(secret, scope, client), start, Math.ceil(end / 1_000) + COUNTER_GRACE_SECONDS);
      if (count > limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((end - t) / 1_000)) };
      return { allowed: true, remaining: limit - count };
    },
  };
}

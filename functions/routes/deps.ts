/** What the app needs from the outside world; the edges (edges/server.ts, the Lambda entries) and the tests supply it. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type TableConfig } from '../store/client.ts';
import { createReferenceStore, type ReferenceStore } from '../store/reference-store.ts';
import type { ClientAddress, RateLimiter } from '../http/rate-limit.ts';
import type { GuideInput } from '../contract/guides.ts';
import type { PlanInputBody } from '../contract/plans.ts';
import { upgradeStoredGuide, upgradeStoredPlan } from '../contract/saved-bodies.ts';
import { createSavedStore } from '../store/saved-store.ts';

export interface AppDeps {
  reference: ReferenceStore;
  guides: ReturnType<typeof createSavedStore<GuideInput>>;
  /** The client's address for rate limits; default: CloudFront's viewer address or the Lambda event's source IP. */
  clientAddress?: ClientAddress;
  /** Limits creating guides; default 10 per 10 minutes per address (routes/guides.ts). */
  guideCreateLimiter?: RateLimiter;
  plans: ReturnType<typeof createSavedStore<PlanInputBody>>;
  /** Limits creating plans; default 30 per 10 minutes per address (routes/plans.ts). */
  planCreateLimiter?: RateLimiter;
  /** "Today" for plans (the planner never reads the clock); tests pin it. */
  now?: () => Date;
}

/** Build every store over one document client. */
export function createDeps(config: TableConfig, client: DynamoDBDocumentClient = createDocumentClient(config)): AppDeps {
  return {
    reference: createReferenceStore({ client, tableName: config.tableName }),
    // Bodies stored under older field names are read under today's (contract/saved-bodies.ts).
    guides: createSavedStore<GuideInput>({ client, tableName: config.tableName, kind: 'GUIDE', upgrade: upgradeStoredGuide }),
    plans: createSavedStore<PlanInputBody>({ client, tableName: config.tableName, kind: 'PLAN', upgrade: upgradeStoredPlan }),
  };
}

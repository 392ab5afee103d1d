/** What the app needs from the outside world; the edges (edges/server.ts, the Lambda entries) and the tests supply it. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type TableConfig } from '../store/client.ts';
import { createReferenceStore, type ReferenceStore } from '../store/reference-store.ts';
import { createRateLimiter, type ClientAddress, type LimiterFactory, type RateLimiter, type RateWindow } from '../http/rate-limit.ts';
import type { SiteOrigin } from '../http/viewer.ts';
import type { AnswerCache } from '../http/answer-cache.ts';
import type { GuideInput } from '../contract/guides.ts';
import type { PlanInputBody } from '../contract/plans.ts';
import { upgradeStoredGuide, upgradeStoredPlan } from '../contract/saved-bodies.ts';
import { createRateCounters, createTableRateLimiter } from '../store/rate-counters.ts';
import { createSavedStore } from '../store/saved-store.ts';

export interface AppDeps {
  reference: ReferenceStore;
  /** Serialized reference answers (routes/reference-cache.ts); default: one bounded cache per reference store. */
  referenceAnswers?: AnswerCache;
  guides: ReturnType<typeof createSavedStore<GuideInput>>;
  /** The client's address for rate limits; default: CloudFront's viewer address when the request proved it came through CloudFront, else the Lambda event's source IP. */
  clientAddress?: ClientAddress;
  /** How create limits are counted, per scope ('plans', 'guides'); default: in memory, per process. createDeps counts in the table when given a key. */
  createLimiter?: LimiterFactory;
  /** Limits creating guides (overrides createLimiter); default 10 per 10 minutes per address (routes/guides.ts). */
  guideCreateLimiter?: RateLimiter;
  plans: ReturnType<typeof createSavedStore<PlanInputBody>>;
  /** Limits creating plans (overrides createLimiter); default 30 per 10 minutes per address (routes/plans.ts). */
  planCreateLimiter?: RateLimiter;
  /** The site's origin for links in answers (the plan calendar); default none, and the links are left out. */
  siteOrigin?: SiteOrigin;
  /** "Today" for plans (the planner never reads the clock); tests pin it. */
  now?: () => Date;
}

export interface DepsOptions {
  /** The HMAC key of the create-rate counters: given, create limits are counted in the table (shared by every instance). */
  rateKeySecret?: string | Uint8Array;
}

/** Build every store over one document client. */
export function createDeps(config: TableConfig, client: DynamoDBDocumentClient = createDocumentClient(config), options: DepsOptions = {}): AppDeps {
  const { rateKeySecret } = options;
  const counters = createRateCounters({ client, tableName: config.tableName });
  return {
    reference: createReferenceStore({ client, tableName: config.tableName }),
    // Bodies stored under older field names are read under today's (contract/saved-bodies.ts).
    guides: createSavedStore<GuideInput>({ client, tableName: config.tableName, kind: 'GUIDE', upgrade: upgradeStoredGuide }),
    plans: createSavedStore<PlanInputBody>({ client, tableName: config.tableName, kind: 'PLAN', upgrade: upgradeStoredPlan }),
    ...(rateKeySecret !== undefined ? { createLimiter: (scope, window) => createTableRateLimiter({ counters, secret: rateKeySecret, scope, ...window }) } : {}),
  };
}

/** The limiter of one kind of create: the injected factory's, else one in memory. */
export const limiterFor = (deps: AppDeps, scope: string, window: RateWindow): RateLimiter => deps.createLimiter?.(scope, window) ?? createRateLimiter(window);

/**
 * The one table of route groups: each group is one Lambda on AWS, mounts its resources under /api,
 * and may write only items whose key starts with its own prefixes. The local app mounts every group;
 * each Lambda entry mounts its own; infra/api.ts makes the functions, grants and routes from it; the
 * OpenAPI assembly checks that it documents exactly these paths. Metadata only: no route code here,
 * so importing it never pulls a group's code into another group's bundle.
 */
import { LAZY_COST_DATA, LAZY_PLAN_WORDS } from '../../site/i18n/plan-words-files.ts';
import { savedPk, type SavedKind } from '../store/keys.ts';

/** HTTP methods a group answers. */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteGroup {
  /** The Lambda entry file, relative to the repository root. */
  readonly entry: string;
  /** What the function serves, for its description. */
  readonly description: string;
  /** Resource paths under /api that this group mounts. */
  readonly paths: readonly `/${string}`[];
  /** The methods its routes answer. */
  readonly methods: readonly Method[];
  /** Key prefixes it may write (empty: read-only). */
  readonly writesKeyPrefixes: readonly string[];
  /** The group API Gateway sends every path no other group claims. */
  readonly isDefault: boolean;
  /**
   * Modules bundled on their own beside the Lambda's index.mjs (`file`, from the repository's `source`),
   * which the bundle loads when a request needs them: words of a language it does not carry.
   */
  readonly lazyFiles: readonly LazyFile[];
}

/** A module built on its own beside a Lambda bundle. */
export interface LazyFile {
  /** Its entry, relative to the repository root. */
  readonly source: string;
  /** The file name beside index.mjs. */
  readonly file: string;
}

/** A group of saved objects (plans, guides): every method on one path, writing only its own kind's items. */
function savedGroup<P extends `/${string}`>(entry: string, description: string, path: P, kind: SavedKind, lazyFiles: readonly LazyFile[] = []) {
  return {
    entry,
    description,
    paths: [path],
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    writesKeyPrefixes: [savedPk(kind, '')],
    isDefault: false,
    lazyFiles,
  } as const satisfies RouteGroup;
}

export const ROUTE_GROUPS = {
  reference: {
    entry: 'functions/edges/lambda-reference.ts',
    description: 'reference reads',
    paths: ['/health', '/roles', '/salaries', '/certifications', '/programs'],
    methods: ['GET'],
    writesKeyPrefixes: [],
    isDefault: true,
    // A Spanish cost comparison's data words come from their own file (site/i18n/cost-words.ts).
    lazyFiles: Object.values(LAZY_COST_DATA),
  },
  // The plans Lambda words plans in English from its bundle and in another language from that language's file (site/i18n/plan-words.ts).
  plans: savedGroup('functions/edges/lambda-plans.ts', 'saved plans', '/plans', 'PLAN', Object.values(LAZY_PLAN_WORDS)),
  guides: savedGroup('functions/edges/lambda-guides.ts', 'counselor guides', '/guides', 'GUIDE'),
} as const satisfies Record<string, RouteGroup>;

export type RouteGroupId = keyof typeof ROUTE_GROUPS;
/** The resource paths of one group, e.g. '/plans'. */
export type GroupPath<G extends RouteGroupId> = (typeof ROUTE_GROUPS)[G]['paths'][number];

/** Every resource path under /api, in registry order. */
export const ALL_PATHS = Object.values(ROUTE_GROUPS).flatMap((group) => group.paths);

/**
 * What a Lambda bundle leaves out for the runtime's own AWS SDK to supply: the credential sources the
 * SDK's default chain imports only when the environment holds no credentials, which on Lambda it always
 * does. Every other SDK module a function uses is bundled into it: loading the SDK's files from
 * node_modules (about 1 MB of source in 33 files) cost every cold start some 40 ms more than parsing the
 * few hundred KB of it a bundle keeps (`npm run bench`, Lambda table). infra/node-function.ts builds with
 * this list, the bench measures bundles built with it.
 */
export const LAMBDA_EXTERNAL_MODULES = [
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@smithy/credential-provider-imds',
] as const;

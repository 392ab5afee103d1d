/**
 * The plan words the API does not bundle: each such locale's catalog source and the file built from it
 * beside a Lambda's index.mjs. plan-words.ts loads it on the locale's first use; the route registry
 * names it for the plans group, so infra (and the bench) build it. Imports nothing, so naming it pulls
 * no words into a bundle.
 */
export const LAZY_PLAN_WORDS = {
  es: { source: 'site/i18n/es/plan-api.ts', file: 'plan-es.mjs' },
} as const;

/** A locale whose plan words are loaded on demand. */
export type LazyPlanLocale = keyof typeof LAZY_PLAN_WORDS;

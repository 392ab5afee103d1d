/**
 * The words the API does not bundle: each such locale's module source and the file built from it beside
 * a Lambda's index.mjs, loaded on the locale's first use (site/i18n/lazy-load.ts). The route registry
 * names them for their groups, so infra (and the bench) build them. Imports nothing, so naming a file
 * pulls no words into a bundle.
 */

/** The Spanish plan words and plan data texts, beside the plans Lambda. */
export const LAZY_PLAN_WORDS = {
  es: { source: 'site/i18n/es/plan-api.ts', file: 'plan-es.mjs' },
} as const;

/** The Spanish program and credential data texts a cost comparison shows, beside the reference Lambda. */
export const LAZY_COST_DATA = {
  es: { source: 'site/i18n/es/cost-api.ts', file: 'cost-es.mjs' },
} as const;

/** A locale whose plan words are loaded on demand. */
export type LazyPlanLocale = keyof typeof LAZY_PLAN_WORDS;

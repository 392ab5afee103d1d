/**
 * A plan's facts in a locale's words, for the API: every milestone, warning, duration and phase
 * rendered (by plan-text.ts) from the locale's plan messages into the plan shape the API answers
 * (`Plan`). Islands and pages render with plan-text.ts and the catalog they import instead.
 *
 * English is bundled; another locale's plan messages are loaded on their first use and kept
 * (site/i18n/lazy-load.ts), so the plans Lambda's index.mjs carries English only (its 100 KB bar) and an
 * English cold start reads no Spanish.
 */
import type { PlanFacts } from '../../functions/domain/planner-facts.ts';
import type { Plan } from '../../functions/domain/planner-types.ts';
import { plan as enPlan } from './en/plan.ts';
import type * as esCatalog from './es/plan-api.ts';
import { throughTableOnce } from './data-text-table.ts';
import type { Locale } from './locale.ts';
import { lazyModules } from './lazy-load.ts';
import { LAZY_PLAN_WORDS, type LazyPlanLocale } from './plan-words-files.ts';
import { planText, type PlanMessages } from './plan-text.ts';

/** The plan messages every locale provides: the English ones' type is the contract. */
export type { PlanMessages };

export { checkMessage, durationWords, milestoneWords, warningMessage } from './plan-text.ts';

/** What a locale's catalog module exports (typed by the catalog; a type import bundles nothing). */
type PlanCatalog = typeof esCatalog;

/** A lazy locale's plan catalog, loaded on its first use and kept. */
const catalogOf = lazyModules<LazyPlanLocale, PlanCatalog>(LAZY_PLAN_WORDS);

/** The plan messages of a locale: English at once, another loaded on its first use and kept (a failed load is tried again). */
export function planMessagesOf(locale: Locale): Promise<PlanMessages> {
  return locale === 'en' ? Promise.resolve(enPlan) : catalogOf(locale).then((c) => c.plan);
}

/**
 * A record's data words (a credential's, program's or the planner rules' notes) in a locale, for the
 * plan the API words: English as it is; another locale's through its table, codes and figures untouched.
 */
export async function planDataIn<T extends object>(value: T, locale: Locale): Promise<T> {
  return locale === 'en' ? value : throughTableOnce(value, (await catalogOf(locale)).planDataText);
}

/** The plan in a locale's words. */
export const planWordsOf = async (facts: PlanFacts, locale: Locale): Promise<Plan> => planText(facts, await planMessagesOf(locale));

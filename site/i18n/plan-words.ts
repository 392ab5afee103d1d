/**
 * A plan's facts in a locale's words, for the API: every milestone, warning, duration and phase
 * rendered (by plan-text.ts) from the locale's plan messages into the plan shape the API answers
 * (`Plan`). Islands and pages render with plan-text.ts and the catalog they import instead.
 *
 * English is bundled; another locale's plan messages are loaded on their first use and kept, so the
 * plans Lambda's index.mjs carries English only (its 100 KB bar) and an English cold start reads no
 * Spanish. esbuild would inline `import('./es/plan.ts')` (a literal path), so the path is computed at
 * run time, which esbuild leaves alone: bundled (import.meta.url is the bundle's index.mjs), it is the
 * file LAZY_PLAN_WORDS names beside the bundle, which infra and the bench build there; unbundled
 * (the local server on Node's type stripping, vitest: import.meta.url is this .ts file), the source.
 */
import type { PlanFacts } from '../../functions/domain/planner-facts.ts';
import type { Plan } from '../../functions/domain/planner-types.ts';
import { plan as enPlan } from './en/plan.ts';
import type * as esCatalog from './es/plan.ts';
import type { Locale } from './locale.ts';
import { LAZY_PLAN_WORDS, type LazyPlanLocale } from './plan-words-files.ts';
import { planText, type PlanMessages } from './plan-text.ts';

/** The plan messages every locale provides: the English ones' type is the contract. */
export type { PlanMessages };

export { checkMessage, durationWords, milestoneWords, warningMessage } from './plan-text.ts';

/** What a locale's catalog module exports (typed by the catalog; a type import bundles nothing). */
type PlanCatalog = typeof esCatalog;

const loaded = new Map<LazyPlanLocale, Promise<PlanMessages>>();

/** A lazy locale's plan messages, from the file beside the bundle or, unbundled, from the source. */
function load(locale: LazyPlanLocale): Promise<PlanMessages> {
  const { source, file } = LAZY_PLAN_WORDS[locale];
  const bundled = !import.meta.url.endsWith('.ts');
  const url = new URL(bundled ? `./${file}` : `../../${source}`, import.meta.url);
  return (import(url.href) as Promise<PlanCatalog>).then((catalog) => catalog.plan);
}

/** The plan messages of a locale: English at once, another loaded on its first use and kept (a failed load is tried again). */
export function planMessagesOf(locale: Locale): Promise<PlanMessages> {
  if (locale === 'en') return Promise.resolve(enPlan);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = load(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

/** The plan in a locale's words. */
export const planWordsOf = async (facts: PlanFacts, locale: Locale): Promise<Plan> => planText(facts, await planMessagesOf(locale));

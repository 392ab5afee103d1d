/** The plan page's island messages by locale (an island imports only its own groups, so it bundles no other page's words). */
import { planPage as enPlanPage, planProse as enPlanProse } from './en/plan-page.ts';
import { planPage as esPlanPage, planProse as esPlanProse } from './es/plan-page.ts';
import type { Locale } from './locale.ts';

/** The plan page's island messages; the English group's type is the contract every locale satisfies. */
export type PlanPageMessages = typeof enPlanPage;
const PLAN_PAGE: Record<Locale, PlanPageMessages> = { en: enPlanPage, es: esPlanPage };

/** The plan page's island messages in a locale. */
export const planPageMessages = (locale: Locale): PlanPageMessages => PLAN_PAGE[locale];

/** The plan page's own text (build time); the English group's type is the contract. */
export type PlanProseMessages = typeof enPlanProse;
const PLAN_PROSE: Record<Locale, PlanProseMessages> = { en: enPlanProse, es: esPlanProse };

/** The plan page's own text in a locale. */
export const planProseMessages = (locale: Locale): PlanProseMessages => PLAN_PROSE[locale];

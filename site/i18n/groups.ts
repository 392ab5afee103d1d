/**
 * Message groups by locale, for the islands: each island imports only its own groups, so its bundle
 * carries no other page's words. A new locale adds its group to each table (tsc names every one).
 */
import { planPage as enPlanPage } from './en/plan-page.ts';
import type { Locale } from './locale.ts';

/** The plan page's messages; the English group's type is the contract. */
export type PlanPageMessages = typeof enPlanPage;
const PLAN_PAGE: Record<Locale, PlanPageMessages> = { en: enPlanPage };
/** The plan page's messages in a locale. */
export const planPageMessages = (locale: Locale): PlanPageMessages => PLAN_PAGE[locale];

/** A saved plan's progress words by locale: apart from the plan page's, so only the lazily loaded progress panel bundles them. */
import { planProgress as enPlanProgress } from './en/plan-progress.ts';
import { planProgress as esPlanProgress } from './es/plan-progress.ts';
import type { Locale } from './locale.ts';

/** The progress panel's messages; the English group's type is the contract every locale satisfies. */
export type PlanProgressMessages = typeof enPlanProgress;
const PLAN_PROGRESS: Record<Locale, PlanProgressMessages> = { en: enPlanProgress, es: esPlanProgress };

/** The progress panel's messages in a locale. */
export const planProgressMessages = (locale: Locale): PlanProgressMessages => PLAN_PROGRESS[locale];

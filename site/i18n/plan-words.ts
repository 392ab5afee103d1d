/**
 * A plan's facts in a locale's words: every milestone, warning, duration and phase rendered (by
 * plan-text.ts) from the locale's plan messages into the plan shape the API answers (`Plan`) and the
 * plan page shows. Islands render with plan-text.ts and the messages their entry gives them instead.
 */
import type { PlanFacts } from '../../functions/domain/planner-facts.ts';
import type { Plan } from '../../functions/domain/planner-types.ts';
import { plan as enPlan } from './en/plan.ts';
import { plan as esPlan } from './es/plan.ts';
import type { Locale } from './locale.ts';
import { planText, type PlanMessages } from './plan-text.ts';

/** The plan messages every locale provides: the English ones' type is the contract. */
export type { PlanMessages };
const PLAN_MESSAGES: Record<Locale, PlanMessages> = { en: enPlan, es: esPlan };

/** The plan messages of a locale. */
export const planMessages = (locale: Locale): PlanMessages => PLAN_MESSAGES[locale];

export { checkMessage, durationWords, milestoneWords, warningMessage } from './plan-text.ts';

/** The plan in a locale's words. */
export const planWords = (facts: PlanFacts, locale: Locale): Plan => planText(facts, planMessages(locale));

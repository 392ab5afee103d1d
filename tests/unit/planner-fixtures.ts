/** The planner's context built from the real dataset and data/planner-rules.json, for the planner suites. */
import { dataset, plannerRules } from '../../data/index.ts';
import { plannerCredentialOf, plannerProgramOf, plannerRulesOf } from '../../functions/domain/planner-adapter.ts';
import { planTimeline, type PlanContext, type PlanInput } from '../../functions/domain/planner.ts';
import { plan as enPlan } from '../../site/i18n/en/plan.ts';
import { planText } from '../../site/i18n/plan-text.ts';

export const rules = plannerRulesOf(plannerRules);
export const credentials = dataset.certifications.map((c) => plannerCredentialOf(c, plannerRules));
export const programs = dataset.programs.map((p) => plannerProgramOf(p, plannerRules));
export const TODAY = '2026-11-27';

/** The context for an input: its credential (or the default) and program, today fixed. */
export function contextFor(input: Pick<PlanInput, 'certificationId' | 'programId'>, today = TODAY): PlanContext {
  const id = input.certificationId ?? rules.defaultCredentialId;
  const credential = credentials.find((c) => c.id === id);
  if (!credential) throw new Error(`unknown credential ${id}`);
  const program = input.programId ? programs.find((p) => p.id === input.programId) : undefined;
  if (input.programId && !program) throw new Error(`unknown program ${input.programId}`);
  return { credential, program, rules, today };
}

/** Plan an input against the real data: the facts (codes and numbers). */
export const plan = (input: PlanInput, today = TODAY) => planTimeline(input, contextFor(input, today));

/** The same plan in English words, as the API answers it. */
export const planInEnglish = (input: PlanInput, today = TODAY) => planText(plan(input, today), enPlan);

/** Milestone dates by key. */
export const datesOf = (p: ReturnType<typeof plan>) => Object.fromEntries(p.milestones.map((m) => [m.key, m.date]));

/**
 * Certification timeline planning: from a start date, a credential, an optional program, hours a week,
 * exam-prep weeks and breaks, the dated milestones to the credential and beyond (apprentice removal,
 * renewal); or, from a target exam date, the hours a week that needs. Pure and deterministic: "today"
 * is part of the context. It returns codes and numbers (planner-facts.ts); the words come from a
 * locale's catalog (site/i18n/). The page imports this file to preview plans in the browser, so it
 * must stay free of node: imports and of the dataset.
 */
import { planCore, monthsBetween } from './planner-core.ts';
import { isoOf, dayOf } from './planner-dates.ts';
import { durationsOf } from './planner-durations.ts';
import type { PlanFacts } from './planner-facts.ts';
import { milestonesOf } from './planner-milestones.ts';
import { warningsOf } from './planner-warnings.ts';
import type { PlanContext, PlanInput } from './planner-types.ts';

export type * from './planner-types.ts';
export type * from './planner-facts.ts';
export { checkPlanInput, type FieldError } from './planner-check.ts';

/** True when the reader chose nothing but a start date. */
export function isDefaultInput(input: PlanInput, defaultCredentialId: string): boolean {
  return (
    (input.certificationId === undefined || input.certificationId === defaultCredentialId) &&
    !input.programId &&
    input.hoursPerWeek === undefined &&
    input.examPrepWeeks === undefined &&
    !input.breaks?.length &&
    input.targetExamDate === undefined
  );
}

/** The plan for one input, as facts. The input must pass checkPlanInput; the context's credential and program are the ones it names. */
export function planTimeline(input: PlanInput, ctx: PlanContext): PlanFacts {
  const core = planCore(input, ctx);
  const { credential, program, rules } = ctx;
  const { start, schedule, credentialDay, cal } = core;
  return {
    mode: core.mode,
    today: ctx.today,
    ...(input.title ? { title: input.title } : {}),
    credential: { id: credential.id, acronym: credential.acronym, name: credential.name, issuingBody: credential.issuingBody },
    program: program ? { id: program.id, name: program.name, provider: program.provider } : null,
    isDefaultPath: isDefaultInput(input, rules.defaultCredentialId),
    startDate: isoOf(start),
    examDate: isoOf(schedule.exam),
    credentialDate: isoOf(credentialDay),
    hoursPerWeek: core.hoursPerWeek,
    hours: core.hours,
    monthsToCredential: monthsBetween(start, credentialDay),
    milestones: milestonesOf(core),
    phases: [
      { key: 'coursework', start: isoOf(start), end: isoOf(schedule.done) },
      { key: 'exam-prep', start: isoOf(schedule.prepStart), end: isoOf(schedule.prepEnd) },
      { key: 'results', start: isoOf(schedule.exam), end: isoOf(credentialDay) },
    ],
    breaks: cal.ranges.map((r) => {
      const label = input.breaks?.find((b) => dayOf(b.start) >= r.start && dayOf(b.end) <= r.end && b.label)?.label;
      return { start: isoOf(r.start), end: isoOf(r.end), ...(label ? { label } : {}) };
    }),
    durations: durationsOf(core),
    warnings: warningsOf(core),
  };
}

/**
 * A plan's facts in words: every milestone, warning, duration and phase rendered from a locale's plan
 * messages into the plan shape the API answers (`Plan`) and the plan page shows. The key order of each
 * object is the API's, so the JSON is the same byte for byte whatever renders it.
 */
import type { FieldCheck } from '../../functions/domain/planner-check.ts';
import type { DurationFact, MilestoneFact, PlanFacts, WarningFact } from '../../functions/domain/planner-facts.ts';
import type { DurationSource, Milestone, Plan, PlanWarning } from '../../functions/domain/planner-types.ts';
import { plan as enPlan, type DurationWords, type MilestoneWords } from './en/plan.ts';
import { plan as esPlan } from './es/plan.ts';
import type { Locale } from './locale.ts';

/** The plan messages every locale provides: the English ones' type is the contract. */
export type PlanMessages = typeof enPlan;
const PLAN_MESSAGES: Record<Locale, PlanMessages> = { en: enPlan, es: esPlan };

/** The plan messages of a locale. */
export const planMessages = (locale: Locale): PlanMessages => PLAN_MESSAGES[locale];

/** Milestones whose date the calendar settles (results, renewals) have always listed movedFromBreak before their words. */
const SETTLED = new Set<Milestone['kind']>(['results', 'apprentice', 'membership', 'renewal']);

/** One milestone's title and detail. */
export function milestoneWords(m: MilestoneFact, messages: PlanMessages): MilestoneWords {
  // The union of kinds meets the union of message functions here: each kind takes its own params.
  const say = messages.milestone[m.kind] as (p: MilestoneFact['params']) => MilestoneWords;
  return say(m.params);
}

/** One warning's message. */
export function warningMessage(w: WarningFact, messages: PlanMessages): string {
  const say = messages.warning[w.code] as (p: WarningFact['params']) => string;
  return say(w.params);
}

/** Why an input field is refused, in words. */
export function checkMessage(e: FieldCheck, messages: PlanMessages): string {
  const say = messages.check[e.code] as (p: FieldCheck) => string;
  return say(e);
}

/** One duration's label, value and note. */
export function durationWords(d: DurationFact, messages: PlanMessages): DurationWords {
  const say = messages.duration[d.key] as (p: DurationFact['params']) => DurationWords;
  return say(d.params);
}

function milestoneOf(m: MilestoneFact, messages: PlanMessages): Milestone {
  const { title, detail } = milestoneWords(m, messages);
  const moved = m.movedFromBreak ? { movedFromBreak: true } : {};
  const hours = m.hoursDone !== undefined ? { hoursDone: m.hoursDone } : {};
  return SETTLED.has(m.kind)
    ? { key: m.key, kind: m.kind, ...moved, title, detail, ...hours, basis: m.basis, date: m.date }
    : { key: m.key, kind: m.kind, title, detail, ...hours, basis: m.basis, ...moved, date: m.date };
}

function warningOf(w: WarningFact, messages: PlanMessages): PlanWarning {
  return { code: w.code, severity: w.severity, ...(w.field ? { field: w.field } : {}), message: warningMessage(w, messages) };
}

function durationOf(d: DurationFact, messages: PlanMessages): DurationSource {
  const { label, value, note } = durationWords(d, messages);
  return { key: d.key, label, value, origin: d.origin, sourceIds: d.sourceIds, ...(note !== undefined ? { note } : {}) };
}

/** The plan in a locale's words. */
export function planWords(facts: PlanFacts, locale: Locale): Plan {
  const messages = planMessages(locale);
  return {
    ...facts,
    milestones: facts.milestones.map((m) => milestoneOf(m, messages)),
    phases: facts.phases.map((p) => ({ key: p.key, label: messages.phase[p.key], start: p.start, end: p.end })),
    durations: facts.durations.map((d) => durationOf(d, messages)),
    warnings: facts.warnings.map((w) => warningOf(w, messages)),
  };
}

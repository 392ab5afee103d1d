/**
 * A plan's facts in words, given a locale's plan messages: the renderers plan-words.ts applies by locale
 * for the API and the pages, and an island applies to the messages its locale's entry gives it (this
 * module imports no catalog, so an island bundles only its own language's words). The key order of
 * each object is the API's, so the JSON is the same byte for byte whatever renders it.
 */
import type { FieldCheck } from '../../functions/domain/planner-check.ts';
import type { DurationFact, MilestoneFact, PlanFacts, WarningFact } from '../../functions/domain/planner-facts.ts';
import type { DurationSource, Milestone, Plan, PlanWarning } from '../../functions/domain/planner-types.ts';
import type { DurationWords, MilestoneWords, plan as enPlan } from './en/plan.ts';

/** The plan messages every locale provides: the English ones' type is the contract. */
export type PlanMessages = typeof enPlan;

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

/** The plan in the words of a locale's plan messages. */
export function planText(facts: PlanFacts, messages: PlanMessages): Plan {
  return {
    ...facts,
    milestones: facts.milestones.map((m) => milestoneOf(m, messages)),
    phases: facts.phases.map((p) => ({ key: p.key, label: messages.phase[p.key], start: p.start, end: p.end })),
    durations: facts.durations.map((d) => durationOf(d, messages)),
    warnings: facts.warnings.map((w) => warningOf(w, messages)),
  };
}

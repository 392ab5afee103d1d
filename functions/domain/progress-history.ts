/**
 * A saved plan's history: what each saved change changed and when, the last MAX_HISTORY kept, so the
 * plan before a re-plan stays visible. Each entry names the input fields that changed and, when they
 * moved, the computed exam date and hours a week before and after. Scalars only, so an item stays small.
 */
import type { SavedPlanInput } from './replan.ts';

/** How many changes a plan keeps (the oldest go first). */
export const MAX_HISTORY = 50;

/** One saved change. */
export interface PlanChange {
  /** ISO 8601 time. */
  at: string;
  /** The version the change made. */
  version: number;
  /** Input fields that changed. */
  changed: string[];
  examDate?: { from: string; to: string };
  hoursPerWeek?: { from: number; to: number };
}

/** What a plan computes that its history follows. */
export interface PlanHeadline {
  examDate: string;
  hoursPerWeek: number;
}

/** The input fields whose values differ (absent and present count as different). */
export function changedFields(before: SavedPlanInput, after: SavedPlanInput): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'history' && JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/** The history after one more saved change: unchanged when nothing changed; at most MAX_HISTORY entries. */
export function withChange(history: readonly PlanChange[], change: { at: string; version: number; before: SavedPlanInput; after: SavedPlanInput; was?: PlanHeadline; now?: PlanHeadline }): PlanChange[] {
  const changed = changedFields(change.before, change.after);
  if (changed.length === 0) return [...history];
  const { was, now } = change;
  const entry: PlanChange = { at: change.at, version: change.version, changed };
  if (was && now && was.examDate !== now.examDate) entry.examDate = { from: was.examDate, to: now.examDate };
  if (was && now && was.hoursPerWeek !== now.hoursPerWeek) entry.hoursPerWeek = { from: was.hoursPerWeek, to: now.hoursPerWeek };
  return [...history, entry].slice(-MAX_HISTORY);
}

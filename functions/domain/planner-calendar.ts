/** A plan as calendar events: one all-day event per milestone, with UIDs that stay put when the plan is edited. */
import { writeCalendar, type IcsEvent } from './ics.ts';
import type { Plan } from './planner-types.ts';

export const UID_DOMAIN = 'billing-coding-explorer';

export interface PlanCalendarOptions {
  /** The saved plan's id (or a draft id for an unsaved plan). */
  planId: string;
  /** The plan's updatedAt: every event's DTSTAMP. */
  stamp: string;
  /** The plan's version, so calendars take an edited event over the old one. */
  version?: number;
  /** The plan's share link, added to every event. */
  url?: string;
}

/** `<planId>-<milestoneKey>@billing-coding-explorer` */
export const milestoneUid = (planId: string, key: string) => `${planId}-${key}@${UID_DOMAIN}`;

export function planEvents(plan: Plan, { planId, url }: Pick<PlanCalendarOptions, 'planId' | 'url'>): IcsEvent[] {
  const name = plan.title || `${plan.credential.acronym} plan`;
  return plan.milestones.map((m) => ({
    uid: milestoneUid(planId, m.key),
    date: m.date,
    summary: `${name}: ${m.title}`,
    description: url ? `${m.detail}\n\nThe whole plan: ${url}` : m.detail,
    ...(url ? { url } : {}),
  }));
}

/** The .ics text of a plan. */
export function planCalendar(plan: Plan, options: PlanCalendarOptions): string {
  return writeCalendar({
    name: plan.title || `${plan.credential.acronym} plan`,
    stamp: options.stamp,
    ...(options.version !== undefined ? { sequence: Math.max(0, options.version - 1) } : {}),
    events: planEvents(plan, options),
  });
}

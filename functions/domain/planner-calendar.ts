/** A plan as calendar events: one all-day event per milestone, with UIDs that stay put when the plan is edited. */
import { writeCalendar, type IcsEvent } from './ics.ts';
import type { Plan } from './planner-types.ts';

export const UID_DOMAIN = 'billing-coding-explorer';

/** The words a calendar adds around a plan's own, in the plan's language (its locale's plan messages give them). */
export interface CalendarWords {
  /** The calendar's name, and each event's prefix, for a plan without a title. */
  name: (acronym: string) => string;
  /** The description's last line: the link to the whole plan. */
  wholePlan: (url: string) => string;
  /** A break without a label. */
  break: string;
}

export interface PlanCalendarOptions {
  /** The saved plan's id (or a draft id for an unsaved plan). */
  planId: string;
  /** The plan's updatedAt: every event's DTSTAMP. */
  stamp: string;
  /** The plan's version, so calendars take an edited event over the old one. */
  version?: number;
  /** The plan's share link, added to every event. */
  url?: string;
  /** A subscribed feed: refreshed every FEED_REFRESH, coursework and exam prep as spans, breaks as multi-day events, reminders when chosen. */
  feed?: { reminders: boolean };
  /** The words around the plan's, in its language. */
  words: CalendarWords;
}

/** How often a subscribed calendar should fetch the feed again. */
export const FEED_REFRESH = 'PT12H';
/** Reminders fire at 09:00 the day before (an all-day event starts at midnight). */
export const REMINDER = '-PT15H';
/** The milestones a feed reminds of, when reminders are chosen. */
const REMINDED = new Set(['book-exam', 'exam']);

/** `<planId>-<milestoneKey>@billing-coding-explorer` */
export const milestoneUid = (planId: string, key: string) => `${planId}-${key}@${UID_DOMAIN}`;

/** The calendar's name: the plan's title, or its credential's plan in words. */
const calendarName = (plan: Plan, words: CalendarWords) => plan.title || words.name(plan.credential.acronym);

/** One event per milestone; a feed adds coursework and exam prep as spans and the breaks (UIDs by phase key and break order). */
export function planEvents(plan: Plan, { planId, url, feed, words }: Pick<PlanCalendarOptions, 'planId' | 'url' | 'feed' | 'words'>): IcsEvent[] {
  const name = calendarName(plan, words);
  const link = url ? { url } : {};
  const milestones: IcsEvent[] = plan.milestones.map((m) => ({
    uid: milestoneUid(planId, m.key),
    date: m.date,
    summary: `${name}: ${m.title}`,
    description: url ? `${m.detail}\n\n${words.wholePlan(url)}` : m.detail,
    ...link,
    ...(feed?.reminders && REMINDED.has(m.kind) ? { alarm: REMINDER } : {}),
  }));
  if (!feed) return milestones;
  const spans: IcsEvent[] = plan.phases
    .filter((p) => p.key === 'coursework' || p.key === 'exam-prep')
    .map((p) => ({ uid: milestoneUid(planId, `phase-${p.key}`), date: p.start, end: p.end, summary: `${name}: ${p.label}`, ...link }));
  const breaks: IcsEvent[] = plan.breaks.map((b, i) => ({ uid: milestoneUid(planId, `break-${i + 1}`), date: b.start, end: b.end, summary: `${name}: ${b.label ?? words.break}`, ...link }));
  return [...milestones, ...spans, ...breaks];
}

/** The .ics text of a plan. */
export function planCalendar(plan: Plan, options: PlanCalendarOptions): string {
  return writeCalendar({
    name: calendarName(plan, options.words),
    stamp: options.stamp,
    ...(options.version !== undefined ? { sequence: Math.max(0, options.version - 1) } : {}),
    ...(options.feed ? { refresh: FEED_REFRESH } : {}),
    events: planEvents(plan, options),
  });
}

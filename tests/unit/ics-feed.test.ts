/**
 * The plan's calendar as a subscribed feed (planCalendar with `feed`), read back with ical.js before
 * and after an edit, as a calendar app that polls it would: the same UIDs, a higher SEQUENCE, moved
 * dates, breaks and study phases as multi-day events, and reminders only when chosen.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FEED_REFRESH, milestoneUid, planCalendar } from '../../functions/domain/planner-calendar.ts';
import { plan as enPlan } from '../../site/i18n/en/plan.ts';
import { planInEnglish as plan } from './planner-fixtures.ts';

const words = enPlan.calendar;

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) => new Map(parse(text).getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const input = { startDate: '2026-11-27', breaks: [{ start: '2026-12-21', end: '2027-01-03', label: 'Winter holidays' }] };
const before = planCalendar(plan(input), { planId: ID, stamp: '2026-11-27T10:00:00Z', words, version: 1, feed: { reminders: false } });
// The edit: more hours a week, reminders on, saved as version 2.
const edited = plan({ ...input, hoursPerWeek: 15 });
const after = planCalendar(edited, { planId: ID, stamp: '2026-11-28T09:00:00Z', words, version: 2, feed: { reminders: true } });

describe('the calendar feed', () => {
  it('asks subscribers to fetch it again every 12 hours (REFRESH-INTERVAL and X-PUBLISHED-TTL)', () => {
    const cal = parse(after);
    expect(FEED_REFRESH).toBe('PT12H');
    expect(cal.getFirstProperty('refresh-interval')!.toICALString()).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(cal.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
  });

  it('keeps every UID across the edit, raises SEQUENCE, and moves the exam', () => {
    const [was, now] = [events(before), events(after)];
    // Only monthly checkpoints the faster plan no longer reaches leave the calendar; nothing is added.
    expect([...was.keys()].filter((uid) => !now.has(uid)).every((uid) => /-checkpoint-\d+@/.test(uid))).toBe(true);
    expect([...now.keys()].filter((uid) => !was.has(uid))).toEqual([]);
    for (const uid of [milestoneUid(ID, 'start'), milestoneUid(ID, 'exam'), milestoneUid(ID, 'phase-coursework'), milestoneUid(ID, 'break-1')]) {
      expect(was.has(uid) && now.has(uid), uid).toBe(true);
      expect(new ICAL.Event(now.get(uid)).sequence).toBeGreaterThan(new ICAL.Event(was.get(uid)).sequence);
    }
    const exam = milestoneUid(ID, 'exam');
    const oldStart = new ICAL.Event(was.get(exam)).startDate.toString();
    const newStart = new ICAL.Event(now.get(exam)).startDate.toString();
    expect(newStart).toBe(edited.examDate);
    expect(newStart < oldStart).toBe(true);
  });

  it('shows the break as one all-day event over its days, with its name', () => {
    const e = new ICAL.Event(events(after).get(milestoneUid(ID, 'break-1')));
    expect(e.summary).toBe('CPC plan: Winter holidays');
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-12-21');
    expect(e.endDate.toString()).toBe('2027-01-04');
  });

  it('shows coursework and exam prep as spans from their first to their last day', () => {
    const now = events(after);
    for (const phase of edited.phases.filter((p) => p.key !== 'results')) {
      const e = new ICAL.Event(now.get(milestoneUid(ID, `phase-${phase.key}`)));
      expect([e.summary, e.startDate.toString(), e.endDate.toString()]).toEqual([`CPC plan: ${phase.label}`, phase.start, dayAfter(phase.end)]);
    }
  });

  it('reminds at 09:00 the day before booking and the exam only when reminders are chosen', () => {
    const alarmed = (text: string) => [...events(text)].filter(([, v]) => v.getFirstSubcomponent('valarm')).map(([uid]) => uid);
    expect(alarmed(before)).toEqual([]);
    expect(alarmed(after)).toEqual([milestoneUid(ID, 'book-exam'), milestoneUid(ID, 'exam')]);
    const alarm = events(after).get(milestoneUid(ID, 'exam'))!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT15H');
    expect(alarm.getFirstPropertyValue('description')).toContain('exam day');
  });

  it('leaves the one-time download (no feed) as it was: one event per milestone, no refresh, no alarms', () => {
    const download = planCalendar(edited, { planId: ID, stamp: '2026-11-28T09:00:00Z', words, version: 2 });
    expect(events(download).size).toBe(edited.milestones.length);
    expect(download).not.toMatch(/REFRESH-INTERVAL|VALARM/);
  });
});

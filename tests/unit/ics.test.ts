import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar } from '../../functions/domain/ics.ts';
import { milestoneUid, planCalendar } from '../../functions/domain/planner-calendar.ts';
import { plan as enPlan } from '../../site/i18n/en/plan.ts';
import { planInEnglish as plan } from './planner-fixtures.ts';

const words = enPlan.calendar;

const STAMP = '2026-11-27T10:04:05.678Z';
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) => parse(text).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('a plan as a calendar', () => {
  const p = plan({ startDate: '2026-11-27', title: 'Maria, CPC; "2027"', breaks: [{ start: '2027-03-01', end: '2027-03-07' }] });
  const text = planCalendar(p, { planId: 'AbCdEfGhIjKlMnOpQrStUv', stamp: STAMP, words, version: 3, url: 'https://example.org/plan/?id=AbCdEfGhIjKlMnOpQrStUv' });
  const cal = parse(text);

  it('is a VCALENDAR with VERSION, PRODID and CALSCALE that ical.js parses', () => {
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('Billing & Coding Explorer');
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    // An X- property is TEXT by default (RFC 5545 §3.8.8.2), escaped as such; ical.js leaves it as written.
    expect(text).toContain('X-WR-CALNAME:Maria\\, CPC\\; "2027"\r\n');
  });

  it('has one all-day event per milestone on its date, ending the next day', () => {
    const evs = events(text);
    expect(evs).toHaveLength(p.milestones.length);
    for (const [i, m] of p.milestones.entries()) {
      const e = evs[i]!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(m.date);
      const end = new Date(`${m.date}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(e.endDate.toString()).toBe(end.toISOString().slice(0, 10));
      expect(e.summary).toBe(`Maria, CPC; "2027": ${m.title}`);
      expect(e.description).toContain(m.detail);
      expect(e.uid).toBe(`AbCdEfGhIjKlMnOpQrStUv-${m.key}@billing-coding-explorer`);
      expect(e.sequence).toBe(2);
    }
  });

  it('stamps every event with the plan\'s updatedAt, in UTC', () => {
    for (const v of cal.getAllSubcomponents('vevent')) expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-27T10:04:05Z');
  });

  it('keeps UIDs when the plan changes, so a calendar updates its events', () => {
    const edited = planCalendar(plan({ startDate: '2026-12-04', title: 'Maria, CPC; "2027"' }), { planId: 'AbCdEfGhIjKlMnOpQrStUv', stamp: STAMP, words });
    const uids = events(edited).map((e) => e.uid);
    expect(uids).toContain(milestoneUid('AbCdEfGhIjKlMnOpQrStUv', 'exam'));
    expect(uids).toContain(milestoneUid('AbCdEfGhIjKlMnOpQrStUv', 'credential'));
  });

  it('ends every line with CRLF and folds lines longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('escaping and folding', () => {
  it.each([
    ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
    ['line one\nline two\r\nthree\rfour', 'line one\\nline two\\nthree\\nfour'],
    ['plain', 'plain'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('round-trips awkward text through ical.js', () => {
    const summary = 'Commas, semicolons; back\\slashes\nand a new line — and “quotes” 😀'.repeat(3);
    const text = writeCalendar({ stamp: STAMP, events: [{ uid: 'x@y', date: '2027-02-28', summary, description: summary }] });
    const [e] = events(text);
    expect(e!.summary).toBe(summary);
    expect(e!.description).toBe(summary);
  });

  it('never splits a UTF-8 character when folding, and unfolding gives the line back', () => {
    for (const line of ['SUMMARY:' + 'é'.repeat(100), 'DESCRIPTION:' + '😀'.repeat(40), 'X:' + 'a'.repeat(200), 'SUMMARY:short']) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(part).not.toContain('\uFFFD');
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });
});

/**
 * An iCalendar (RFC 5545) writer for all-day events: a VCALENDAR with VERSION, PRODID and CALSCALE
 * (and, for a subscribed feed, REFRESH-INTERVAL and X-PUBLISHED-TTL), one VEVENT per event
 * (DTSTART;VALUE=DATE, DTEND the day after its last day, an optional VALARM), TEXT values escaped,
 * lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends. Pure; runs in the browser too.
 */

export const PRODID = '-//Billing & Coding Explorer//Timeline planner//EN';

/** One all-day event, or several days long with `end`. */
export interface IcsEvent {
  /** Globally unique and stable across edits, so calendars update the event instead of adding another. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The last day (YYYY-MM-DD, inclusive) of an event over several days; DTEND is the day after. */
  end?: string;
  /** A reminder (VALARM, DISPLAY) this long before the start, as an RFC 5545 duration: -PT15H is 09:00 the day before an all-day event. */
  alarm?: string;
  summary: string;
  description?: string;
  url?: string;
}

export interface IcsCalendar {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name?: string;
  /** When the calendar's content last changed (an ISO timestamp): every event's DTSTAMP. */
  stamp: string;
  /** Bumped on each edit (SEQUENCE), so clients take the newer event. */
  sequence?: number;
  /** For a subscribed feed: how often to fetch it again, as a duration (REFRESH-INTERVAL of RFC 7986, and X-PUBLISHED-TTL for Outlook), e.g. PT12H. */
  refresh?: string;
  events: readonly IcsEvent[];
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped; every line break becomes \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** §3.1: lines longer than 75 octets continue on the next line after CRLF and one space; a character is never split. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** YYYY-MM-DD → YYYYMMDD. */
const basicDate = (iso: string) => iso.replace(/-/g, '');

/** The day after an ISO date (DTEND of an all-day event is exclusive). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An ISO timestamp as a UTC DATE-TIME: 2026-11-27T10:04:05.123Z → 20261127T100405Z. */
export function utcStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a timestamp: ${iso}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole calendar as text. */
export function writeCalendar(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  if (calendar.refresh) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refresh}`, `X-PUBLISHED-TTL:${calendar.refresh}`);
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.end ?? event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (calendar.sequence !== undefined) lines.push(`SEQUENCE:${calendar.sequence}`);
    // All-day reminders of a plan should not mark the reader as busy.
    lines.push('TRANSP:TRANSPARENT');
    if (event.alarm) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${event.alarm}`, `DESCRIPTION:${escapeText(event.summary)}`, 'END:VALARM');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

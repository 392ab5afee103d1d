/**
 * Calendar days for the planner: ISO dates as whole day numbers (days since 1970-01-01, UTC), month
 * arithmetic that clamps to the month's end, and a calendar of breaks in which no study happens and no
 * milestone falls. Pure: no clock, no time zones, no I/O.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day number for a real calendar date (YYYY-MM-DD), or undefined for anything else (2027-02-30, 2027-2-1). */
export function parseDay(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2027-02-30 over into March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** Like parseDay, for dates already validated; throws on a bad one so a bug cannot pass silently. */
export function dayOf(iso: string): number {
  const day = parseDay(iso);
  if (day === undefined) throw new RangeError(`Not a calendar date: ${iso}`);
  return day;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The same day of the month n months later, clamped to the month's end (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(day: number, n: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget)) / MS_PER_DAY);
}

/** An inclusive range of days. */
export interface DayRange {
  start: number;
  end: number;
}

/** Sorted, non-overlapping ranges; ranges that touch or overlap become one. */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = ranges.filter((r) => r.end >= r.start).map((r) => ({ ...r })).sort((a, b) => a.start - b.start);
  const out: DayRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/**
 * Days off: the reader's breaks, merged. Study pauses in them and no milestone falls in them.
 * Every function takes and returns day numbers.
 */
export interface BreakCalendar {
  ranges: readonly DayRange[];
  /** The break a day falls in, if any. */
  breakAt(day: number): DayRange | undefined;
  /** The day itself when it is free, else the first day after its break. */
  nextFree(day: number): number;
  /** The day itself when it is free, else the last day before its break. */
  prevFree(day: number): number;
  /** The n-th free day counting forward from `from` (from itself counts when free); n ≥ 1. */
  forward(from: number, n: number): number;
  /** The n-th free day counting backward from `from` (from itself counts when free); n ≥ 1. */
  backward(from: number, n: number): number;
  /** Free days in [from, to): the days study can happen on. */
  freeDaysBetween(from: number, to: number): number;
  /** Break days in [from, to]. */
  breakDaysWithin(from: number, to: number): number;
}

export function breakCalendar(ranges: readonly DayRange[]): BreakCalendar {
  const merged = mergeRanges(ranges);
  const breakAt = (day: number) => merged.find((r) => r.start <= day && day <= r.end);
  // Merged ranges never touch, so the day after a break (or before it) is free.
  const nextFree = (day: number) => (breakAt(day)?.end ?? day - 1) + 1;
  const prevFree = (day: number) => (breakAt(day)?.start ?? day + 1) - 1;

  function forward(from: number, n: number): number {
    let day = nextFree(from);
    let left = n - 1;
    for (const r of merged) {
      if (r.end < day) continue;
      const room = r.start - 1 - day;
      if (left <= room) return day + left;
      left -= room + 1;
      day = r.end + 1;
    }
    return day + left;
  }

  function backward(from: number, n: number): number {
    let day = prevFree(from);
    let left = n - 1;
    for (let i = merged.length - 1; i >= 0; i--) {
      const r = merged[i]!;
      if (r.start > day) continue;
      const room = day - 1 - r.end;
      if (left <= room) return day - left;
      left -= room + 1;
      day = r.start - 1;
    }
    return day - left;
  }

  function breakDaysWithin(from: number, to: number): number {
    let n = 0;
    for (const r of merged) n += Math.max(0, Math.min(r.end, to) - Math.max(r.start, from) + 1);
    return n;
  }

  return {
    ranges: merged,
    breakAt,
    nextFree,
    prevFree,
    forward,
    backward,
    breakDaysWithin,
    freeDaysBetween: (from, to) => (to <= from ? 0 : to - from - breakDaysWithin(from, to - 1)),
  };
}

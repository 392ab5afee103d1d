/**
 * How long real programs take, as the data states it: the evidence pages set beside the source
 * article's "about 11 months". Each program that states clock hours or a length, with the data's own
 * words for both (they carry "computed, not stated" where this site did the arithmetic) and its sources.
 */
import type { Program } from '../../data/schemas.ts';

/** One program's stated hours and length. */
export interface ProgramLength {
  id: string;
  provider: string;
  name: string;
  certificationIds: string[];
  /** Clock hours of instruction, when the program gives them. */
  clockHours: number | null;
  /** Length in months, when the data holds one as a number. */
  months: number | null;
  /** The data's words for the hours and the length; null where it states none. */
  hoursText: string | null;
  lengthText: string | null;
  sourceIds: string[];
}

/** A length the data words but does not state ("Not stated.", "Access period not found."). */
const UNSTATED = /^(not stated|access period not found)/i;
/** Words that make a length of a text with no number of months: "Three semesters", "One year". */
const LENGTH_WORDS = /semester|year|month|week|quarter/i;

/** The length in words, when the data states one. */
function lengthTextOf(p: Program): string | null {
  const text = p.length.text;
  if (text === null || UNSTATED.test(text)) return null;
  return p.length.months !== null || LENGTH_WORDS.test(text) ? text : null;
}

/**
 * Every program that states clock hours or a length: those with hours first, fewest first; then
 * those with a length only, shortest first (a length in words only, such as semesters, last).
 */
export function programLengths(programs: readonly Program[]): ProgramLength[] {
  const rows = programs.flatMap((p): ProgramLength[] => {
    const lengthText = lengthTextOf(p);
    if (p.hours.clock === null && lengthText === null) return [];
    return [
      {
        id: p.id,
        provider: p.provider,
        name: p.name,
        certificationIds: p.certificationIds,
        clockHours: p.hours.clock,
        months: lengthText === null ? null : p.length.months,
        hoursText: p.hours.clock === null ? null : p.hours.text,
        lengthText,
        sourceIds: p.sourceIds,
      },
    ];
  });
  const rank = (r: ProgramLength) => [r.clockHours === null ? 1 : 0, r.clockHours ?? r.months ?? Infinity] as const;
  return rows.sort((a, b) => {
    const [ga, va] = rank(a);
    const [gb, vb] = rank(b);
    return ga - gb || va - vb || a.id.localeCompare(b.id);
  });
}

/** The span of the evidence: the fewest clock hours a course states (for one credential, or any), and the longest stated length in months. */
export function lengthSpan(rows: readonly ProgramLength[], certificationId?: string): { fewestHours: number | null; longestMonths: number | null } {
  const hours = rows.filter((r) => (certificationId === undefined || r.certificationIds.includes(certificationId)) && r.clockHours !== null).map((r) => r.clockHours!);
  const months = rows.filter((r) => r.months !== null).map((r) => r.months!);
  return { fewestHours: hours.length > 0 ? Math.min(...hours) : null, longestMonths: months.length > 0 ? Math.max(...months) : null };
}

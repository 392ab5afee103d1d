/**
 * The plan as the domain computes it: dates, numbers and codes, no sentences. Each milestone is its
 * kind with the values its words need, each warning a code with parameters, each duration a key with
 * its figures; a locale's catalog (site/i18n/) turns them into the plan in words (planner-types.ts `Plan`).
 */
import type { DurationOrigin, MilestoneKind, Plan, PlanInput, WarningCode } from './planner-types.ts';

/** What each milestone kind says, as values. */
export interface MilestoneParams {
  /** `courseworkHours`: the hours planned, the default course's when no program is chosen. */
  start: { program: { name: string; provider: string } | null; courseworkHours: number };
  checkpoint: { n: number; hoursDone: number; courseworkHours: number; percent: number; hoursPerWeek: number };
  'coursework-done': { courseworkHours: number };
  'exam-prep': { prepWeeks: number; acronym: string; prepHours: number };
  /** `step`: apply (an approval window), enrol (an enrolment window), join a body and book, or just book. */
  'book-exam': { step: 'apply' | 'enrol' | 'join-and-book' | 'book'; acronym: string; examDate: string; windowText?: string; membership?: { body: string; text: string } };
  exam: { acronym: string; issuingBody: string };
  results: { days: number; assumption: boolean };
  credential: { acronym: string; name: string; designation: string | null };
  /** `education`: none needed by the route, or what the reader's program counts as (course, Practicode), or not known. */
  apprentice: { designation: string; route: string; education: 'none' | 'course' | 'practicode' | 'unknown' };
  membership: { body: string; months: number };
  renewal: { acronym: string; ceus: number | null; months: number; issuingBody: string };
}

/** One dated step, with the values its kind's words need. */
export type MilestoneFact = {
  [K in MilestoneKind]: {
    /** Stable within a plan (calendar UIDs are built from it): start, checkpoint-3, exam, ... */
    key: string;
    kind: K;
    date: string;
    /** Hours of study done by this day, where that means something. */
    hoursDone?: number;
    /** Keys of the durations this date follows from. */
    basis: string[];
    /** Set when a calendar rule put it inside a break and it moved to the first day after. */
    movedFromBreak?: true;
    params: MilestoneParams[K];
  };
}[MilestoneKind];

/** What each warning code says, as values (dates are YYYY-MM-DD). */
export interface WarningParams {
  'hours-over-limit': { hoursPerWeek: number; limit: number; note: string };
  'hours-impossible': { targetDate: string; hoursPerWeek: number; examDate: string };
  'target-too-soon': { program: string; length: string; prepWeeks: number; examDate: string; targetDate: string };
  /** `deadline`: course access that ends, or a guarantee's condition (`text`). */
  'access-expires': { deadline: 'access' | 'guarantee'; program: string; text: string; months: number; endDate: string; courseworkEnd: string };
  'exam-window': { examDate: string; bookingDate: string; days: number; windowDays: number; windowText: string };
  'program-credential': { program: string; acronym: string };
  eligibility: { acronym: string; text: string };
  'scheduled-break': { program: string };
  'credential-status': { text: string };
  'start-in-past': { today: string };
  'booking-in-past': { bookingDate: string };
  'long-plan': { years: number };
  'no-program-length': { program: string; hours: number };
}

/** A rule the plan breaks ('warning'), or something the reader should know ('info'), as a code. */
export type WarningFact = {
  [C in WarningCode]: { code: C; severity: 'warning' | 'info'; field?: keyof PlanInput; params: WarningParams[C] };
}[WarningCode];

/** What each duration says, as values; notes that come from the data are passed on as `note`. */
export interface DurationParams {
  /** `from`: the reader's figure, the default, worked out from the exam date, or the most a plan allows. */
  'hours-per-week': { from: 'reader' | 'default' | 'needed' | 'max'; hoursPerWeek: number; note: string };
  /** A program's stated hours, its stated length, or the default course's hours (`note` says which course and why). */
  coursework:
    | { from: 'program'; hours: number; hoursPerWeek: number; studyDays: number }
    | { from: 'length'; text: string; studyDays: number }
    | { from: 'default'; hours: number; hoursPerWeek: number; studyDays: number; note: string };
  breaks: { days: number };
  'program-deadline': { deadline: 'access' | 'guarantee'; months: number; text: string };
  'exam-prep': { weeks: number; reader: boolean; note: string };
  booking: { window: { days: number; from: 'approval' | 'enrolment'; text: string; marginDays: number; marginNote: string } | null };
  results: { days: number; note: string };
  apprentice: { designation: string; routes: string[]; text: string };
  membership: { months: number; text: string };
  renewal: { ceus: number | null; months: number; text: string };
  total: { months: number };
}
export type DurationKey = keyof DurationParams;

/** Where one duration of the plan comes from, with its figures. */
export type DurationFact = {
  [K in DurationKey]: { key: K; origin: DurationOrigin; sourceIds: string[]; params: DurationParams[K] };
}[DurationKey];

/** A stretch of the plan, for the timeline chart. */
export interface PhaseFact {
  key: 'coursework' | 'exam-prep' | 'results';
  start: string;
  end: string;
}

/** The computed plan, words left to the catalog. Same input and context, same facts. */
export type PlanFacts = Omit<Plan, 'milestones' | 'phases' | 'durations' | 'warnings'> & {
  milestones: MilestoneFact[];
  phases: PhaseFact[];
  durations: DurationFact[];
  warnings: WarningFact[];
};

const KINDS: Record<MilestoneKind, true> = { start: true, checkpoint: true, 'coursework-done': true, 'exam-prep': true, 'book-exam': true, exam: true, results: true, credential: true, apprentice: true, membership: true, renewal: true };
/** Every milestone kind (a catalog must word each one). */
export const MILESTONE_KINDS = Object.keys(KINDS) as MilestoneKind[];

const CODES: Record<WarningCode, true> = {
  'hours-over-limit': true,
  'hours-impossible': true,
  'target-too-soon': true,
  'access-expires': true,
  'exam-window': true,
  'program-credential': true,
  eligibility: true,
  'scheduled-break': true,
  'credential-status': true,
  'start-in-past': true,
  'booking-in-past': true,
  'long-plan': true,
  'no-program-length': true,
};
/** Every warning code (a catalog must word each one). */
export const WARNING_CODES = Object.keys(CODES) as WarningCode[];

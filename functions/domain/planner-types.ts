/**
 * The planner's shapes: what it is given (the reader's input, one credential, an optional program and
 * the planning rules, all as values) and the plan it returns. The dataset is adapted to these in
 * planner-adapter.ts, so the planner never reads a file.
 */

/** What the reader chose; stored as the body of a saved plan. Every field but startDate is optional. */
export interface PlanInput {
  /** Certification id (e.g. "cpc"); the rules' default when absent. */
  certificationId?: string;
  /** Program id, or none: then the rules' default coursework (a real program's stated hours) sets the amount. */
  programId?: string | null;
  /** First day of coursework (YYYY-MM-DD). */
  startDate: string;
  /** Hours of study a week; the rules' default when absent. In target mode, what the plan needs instead. */
  hoursPerWeek?: number;
  /** Weeks of exam preparation between coursework and the exam. */
  examPrepWeeks?: number;
  /** Days off (inclusive): study pauses and no milestone falls in them. */
  breaks?: PlanBreak[];
  /** Set to plan backwards: the exam date, from which the planner works out the hours a week. */
  targetExamDate?: string;
  /** A name for the plan (shown on the page and in the calendar). */
  title?: string;
}

export interface PlanBreak {
  start: string;
  end: string;
  label?: string;
}

/** A figure the planner uses, where it comes from, and whether it is this site's own assumption. */
export interface RuleValue {
  value: number;
  /** One line on what the figure is and why it was chosen. */
  note: string;
  sourceIds: string[];
  /** True when no source states the figure: it is this site's assumption and is shown as one. */
  assumption: boolean;
}

/** The planning rules that are not facts about one credential or program (data/planner-rules.json). */
export interface PlannerRules {
  /** The coursework of a plan with no program: a real program's stated hours (`programId`), with its sources. */
  defaultCoursework: RuleValue & { programId: string };
  defaultCredentialId: string;
  /** The default hours a week, and the default weeks of exam preparation. */
  hoursPerWeek: RuleValue;
  examPrepWeeks: RuleValue;
  /** Above this many hours a week a plan carries a warning. */
  hoursPerWeekWarnAbove: RuleValue;
  /** Days between the exam and its result, where the credential's own data gives none. */
  resultsDays: RuleValue;
  /** Room left inside an exam window for approval and rescheduling. */
  windowMarginDays: RuleValue;
}

/** A rule of one credential, in words, with its sources. */
export interface CredentialRule {
  text: string;
  sourceIds: string[];
}

/** One way to have the apprentice designation removed. */
export interface ApprenticeRoute {
  key: string;
  /** e.g. "2 years of coding work". */
  label: string;
  /** Months of verified coding work the route needs. */
  workMonths: number;
  /** Education that stands in for part of the work: an 80-contact-hour course, or AAPC's Practicode. */
  education: 'none' | 'course-or-practicode';
  sourceIds: string[];
}

/** The facts about one credential the planner uses, each with its sources. */
export interface PlannerCredential {
  id: string;
  acronym: string;
  name: string;
  issuingBody: string;
  sourceIds: string[];
  /** A window to take the exam in, counted from approval or enrolment (AHIMA: 120 days; AMBA CMRS: 45 days). */
  examWindow?: CredentialRule & { days: number; from: 'approval' | 'enrolment' };
  /** Days from the exam to its result; the rules' default when absent. */
  resultsDays?: RuleValue;
  /** Membership that must be held to sit the exam and renewed to keep the credential. */
  membership?: CredentialRule & { months: number; body: string };
  /** The recertification cycle and its continuing-education units. */
  renewal?: CredentialRule & { months: number; ceus: number | null };
  /** e.g. CPC-A: held until experience (or experience plus education) is shown. */
  apprentice?: CredentialRule & { designation: string; routes: ApprenticeRoute[] };
  /** Who may sit the exam, when it limits the plan (e.g. RHIT needs a CAHIIM-accredited degree). */
  eligibility?: CredentialRule & { needsDegree: 'associate' | 'bachelor' };
  /** A status the reader must know (e.g. "reported retired"). */
  statusNote?: CredentialRule;
}

/** The facts about one training program the planner uses. */
export interface PlannerProgram {
  id: string;
  name: string;
  provider: string;
  /** Stated hours of instruction, when the program gives them. */
  hours?: number;
  /** Stated length in months (whole months count on the calendar; 4.2 months is 128 days), when the program gives one. */
  length?: { months: number; text: string };
  /** Runs on its own calendar (terms, live classes): a break may mean missing classes. */
  scheduled: boolean;
  /** The degree it leads to, if any (RHIT asks for an associate degree, RHIA for a bachelor's). */
  degree: 'associate' | 'bachelor' | null;
  /** A deadline counted from enrolment: course access that expires, or a guarantee's condition. */
  deadline?: { months: number; kind: 'access' | 'guarantee'; text: string; sourceIds: string[] };
  /** Credential ids it says it prepares for. */
  prepares: string[];
  /** A coding course of at least 80 contact hours: counts as a year towards CPC-A removal. */
  apprenticeCourse: boolean;
  /** Includes AAPC's Practicode. */
  practicode: boolean;
  sourceIds: string[];
}

/** Everything the planner needs besides the reader's input. "Today" is a value, never the clock. */
export interface PlanContext {
  credential: PlannerCredential;
  program?: PlannerProgram;
  rules: PlannerRules;
  /** YYYY-MM-DD. */
  today: string;
}

export type MilestoneKind = 'start' | 'checkpoint' | 'coursework-done' | 'exam-prep' | 'book-exam' | 'exam' | 'results' | 'credential' | 'apprentice' | 'membership' | 'renewal';

/** One dated step of the plan. */
export interface Milestone {
  /** Stable within a plan (calendar UIDs are built from it): start, checkpoint-3, exam, ... */
  key: string;
  kind: MilestoneKind;
  date: string;
  title: string;
  /** What it means and what to do, in a sentence or two. */
  detail: string;
  /** Hours of study done by this day, where that means something. */
  hoursDone?: number;
  /** Keys of the durations (plan.durations) this date follows from. */
  basis: string[];
  /** Set when a calendar rule put it inside a break and it moved to the first day after. */
  movedFromBreak?: boolean;
}

export type DurationOrigin = 'program' | 'reader' | 'credential' | 'rule' | 'assumption' | 'computed';

/** Where one duration of the plan comes from. */
export interface DurationSource {
  key: string;
  label: string;
  /** The figure in words, e.g. "80 hours at 10 hours a week: 8 weeks". */
  value: string;
  origin: DurationOrigin;
  sourceIds: string[];
  note?: string;
}

export type WarningCode =
  | 'hours-over-limit'
  | 'hours-impossible'
  | 'target-too-soon'
  | 'access-expires'
  | 'exam-window'
  | 'program-credential'
  | 'eligibility'
  | 'scheduled-break'
  | 'credential-status'
  | 'start-in-past'
  | 'booking-in-past'
  | 'long-plan'
  | 'no-program-length';

/** A rule the plan breaks ('warning'), or something the reader should know ('info'). */
export interface PlanWarning {
  code: WarningCode;
  severity: 'warning' | 'info';
  message: string;
  /** The input field the reader can change to fix it. */
  field?: keyof PlanInput;
}

/** A stretch of the plan, for the timeline chart. */
export interface PlanPhase {
  key: 'coursework' | 'exam-prep' | 'results' | 'apprentice';
  label: string;
  start: string;
  end: string;
}

/** The computed plan. Same input and context, same plan. */
export interface Plan {
  mode: 'forward' | 'target';
  today: string;
  title?: string;
  credential: { id: string; acronym: string; name: string; issuingBody: string };
  program: { id: string; name: string; provider: string } | null;
  /** True when the reader chose nothing but a start date: this site's default path. */
  isDefaultPath: boolean;
  startDate: string;
  examDate: string;
  credentialDate: string;
  hoursPerWeek: number;
  hours: { coursework: number; examPrep: number; total: number };
  /** Whole and part months from start to credential, e.g. 10.8. */
  monthsToCredential: number;
  milestones: Milestone[];
  phases: PlanPhase[];
  breaks: { start: string; end: string; label?: string }[];
  durations: DurationSource[];
  warnings: PlanWarning[];
}

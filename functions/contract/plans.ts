/**
 * /api/plans: what a reader sends (planInput, also what a saved plan stores), the plan computed from
 * it (mirroring the domain's Plan) and the answers of preview, create and read; a plan stored under
 * older field names is read by saved-bodies.ts.
 */
import * as z from 'zod/mini';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import type { PlannerRulesData } from '../../data/schemas.ts';
import { MAX_BREAKS, MAX_HOURS_PER_WEEK, MAX_LABEL_LENGTH, MAX_PREP_WEEKS, MAX_TITLE_LENGTH, MIN_HOURS_PER_WEEK, MIN_PREP_WEEKS } from '../domain/planner-check.ts';
import { parseDay } from '../domain/planner-dates.ts';
import type { Plan, PlanInput } from '../domain/planner-types.ts';
import { MAX_HISTORY, type PlanChange } from '../domain/progress-history.ts';
import { ON_TRACK_WEEKS, type PlanProgress } from '../domain/progress.ts';
import type { SavedPlanInput } from '../domain/replan.ts';
import type { Locale } from '../../site/i18n/locale.ts';
import { editTokenField, languageAnswer, languageField, oneLine, savedMeta, type Assert, type Mirrors } from './shared.ts';

// Only for the defaults named in descriptions; data tests check the file against its schema.
const rules = plannerRulesJson as PlannerRulesData;

const dayError = 'Give a real calendar date as YYYY-MM-DD.';
/**
 * A real calendar day as YYYY-MM-DD (2027-02-30 is refused, as an invalid date format). Checked by the
 * planner's own parseDay rather than z.iso.date, whose module brings zod's ISO time, date-time and
 * duration schemas into the plans Lambda unused (about 2.4 KB); describePlanInput documents the format.
 */
const day = () =>
  z.string({ error: dayError }).check(
    z.check<string>((ctx) => {
      if (parseDay(ctx.value) === undefined) ctx.issues.push({ code: 'invalid_format', format: 'date', input: ctx.value, message: dayError });
    }),
  );
const hoursError = { error: `Between ${MIN_HOURS_PER_WEEK} and ${MAX_HOURS_PER_WEEK} hours a week.` };
const prepError = { error: `A whole number of weeks from ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS}.` };

const unknownField = { error: (issue: z.core.$ZodRawIssue) => (issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : undefined) };

/** What a reader sends, and what a saved plan stores. Only startDate is required: the rest default to this site's default path. */
export const planInput = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      certificationId: z.optional(
        z.string().check(z.minLength(1, { error: 'Name a certification.' }), z.maxLength(20, { error: 'Not a certification id.' })),
      ),
      programId: z.optional(z.nullable(z.string().check(z.minLength(1, { error: 'Name a program, or send null.' }), z.maxLength(80, { error: 'Not a program id.' })))),
      startDate: day(),
      hoursPerWeek: z.optional(
        z.number(hoursError).check(
          z.gte(MIN_HOURS_PER_WEEK, hoursError),
          z.lte(MAX_HOURS_PER_WEEK, hoursError),
        ),
      ),
      examPrepWeeks: z.optional(z.int(prepError).check(z.gte(MIN_PREP_WEEKS, prepError), z.lte(MAX_PREP_WEEKS, prepError))),
      breaks: z.optional(
        z
          .array(z.strictObject({ start: day(), end: day(), label: z.optional(oneLine(MAX_LABEL_LENGTH, 'What the break is')) }))
          .check(z.maxLength(MAX_BREAKS, { error: `At most ${MAX_BREAKS} breaks.` })),
      ),
      targetExamDate: z.optional(day()),
      title: z.optional(oneLine(MAX_TITLE_LENGTH, 'A name for the plan')),
    },
    unknownField,
  ))();
/** tsc fails here when planInput and the domain's PlanInput drift apart. */
export type PlanInputMirrorsDomain = Assert<Mirrors<PlanInput, z.infer<typeof planInput>>>;

/** The most milestones a reader can tick (a plan has far fewer: one checkpoint a month and a dozen steps). */
export const MAX_COMPLETED = 200;
const doneError = { error: 'A number of hours, 0 or more.' };
const hoursDone = () => z.number(doneError).check(z.gte(0, doneError), z.lte(100_000, doneError));

/**
 * What a saved plan's POST and PUT send: the planner's input plus the reader's progress, a re-plan and
 * the calendar's options. Applying a re-plan is a PUT of the option's `input` (GET answers it ready).
 */
export const savedPlanInput = /* @__PURE__ */ (() =>
  z.strictObject({
    ...planInput.shape,
    progress: z.optional(
      z
        .strictObject({
          asOf: day(),
          hoursDone: hoursDone(),
          completed: z
            .array(z.strictObject({ key: z.string().check(z.minLength(1), z.maxLength(40, { error: 'Not a milestone key.' })), date: day() }))
            .check(z.maxLength(MAX_COMPLETED, { error: `At most ${MAX_COMPLETED} milestones.` })),
        }),
    ),
    replan: z.optional(
      z
        .strictObject({
          from: day(),
          hoursDone: hoursDone(),
        }),
    ),
    calendar: z.optional(z.strictObject({ reminders: z.boolean() })),
    language: languageField(),
  }, unknownField))();

/** The form of a day, for OpenAPI (the check itself also refuses days that do not exist). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

type Described = z.ZodMiniType & { _zod: { def: { innerType?: Described; element?: Described }; }; shape?: Record<string, Described> };
/** An optional or nullable field's own schema (where its description goes). */
const inner = (s: Described): Described => (s._zod.def.innerType ? inner(s._zod.def.innerType) : s);

/**
 * The saved plan input's field descriptions, for OpenAPI only: openapi.ts calls this before building
 * the document. The words live here beside the schema, but a Lambda, which only validates, bundles none.
 */
export function describePlanInput(): void {
  const say = (s: Described, description: string) => void z.globalRegistry.add(s, { ...z.globalRegistry.get(s), description });
  const f = savedPlanInput.shape as unknown as Record<string, Described>;
  const field = (name: string) => inner(f[name]!);
  const date = (s: Described, text: string) => void z.globalRegistry.add(s, { description: `${text} (YYYY-MM-DD)`, format: 'date', pattern: DATE_PATTERN });
  say(field('certificationId'), `Certification id, e.g. cca (default ${rules.defaultCredentialId})`);
  say(field('programId'), `Program id, or null for none: the coursework is then ${rules.defaultCoursework.value} hours, the stated hours of ${rules.defaultCoursework.programId}`);
  date(field('startDate'), 'First day of coursework, from 2000-01-01 to 5 years after today');
  say(field('hoursPerWeek'), `Study hours a week, ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK} (default ${rules.hoursPerWeek.value}); ignored when targetExamDate is set and the coursework has a workload`);
  say(field('examPrepWeeks'), `Weeks of exam prep, ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS} (default ${rules.examPrepWeeks.value})`);
  const breaks = field('breaks');
  say(breaks, `Up to ${MAX_BREAKS} breaks: study pauses and no milestone falls in them`);
  date(breaks._zod.def.element!.shape!.start!, 'First day off');
  date(breaks._zod.def.element!.shape!.end!, 'Last day off');
  date(field('targetExamDate'), 'Plan backwards: the exam date, from which the plan works out the hours a week');
  const progress = field('progress');
  say(progress, 'Where the reader stands; GET answers `progress` computed from it');
  date(progress.shape!.asOf!, 'The day the figures are true at the end of: not before startDate, not after today');
  say(progress.shape!.hoursDone!, `Hours studied from the start to the end of asOf, coursework and exam prep together: a running total (not entries per week), at most ${MAX_HOURS_PER_WEEK} for each week elapsed`);
  const completed = progress.shape!.completed!;
  say(completed, `Milestones ticked done, each with its day (at most ${MAX_COMPLETED})`);
  say(completed._zod.def.element!.shape!.key!, 'A milestone key of this plan (plan.milestones[].key)');
  date(completed._zod.def.element!.shape!.date!, 'The day it was done: not before startDate, not after today');
  const replan = field('replan');
  say(replan, 'Set by applying a re-plan option (PUT progress.options.keepDate.input or .moveExam.input): from `from` on, the coursework left is planned anew by hoursPerWeek (forward) or targetExamDate (back-planned). Only for coursework counted in hours.');
  date(replan.shape!.from!, 'The first day of the re-planned part: not before startDate, at most the day after today');
  say(replan.shape!.hoursDone!, 'Hours studied before `from`, carried into the re-planned part');
  const calendar = field('calendar');
  say(calendar, 'Options of the calendar feed (GET /api/plans/{id}/calendar.ics)');
  say(calendar.shape!.reminders!, 'Add reminders (VALARM) at 09:00 the day before the booking step and the exam');
}
/** What a saved plan stores: the input as sent, and the history the server keeps beside it (never sent by a client). */
export type PlanInputBody = z.infer<typeof savedPlanInput> & { history?: PlanChange[] };
/** tsc fails here when savedPlanInput and the domain's SavedPlanInput (plus the language its words are in, no concern of the domain's) drift apart. */
export type SavedPlanInputMirrorsDomain = Assert<Mirrors<SavedPlanInput & { language?: Locale }, z.infer<typeof savedPlanInput>>>;

const PLAN_INPUT_FIELDS = /* @__PURE__ */ (() => Object.keys(planInput.shape) as [keyof PlanInput, ...(keyof PlanInput)[]])();
const MILESTONE_KINDS = ['start', 'checkpoint', 'coursework-done', 'exam-prep', 'book-exam', 'exam', 'results', 'credential', 'apprentice', 'membership', 'renewal'] as const;
const WARNING_CODES = [
  'hours-over-limit',
  'hours-impossible',
  'target-too-soon',
  'access-expires',
  'exam-window',
  'program-credential',
  'eligibility',
  'scheduled-break',
  'credential-status',
  'start-in-past',
  'booking-in-past',
  'long-plan',
  'no-program-length',
] as const;

/** A computed plan, in the words of its language (domain/planner-types.ts Plan); tests/unit/planner-openapi.test.ts checks real plans against it. */
export const planSchema = /* @__PURE__ */ (() =>
  z.object({
    mode: z.enum(['forward', 'target']),
    today: z.string(),
    title: z.optional(z.string()),
    credential: z.object({ id: z.string(), acronym: z.string(), name: z.string(), issuingBody: z.string() }),
    program: z.nullable(z.object({ id: z.string(), name: z.string(), provider: z.string() })),
    isDefaultPath: z.boolean(),
    startDate: z.string(),
    examDate: z.string(),
    credentialDate: z.string(),
    hoursPerWeek: z.number(),
    hours: z.object({ coursework: z.number(), examPrep: z.number(), total: z.number() }),
    monthsToCredential: z.number(),
    milestones: z.array(
      z.object({
        key: z.string().check(z.describe('Stable within the plan; calendar UIDs are <planId>-<key>@billing-coding-explorer')),
        kind: z.enum(MILESTONE_KINDS),
        date: z.string(),
        title: z.string(),
        detail: z.string(),
        hoursDone: z.optional(z.number()),
        basis: z.array(z.string()).check(z.describe('Keys of the durations this date follows from')),
        movedFromBreak: z.optional(z.boolean()),
      }),
    ),
    phases: z.array(z.object({ key: z.enum(['coursework', 'exam-prep', 'results', 'apprentice']), label: z.string(), start: z.string(), end: z.string() })),
    breaks: z.array(z.object({ start: z.string(), end: z.string(), label: z.optional(z.string()) })),
    durations: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        value: z.string(),
        origin: z.enum(['program', 'reader', 'credential', 'rule', 'assumption', 'computed']),
        sourceIds: z.array(z.string()),
        note: z.optional(z.string()),
      }),
    ),
    warnings: z.array(
      z.object({
        code: z.enum(WARNING_CODES).check(z.describe('Stable: the UI words a warning by its code')),
        severity: z.enum(['warning', 'info']),
        message: z.string(),
        field: z.optional(z.enum(PLAN_INPUT_FIELDS).check(z.describe('The input field the reader can change to fix it'))),
      }),
    ),
  }))();
/** tsc fails here when planSchema and the domain's Plan drift apart. */
export type PlanMirrorsDomain = Assert<Mirrors<Plan, z.infer<typeof planSchema>>>;

const replanRefusal = /* @__PURE__ */ (() =>
  z.discriminatedUnion('code', [
    z.object({ available: z.literal(false), code: z.literal('hours-over-max'), needed: z.nullable(z.number().check(z.describe('Hours a week it would need; null: no study day is left before exam prep'))), max: z.number() }),
    z.object({ available: z.literal(false), code: z.literal('exam-passed') }),
    z.object({ available: z.literal(false), code: z.literal('fixed-length') }),
  ]).check(z.describe('Not offered, and why (a code the UI words): hours-over-max, exam-passed (the exam is not after the re-plan day), fixed-length (a program of stated length: hours do not move its dates)')))();
const replanOption = /* @__PURE__ */ (() =>
  z.union([
    z.object({
      available: z.literal(true),
      hoursPerWeek: z.number().check(z.describe('Hours a week the re-planned part asks')),
      examDate: z.string(),
      credentialDate: z.string(),
      from: z.string().check(z.describe('First day of the re-planned part: the day after asOf, or today when later; nothing is scheduled before it')),
      input: savedPlanInput.check(z.describe('Apply by PUT /api/plans/{id} with this body (Bearer + If-Match)')),
    }),
    replanRefusal,
  ]))();

/** A plan's progress as the domain computes it (domain/progress.ts PlanProgress). */
export const planProgress = /* @__PURE__ */ (() =>
  z.object({
    asOf: z.string(),
    hoursDone: z.number(),
    hoursExpected: z.number().check(z.describe('Hours the plan expected done by the end of asOf')),
    state: z.enum(['ahead', 'on-track', 'behind']).check(z.describe(`on-track: within ${ON_TRACK_WEEKS} week of the plan's hours a week (toleranceHours) either way`)),
    toleranceHours: z.number(),
    hoursBehind: z.number().check(z.describe('hoursExpected − hoursDone; negative when ahead')),
    daysBehind: z.int().check(z.describe('Study days (breaks left out) from the day the plan reaches hoursDone to asOf; negative when ahead')),
    paceHoursPerWeek: z.nullable(z.number().check(z.describe('Hours a week actually studied since the start; null before any study day'))),
    plannedExamDate: z.string(),
    projectedExamDate: z.nullable(z.string().check(z.describe('The exam at the real pace (the moveExam option when it goes by pace); null when there is no pace to go by, see projection'))),
    projection: z.enum(['pace', 'no-study-days', 'no-hours', 'too-slow', 'fixed-length']),
    completed: z.array(z.object({ key: z.string(), date: z.string() })),
    overdue: z.array(z.string()).check(z.describe('Keys of milestones to do dated on or before asOf and not ticked')),
    options: z.object({
      keepDate: replanOption.check(z.describe('Keep the exam date: the hours a week now needed from the re-plan day')),
      moveExam: replanOption.check(z.describe('Move the exam: the rest planned at the real pace (or the planned hours a week when there is no pace)')),
    }),
  }))();
/** tsc fails here when planProgress and the domain's PlanProgress drift apart. */
export type PlanProgressMirrorsDomain = Assert<Mirrors<PlanProgress, z.infer<typeof planProgress>>>;

/** One saved change of a plan, kept by the server (the last MAX_HISTORY). */
export const planChange = /* @__PURE__ */ (() =>
  z.object({
    at: z.string().check(z.describe('ISO 8601 time of the change')),
    version: z.int().check(z.describe('The version the change made')),
    changed: z.array(z.string()).check(z.describe('Input fields that changed (progress, replan, hoursPerWeek, targetExamDate…)')),
    examDate: z.optional(z.object({ from: z.string(), to: z.string() }).check(z.describe('The computed exam date before and after, when it moved'))),
    hoursPerWeek: z.optional(z.object({ from: z.number(), to: z.number() }).check(z.describe('The computed hours a week before and after, when they changed'))),
  }))();
/** tsc fails here when planChange and the domain's PlanChange drift apart. */
export type PlanChangeMirrorsDomain = Assert<Mirrors<PlanChange, z.infer<typeof planChange>>>;

/** POST /api/plans/preview: the input as read, the language of the plan's words, the plan computed from it and its progress (null without). */
export const planPreview = /* @__PURE__ */ (() => z.object({ input: savedPlanInput, ...languageAnswer, plan: planSchema, progress: z.nullable(planProgress) }))();
export type PlanPreview = z.infer<typeof planPreview>;

/** GET /api/plans/:id (PUT too): a saved plan, its input, the plan and progress computed today, and its last changes. */
export const savedPlan = /* @__PURE__ */ (() =>
  z.object({
    ...savedMeta,
    input: savedPlanInput,
    ...languageAnswer,
    plan: planSchema,
    progress: z.nullable(planProgress),
    history: z.array(planChange).check(z.maxLength(MAX_HISTORY), z.describe(`The last ${MAX_HISTORY} changes, oldest first`)),
  }))();
export type SavedPlan = z.infer<typeof savedPlan>;

/** POST /api/plans: the saved plan and its edit token, shown once. */
export const planCreated = /* @__PURE__ */ (() => z.extend(savedPlan, editTokenField))();
export type PlanCreated = z.infer<typeof planCreated>;

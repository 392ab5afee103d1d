/**
 * /api/plans: what a reader sends (planInput, also what a saved plan stores), the plan computed from
 * it (mirroring the domain's Plan) and the answers of preview, create and read; a plan stored under
 * older field names is read by saved-bodies.ts.
 */
import * as z from 'zod/mini';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import type { PlannerRulesData } from '../../data/schemas.ts';
import { MAX_BREAKS, MAX_HOURS_PER_WEEK, MAX_LABEL_LENGTH, MAX_PREP_WEEKS, MAX_TITLE_LENGTH, MIN_HOURS_PER_WEEK, MIN_PREP_WEEKS } from '../domain/planner-check.ts';
import type { Plan, PlanInput } from '../domain/planner-types.ts';
import { editTokenField, oneLine, savedMeta, type Assert, type Mirrors } from './shared.ts';

// Only for the defaults named in descriptions; data tests check the file against its schema.
const rules = plannerRulesJson as PlannerRulesData;

const day = (description: string) => z.iso.date({ error: 'Give a real calendar date as YYYY-MM-DD.' }).check(z.describe(`${description} (YYYY-MM-DD)`));
const hoursError = { error: `Between ${MIN_HOURS_PER_WEEK} and ${MAX_HOURS_PER_WEEK} hours a week.` };
const prepError = { error: `A whole number of weeks from ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS}.` };

/** What a reader sends, and what a saved plan stores. Only startDate is required: the rest default to this site's default path. */
export const planInput = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      certificationId: z.optional(
        z.string().check(z.minLength(1, { error: 'Name a certification.' }), z.maxLength(20, { error: 'Not a certification id.' }), z.describe(`Certification id, e.g. cca (default ${rules.defaultCredentialId})`)),
      ),
      programId: z.optional(z.nullable(z.string().check(z.minLength(1, { error: 'Name a program, or send null.' }), z.maxLength(80, { error: 'Not a program id.' }), z.describe(`Program id, or null for none: the coursework is then ${rules.defaultCoursework.value} hours, the stated hours of ${rules.defaultCoursework.programId}`)))),
      startDate: day('First day of coursework, from 2000-01-01 to 5 years after today'),
      hoursPerWeek: z.optional(
        z.number(hoursError).check(
          z.gte(MIN_HOURS_PER_WEEK, hoursError),
          z.lte(MAX_HOURS_PER_WEEK, hoursError),
          z.describe(`Study hours a week, ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK} (default ${rules.hoursPerWeek.value}); ignored when targetExamDate is set and the coursework has a workload`),
        ),
      ),
      examPrepWeeks: z.optional(z.int(prepError).check(z.gte(MIN_PREP_WEEKS, prepError), z.lte(MAX_PREP_WEEKS, prepError), z.describe(`Weeks of exam prep, ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS} (default ${rules.examPrepWeeks.value})`))),
      breaks: z.optional(
        z
          .array(z.strictObject({ start: day('First day off'), end: day('Last day off'), label: z.optional(oneLine(MAX_LABEL_LENGTH, 'What the break is')) }))
          .check(z.maxLength(MAX_BREAKS, { error: `At most ${MAX_BREAKS} breaks.` }), z.describe(`Up to ${MAX_BREAKS} breaks: study pauses and no milestone falls in them`)),
      ),
      targetExamDate: z.optional(day('Plan backwards: the exam date, from which the plan works out the hours a week')),
      title: z.optional(oneLine(MAX_TITLE_LENGTH, 'A name for the plan')),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : undefined) },
  ))();
export type PlanInputBody = z.infer<typeof planInput>;
/** tsc fails here when planInput and the domain's PlanInput drift apart. */
export type PlanInputMirrorsDomain = Assert<Mirrors<PlanInput, PlanInputBody>>;

const PLAN_INPUT_FIELDS = /* @__PURE__ */ (() => Object.keys(planInput.shape) as [keyof PlanInputBody, ...(keyof PlanInputBody)[]])();
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

/** A computed plan, in English words (domain/planner-types.ts Plan); tests/unit/planner-openapi.test.ts checks real plans against it. */
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

/** POST /api/plans/preview: the input as read and the plan computed from it. */
export const planPreview = /* @__PURE__ */ (() => z.object({ input: planInput, plan: planSchema }))();
export type PlanPreview = z.infer<typeof planPreview>;

/** GET /api/plans/:id (PUT too): a saved plan, its input and the plan computed from it today. */
export const savedPlan = /* @__PURE__ */ (() => z.object({ ...savedMeta, input: planInput, plan: planSchema }))();
export type SavedPlan = z.infer<typeof savedPlan>;

/** POST /api/plans: the saved plan and its edit token, shown once. */
export const planCreated = /* @__PURE__ */ (() => z.extend(savedPlan, editTokenField))();
export type PlanCreated = z.infer<typeof planCreated>;

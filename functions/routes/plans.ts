/**
 * /api/plans: certification timeline plans. POST /preview computes a plan and stores nothing; a saved
 * plan stores the reader's validated input and is read back with the plan computed from it
 * (savedResourceRoutes: edit token + If-Match); /:id/calendar.ics gives its milestones as a calendar.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import type { Certification, PlannerRulesData, Program } from '../../data/schemas.ts';
import { readJsonBody } from '../http/body.ts';
import type { AppDeps } from './deps.ts';
import { ID_PATTERN } from '../http/edit-token.ts';
import { plannerCredentialOf, plannerProgramOf, plannerRulesOf } from '../domain/planner-adapter.ts';
import { planCalendar } from '../domain/planner-calendar.ts';
import { MAX_BREAKS, MAX_HOURS_PER_WEEK, MAX_LABEL_LENGTH, MAX_PREP_WEEKS, MAX_TITLE_LENGTH, MIN_HOURS_PER_WEEK, MIN_PREP_WEEKS } from '../domain/planner-check.ts';
import { checkPlanInput, planTimeline, type Plan, type PlanContext, type PlanInput } from '../domain/planner.ts';
import { invalid, problemOf, ProblemError, type InvalidParam } from '../http/problem.ts';
import { clientAddressOf, createRateLimiter, rateLimit } from '../http/rate-limit.ts';
import { savedResourceRoutes } from './saved-resource.ts';

/** Default: 30 new plans per 10 minutes per client address. */
export const PLAN_CREATE_LIMIT = { limit: 30, windowMs: 10 * 60_000 } as const;

// Checked against its schema by the data tests (data/index.ts parses it); not parsed again here to keep the Lambda small.
const rulesData = plannerRulesJson as PlannerRulesData;
const rules = plannerRulesOf(rulesData);

const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const oneLine = (max: number, description: string) =>
  z.string().check(z.maxLength(max, { error: `At most ${max} characters.` }), z.regex(ONE_LINE, { error: 'Use one line, without control characters.' }), z.describe(description));
const day = (description: string) => z.iso.date({ error: 'Give a real calendar date as YYYY-MM-DD.' }).check(z.describe(`${description} (YYYY-MM-DD)`));
const hoursError = { error: `Between ${MIN_HOURS_PER_WEEK} and ${MAX_HOURS_PER_WEEK} hours a week.` };
const prepError = { error: `A whole number of weeks from ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS}.` };

/** What a reader sends, and what a saved plan stores. Only startDate is required: the rest default to the article's path. */
export const planInput = z.strictObject({
  credentialId: z.optional(z.string().check(z.minLength(1, { error: 'Name a credential.' }), z.maxLength(20, { error: 'Not a credential id.' }), z.describe(`Certification id, e.g. cca (default ${rules.defaultCredentialId})`))),
  programId: z.optional(z.nullable(z.string().check(z.minLength(1, { error: 'Name a program, or send null.' }), z.maxLength(80, { error: 'Not a program id.' }), z.describe('Program id, or null for none: the coursework is then the article’s path')))),
  startDate: day('First day of coursework, from 2000-01-01 to 5 years after today'),
  hoursPerWeek: z.optional(z.number(hoursError).check(z.gte(MIN_HOURS_PER_WEEK, hoursError), z.lte(MAX_HOURS_PER_WEEK, hoursError), z.describe(`Study hours a week, ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK} (default ${rules.hoursPerWeek.value}); ignored when targetExamDate is set and the coursework has a workload`))),
  examPrepWeeks: z.optional(z.int(prepError).check(z.gte(MIN_PREP_WEEKS, prepError), z.lte(MAX_PREP_WEEKS, prepError), z.describe(`Weeks of exam prep, ${MIN_PREP_WEEKS} to ${MAX_PREP_WEEKS} (default ${rules.examPrepWeeks.value})`))),
  breaks: z.optional(
    z
      .array(z.strictObject({ start: day('First day off'), end: day('Last day off'), label: z.optional(oneLine(MAX_LABEL_LENGTH, 'What the break is')) }))
      .check(z.maxLength(MAX_BREAKS, { error: `At most ${MAX_BREAKS} breaks.` }), z.describe(`Up to ${MAX_BREAKS} breaks: study pauses and no milestone falls in them`)),
  ),
  targetExamDate: z.optional(day('Plan backwards: the exam date, from which the plan works out the hours a week')),
  title: z.optional(oneLine(MAX_TITLE_LENGTH, 'A name for the plan')),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : undefined) });
export type PlanInputBody = z.infer<typeof planInput>;

/** A plan as the API answers it: the input as stored and the plan computed from it. */
export interface PlanView {
  input: PlanInput;
  plan: Plan;
}

export function plansRoutes(deps: AppDeps) {
  const { reference } = deps;
  const today = () => (deps.now?.() ?? new Date()).toISOString().slice(0, 10);

  /** The planner's context for an input, or the fields that name something we do not carry. */
  async function contextOf(input: PlanInput, on: string): Promise<{ context?: PlanContext; errors: InvalidParam[] }> {
    const [certifications, programs] = await Promise.all([reference.listCatalog<Certification>('certification'), input.programId ? reference.listCatalog<Program>('program') : []]);
    const errors: InvalidParam[] = [];
    const credentialId = input.credentialId ?? rules.defaultCredentialId;
    const cert = certifications.find((c) => c.id === credentialId);
    if (!cert) errors.push({ name: 'credentialId', in: 'body', detail: `"${credentialId.slice(0, 20)}" is not a credential we carry.`, allowed: certifications.map((c) => c.id) });
    const program = input.programId ? programs.find((p) => p.id === input.programId) : undefined;
    if (input.programId && !program) errors.push({ name: 'programId', in: 'body', detail: `"${input.programId.slice(0, 80)}" is not a program we carry.`, allowed: programs.map((p) => p.id) });
    if (!cert || errors.length > 0) return { errors };
    return { errors, context: { credential: plannerCredentialOf(cert, rulesData), ...(program ? { program: plannerProgramOf(program, rulesData) } : {}), rules, today: on } };
  }

  /** Every failing field: the planner's input rules, then unknown ids. */
  async function check(input: PlanInput): Promise<InvalidParam[]> {
    const rulesBroken = checkPlanInput(input, today()).map((e): InvalidParam => ({ name: e.field, in: 'body', detail: e.detail }));
    return [...rulesBroken, ...(await contextOf(input, today())).errors];
  }

  /** The plan for stored (once valid) input, as of today. */
  async function compute(input: PlanInput): Promise<Plan> {
    const { context, errors } = await contextOf(input, today());
    if (!context) throw new ProblemError(problemOf(409, 'This plan names a credential or program the catalog no longer carries.', { errors: errors.map((e) => ({ ...e, in: 'body' as const })) }));
    return planTimeline(input, context);
  }

  const saved = savedResourceRoutes({
    noun: 'plan',
    store: deps.plans,
    body: planInput,
    check,
    present: async (item): Promise<PlanView> => ({ input: item.body, plan: await compute(item.body) }),
    beforeCreate: rateLimit(deps.planCreateLimiter ?? createRateLimiter(PLAN_CREATE_LIMIT), deps.clientAddress ?? clientAddressOf, 'new plans'),
  });

  return new Hono()
    .post('/preview', async (c) => {
      const input = await readJsonBody(c, planInput);
      const failures = await check(input);
      if (failures.length > 0) throw invalid(failures);
      const view: PlanView = { input, plan: await compute(input) };
      return c.json(view, 200, { 'Cache-Control': 'no-store' });
    })
    .get('/:id/calendar.ics', async (c) => {
      const id = c.req.param('id');
      const item = ID_PATTERN.test(id) ? await deps.plans.get(id) : undefined;
      if (!item) throw new ProblemError(problemOf(404, 'There is no plan with this id.', { errors: [{ name: 'id', in: 'path', detail: 'Unknown plan id.' }] }));
      const plan = await compute(item.body);
      // Behind CloudFront the site's host arrives as X-Forwarded-Host; locally the request's own origin is the site's.
      const url = new URL(c.req.url);
      const host = c.req.header('X-Forwarded-Host') ?? url.host;
      const ics = planCalendar(plan, { planId: id, stamp: item.updatedAt, version: item.version, url: `${url.protocol}//${host}/plan/?id=${id}` });
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${plan.credential.id}-plan.ics"`,
        'Cache-Control': 'private, no-cache',
        ETag: `"${item.version}"`,
      });
    })
    .route('/', saved);
}

/**
 * /api/plans: certification timeline plans. POST /preview computes a plan and stores nothing; a saved
 * plan stores the reader's validated input and is read back with the plan computed from it
 * (savedResourceRoutes: edit token + If-Match); /:id/calendar.ics gives its milestones as a calendar.
 */
import { Hono } from '../http/hono.ts';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import type { Certification, PlannerRulesData, Program } from '../../data/schemas.ts';
import { readJsonBody } from '../http/body.ts';
import { limiterFor, type AppDeps } from './deps.ts';
import { planInput, type PlanPreview } from '../contract/plans.ts';
import { isSavedId } from '../domain/saved-id.ts';
import { plannerCredentialOf, plannerProgramOf, plannerRulesOf } from '../domain/planner-adapter.ts';
import { planCalendar } from '../domain/planner-calendar.ts';
import { checkTarget } from '../domain/planner-core.ts';
import { checkPlanInput, planTimeline, type Plan, type PlanContext, type PlanInput } from '../domain/planner.ts';
import { invalid, problemOf, ProblemError, type InvalidParam } from '../http/problem.ts';
import { clientAddressOf, countCreate } from '../http/rate-limit.ts';
import { savedResourceRoutes } from './saved-resource.ts';
import { checkMessage, planMessages, planWords } from '../../site/i18n/plan-words.ts';
import { DEFAULT_LOCALE } from '../../site/i18n/locale.ts';

/** Default: 30 new plans per 10 minutes per client address. */
export const PLAN_CREATE_LIMIT = { limit: 30, windowMs: 10 * 60_000 } as const;

// Checked against its schema by the data tests (data/index.ts parses it); not parsed again here to keep the Lambda small.
const rulesData = plannerRulesJson as PlannerRulesData;
const rules = plannerRulesOf(rulesData);

export function plansRoutes(deps: AppDeps) {
  const { reference } = deps;
  const today = () => (deps.now?.() ?? new Date()).toISOString().slice(0, 10);

  /** The planner's context for an input, or the fields that name something we do not carry. */
  async function contextOf(input: PlanInput, on: string): Promise<{ context?: PlanContext; errors: InvalidParam[] }> {
    const [certifications, programs] = await Promise.all([reference.listCatalog<Certification>('certification'), input.programId ? reference.listCatalog<Program>('program') : []]);
    const errors: InvalidParam[] = [];
    const certificationId = input.certificationId ?? rules.defaultCredentialId;
    const cert = certifications.find((c) => c.id === certificationId);
    if (!cert) errors.push({ name: 'certificationId', in: 'body', detail: `"${certificationId.slice(0, 20)}" is not a certification we carry.`, allowed: certifications.map((c) => c.id) });
    const program = input.programId ? programs.find((p) => p.id === input.programId) : undefined;
    if (input.programId && !program) errors.push({ name: 'programId', in: 'body', detail: `"${input.programId.slice(0, 80)}" is not a program we carry.`, allowed: programs.map((p) => p.id) });
    if (!cert || errors.length > 0) return { errors };
    return { errors, context: { credential: plannerCredentialOf(cert, rulesData), ...(program ? { program: plannerProgramOf(program, rulesData) } : {}), rules, today: on } };
  }

  /** Every failing field: the planner's input rules, then unknown ids; then a target exam date needing more hours a week than a plan allows. */
  async function check(input: PlanInput): Promise<InvalidParam[]> {
    const words = planMessages(DEFAULT_LOCALE);
    const broken = checkPlanInput(input, today());
    const { context, errors } = await contextOf(input, today());
    if (context && broken.length === 0) broken.push(...checkTarget(input, context));
    return [...broken.map((e): InvalidParam => ({ name: e.field, in: 'body', code: e.code, detail: checkMessage(e, words) })), ...errors];
  }

  /** The plan for stored (once valid) input, as of today. */
  async function compute(input: PlanInput): Promise<Plan> {
    const { context, errors } = await contextOf(input, today());
    if (!context) throw new ProblemError(problemOf(409, 'This plan names a certification or program the catalog no longer carries.', { code: 'catalog-changed', errors: errors.map((e) => ({ ...e, in: 'body' as const })) }));
    // The API answers in English words; every warning also carries its code for the UI to translate.
    return planWords(planTimeline(input, context), DEFAULT_LOCALE);
  }

  const saved = savedResourceRoutes({
    noun: 'plan',
    store: deps.plans,
    body: planInput,
    check,
    present: async (item): Promise<PlanPreview> => ({ input: item.body, plan: await compute(item.body) }),
    limitCreate: countCreate(deps.planCreateLimiter ?? limiterFor(deps, 'plans', PLAN_CREATE_LIMIT), deps.clientAddress ?? clientAddressOf, 'new plans'),
  });

  return new Hono()
    .post('/preview', async (c) => {
      const input = await readJsonBody(c, planInput);
      const failures = await check(input);
      if (failures.length > 0) throw invalid(failures);
      const view: PlanPreview = { input, plan: await compute(input) };
      return c.json(view, 200, { 'Cache-Control': 'no-store' });
    })
    .get('/:id/calendar.ics', async (c) => {
      const id = c.req.param('id');
      const item = isSavedId(id) ? await deps.plans.get(id) : undefined;
      if (!item) throw new ProblemError(problemOf(404, 'There is no plan with this id.', { errors: [{ name: 'id', in: 'path', detail: 'Unknown plan id.' }] }));
      const plan = await compute(item.body);
      // The link's origin is configured (deps.siteOrigin), never taken from Host or X-Forwarded-Host; without one the link is left out.
      const origin = deps.siteOrigin?.(c);
      const ics = planCalendar(plan, { planId: id, stamp: item.updatedAt, version: item.version, ...(origin ? { url: `${origin}/plan/?id=${id}` } : {}) });
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${plan.credential.id}-plan.ics"`,
        'Cache-Control': 'private, no-cache',
        ETag: `"${item.version}"`,
      });
    })
    .route('/', saved);
}

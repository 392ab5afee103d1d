/**
 * /api/plans: certification timeline plans. POST /preview computes a plan and stores nothing; a saved
 * plan stores the reader's validated input and is read back with the plan computed from it
 * (savedResourceRoutes: edit token + If-Match); /:id/calendar.ics gives its milestones as a calendar.
 */
import { createHash } from 'node:crypto';
import { Hono } from '../http/hono.ts';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import type { Certification, PlannerRulesData, Program } from '../../data/schemas.ts';
import { readJsonBody } from '../http/body.ts';
import { limiterFor, type AppDeps } from './deps.ts';
import { savedPlanInput, type PlanInputBody, type PlanPreview } from '../contract/plans.ts';
import { isSavedId } from '../domain/saved-id.ts';
import { plannerCredentialOf, plannerProgramOf, plannerRulesOf } from '../domain/planner-adapter.ts';
import { planCalendar } from '../domain/planner-calendar.ts';
import { checkTarget } from '../domain/planner-core.ts';
import { checkPlanInput, type PlanContext, type PlanInput } from '../domain/planner.ts';
import { checkProgress, progressOf, type ProgressCheck } from '../domain/progress.ts';
import { withChange, type PlanHeadline } from '../domain/progress-history.ts';
import { planOf, segmentOf, type SavedPlanInput } from '../domain/replan.ts';
import { invalid, problemOf, ProblemError, type InvalidParam } from '../http/problem.ts';
import { clientAddressOf, countCreate } from '../http/rate-limit.ts';
import { savedResourceRoutes } from './saved-resource.ts';
import { checkMessage, planDataIn, planMessagesOf, planWordsOf } from '../../site/i18n/plan-words.ts';
import { localePath } from '../../site/i18n/locale.ts';
import { languageOf } from '../contract/shared.ts';
import type { Locale } from '../../site/i18n/locale.ts';

/** A saved plan's input as sent: the planner's (SavedPlanInput) and the language of its words. */
type PlanBody = Omit<PlanInputBody, 'history'>;

/** Default: 30 new plans per 10 minutes per client address. */
export const PLAN_CREATE_LIMIT = { limit: 30, windowMs: 10 * 60_000 } as const;

// Checked against its schema by the data tests (data/index.ts parses it); not parsed again here to keep the Lambda small.
const rulesData = plannerRulesJson as PlannerRulesData;
const rules = plannerRulesOf(rulesData);

export function plansRoutes(deps: AppDeps) {
  const { reference } = deps;
  const today = () => (deps.now?.() ?? new Date()).toISOString().slice(0, 10);

  /** The planner's context for an input, or the fields that name something we do not carry. */
  async function contextOf(input: PlanInput & { language?: Locale | undefined }, on: string): Promise<{ context?: PlanContext; errors: InvalidParam[] }> {
    const [certifications, programs] = await Promise.all([reference.listCatalog<Certification>('certification'), input.programId ? reference.listCatalog<Program>('program') : []]);
    const errors: InvalidParam[] = [];
    const certificationId = input.certificationId ?? rules.defaultCredentialId;
    const cert = certifications.find((c) => c.id === certificationId);
    if (!cert) errors.push({ name: 'certificationId', in: 'body', detail: `"${certificationId.slice(0, 20)}" is not a certification we carry.`, allowed: certifications.map((c) => c.id) });
    const program = input.programId ? programs.find((p) => p.id === input.programId) : undefined;
    if (input.programId && !program) errors.push({ name: 'programId', in: 'body', detail: `"${input.programId.slice(0, 80)}" is not a program we carry.`, allowed: programs.map((p) => p.id) });
    if (!cert || errors.length > 0) return { errors };
    // The plan's data words (credential, program and rule notes) in its language; ids and figures are the same.
    const language = languageOf(input);
    const [certIn, programIn, rulesIn] = await Promise.all([planDataIn(cert, language), program && planDataIn(program, language), planDataIn(rulesData, language)]);
    return {
      errors,
      context: { credential: plannerCredentialOf(certIn, rulesIn), ...(programIn ? { program: plannerProgramOf(programIn, rulesIn) } : {}), rules: rulesIn === rulesData ? rules : plannerRulesOf(rulesIn), today: on },
    };
  }

  /** Every failing field, worded in the plan's language: the planner's input rules, then unknown ids; then a target exam date needing more hours a week than a plan allows. */
  async function check(input: PlanBody): Promise<InvalidParam[]> {
    const words = await planMessagesOf(languageOf(input));
    const broken = checkPlanInput(input, today());
    const { context, errors } = await contextOf(input, today());
    if (context && broken.length === 0) broken.push(...checkTarget(input, context));
    const failures = [...broken.map((e): InvalidParam => ({ name: e.field, in: 'body', code: e.code, detail: checkMessage(e, words) })), ...errors];
    if (!context || failures.length > 0) return failures;
    // A re-planned part's target exam date must be reachable from replan.from (checkProgress checks the day; segmentOf moves it out of a break).
    if (input.replan) {
      const seg = segmentOf(input, context);
      const part = checkTarget(seg.input, seg.ctx);
      if (part.length > 0) return part.map((e): InvalidParam => ({ name: e.field, in: 'body', code: e.code, detail: checkMessage(e, words) }));
    }
    return checkProgress(input, context, planOf(input, context)).map(({ field, ...e }): InvalidParam => ({ name: field, in: 'body', code: e.code, detail: (words.progress[e.code] as (p: ProgressCheck) => string)(e) }));
  }

  /** The planner's context of stored (once valid) input; 409 when the catalog no longer carries what it names. */
  async function contextFor(input: PlanInput & { language?: Locale | undefined }): Promise<PlanContext> {
    const { context, errors } = await contextOf(input, today());
    if (!context) throw new ProblemError(problemOf(409, 'This plan names a certification or program the catalog no longer carries.', { code: 'catalog-changed', errors: errors.map((e) => ({ ...e, in: 'body' as const })) }));
    return context;
  }

  /** The input (history apart), its language, the plan in that language's words (every warning also carries its code) and the progress, as of today. */
  async function answer(input: PlanBody): Promise<PlanPreview> {
    const context = await contextFor(input);
    const facts = planOf(input, context);
    const language = languageOf(input);
    return { input, language, plan: await planWordsOf(facts, language), progress: progressOf(input, context, facts) };
  }

  /** The exam date and hours a week an input plans, for its history; none when it cannot be planned any more. */
  async function headline(input: SavedPlanInput): Promise<PlanHeadline | undefined> {
    const { context } = await contextOf(input, today());
    if (!context) return undefined;
    const { examDate, hoursPerWeek } = planOf(input, context);
    return { examDate, hoursPerWeek };
  }

  const saved = savedResourceRoutes({
    noun: 'plan',
    store: deps.plans,
    body: savedPlanInput,
    check,
    present: async ({ body: { history = [], ...input } }) => ({ ...(await answer(input)), history }),
    // The server keeps the history: what each saved change changed, and when (the last MAX_HISTORY).
    stored: async (body, current, at, version): Promise<PlanInputBody> => {
      if (!current) return body;
      const { history = [], ...before } = current.body;
      const next = withChange(history, { at, version, before, after: body, was: await headline(before), now: await headline(body) });
      return next.length > 0 ? { ...body, history: next } : body;
    },
    limitCreate: countCreate(deps.planCreateLimiter ?? limiterFor(deps, 'plans', PLAN_CREATE_LIMIT), deps.clientAddress ?? clientAddressOf, 'new plans'),
  });

  return new Hono()
    .post('/preview', async (c) => {
      const input = await readJsonBody(c, savedPlanInput);
      const failures = await check(input);
      if (failures.length > 0) throw invalid(failures);
      return c.json(await answer(input), 200, { 'Cache-Control': 'no-store' });
    })
    .get('/:id/calendar.ics', async (c) => {
      const id = c.req.param('id');
      const item = isSavedId(id) ? await deps.plans.get(id) : undefined;
      if (!item) throw new ProblemError(problemOf(404, 'There is no plan with this id.', { errors: [{ name: 'id', in: 'path', detail: 'Unknown plan id.' }] }));
      const input = item.body;
      // Every word of the feed is in the plan's language, and its link opens the plan page in it.
      const language = languageOf(input);
      const plan = await planWordsOf(planOf(input, await contextFor(input)), language);
      // The link's origin is configured (deps.siteOrigin), never taken from Host or X-Forwarded-Host; without one the link is left out.
      const origin = deps.siteOrigin?.(c);
      const feed = { reminders: input.calendar?.reminders ?? false };
      const words = (await planMessagesOf(language)).calendar;
      const ics = planCalendar(plan, { planId: id, stamp: item.updatedAt, version: item.version, feed, words, ...(origin ? { url: `${origin}${localePath(language, `/plan/?id=${id}`)}` } : {}) });
      // A feed is fetched again every few hours: revalidated by a hash of its text, answered 304 when unchanged.
      const etag = `"${createHash('sha256').update(ics).digest('base64url').slice(0, 22)}"`;
      const headers = { 'Cache-Control': 'private, no-cache', ETag: etag };
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
      return c.body(ics, 200, { ...headers, 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${plan.credential.id}-plan.ics"` });
    })
    .route('/', saved);
}

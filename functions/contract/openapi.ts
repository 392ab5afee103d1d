/** GET /api/openapi.json: OpenAPI 3.1, generated from the zod schemas that validate requests and shape data. */
import * as z from 'zod/mini';
import { certificationSchema, occupationSchema, percentilesSchema, programSchema, roleSchema, wageRowSchema } from '../../data/schemas.ts';
import { guideInput } from '../routes/guides.ts';
import { planInput } from '../routes/plans.ts';
import { certificationParams } from '../routes/certifications.ts';
import { compareProgramsQuery, programsQuery } from '../routes/programs.ts';
import { roleParams } from '../routes/roles.ts';
import { areasQuery, compareQuery, salaryQuery } from '../routes/salaries.ts';

const str = z.string();
const int = z.int();
const problemSchema = z.object({
  type: str,
  title: str,
  status: int,
  detail: str,
  instance: str,
  errors: z.optional(
    z.array(
      z.object({
        name: z.string().check(z.describe('The failing parameter or body field')),
        in: z.enum(['query', 'path', 'body', 'header']),
        detail: str,
        allowed: z.optional(z.array(z.union([str, z.number()]))),
      }),
    ),
  ),
});

const healthSchema = z.object({ status: z.literal('ok'), datasetVersion: str, seededAt: str, counts: z.record(str, z.number()) });
const roleViewSchema = z.extend(roleSchema, { occupation: z.nullable(occupationSchema) });
const sourceRefSchema = z.object({ id: str, title: str, publisher: str, url: str, vintage: z.optional(str) });
const salaryShape = {
  soc: str,
  occupationTitle: str,
  area: str,
  areaName: str,
  year: int,
  annual: percentilesSchema,
  hourly: z.nullable(percentilesSchema),
  oewsEmployment: z.nullable(int),
  missing: wageRowSchema.shape.missing,
  sources: z.array(sourceRefSchema),
  note: z.optional(str),
};
const salarySchema = z.object({ role: z.optional(z.object({ slug: str, title: str })), ...salaryShape });
const salaryCompareSchema = z.object({ soc: str, occupationTitle: str, items: z.array(z.object(salaryShape)) });
const salaryAreasSchema = z.object({
  soc: str,
  occupationTitle: str,
  items: z.array(
    z.object({
      area: str,
      areaName: str,
      year: int,
      oewsEmployment: z.nullable(int),
      headline: z.nullable(z.object({ value: z.number(), measure: z.enum(['median', 'mean']) })),
      has: z.array(str),
      missing: z.array(str),
      sourceIds: z.array(str),
    }),
  ),
});

const guideSchema = z.object({
  id: str,
  version: int,
  createdAt: str,
  updatedAt: str,
  guide: guideInput,
  area: str,
  areaName: str,
  roles: z.array(
    z.object({ slug: str, title: str, side: roleSchema.shape.side, level: roleSchema.shape.level, summary: str, credentials: z.array(str), pay: z.nullable(z.object(salaryShape)) }),
  ),
});
const GUIDE_SCHEMAS = { GuideInput: guideInput, Guide: guideSchema, GuideCreated: z.extend(guideSchema, { editToken: str }) };

/** A computed plan (functions/domain/planner-types.ts); tests/unit/planner-openapi.test.ts checks real plans against it. */
const planSchema = z.object({
  mode: z.enum(['forward', 'target']),
  today: str,
  title: z.optional(str),
  credential: z.object({ id: str, acronym: str, name: str, issuingBody: str }),
  program: z.nullable(z.object({ id: str, name: str, provider: str })),
  isDefaultPath: z.boolean(),
  startDate: str,
  examDate: str,
  credentialDate: str,
  hoursPerWeek: z.number(),
  hours: z.object({ coursework: z.number(), examPrep: z.number(), total: z.number() }),
  monthsToCredential: z.number(),
  milestones: z.array(
    z.object({
      key: str.check(z.describe('Stable within the plan; calendar UIDs are <planId>-<key>@billing-coding-explorer')),
      kind: z.enum(['start', 'checkpoint', 'coursework-done', 'exam-prep', 'book-exam', 'exam', 'results', 'credential', 'apprentice', 'membership', 'renewal']),
      date: str,
      title: str,
      detail: str,
      hoursDone: z.optional(z.number()),
      basis: z.array(str).check(z.describe('Keys of the durations this date follows from')),
      movedFromBreak: z.optional(z.boolean()),
    }),
  ),
  phases: z.array(z.object({ key: z.enum(['coursework', 'exam-prep', 'results', 'apprentice']), label: str, start: str, end: str })),
  breaks: z.array(z.object({ start: str, end: str, label: z.optional(str) })),
  durations: z.array(
    z.object({ key: str, label: str, value: str, origin: z.enum(['program', 'reader', 'article', 'credential', 'rule', 'assumption', 'computed']), sourceIds: z.array(str), note: z.optional(str) }),
  ),
  warnings: z.array(z.object({ code: str, severity: z.enum(['warning', 'info']), message: str, field: z.optional(str) })),
});
const planViewSchema = z.object({ id: str, version: int, createdAt: str, updatedAt: str, input: planInput, plan: planSchema });
export const PLAN_SCHEMAS = {
  PlanInput: planInput,
  Plan: planSchema,
  PlanPreview: z.object({ input: planInput, plan: planSchema }),
  SavedPlan: planViewSchema,
  PlanCreated: z.extend(planViewSchema, { editToken: str }),
};

const tuitionShown = z.object({
  amount: z.nullable(z.number()),
  basis: z.optional(z.enum(['official', 'third-party'])),
  bound: z.optional(z.enum(['at-least', 'at-most'])),
  computed: z.optional(z.boolean()),
  dated: z.optional(str),
  note: z.optional(str),
  reason: z.optional(str),
  sourceIds: z.array(str),
});
const programSummarySchema = z.object({
  id: str,
  provider: str,
  name: str,
  location: str,
  formats: programSchema.shape.formats,
  certificationIds: z.array(str),
  certificationId: z.nullable(str),
  accreditation: z.nullable(str),
  url: str,
  seen: str,
  sourceIds: z.array(str),
  tuition: tuitionShown,
  otherTiers: z.array(str),
  months: z.nullable(z.number()),
  lengthText: z.nullable(str),
  hours: programSchema.shape.hours,
  examIncluded: z.boolean(),
  total: z.number().check(z.describe('Sum of the lines paid on top; a floor when lowerBound is true')),
  lowerBound: z.boolean(),
  tuitionKnown: z.boolean(),
  tuitionCeiling: z.boolean(),
  costPerMonth: z.nullable(z.number()),
});
const costLineSchema = z.object({
  kind: z.enum(['tuition', 'fees', 'books', 'exam', 'membership', 'retake']),
  status: z.enum(['included', 'extra', 'unknown', 'not-needed']),
  amount: z.nullable(z.number()),
  bound: z.optional(z.enum(['at-least', 'at-most'])),
  basis: z.optional(z.enum(['official', 'third-party', 'your-input'])),
  computed: z.optional(z.boolean()),
  sourceIds: z.array(str),
  dated: z.optional(str),
  detail: str,
});
const programCompareSchema = z.object({
  area: str,
  areaName: str,
  percentile: z.enum(['p10', 'p25', 'median', 'p75', 'p90']),
  currentIncome: z.nullable(z.number()),
  caveat: str,
  rule: str,
  items: z.array(
    z.object({
      program: z.nullable(programSummarySchema),
      own: z.nullable(
        z.object({
          name: str,
          price: z.nullable(z.number()),
          months: z.nullable(z.number()),
          certificationId: z.nullable(str),
          includes: z.object({ books: z.boolean(), exam: z.boolean(), membership: z.boolean() }),
          booksCost: z.optional(z.nullable(z.number())),
        }),
      ),
      certification: z.nullable(z.object({ id: str, acronym: str, fullName: str })),
      cost: z.object({
        certificationId: z.nullable(str),
        examPrice: z.enum(['member', 'non-member']),
        lines: z.array(costLineSchema),
        total: z.number(),
        lowerBound: z.boolean(),
        unknown: z.array(str),
        tuitionKnown: z.boolean(),
        tuitionCeiling: z.boolean(),
      }),
      months: z.nullable(z.number()),
      hours: z.nullable(programSchema.shape.hours),
      costPerMonth: z.nullable(z.number()),
      payback: z.nullable(
        z.object({
          role: z.object({ slug: str, title: str }),
          roleChosenBy: z.enum(['reader', 'credential', 'default']),
          soc: str,
          occupationTitle: str,
          year: z.nullable(int),
          annualWage: z.nullable(z.number()),
          sourceIds: z.array(str),
          months: z.nullable(int),
          monthlyWage: z.nullable(z.number()),
          monthlyIncome: z.number(),
          monthlyGain: z.nullable(z.number()),
          reason: z.optional(z.enum(['price-not-published', 'wage-not-published', 'no-gain'])),
          lowerBound: z.boolean(),
        }),
      ),
    }),
  ),
  sources: z.array(z.object({ id: str, title: str, publisher: str, url: str, seen: z.optional(str), vintage: z.optional(str) })),
});
const PROGRAM_SCHEMAS = {
  Certification: z.extend(certificationSchema, { programs: z.optional(z.array(z.object({ id: str, provider: str, name: str }))) }),
  ProgramSummary: programSummarySchema,
  ProgramList: z.object({ count: int, sort: str, items: z.array(programSummarySchema) }),
  ProgramCompare: programCompareSchema,
};

const SCHEMAS = { ...PROGRAM_SCHEMAS, ...GUIDE_SCHEMAS, ...PLAN_SCHEMAS, Problem: problemSchema, Health: healthSchema, RoleView: roleViewSchema, Salary: salarySchema, SalaryCompare: salaryCompareSchema, SalaryAreas: salaryAreasSchema };
type SchemaName = keyof typeof SCHEMAS;

const jsonSchema = (s: z.ZodMiniType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

/** Parameters of one operation, from the zod object that validates them. */
function parameters(where: 'query' | 'path', object: z.ZodMiniObject) {
  return Object.entries(object.shape).map(([name, field]) => {
    const s = field as z.ZodMiniType;
    const { description, ...schema } = jsonSchema(s);
    return { name, in: where, required: where === 'path' || !s.safeParse(undefined).success, description, schema };
  });
}

interface Operation {
  summary: string;
  query?: z.ZodMiniObject;
  path?: z.ZodMiniObject;
  ok: SchemaName | { description: string; schema: object };
  errors: Partial<Record<400 | 404 | 503, string>>;
}

function operation({ summary, query, path, ok, errors }: Operation) {
  const okBody = typeof ok === 'string' ? { description: summary, schema: ref(ok) } : ok;
  const responses: Record<string, object> = { 200: { description: okBody.description, content: { 'application/json': { schema: okBody.schema } } } };
  for (const [status, description] of Object.entries({ ...errors, 503: errors[503] ?? 'The data store is unavailable' })) {
    responses[status] = { description, content: { 'application/problem+json': { schema: ref('Problem') } } };
  }
  return { summary, parameters: [...(path ? parameters('path', path) : []), ...(query ? parameters('query', query) : [])], responses };
}

/** /guides and /guides/{id}: publish, read, replace and delete (routes/saved-resource.ts). */
function guidePaths() {
  const problem = (description: string, headers?: object) => ({ description, ...(headers ? { headers } : {}), content: { 'application/problem+json': { schema: ref('Problem') } } });
  const json = (name: SchemaName, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
  const header = (name: string, description: string) => ({ name, in: 'header', required: true, description, schema: { type: 'string' } });
  const id = { name: 'id', in: 'path', required: true, description: 'The guide id (22 characters)', schema: { type: 'string' } };
  const requestBody = { required: true, content: { 'application/json': { schema: ref('GuideInput') } } };
  const edit = [id, header('Authorization', 'Bearer <editToken>'), header('If-Match', 'The version read, as its ETag, e.g. "1"')];
  const unavailable = problem('The data store is unavailable');
  const badBody = { 400: problem('A field is invalid, or names an unknown role, program or credential'), 413: problem('Body over 16 KB'), 415: problem('Body not JSON') };
  const refused = { 401: problem('No edit token'), 403: problem('Not this guide\'s edit token'), 404: problem('No such guide'), 412: problem('Changed since it was read: reload'), 428: problem('If-Match missing') };
  return {
    '/guides': {
      post: {
        summary: "Publish a counselor's guide; the answer carries the edit token, once",
        requestBody,
        responses: { 201: json('GuideCreated', 'Published'), ...badBody, 429: problem('Too many new guides from this address', { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } }), 503: unavailable },
      },
    },
    '/guides/{id}': {
      get: { summary: 'A guide with each role\'s pay in its area', parameters: [id], responses: { 200: json('Guide', 'The guide'), 404: problem('No such guide'), 503: unavailable } },
      put: { summary: 'Replace a guide (edit token and version)', parameters: edit, requestBody, responses: { 200: json('Guide', 'Replaced'), ...badBody, ...refused, 503: unavailable } },
      delete: { summary: 'Delete a guide (edit token and version)', parameters: edit, responses: { 204: { description: 'Deleted' }, ...refused, 503: unavailable } },
    },
  };
}

/** /plans, /plans/preview, /plans/{id} and /plans/{id}/calendar.ics (routes/plans.ts over routes/saved-resource.ts). */
function planPaths() {
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
  const json = (name: SchemaName, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
  const header = (name: string, description: string) => ({ name, in: 'header', required: true, description, schema: { type: 'string' } });
  const id = { name: 'id', in: 'path', required: true, description: 'The plan id (22 characters)', schema: { type: 'string' } };
  const requestBody = { required: true, content: { 'application/json': { schema: ref('PlanInput') } } };
  const edit = [id, header('Authorization', 'Bearer <editToken>'), header('If-Match', 'The version read, as its ETag, e.g. "1"')];
  const unavailable = problem('The data store is unavailable');
  const badBody = {
    400: problem('A field is invalid (an impossible date, a start before 2000 or more than 5 years ahead, hours a week outside 1 to 80, a date in a break) or names an unknown credential or program'),
    413: problem('Body over 16 KB'),
    415: problem('Body not JSON'),
  };
  const refused = { 401: problem('No edit token'), 403: problem("Not this plan's edit token"), 404: problem('No such plan'), 412: problem('Changed since it was read: reload'), 428: problem('If-Match missing') };
  return {
    '/plans/preview': { post: { summary: 'Compute a plan without storing anything', requestBody, responses: { 200: json('PlanPreview', 'The plan'), ...badBody, 503: unavailable } } },
    '/plans': {
      post: { summary: 'Save a plan; the answer carries the edit token, once', requestBody, responses: { 201: json('PlanCreated', 'Saved'), ...badBody, 429: problem('Too many new plans from this address'), 503: unavailable } },
    },
    '/plans/{id}': {
      get: { summary: 'A saved plan: its input and the plan computed from it today', parameters: [id], responses: { 200: json('SavedPlan', 'The plan'), 404: problem('No such plan'), 503: unavailable } },
      put: { summary: 'Replace a plan (edit token and version)', parameters: edit, requestBody, responses: { 200: json('SavedPlan', 'Replaced'), ...badBody, ...refused, 503: unavailable } },
      delete: { summary: 'Delete a plan (edit token and version)', parameters: edit, responses: { 204: { description: 'Deleted' }, ...refused, 503: unavailable } },
    },
    '/plans/{id}/calendar.ics': {
      get: {
        summary: "The plan's milestones as an RFC 5545 calendar: one all-day event each, with stable UIDs",
        parameters: [id],
        responses: { 200: { description: 'An iCalendar attachment', content: { 'text/calendar': { schema: { type: 'string' } } } }, 404: problem('No such plan'), 503: unavailable },
      },
    },
  };
}

/** The whole document; built once per cold start. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Billing & Coding Explorer API',
      version: '1',
      description: 'Roles and BLS wages for medical billing and coding careers. Errors are RFC 9457 problem details naming the failing parameters.',
    },
    servers: [{ url: '/api' }],
    paths: {
      '/health': { get: operation({ summary: 'Status and dataset version', ok: 'Health', errors: { 503: 'Table unreachable or not seeded' } }) },
      '/roles': {
        get: operation({ summary: 'The nine role guides', ok: { description: 'Roles in the source article order', schema: { type: 'object', properties: { items: { type: 'array', items: ref('RoleView') } } } }, errors: {} }),
      },
      '/roles/{slug}': { get: operation({ summary: 'One role guide', path: roleParams, ok: 'RoleView', errors: { 400: 'Slug too long', 404: 'Unknown role' } }) },
      '/salaries': {
        get: operation({ summary: 'Wage percentiles of a role or occupation in one area, newest year', query: salaryQuery, ok: 'Salary', errors: { 400: 'Unknown role, soc or area', 404: 'No wages published there' } }),
      },
      '/salaries/compare': { get: operation({ summary: 'The same for 1 to 6 areas', query: compareQuery, ok: 'SalaryCompare', errors: { 400: 'Unknown role, soc or area; too many areas' } }) },
      '/salaries/areas': { get: operation({ summary: 'Every area with its newest year and the figures it has', query: areasQuery, ok: 'SalaryAreas', errors: { 400: 'Unknown role or soc' } }) },
      '/certifications': {
        get: operation({ summary: 'The twelve credentials: fees, exam, prerequisites, renewal, each with its sources', ok: { description: 'Credentials', schema: { type: 'object', properties: { items: { type: 'array', items: ref('Certification') } } } }, errors: {} }),
      },
      '/certifications/{id}': { get: operation({ summary: 'One credential, with the programs that prepare for it (cheapest first)', path: certificationParams, ok: 'Certification', errors: { 400: 'Id too long', 404: 'Unknown certification' } }) },
      '/programs': { get: operation({ summary: 'Training programs, filtered and sorted, each with its cost worked out', query: programsQuery, ok: 'ProgramList', errors: { 400: 'Unknown certification or format; a negative or absurd number' } }) },
      '/programs/compare': {
        get: operation({ summary: 'Up to four programs side by side: cost lines, total, length and payback in an area', query: compareProgramsQuery, ok: 'ProgramCompare', errors: { 400: 'Unknown or too many ids, unknown area or role, negative or absurd income' } }),
      },
      ...guidePaths(),
      ...planPaths(),
    },
    components: { schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, s]) => [name, jsonSchema(s)])) },
  };
}

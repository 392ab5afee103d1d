/** GET /api/openapi.json: OpenAPI 3.1, generated from the zod schemas that validate requests and shape data. */
import { z } from 'zod';
import { occupationSchema, percentilesSchema, roleSchema, wageRowSchema } from '../data/schemas.ts';
import { roleParams } from './routes/roles.ts';
import { areasQuery, compareQuery, salaryQuery } from './routes/salaries.ts';

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  errors: z
    .array(
      z.object({
        name: z.string().describe('The failing parameter or body field'),
        in: z.enum(['query', 'path', 'body', 'header']),
        detail: z.string(),
        allowed: z.array(z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});

const healthSchema = z.object({ status: z.literal('ok'), datasetVersion: z.string(), seededAt: z.string(), counts: z.record(z.string(), z.number()) });
const roleViewSchema = roleSchema.extend({ occupation: occupationSchema.nullable() });
const sourceRefSchema = z.object({ id: z.string(), title: z.string(), publisher: z.string(), url: z.string(), vintage: z.string().optional() });
const salarySchema = z.object({
  role: z.object({ slug: z.string(), title: z.string() }).optional(),
  soc: z.string(),
  occupationTitle: z.string(),
  area: z.string(),
  areaName: z.string(),
  year: z.number().int(),
  annual: percentilesSchema,
  hourly: percentilesSchema.nullable(),
  oewsEmployment: z.number().int().nullable(),
  missing: wageRowSchema.shape.missing,
  sources: z.array(sourceRefSchema),
  note: z.string().optional(),
});
const salaryCompareSchema = z.object({ soc: z.string(), occupationTitle: z.string(), items: z.array(salarySchema.omit({ role: true })) });
const salaryAreasSchema = z.object({
  soc: z.string(),
  occupationTitle: z.string(),
  items: z.array(
    z.object({
      area: z.string(),
      areaName: z.string(),
      year: z.number().int(),
      oewsEmployment: z.number().int().nullable(),
      headline: z.object({ value: z.number(), measure: z.enum(['median', 'mean']) }).nullable(),
      has: z.array(z.string()),
      missing: z.array(z.string()),
      sourceIds: z.array(z.string()),
    }),
  ),
});

const SCHEMAS = { Problem: problemSchema, Health: healthSchema, RoleView: roleViewSchema, Salary: salarySchema, SalaryCompare: salaryCompareSchema, SalaryAreas: salaryAreasSchema };
type SchemaName = keyof typeof SCHEMAS;

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

/** Parameters of one operation, from the zod object that validates them. */
function parameters(where: 'query' | 'path', object: z.ZodObject) {
  return Object.entries(object.shape).map(([name, field]) => {
    const s = field as z.ZodType;
    return { name, in: where, required: where === 'path' || !s.safeParse(undefined).success, description: s.description, schema: jsonSchema(s) };
  });
}

interface Operation {
  summary: string;
  query?: z.ZodObject;
  path?: z.ZodObject;
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
    },
    components: { schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, s]) => [name, jsonSchema(s)])) },
  };
}

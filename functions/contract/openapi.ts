/**
 * /api/openapi.json: OpenAPI 3.1 assembled from the contract's zod schemas, requests and responses
 * alike; nothing here restates a shape. Written at build time (site/pages/api/openapi.json.ts), so
 * the Lambdas carry no JSON Schema generator. tests/unit/openapi.test.ts checks that it documents
 * exactly the resource paths of functions/routes/registry.ts, and `npm run lint:openapi` runs
 * Redocly's recommended rules over the built file.
 */
import * as z from 'zod/mini';
import { certificationDetail, certificationList, certificationParams } from './certifications.ts';
import { guideCreated, guideInput, guideView } from './guides.ts';
import { healthResponse } from './health.ts';
import { describePlanInput, planCreated, planPreview, savedPlan, savedPlanInput } from './plans.ts';
import { problemSchema } from './problem.ts';
import { programCompareQuery, programCompareResponse, programListResponse, programsQuery } from './programs.ts';
import { roleList, roleParams, roleView } from './roles.ts';
import { salaryAreasQuery, salaryAreasResponse, salaryCompareQuery, salaryCompareResponse, salaryQuery, salaryResponse } from './salaries.ts';
import { editHeaders, savedIdParams } from './shared.ts';
import { DELETED_NOTICE_DAYS } from '../domain/retention.ts';

/** Request bodies, documented as a client sends them. */
const REQUEST_SCHEMAS = { PlanInput: savedPlanInput, GuideInput: guideInput };
/** Answers, documented as the API sends them. */
const RESPONSE_SCHEMAS = {
  Problem: problemSchema,
  Health: healthResponse,
  RoleList: roleList,
  RoleView: roleView,
  Salary: salaryResponse,
  SalaryCompare: salaryCompareResponse,
  SalaryAreas: salaryAreasResponse,
  CertificationList: certificationList,
  Certification: certificationDetail,
  ProgramList: programListResponse,
  ProgramCompare: programCompareResponse,
  PlanPreview: planPreview,
  SavedPlan: savedPlan,
  PlanCreated: planCreated,
  Guide: guideView,
  GuideCreated: guideCreated,
};
type RequestName = keyof typeof REQUEST_SCHEMAS;
type ResponseName = keyof typeof RESPONSE_SCHEMAS;

/** JSON Schema of a zod schema, as sent (input) or as answered (output). */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Record<string, unknown> {
  // Each component is part of the document: it takes the document's dialect, not a $schema of its own.
  const json: Record<string, unknown> = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
  delete json.$schema;
  return json;
}
const ref = (name: RequestName | ResponseName) => ({ $ref: `#/components/schemas/${name}` });

/** Parameters of one operation, from the zod object that validates (or documents) them. */
function parameters(where: 'query' | 'path' | 'header', object: z.ZodMiniObject) {
  return Object.entries(object.shape).map(([name, field]) => {
    const s = field as z.ZodMiniType;
    const { description, ...schema } = jsonSchema(s, 'input');
    return { name, in: where, required: where === 'path' || !s.safeParse(undefined).success, description, schema };
  });
}

/** The problems an operation can answer with, by status, each in words. */
type Problems = Partial<Record<400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 428 | 429 | 503 | '4XX', string>>;

interface Operation {
  operationId: string;
  summary: string;
  tag: Tag;
  path?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  /** A change to a saved object: the edit token (bearer) and If-Match. */
  edit?: true;
  body?: RequestName;
  /** The success answer: a named JSON schema, another media type (the calendar), or no body. */
  ok: { status: 200 | 201 | 204; description: string; schema?: ResponseName; media?: string; headers?: Record<string, { description: string; schema: object }> };
  problems: Problems;
}

const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const problemResponse = (description: string, headers?: object) => ({ description, ...(headers ? { headers } : {}), content: { 'application/problem+json': { schema: ref('Problem') } } });

/** One operation object; every one says its security, and the data store can always be unavailable (503). */
function operation({ operationId, summary, tag, path, query, edit, body, ok, problems }: Operation) {
  const params = [...(path ? parameters('path', path) : []), ...(query ? parameters('query', query) : []), ...(edit ? parameters('header', editHeaders) : [])];
  const responses: Record<string, object> = {
    [ok.status]: {
      description: ok.description,
      ...(ok.headers ? { headers: ok.headers } : {}),
      ...(ok.schema ? { content: { 'application/json': { schema: ref(ok.schema) } } } : ok.media ? { content: { [ok.media]: { schema: { type: 'string' } } } } : {}),
    },
  };
  for (const [status, description] of Object.entries({ ...problems, 503: problems[503] ?? 'The data store is unavailable; try again shortly' })) {
    responses[status] = problemResponse(description, status === '429' || status === '503' ? retryAfter : undefined);
  }
  return {
    operationId,
    summary,
    tags: [tag],
    security: edit ? [{ editToken: [] }] : [],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } } : {}),
    responses,
  };
}

/** The refusal of operations without parameters or body: every 4xx is still a problem. */
const REFUSED = 'A request this API cannot answer, such as an unknown path or method: a problem saying why';

const TAGS = {
  Service: 'Health of the API and its data',
  Roles: 'The nine roles of billing and coding, each with its BLS occupation',
  Salaries: 'BLS OEWS wages by role or occupation and area',
  Certifications: 'Credentials: fees, exam, prerequisites and renewal',
  Programs: 'Training programs: every cost line, length and payback',
  Plans: 'Timeline plans to a certification, saved at a link',
  Guides: "Counselors' guides to roles and pay, saved at a link",
} as const;
type Tag = keyof typeof TAGS;

const created = (noun: string) => ({
  Location: { description: `The new ${noun}'s address`, schema: { type: 'string' } },
  ETag: { description: 'Its version, "1"; send it back as If-Match to change it', schema: { type: 'string' } },
});
const bodyProblems = { 413: 'The body is over 16 KB', 415: 'The body is not JSON' } as const;
/** A saved object deleted lately (problem code `deleted`); after DELETED_NOTICE_DAYS it is 404 like any unknown id. */
const deleted = (noun: string) => `Deleted by its author: said for ${DELETED_NOTICE_DAYS} days, then 404 like any unknown ${noun}`;
const editProblems = (noun: string) => ({
  401: 'No edit token (Authorization: Bearer <editToken>)',
  403: `Not this ${noun}'s edit token`,
  404: `No such ${noun}`,
  410: deleted(noun),
  412: 'Changed since it was read: reload it and edit again',
  428: 'If-Match is missing',
});

/** Each resource path of the route registry, with the operations under it. */
function resourcePaths() {
  const planId = savedIdParams('plan');
  const guideId = savedIdParams('guide');
  const badPlan =
    'A field is invalid (an impossible date, a start before 2000 or more than 5 years ahead, hours a week outside 1 to 80, a date in a break), an unknown field, or an unknown certification or program; ' +
    'progress: asOf or a completed date before startDate or after today (before-start, after-today), hoursDone above 80 for each week elapsed (hours-over-elapsed), a completed key the plan lacks (unknown-milestone); ' +
    'replan: from before startDate or after tomorrow, its hours above the elapsed weeks allow, a program of stated length (fixed-length), or a kept exam date needing more than 80 hours a week (hours-over-max). Each names its field, e.g. progress.completed.0.key';
  const badGuide = 'A field is invalid or unknown, or names an unknown role, program or certification, or an area without wages';
  const gone = 'The plan names a certification or program the catalog no longer carries';
  return {
    '/health': {
      '/health': { get: operation({ operationId: 'getHealth', summary: 'Status and dataset version', tag: 'Service', ok: { status: 200, description: 'The table is reachable and seeded', schema: 'Health' }, problems: { '4XX': REFUSED, 503: 'Table unreachable or not seeded' } }) },
    },
    '/roles': {
      '/roles': { get: operation({ operationId: 'listRoles', summary: 'The nine role guides', tag: 'Roles', ok: { status: 200, description: 'Roles in the source article order', schema: 'RoleList' }, problems: { '4XX': REFUSED } }) },
      '/roles/{slug}': { get: operation({ operationId: 'getRole', summary: 'One role guide', tag: 'Roles', path: roleParams, ok: { status: 200, description: 'The role', schema: 'RoleView' }, problems: { 400: 'Slug too long', 404: 'Unknown role' } }) },
    },
    '/salaries': {
      '/salaries': {
        get: operation({
          operationId: 'getSalary',
          summary: 'Wage percentiles of a role or occupation in one area, newest year',
          tag: 'Salaries',
          query: salaryQuery,
          ok: { status: 200, description: 'The wages', schema: 'Salary' },
          problems: { 400: 'Unknown role, soc or area, or an area without wages (metro codes, for now)', 404: 'BLS publishes no wages for the occupation there' },
        }),
      },
      '/salaries/compare': {
        get: operation({
          operationId: 'compareSalaries',
          summary: 'The same for 1 to 6 areas',
          tag: 'Salaries',
          query: salaryCompareQuery,
          ok: { status: 200, description: 'The wages, one item per area', schema: 'SalaryCompare' },
          problems: { 400: 'Unknown role, soc or area, an area without wages, or too many areas', 404: 'BLS publishes no wages for the occupation in one of the areas' },
        }),
      },
      '/salaries/areas': {
        get: operation({ operationId: 'listSalaryAreas', summary: 'Every area with its newest year and the figures it has', tag: 'Salaries', query: salaryAreasQuery, ok: { status: 200, description: 'The areas with wages', schema: 'SalaryAreas' }, problems: { 400: 'Unknown role or soc' } }),
      },
    },
    '/certifications': {
      '/certifications': {
        get: operation({ operationId: 'listCertifications', summary: 'The credentials: fees, exam, prerequisites, renewal, each with its sources', tag: 'Certifications', ok: { status: 200, description: 'Every credential', schema: 'CertificationList' }, problems: { '4XX': REFUSED } }),
      },
      '/certifications/{id}': {
        get: operation({
          operationId: 'getCertification',
          summary: 'One credential, with the programs that prepare for it (cheapest first)',
          tag: 'Certifications',
          path: certificationParams,
          ok: { status: 200, description: 'The credential', schema: 'Certification' },
          problems: { 400: 'Id too long', 404: 'Unknown certification' },
        }),
      },
    },
    '/programs': {
      '/programs': {
        get: operation({
          operationId: 'listPrograms',
          summary: 'Training programs, filtered and sorted, each with its cost worked out',
          tag: 'Programs',
          query: programsQuery,
          ok: { status: 200, description: 'The programs that pass the filters', schema: 'ProgramList' },
          problems: { 400: 'Unknown certification, format or parameter; a negative or absurd number' },
        }),
      },
      '/programs/compare': {
        get: operation({
          operationId: 'comparePrograms',
          summary: 'Up to four programs side by side: cost lines, total, length and payback in an area',
          tag: 'Programs',
          query: programCompareQuery,
          ok: { status: 200, description: 'The programs compared', schema: 'ProgramCompare' },
          problems: { 400: 'Unknown or too many ids, a malformed own program, an unknown area or role, an area without wages, a negative or absurd income' },
        }),
      },
    },
    '/plans': {
      '/plans/preview': {
        post: operation({ operationId: 'previewPlan', summary: 'Compute a plan without storing anything', tag: 'Plans', body: 'PlanInput', ok: { status: 200, description: 'The plan', schema: 'PlanPreview' }, problems: { 400: badPlan, ...bodyProblems } }),
      },
      '/plans': {
        post: operation({
          operationId: 'createPlan',
          summary: 'Save a plan; the answer carries the edit token, once',
          tag: 'Plans',
          body: 'PlanInput',
          ok: { status: 201, description: 'Saved', schema: 'PlanCreated', headers: created('plan') },
          problems: { 400: badPlan, ...bodyProblems, 429: 'Too many new plans from this address' },
        }),
      },
      '/plans/{id}': {
        get: operation({ operationId: 'getPlan', summary: 'A saved plan: its input, the plan and its progress computed today (ahead, on track or behind; the exam at the real pace; the keep-the-date and move-the-exam re-plans), and its last 50 changes', tag: 'Plans', path: planId, ok: { status: 200, description: 'The plan', schema: 'SavedPlan' }, problems: { 404: 'No such plan', 409: gone, 410: deleted('plan') } }),
        put: operation({ operationId: 'replacePlan', summary: "Replace a plan (edit token and version): also how progress is recorded and a re-plan applied (PUT an option's input); the server adds the change to the history", tag: 'Plans', path: planId, edit: true, body: 'PlanInput', ok: { status: 200, description: 'Replaced', schema: 'SavedPlan' }, problems: { 400: badPlan, ...editProblems('plan'), 409: gone, ...bodyProblems } }),
        delete: operation({ operationId: 'deletePlan', summary: 'Delete a plan (edit token and version)', tag: 'Plans', path: planId, edit: true, ok: { status: 204, description: 'Deleted' }, problems: editProblems('plan') }),
      },
      '/plans/{id}/calendar.ics': {
        get: operation({
          operationId: 'getPlanCalendar',
          summary:
            "The plan as a subscribable RFC 5545 feed (webcal://): an all-day event per milestone, coursework and exam prep as spans, breaks as multi-day events with their names; UIDs <planId>-<key>@billing-coding-explorer stay put and SEQUENCE (version − 1) rises with each saved edit; REFRESH-INTERVAL and X-PUBLISHED-TTL of PT12H; VALARMs at 09:00 the day before booking and the exam when input.calendar.reminders is true. Send If-None-Match with the ETag for a 304",
          tag: 'Plans',
          path: planId,
          ok: { status: 200, description: 'An iCalendar attachment; ETag is a hash of its text', media: 'text/calendar' },
          problems: { 404: 'No such plan', 409: gone },
        }),
      },
    },
    '/guides': {
      '/guides': {
        post: operation({
          operationId: 'createGuide',
          summary: "Publish a counselor's guide; the answer carries the edit token, once",
          tag: 'Guides',
          body: 'GuideInput',
          ok: { status: 201, description: 'Published', schema: 'GuideCreated', headers: created('guide') },
          problems: { 400: badGuide, ...bodyProblems, 429: 'Too many new guides from this address' },
        }),
      },
      '/guides/{id}': {
        get: operation({ operationId: 'getGuide', summary: "A guide with each role's pay in its area", tag: 'Guides', path: guideId, ok: { status: 200, description: 'The guide', schema: 'Guide' }, problems: { 404: 'No such guide', 410: deleted('guide') } }),
        put: operation({ operationId: 'replaceGuide', summary: 'Replace a guide (edit token and version)', tag: 'Guides', path: guideId, edit: true, body: 'GuideInput', ok: { status: 200, description: 'Replaced', schema: 'Guide' }, problems: { 400: badGuide, ...editProblems('guide'), ...bodyProblems } }),
        delete: operation({ operationId: 'deleteGuide', summary: 'Delete a guide (edit token and version)', tag: 'Guides', path: guideId, edit: true, ok: { status: 204, description: 'Deleted' }, problems: editProblems('guide') }),
      },
    },
  };
}

/** The document itself: a static file written at build time, so it has no problems of the API's own. */
const documentPath = {
  '/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      tags: ['Service'],
      security: [],
      responses: {
        200: { description: 'OpenAPI 3.1, generated from the schemas that validate requests', content: { 'application/json': { schema: { type: 'object' } } } },
        '4XX': { description: 'Refused by the static host, e.g. 404 from a site built without it' },
      },
    },
  },
};

/** The paths of the document, grouped by the route registry's resource path they belong to (plus the document itself). */
export function documentedResources() {
  return { ...resourcePaths(), '/openapi.json': documentPath };
}

/** The whole document. */
export function openApiDocument() {
  // The plan input's descriptions are registered here, not beside the schema, so the Lambda bundles none.
  describePlanInput();
  const paths = Object.assign({}, ...Object.values(documentedResources())) as Record<string, Record<string, object>>;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Billing & Coding Explorer API',
      version: '1',
      description:
        'Roles, BLS wages, certifications and training programs for medical billing and coding careers, and saved plans and guides. Errors are RFC 9457 problem details naming the failing parameters.',
      license: { name: 'No licence granted: all rights reserved', identifier: 'LicenseRef-All-Rights-Reserved' },
    },
    servers: [{ url: '/api' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(REQUEST_SCHEMAS).map(([name, s]) => [name, jsonSchema(s, 'input')])),
        ...Object.fromEntries(Object.entries(RESPONSE_SCHEMAS).map(([name, s]) => [name, jsonSchema(s, 'output')])),
      },
      securitySchemes: {
        editToken: { type: 'http', scheme: 'bearer', description: 'The editToken the create answered with (shown once); changes and deletes need it' },
      },
    },
  };
}

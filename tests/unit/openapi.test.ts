import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { guideInput, guideView } from '../../functions/contract/guides.ts';
import { documentedResources, openApiDocument } from '../../functions/contract/openapi.ts';
import { savedPlanInput } from '../../functions/contract/plans.ts';
import { salaryResponse } from '../../functions/contract/salaries.ts';
import { ALL_PATHS } from '../../functions/routes/registry.ts';

type Operation = { operationId?: string; security?: unknown[]; parameters?: { name: string; in: string; required: boolean; description?: string }[]; responses: Record<string, { content?: Record<string, unknown> }> };
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
const doc = openApiDocument() as unknown as Doc;
const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
const jsonSchema = (s: z.ZodMiniType, io: 'input' | 'output') => Object.fromEntries(Object.entries(z.toJSONSchema(s, { io, unrepresentable: 'any' })).filter(([key]) => key !== '$schema'));

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents exactly the resource paths of the route registry, plus itself', () => {
    expect(Object.keys(documentedResources()).sort()).toEqual([...ALL_PATHS, '/openapi.json'].sort());
    for (const [resource, paths] of Object.entries(documentedResources())) {
      for (const path of Object.keys(paths)) expect(path === resource || path.startsWith(`${resource}/`), `${path} under ${resource}`).toBe(true);
    }
    const resourceOf = (path: string) => `/${path.split('/')[1]}`;
    expect([...new Set(Object.keys(doc.paths).map(resourceOf))].sort()).toEqual([...ALL_PATHS, '/openapi.json'].sort());
  });

  it.each([
    ['GuideInput', guideInput, 'input'],
    ['PlanInput', savedPlanInput, 'input'],
    ['Guide', guideView, 'output'],
    ['Salary', salaryResponse, 'output'],
  ] as const)('takes %s from the contract schema itself', (name, schema, io) => {
    expect(doc.components.schemas[name]).toEqual(jsonSchema(schema, io));
  });

  it('takes query parameters, their requiredness and descriptions from the request schemas', () => {
    const params = doc.paths['/salaries/compare']!.get!.parameters!;
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['role', false],
      ['soc', false],
      ['areas', true],
    ]);
    expect(params.find((p) => p.name === 'areas')!.description).toMatch(/comma-separated/);
  });

  it('names the credential the same way in query and bodies: certification, certificationId, certifications', () => {
    expect(doc.paths['/programs']!.get!.parameters!.map((p) => p.name)).toContain('certification');
    expect(Object.keys(doc.components.schemas.PlanInput!.properties!)).toContain('certificationId');
    expect(Object.keys(doc.components.schemas.GuideInput!.properties!)).toContain('certifications');
    expect(Object.keys(doc.components.schemas.PlanInput!.properties!)).not.toContain('credentialId');
    expect(Object.keys(doc.components.schemas.GuideInput!.properties!)).not.toContain('credentials');
  });

  it('gives every operation an id, its security and a 4xx answer', () => {
    expect(new Set(operations.map((o) => o.op.operationId)).size).toBe(operations.length);
    for (const { path, method, op } of operations) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Object.keys(op.responses).some((s) => /^4/.test(s)), `${method} ${path}`).toBe(true);
      const changes = (method === 'put' || method === 'delete') && /^\/(plans|guides)\/\{id\}$/.test(path);
      expect(op.security, `${method} ${path}`).toEqual(changes ? [{ editToken: [] }] : []);
    }
  });

  it('documents every error of the API as a problem+json body', () => {
    for (const { path, method, op } of operations.filter((o) => o.path !== '/openapi.json')) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => /^[45]/.test(s))) {
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });
});

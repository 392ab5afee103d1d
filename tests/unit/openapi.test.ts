import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/contract/openapi.ts';

type Doc = ReturnType<typeof openApiDocument> & { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
const doc = openApiDocument() as Doc;

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes every API route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/roles', '/roles/{slug}', '/salaries', '/salaries/compare', '/salaries/areas']));
  });

  it('takes response shapes from the zod data schemas', () => {
    expect(Object.keys(doc.components.schemas.RoleView!.properties!)).toEqual(expect.arrayContaining(['slug', 'primarySoc', 'mappingReason', 'occupation']));
  });

  it('takes query parameters, their requiredness and descriptions from the request schemas', () => {
    const params = doc.paths['/salaries/compare'].get.parameters;
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['role', false],
      ['soc', false],
      ['areas', true],
    ]);
    expect(params.find((p) => p.name === 'areas')!.description).toMatch(/comma-separated/);
  });

  it('documents every error as a problem+json body', () => {
    const responses = doc.paths['/salaries'].get.responses as Record<string, { content: Record<string, unknown> }>;
    expect(Object.keys(responses['400']!.content)).toEqual(['application/problem+json']);
  });
});

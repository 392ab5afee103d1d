import { describe, expect, it } from 'vitest';
import { openApiDocument, PLAN_SCHEMAS } from '../../functions/contract/openapi.ts';
import { plan } from './planner-fixtures.ts';

describe('the OpenAPI description of plans', () => {
  it('documents every plan route', () => {
    expect(Object.keys(openApiDocument().paths)).toEqual(expect.arrayContaining(['/plans', '/plans/preview', '/plans/{id}', '/plans/{id}/calendar.ics']));
  });

  it.each([
    ['the default path', { startDate: '2026-11-27' }],
    ['a back-planned CCA with a program and a break', { startDate: '2027-01-04', credentialId: 'cca', programId: 'albany-state-medical-coding-certificate', targetExamDate: '2027-09-01', breaks: [{ start: '2027-03-01', end: '2027-03-07', label: 'Spring' }], title: 'Mine' }],
  ])('describes real plans: %s', (_case, input) => {
    expect(PLAN_SCHEMAS.PlanInput.safeParse(input).success).toBe(true);
    const result = PLAN_SCHEMAS.Plan.safeParse(plan(input));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

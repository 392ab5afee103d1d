import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/contract/openapi.ts';
import { planInput, planSchema } from '../../functions/contract/plans.ts';
import { upgradeStoredPlan } from '../../functions/contract/saved-bodies.ts';
import { planInEnglish } from './planner-fixtures.ts';

describe('the contract and OpenAPI description of plans', () => {
  it('documents every plan route', () => {
    expect(Object.keys(openApiDocument().paths)).toEqual(expect.arrayContaining(['/plans', '/plans/preview', '/plans/{id}', '/plans/{id}/calendar.ics']));
  });

  it.each([
    ['the default path', { startDate: '2026-11-27' }],
    ['a back-planned CCA with a program and a break', { startDate: '2027-01-04', certificationId: 'cca', programId: 'albany-state-medical-coding-certificate', targetExamDate: '2027-09-01', breaks: [{ start: '2027-03-01', end: '2027-03-07', label: 'Spring' }], title: 'Mine' }],
  ])('describes real plans exactly: %s', (_case, input) => {
    expect(planInput.safeParse(input).success).toBe(true);
    const plan = planInEnglish(input);
    const result = planSchema.safeParse(plan);
    expect(result.error?.issues ?? []).toEqual([]);
    // Nothing the planner answers is missing from the schema (an object schema drops unknown keys).
    expect(result.data).toEqual(plan);
  });

  it('refuses the old name credentialId, naming it', () => {
    const result = planInput.safeParse({ startDate: '2027-01-04', credentialId: 'cca' });
    expect(result.error?.issues.map((i) => [i.code, i.message])).toEqual([['unrecognized_keys', 'Unknown field: credentialId.']]);
  });

  it.each([
    ['credentialId becomes certificationId', { startDate: '2027-01-04', credentialId: 'cca', title: 'Old' }, { startDate: '2027-01-04', certificationId: 'cca', title: 'Old' }],
    ['a body under today\'s names stays as it is', { startDate: '2027-01-04', certificationId: 'cca' }, { startDate: '2027-01-04', certificationId: 'cca' }],
  ])('reads a stored plan under today\'s names: %s', (_case, stored, read) => {
    expect(upgradeStoredPlan(stored)).toEqual(read);
    expect(planInput.safeParse(upgradeStoredPlan(stored)).success).toBe(true);
  });
});

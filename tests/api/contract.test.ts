/** What the routes answer is exactly what the contract says: every field the schema names, and no other. */
import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { certificationDetail, certificationList } from '../../functions/contract/certifications.ts';
import { guideCreated, guideView } from '../../functions/contract/guides.ts';
import { healthResponse } from '../../functions/contract/health.ts';
import { planCreated, planPreview, savedPlan } from '../../functions/contract/plans.ts';
import { problemSchema } from '../../functions/contract/problem.ts';
import { programCompareResponse, programListResponse } from '../../functions/contract/programs.ts';
import { roleList, roleView } from '../../functions/contract/roles.ts';
import { salaryAreasResponse, salaryCompareResponse, salaryResponse } from '../../functions/contract/salaries.ts';
import { getJson, useTestApi } from '../support/api.ts';

const api = useTestApi();

describe.each<[string, z.ZodMiniType]>([
  ['/api/health', healthResponse],
  ['/api/roles', roleList],
  ['/api/roles/medical-coder', roleView],
  ['/api/salaries?role=medical-coder&area=TX', salaryResponse],
  ['/api/salaries?soc=29-2072', salaryResponse],
  ['/api/salaries/compare?role=medical-coder&areas=US,TX,CA', salaryCompareResponse],
  ['/api/salaries/areas?role=medical-billing-specialist', salaryAreasResponse],
  ['/api/certifications', certificationList],
  ['/api/certifications/cpc', certificationDetail],
  ['/api/programs?sort=name', programListResponse],
  ['/api/programs?certification=cca', programListResponse],
  ['/api/programs/compare?ids=aapc-cpc-preparation-course&own=Night%20school~2400~9~cpc~b~&area=TX&currentIncome=30000&retake=true', programCompareResponse],
  ['/api/salaries?role=medical-coder&area=ZZ', problemSchema],
])('GET %s', (path, schema) => {
  it('answers exactly the shape of its contract schema', async () => {
    const { body } = await getJson(api.app, path);
    const result = schema.safeParse(body);
    expect(result.error?.issues ?? []).toEqual([]);
    // Object schemas drop keys they do not name: a field the route sends and the contract lacks shows here.
    expect(result.data).toEqual(body);
  });
});

describe('saved plans and guides', () => {
  const post = (path: string, body: unknown) => getJson(api.app, path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const today = new Date().toISOString().slice(0, 10);
  const exactly = (schema: z.ZodMiniType, body: unknown) => {
    const result = schema.safeParse(body);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(body);
  };

  it('answer a plan preview, a create and a read exactly as the contract says', async () => {
    const preview = await post('/api/plans/preview', { startDate: today, certificationId: 'cca', programId: 'aapc-cpc-preparation-course', hoursPerWeek: 12 });
    exactly(planPreview, preview.body);
    const created = await post('/api/plans', { startDate: today, certificationId: 'cca', title: 'Mine' });
    expect(created.res.status).toBe(201);
    exactly(planCreated, created.body);
    const read = await getJson(api.app, `/api/plans/${(created.body as { id: string }).id}`);
    exactly(savedPlan, read.body);
  });

  it('answer a guide create and read exactly as the contract says', async () => {
    const created = await post('/api/guides', { title: 'Paths', roles: ['medical-coder', 'records-analyst'], area: 'TX', certifications: ['cpc'], programs: ['aapc-cpc-preparation-course'] });
    expect(created.res.status).toBe(201);
    exactly(guideCreated, created.body);
    exactly(guideView, (await getJson(api.app, `/api/guides/${(created.body as { id: string }).id}`)).body);
  });
});

import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api.ts';

const api = useTestApi();

type Problem = { status: number; code: string; detail: string; errors?: { name: string; code: string; detail: string }[] };

async function problemOf(path: string, init?: RequestInit): Promise<Problem> {
  const res = await api.app.request(path, init);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  return (await res.json()) as Problem;
}

const planBody = (body: object) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('problem codes', () => {
  it.each([
    ['an unknown parameter', '/api/salaries?role=medical-coder&colour=red', undefined, 'invalid-request', { name: 'colour', code: 'unknown-field' }],
    ['a parameter given twice', '/api/salaries?role=medical-coder&role=medical-biller', undefined, 'invalid-request', { name: 'role', code: 'repeated' }],
    ['an area that is not one', '/api/salaries?role=medical-coder&area=ZZ', undefined, 'invalid-request', { name: 'area', code: 'not-allowed' }],
    ['an unknown plan id', '/api/plans/AAAAAAAAAAAAAAAAAAAAAA', undefined, 'not-found', { name: 'id' }],
    ['a start date that is not a date', '/api/plans/preview', planBody({ startDate: '2027-02-30' }), 'invalid-request', { name: 'startDate' }],
    ['a break that ends before it starts', '/api/plans/preview', planBody({ startDate: '2027-01-04', breaks: [{ start: '2027-03-10', end: '2027-03-01' }] }), 'invalid-request', { name: 'breaks.0.end', code: 'break-ends-before-start' }],
  ] as const)('name %s with a stable code on the problem and on the parameter', async (_what, path, init, code, param) => {
    const problem = await problemOf(path, init);
    expect(problem.code).toBe(code);
    expect(problem.errors).toContainEqual(expect.objectContaining(param));
    for (const e of problem.errors ?? []) expect(e.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('words a planner check in English from the catalog while its code stays the same', async () => {
    const problem = await problemOf('/api/plans/preview', planBody({ startDate: '2027-01-04', breaks: [{ start: '2027-01-01', end: '2027-01-10' }] }));
    const start = problem.errors?.find((e) => e.name === 'startDate');
    expect(start?.code).toBe('start-in-break');
    expect(start?.detail).toBe('The start date falls inside one of your breaks.');
  });
});

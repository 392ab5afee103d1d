import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { STATE_CODES } from '../../data/schemas.ts';
import type { SalaryAreasResponse, SalaryCompareResponse, SalaryResponse } from '../../functions/contract/salaries.ts';
import { getJson, startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Problem = { status: number; errors: { name: string; in: string; allowed?: string[] }[] };
type Salary = SalaryResponse;
type Compare = SalaryCompareResponse;
type Areas = SalaryAreasResponse;

/** The row data/ holds for an occupation, area and year. */
const rowOf = (soc: string, area: string, year: number) => dataset.wages.find((w) => w.soc === soc && w.area === area && w.year === year)!;
const newestUsYear = Math.max(...dataset.wages.filter((w) => w.area === 'US').map((w) => w.year));

describe('GET /api/salaries', () => {
  it.each(dataset.roles.map((r) => [r.slug, r.primarySoc]))('gives %s in the US the newest national figures of its occupation', async (slug, soc) => {
    const { res, body } = await getJson<Salary>(api.app, `/api/salaries?role=${slug}&area=US`);
    expect(res.status).toBe(200);
    const row = rowOf(soc, 'US', newestUsYear);
    expect(body).toMatchObject({ soc, area: 'US', year: newestUsYear, annual: row.annual, hourly: row.hourly, oewsEmployment: row.oewsEmployment });
    expect(body.sources.map((s) => s.id)).toEqual(row.sourceIds);
    expect(body.missing).toEqual([]);
  });

  it('gives a state with full percentiles its newest state row with the BLS hourly median, naming the hourly figures not collected', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?role=medical-coder&area=TX');
    const row = rowOf('29-2072', 'TX', 2024);
    expect(body).toMatchObject({ area: 'TX', year: 2024, annual: row.annual, hourly: { median: 22.71 } });
    expect(body.missing).toEqual(row.missing);
  });

  it('computes the state hourly figures BLS publishes but the copy lacks as annual ÷ 2,080, apart from the published median', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?role=medical-coder&area=TX');
    const { annual } = rowOf('29-2072', 'TX', 2024);
    const cents = (annual: number | null) => Math.round((annual! / 2080) * 100) / 100;
    expect(body.hourly).toEqual({ p10: null, p25: null, median: 22.71, p75: null, p90: null, mean: null });
    expect(body.hourlyComputed).toEqual({ p10: cents(annual.p10), p25: cents(annual.p25), median: null, p75: cents(annual.p75), p90: cents(annual.p90), mean: cents(annual.mean) });
    expect(body.hourlyComputed!.p10).toBe(15.17);
  });

  it('computes nothing where BLS publishes every hourly figure', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?role=medical-coder&area=US');
    expect(body.hourlyComputed).toBeNull();
  });

  it.each([
    ['29-9021', 'ND', 30.4, true],
    ['43-4071', 'AK', 39, true],
    ['29-2072', 'TX', 5.7, false],
  ] as const)('gives %s in %s its employment PRSE %d with caution %s', async (soc, area, prse, caution) => {
    const { body } = await getJson<Salary>(api.app, `/api/salaries?soc=${soc}&area=${area}`);
    expect(body).toMatchObject({ employmentPrse: prse, employmentCaution: caution });
  });

  it('has no PRSE and no caution where the copy read has none (national rows)', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?soc=29-2072&area=US');
    expect(body).toMatchObject({ employmentPrse: null, employmentCaution: false });
  });

  it('keeps a top-coded percentile missing with the BLS # symbol, never 0', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?soc=11-9111&area=CA');
    expect(body.annual.p90).toBeNull();
    expect(body.missing).toContainEqual(expect.objectContaining({ field: 'annual.p90', symbol: '#' }));
  });

  it('answers a state with only a mean with 200, that mean and the rest listed as missing', async () => {
    const { res, body } = await getJson<Salary>(api.app, '/api/salaries?soc=43-4071&area=MS');
    expect(res.status).toBe(200);
    const row = rowOf('43-4071', 'MS', 2023);
    expect(body.year).toBe(2023);
    expect(body.annual).toEqual({ p10: null, p25: null, median: null, p75: null, p90: null, mean: row.annual.mean });
    expect(body.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['annual.p10', 'annual.median', 'annual.p90']));
  });

  it('says the May 2023 mean of Mississippi file clerks stands in for May 2024, whose wages BLS suppressed (*) while publishing 510 jobs', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?soc=43-4071&area=MS');
    expect(body.year).toBe(2023);
    expect(body.fallbackFrom).toEqual({ year: 2024, symbol: '*', oewsEmployment: 510, employmentPrse: 14.5 });
  });

  it('has no fallback where the newest row has wages', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?soc=43-4071&area=TX');
    expect(body.fallbackFrom).toBeUndefined();
  });

  it('defaults the area to the US', async () => {
    const { body } = await getJson<Salary>(api.app, '/api/salaries?role=medical-coder');
    expect(body.area).toBe('US');
  });

  it.each([
    ['/api/salaries?role=astronaut', 'role'],
    ['/api/salaries?soc=99-9999', 'soc'],
    ['/api/salaries?role=medical-coder&area=ZZ', 'area'],
    ['/api/salaries?area=TX', 'role'],
    ['/api/salaries?role=medical-coder&soc=29-2072', 'role'],
    ['/api/salaries?role=medical-coder&colour=blue', 'colour'],
    ['/api/salaries?role=medical-coder&area=TX&area=CA', 'area'],
  ])('answers %s with a 400 problem naming %s', async (path, name) => {
    const { res, body } = await getJson<Problem>(api.app, path);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors.map((e) => e.name)).toContain(name);
  });

  it('lists the allowed values with an unknown role or area', async () => {
    const role = await getJson<Problem>(api.app, '/api/salaries?role=astronaut');
    expect(role.body.errors[0]!.allowed).toEqual(dataset.roles.map((r) => r.slug));
    const area = await getJson<Problem>(api.app, '/api/salaries?role=medical-coder&area=ZZ');
    expect(area.body.errors[0]!.allowed).toHaveLength(52);
  });
});

describe('GET /api/salaries/compare', () => {
  it('compares one area', async () => {
    const { res, body } = await getJson<{ items: Salary[] }>(api.app, '/api/salaries/compare?role=medical-coder&areas=TX');
    expect(res.status).toBe(200);
    expect(body.items.map((i) => i.area)).toEqual(['TX']);
  });

  it('compares six areas in the order given, each with its own figures of one year', async () => {
    const areas = ['US', 'TX', 'CA', 'NY', 'FL', 'WA'];
    const { body } = await getJson<Compare>(api.app, `/api/salaries/compare?role=medical-coder&areas=${areas.join(',')}`);
    expect(body.items.map((i) => i.area)).toEqual(areas);
    for (const item of body.items) expect(item.annual).toEqual(rowOf('29-2072', item.area, 2024).annual);
  });

  it('sets the nation beside states in the year the states have (May 2024), names it, and offers the newest national year apart', async () => {
    const { body } = await getJson<Compare>(api.app, '/api/salaries/compare?role=medical-coder&areas=US,TX');
    expect(body.year).toBe(2024);
    expect(body.items.map((i) => [i.area, i.year])).toEqual([['US', 2024], ['TX', 2024]]);
    expect(body.items[0]!.oewsEmployment).toBe(187910);
    expect(body.newestNational).toMatchObject({ area: 'US', year: newestUsYear, annual: rowOf('29-2072', 'US', newestUsYear).annual });
  });

  it('compares the nation alone in its newest year, with no extra', async () => {
    const { body } = await getJson<Compare>(api.app, '/api/salaries/compare?role=medical-coder&areas=US');
    expect(body.year).toBe(newestUsYear);
    expect(body.newestNational).toBeUndefined();
  });

  it('keeps a fallen-back area in the comparison year, with the older year and why', async () => {
    const { body } = await getJson<Compare>(api.app, '/api/salaries/compare?soc=43-4071&areas=US,MS');
    expect(body.year).toBe(2024);
    expect(body.items.map((i) => i.year)).toEqual([2024, 2023]);
    expect(body.items[1]!.fallbackFrom).toMatchObject({ year: 2024, symbol: '*' });
  });

  it.each([
    ['areas=US,TX,CA,NY,FL,WA,OR', 'areas'],
    ['areas=', 'areas'],
    ['areas=US,XX', 'areas'],
  ])('rejects %s with a 400 problem naming %s', async (query, name) => {
    const { res, body } = await getJson<Problem>(api.app, `/api/salaries/compare?role=medical-coder&${query}`);
    expect(res.status).toBe(400);
    expect(body.errors.map((e) => e.name)).toContain(name);
  });
});

describe('GET /api/salaries/areas', () => {
  it('lists the nation and every state in one year, May 2024, with which figures each has', async () => {
    const { body } = await getJson<Areas>(api.app, '/api/salaries/areas?soc=43-4071');
    expect(body.year).toBe(2024);
    expect(body.items).toHaveLength(STATE_CODES.length + 1);
    expect(body.items[0]).toMatchObject({ area: 'US', year: 2024, headline: { value: rowOf('43-4071', 'US', 2024).annual.median, measure: 'median' } });
    expect(body.items.filter((i) => i.year !== 2024).map((i) => i.area)).toEqual(['MS']);
    const ms = body.items.find((i) => i.area === 'MS')!;
    expect(ms).toMatchObject({ year: 2023, has: ['mean'], headline: { measure: 'mean' }, fallbackFrom: { year: 2024, symbol: '*', oewsEmployment: 510 } });
  });

  it('offers the newest national year apart from the ranking', async () => {
    const { body } = await getJson<Areas>(api.app, '/api/salaries/areas?role=medical-coder');
    expect(body.newestNational).toMatchObject({ area: 'US', year: newestUsYear, headline: { value: rowOf('29-2072', 'US', newestUsYear).annual.median } });
  });

  it('marks every area whose employment PRSE is above 20 %, and only those', async () => {
    const { body } = await getJson<Areas>(api.app, '/api/salaries/areas?soc=43-9041');
    const cautioned = body.items.filter((i) => i.employmentCaution).map((i) => i.area);
    const expected = dataset.wages.filter((w) => w.soc === '43-9041' && w.year === 2024 && (w.employmentPrse ?? 0) > 20).map((w) => w.area);
    expect(cautioned.sort()).toEqual(expected.sort());
    expect(cautioned).toContain('AK');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { STATE_CODES, type WageRow } from '../../data/schemas.ts';
import { getJson, startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Problem = { status: number; errors: { name: string; in: string; allowed?: string[] }[] };
type Salary = { soc: string; area: string; year: number; annual: WageRow['annual']; hourly: WageRow['hourly']; missing: { field: string; symbol: string }[]; sources: { id: string }[]; oewsEmployment: number | null };

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
    expect(body.missing.map((m) => m.field)).toEqual(['hourly.p10', 'hourly.p25', 'hourly.p75', 'hourly.p90', 'hourly.mean']);
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

  it('compares six areas in the order given, each with its own figures', async () => {
    const areas = ['US', 'TX', 'CA', 'NY', 'FL', 'WA'];
    const { body } = await getJson<{ items: Salary[] }>(api.app, `/api/salaries/compare?role=medical-coder&areas=${areas.join(',')}`);
    expect(body.items.map((i) => i.area)).toEqual(areas);
    for (const item of body.items) {
      const year = item.area === 'US' ? newestUsYear : 2024;
      expect(item.annual).toEqual(rowOf('29-2072', item.area, year).annual);
    }
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
  it('lists the nation and every state with its newest year and which figures it has', async () => {
    const { body } = await getJson<{ items: { area: string; year: number; has: string[]; headline: { measure: string } | null }[] }>(
      api.app,
      '/api/salaries/areas?soc=43-4071',
    );
    expect(body.items).toHaveLength(STATE_CODES.length + 1);
    expect(body.items[0]!.area).toBe('US');
    const ms = body.items.find((i) => i.area === 'MS')!;
    expect(ms).toMatchObject({ year: 2023, has: ['mean'], headline: { measure: 'mean' } });
  });
});

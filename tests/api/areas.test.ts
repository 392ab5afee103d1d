/** Every route that takes an area reads it with the domain's parseArea and refuses what it cannot serve with the same 400. */
import { describe, expect, it } from 'vitest';
import { AREA_CODES } from '../../functions/domain/areas.ts';
import { getJson, useTestApi } from '../support/api.ts';

const api = useTestApi();

type Problem = { status: number; detail: string; errors: { name: string; in: string; code: string; detail: string; allowed?: string[] }[] };
type Answer = { area?: string; items?: { area: string }[]; guide?: { area?: string } };

/** One request per route that takes an area, with the area text in the place that route reads it. */
const ROUTES: [string, (area: string) => Promise<{ res: Response; body: Problem & Answer }>, string, 'query' | 'body'][] = [
  ['GET /api/salaries ?area', (area) => getJson(api.app, `/api/salaries?role=medical-coder&area=${encodeURIComponent(area)}`), 'area', 'query'],
  ['GET /api/salaries/compare ?areas', (area) => getJson(api.app, `/api/salaries/compare?role=medical-coder&areas=US,${encodeURIComponent(area)}`), 'areas', 'query'],
  ['GET /api/programs/compare ?area', (area) => getJson(api.app, `/api/programs/compare?ids=aapc-cpc-preparation-course&area=${encodeURIComponent(area)}`), 'area', 'query'],
  [
    'POST /api/guides area',
    (area) =>
      getJson(api.app, '/api/guides', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Areas', roles: ['medical-coder'], area }),
      }),
    'area',
    'body',
  ],
];

describe.each(ROUTES)('%s', (_route, send, name, where) => {
  it.each([
    ['an unknown code', 'ZZ', '"ZZ" is not an area: give US, a state code such as TX, or a 5-digit metro (CBSA) code.'],
    ['a code that is neither a state nor a metro area', '1234', '"1234" is not an area: give US, a state code such as TX, or a 5-digit metro (CBSA) code.'],
    ['a metro (CBSA) code, which has no wages yet', '12420', 'No wages for this area: metro area 12420 has no data here yet; give US or a state code.'],
  ])('refuses %s with the one 400 every area parameter gives', async (_case, area, detail) => {
    const { res, body } = await send(area);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors).toEqual([{ name, in: where, code: 'not-allowed', detail, allowed: [...AREA_CODES] }]);
    expect(body.detail).toBe(`Check ${name}: ${detail}`);
  });

  it('reads an area however it is written: " tx " is Texas', async () => {
    const { res, body } = await send(' tx ');
    expect(res.status).toBeLessThan(300);
    const areas = body.guide ? [body.guide.area] : body.items && !body.area ? body.items.map((i) => i.area) : [body.area];
    expect(areas).toContain('TX');
  });
});

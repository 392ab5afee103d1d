/** GET /api/salaries, /api/salaries/compare, /api/salaries/areas: BLS OEWS wages by role or occupation and area. */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Occupation, Role, Source, WageRow } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { AREA_CODES, AREA_NAMES, isAreaCode } from '../domain/areas.ts';
import { coverageOf, headlineOf, newestRow, salaryView } from '../domain/salary.ts';
import { invalid, problemOf, ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

const MAX_AREAS = 6;
const who = {
  role: z.optional(z.string().check(z.maxLength(80), z.describe('Role slug, e.g. medical-coder (or give soc)'))),
  soc: z.optional(z.string().check(z.maxLength(10), z.describe('BLS SOC 2018 code, e.g. 29-2072 (or give role)'))),
};
export const salaryQuery = z.strictObject({ ...who, area: z._default(z.string().check(z.maxLength(4), z.describe('US or a state code, e.g. TX')), 'US') });
export const compareQuery = z.strictObject({ ...who, areas: z.string().check(z.maxLength(40), z.describe(`1 to ${MAX_AREAS} comma-separated areas, e.g. US,TX,CA`)) });
export const areasQuery = z.strictObject(who);

function checkArea(code: string, name: string) {
  const upper = code.trim().toUpperCase();
  if (!isAreaCode(upper)) throw invalid([{ name, in: 'query', detail: `"${code}" is not US or a state code.`, allowed: AREA_CODES }]);
  return upper;
}

export function salariesRoutes(deps: AppDeps) {
  const { reference } = deps;

  /** The occupation asked for, by role or SOC code, or a 400 naming the parameter. */
  async function occupationFor(q: { role?: string; soc?: string }): Promise<{ occupation: Occupation; role?: Pick<Role, 'slug' | 'title'> }> {
    if ((q.role === undefined) === (q.soc === undefined)) {
      throw invalid([{ name: 'role', in: 'query', detail: 'Give either role (a role slug) or soc (an occupation code), not both or neither.' }]);
    }
    const occupations = await reference.listCatalog<Occupation>('occupation');
    if (q.role !== undefined) {
      const roles = await reference.listCatalog<Role>('role');
      const role = roles.find((r) => r.slug === q.role);
      if (!role) throw invalid([{ name: 'role', in: 'query', detail: `"${q.role}" is not a role.`, allowed: roles.map((r) => r.slug) }]);
      return { occupation: occupations.find((o) => o.soc === role.primarySoc)!, role: { slug: role.slug, title: role.title } };
    }
    const occupation = occupations.find((o) => o.soc === q.soc);
    if (!occupation) throw invalid([{ name: 'soc', in: 'query', detail: `"${q.soc}" is not an occupation we carry.`, allowed: occupations.map((o) => o.soc) }]);
    return { occupation };
  }

  async function viewIn(occupation: Occupation, rows: WageRow[], area: ReturnType<typeof checkArea>) {
    const row = newestRow(rows, area);
    if (!row) {
      throw new ProblemError(problemOf(404, `BLS publishes no wages for ${occupation.title} in ${AREA_NAMES[area]}.`, { errors: [{ name: 'area', in: 'query', detail: 'No wages published here.' }] }));
    }
    return salaryView(row, occupation.title, await reference.listCatalog<Source>('source'));
  }

  return new Hono()
    .use(referenceCache(deps))
    .get('/', async (c) => {
      const q = parseQuery(c, salaryQuery);
      const area = checkArea(q.area, 'area');
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesIn<WageRow>(occupation.soc, area);
      return c.json({ ...(role ? { role } : {}), ...(await viewIn(occupation, rows, area)) });
    })
    .get('/compare', async (c) => {
      const q = parseQuery(c, compareQuery);
      const list = q.areas.split(',').map((a) => a.trim()).filter(Boolean);
      if (list.length < 1 || list.length > MAX_AREAS) {
        throw invalid([{ name: 'areas', in: 'query', detail: `Give 1 to ${MAX_AREAS} areas; ${list.length} given.` }]);
      }
      const areas = [...new Set(list.map((a) => checkArea(a, 'areas')))];
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesOf<WageRow>(occupation.soc);
      const items = await Promise.all(areas.map((area) => viewIn(occupation, rows, area)));
      return c.json({ ...(role ? { role } : {}), soc: occupation.soc, occupationTitle: occupation.title, items });
    })
    .get('/areas', async (c) => {
      const q = parseQuery(c, areasQuery);
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesOf<WageRow>(occupation.soc);
      const items = AREA_CODES.flatMap((area) => {
        const row = newestRow(rows, area);
        if (!row) return [];
        return [{ area, areaName: AREA_NAMES[area], year: row.year, oewsEmployment: row.oewsEmployment, headline: headlineOf(row), ...coverageOf(row), sourceIds: row.sourceIds }];
      });
      return c.json({ ...(role ? { role } : {}), soc: occupation.soc, occupationTitle: occupation.title, items });
    });
}

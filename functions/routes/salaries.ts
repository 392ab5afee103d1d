/** GET /api/salaries, /api/salaries/compare, /api/salaries/areas: BLS OEWS wages by role or occupation and area. */
import { Hono } from '../http/hono.ts';
import type { AreaCode, Occupation, Role, Source, WageRow } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { salaryAreasQuery, salaryCompareQuery, salaryQuery, type SalaryAreasResponse, type SalaryCompareResponse, type SalaryResponse } from '../contract/salaries.ts';
import { AREA_NAMES } from '../domain/areas.ts';
import { areasRanking, comparisonYear, newerNationalYear, rowFor, salaryView } from '../domain/salary.ts';
import { invalid, problemOf, ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

export function salariesRoutes(deps: AppDeps) {
  const { reference } = deps;

  /** The occupation asked for, by role or SOC code, or a 400 naming the parameter. */
  async function occupationFor(q: { role?: string | undefined; soc?: string | undefined }): Promise<{ occupation: Occupation; role?: Pick<Role, 'slug' | 'title'> }> {
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

  /** The view of an area in `year` (default: its newest), or a 404 when BLS publishes no wages there. */
  async function viewIn(occupation: Occupation, rows: WageRow[], area: AreaCode, year?: number) {
    const chosen = rowFor(rows, area, year);
    if (!chosen) {
      throw new ProblemError(problemOf(404, `BLS publishes no wages for ${occupation.title} in ${AREA_NAMES[area]}.`, { errors: [{ name: 'area', in: 'query', detail: 'No wages published here.' }] }));
    }
    return salaryView(chosen.row, occupation.title, await reference.listCatalog<Source>('source'), chosen.fallbackFrom);
  }

  return new Hono()
    .use(referenceCache(deps))
    .get('/', async (c) => {
      const q = parseQuery(c, salaryQuery);
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesIn<WageRow>(occupation.soc, q.area);
      return c.json({ ...(role ? { role } : {}), ...(await viewIn(occupation, rows, q.area)) } satisfies SalaryResponse);
    })
    .get('/compare', async (c) => {
      const q = parseQuery(c, salaryCompareQuery);
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesOf<WageRow>(occupation.soc);
      // One year for every area: the newest they all have (each area's newest only if they share none).
      const shared = comparisonYear(rows, q.areas);
      const items = await Promise.all(q.areas.map((area) => viewIn(occupation, rows, area, shared)));
      const year = shared ?? Math.max(...items.map((i) => i.year));
      const national = newerNationalYear(rows, year);
      return c.json({
        ...(role ? { role } : {}),
        soc: occupation.soc,
        occupationTitle: occupation.title,
        year,
        items,
        ...(national !== undefined ? { newestNational: await viewIn(occupation, rows, 'US', national) } : {}),
      } satisfies SalaryCompareResponse);
    })
    .get('/areas', async (c) => {
      const q = parseQuery(c, salaryAreasQuery);
      const { occupation, role } = await occupationFor(q);
      const rows = await reference.wagesOf<WageRow>(occupation.soc);
      return c.json({
        ...(role ? { role } : {}),
        soc: occupation.soc,
        occupationTitle: occupation.title,
        ...areasRanking(rows),
      } satisfies SalaryAreasResponse);
    });
}

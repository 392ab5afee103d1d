/** GET /api/salaries, /api/salaries/compare and /api/salaries/areas: BLS OEWS wages by role or occupation and area. */
import * as z from 'zod/mini';
import { areaCode, missingSchema, percentilesSchema, WAGE_FIELDS } from '../../data/schemas.ts';
import type { headlineOf, SalaryView } from '../domain/salary.ts';
import { wageAreaListParam, wageAreaParam } from './areas.ts';
import { roleRef, sourceRef, type Assert, type Mirrors } from './shared.ts';

/** Areas in one compare request, at most. */
export const MAX_SALARY_AREAS = 6;

const who = {
  role: z.optional(z.string().check(z.maxLength(80), z.describe('Role slug, e.g. medical-coder (or give soc)'))),
  soc: z.optional(z.string().check(z.maxLength(10), z.describe('BLS SOC 2018 code, e.g. 29-2072 (or give role)'))),
};
export const salaryQuery = z.strictObject({ ...who, area: z._default(wageAreaParam('US or a state code, e.g. TX (default US); a 5-digit metro code has no wages yet'), 'US') });
export const salaryCompareQuery = z.strictObject({ ...who, areas: wageAreaListParam(MAX_SALARY_AREAS, `1 to ${MAX_SALARY_AREAS} comma-separated areas, e.g. US,TX,CA`) });
export const salaryAreasQuery = z.strictObject(who);

/** One occupation in one area, newest year (domain/salary.ts salaryView). */
export const salaryView = z.object({
  soc: z.string(),
  occupationTitle: z.string(),
  area: areaCode,
  areaName: z.string(),
  year: z.int(),
  annual: percentilesSchema,
  hourly: z.nullable(percentilesSchema),
  oewsEmployment: z.nullable(z.int()),
  missing: z.array(missingSchema).check(z.describe('Every figure BLS leaves blank here, and why')),
  sources: z.array(sourceRef),
  note: z.optional(z.string()),
});
/** tsc fails here when salaryView and the domain's SalaryView drift apart. */
export type SalaryViewMirrorsDomain = Assert<Mirrors<SalaryView, z.infer<typeof salaryView>>>;

/** GET /api/salaries */
export const salaryResponse = z.extend(salaryView, { role: z.optional(roleRef) });
export type SalaryResponse = z.infer<typeof salaryResponse>;

/** GET /api/salaries/compare */
export const salaryCompareResponse = z.object({ role: z.optional(roleRef), soc: z.string(), occupationTitle: z.string(), items: z.array(salaryView) });
export type SalaryCompareResponse = z.infer<typeof salaryCompareResponse>;

/** The headline pay of a row for ranking areas: the median where BLS gives it, else the mean. */
export const headline = z.nullable(z.object({ value: z.number(), measure: z.enum(['median', 'mean']) }));
export type HeadlineMirrorsDomain = Assert<Mirrors<ReturnType<typeof headlineOf>, z.infer<typeof headline>>>;

/** One area in GET /api/salaries/areas: its newest year and the figures it has. */
export const salaryAreaItem = z.object({
  area: areaCode,
  areaName: z.string(),
  year: z.int(),
  oewsEmployment: z.nullable(z.int()),
  headline,
  has: z.array(z.enum(WAGE_FIELDS)),
  missing: z.array(z.enum(WAGE_FIELDS)),
  sourceIds: z.array(z.string()),
});
export type SalaryAreaItem = z.infer<typeof salaryAreaItem>;

/** GET /api/salaries/areas */
export const salaryAreasResponse = z.object({ role: z.optional(roleRef), soc: z.string(), occupationTitle: z.string(), items: z.array(salaryAreaItem) });
export type SalaryAreasResponse = z.infer<typeof salaryAreasResponse>;

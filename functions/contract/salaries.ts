/** GET /api/salaries, /api/salaries/compare and /api/salaries/areas: BLS OEWS wages by role or occupation and area. */
import * as z from 'zod/mini';
import { areaCode, missingSchema, percentilesSchema, WAGE_FIELDS } from '../../data/schemas.ts';
import { PRSE_CAUTION_ABOVE, type headlineOf, type SalaryView, type YearFallback } from '../domain/salary.ts';
import { wageAreaListParam, wageAreaParam } from './areas.ts';
import { roleRef, sourceRef, type Assert, type Mirrors } from './shared.ts';

/** Areas in one compare request, at most. */
export const MAX_SALARY_AREAS = 6;

const who = /* @__PURE__ */ (() => ({
  role: z.optional(z.string().check(z.maxLength(80), z.describe('Role slug, e.g. medical-coder (or give soc)'))),
  soc: z.optional(z.string().check(z.maxLength(10), z.describe('BLS SOC 2018 code, e.g. 29-2072 (or give role)'))),
}))();
export const salaryQuery = /* @__PURE__ */ (() => z.strictObject({ ...who, area: z._default(wageAreaParam('US or a state code, e.g. TX (default US); a 5-digit metro code has no wages yet'), 'US') }))();
export const salaryCompareQuery = /* @__PURE__ */ (() => z.strictObject({ ...who, areas: wageAreaListParam(MAX_SALARY_AREAS, `1 to ${MAX_SALARY_AREAS} comma-separated areas, e.g. US,TX,CA`) }))();
export const salaryAreasQuery = /* @__PURE__ */ (() => z.strictObject(who))();

/** Why a view shows an older year than the one asked for (domain/salary.ts YearFallback). */
export const yearFallback = /* @__PURE__ */ (() =>
  z.object({
    year: z.int().check(z.describe('The year asked for, whose wages are not shown')),
    symbol: missingSchema.shape.symbol.check(z.describe("What BLS printed for that year's annual median: * wage estimate not available (suppressed), ** employment not available, # top-coded; not-collected when the copy read has no such figure")),
    oewsEmployment: z.nullable(z.int()).check(z.describe('OEWS employment of the year asked for, where BLS published it')),
    employmentPrse: z.nullable(z.number()).check(z.describe('Its employment PRSE, percent')),
  }))();
export type YearFallbackMirrorsDomain = Assert<Mirrors<YearFallback, z.infer<typeof yearFallback>>>;

/** Employment PRSE and its caution, on every view and area item. */
const prseFields = () => ({
  employmentPrse: z.nullable(z.number()).check(z.describe("BLS's relative standard error of the employment estimate, percent; null where the copy read has none")),
  employmentCaution: z.boolean().check(z.describe(`true when employmentPrse is above ${PRSE_CAUTION_ABOVE}: BLS's estimate of jobs here is uncertain`)),
});

/** One occupation in one area, one year (domain/salary.ts salaryView). */
export const salaryView = /* @__PURE__ */ (() =>
  z.object({
    soc: z.string(),
    occupationTitle: z.string(),
    area: areaCode,
    areaName: z.string(),
    year: z.int(),
    annual: percentilesSchema,
    hourly: z.nullable(percentilesSchema).check(z.describe("BLS's hourly figures as published; a null figure is explained in missing")),
    hourlyComputed: z
      .nullable(percentilesSchema)
      .check(
        z.describe(
          "Hourly figures computed by this site as annual ÷ 2,080 (BLS's own annual = hourly × 2,080 convention), only where the copy read lacks BLS's hourly figure (not-collected) and the annual one is published; never where BLS suppressed or top-coded it. A figure is in hourly (published) or here (computed), never both; null when nothing is computed",
        ),
      ),
    oewsEmployment: z.nullable(z.int()),
    ...prseFields(),
    missing: z.array(missingSchema).check(z.describe('Every figure BLS leaves blank here, and why: the data as read, nothing added')),
    fallbackFrom: z.optional(yearFallback).check(z.describe('Present when this row is older than the year asked for: that year, and why its wages are not shown')),
    sources: z.array(sourceRef),
    note: z.optional(z.string()),
  }))();
/** tsc fails here when salaryView and the domain's SalaryView drift apart. */
export type SalaryViewMirrorsDomain = Assert<Mirrors<SalaryView, z.infer<typeof salaryView>>>;

/** GET /api/salaries */
export const salaryResponse = /* @__PURE__ */ (() => z.extend(salaryView, { role: z.optional(roleRef) }))();
export type SalaryResponse = z.infer<typeof salaryResponse>;

/** The one year of a comparison, named at the top of the answer. */
const comparisonYearField = () => z.int().check(z.describe('The one May year every area is shown for: the newest year all of them have. An item with another year carries fallbackFrom'));

/** GET /api/salaries/compare */
export const salaryCompareResponse = /* @__PURE__ */ (() =>
  z.object({
    role: z.optional(roleRef),
    soc: z.string(),
    occupationTitle: z.string(),
    year: comparisonYearField(),
    items: z.array(salaryView),
    newestNational: z.optional(salaryView).check(z.describe('The newest national year, when newer than year: a labelled extra, not part of the comparison')),
  }))();
export type SalaryCompareResponse = z.infer<typeof salaryCompareResponse>;

/** The headline pay of a row for ranking areas: the median where BLS gives it, else the mean. */
export const headline = /* @__PURE__ */ (() => z.nullable(z.object({ value: z.number(), measure: z.enum(['median', 'mean']) })))();
export type HeadlineMirrorsDomain = Assert<Mirrors<ReturnType<typeof headlineOf>, z.infer<typeof headline>>>;

/** One area in GET /api/salaries/areas: its figures in the list's year (or the older year it falls back to). */
export const salaryAreaItem = /* @__PURE__ */ (() =>
  z.object({
    area: areaCode,
    areaName: z.string(),
    year: z.int(),
    oewsEmployment: z.nullable(z.int()),
    ...prseFields(),
    fallbackFrom: z.optional(yearFallback),
    headline,
    has: z.array(z.enum(WAGE_FIELDS)),
    missing: z.array(z.enum(WAGE_FIELDS)),
    sourceIds: z.array(z.string()),
  }))();
export type SalaryAreaItem = z.infer<typeof salaryAreaItem>;

/** GET /api/salaries/areas */
export const salaryAreasResponse = /* @__PURE__ */ (() =>
  z.object({
    role: z.optional(roleRef),
    soc: z.string(),
    occupationTitle: z.string(),
    year: comparisonYearField(),
    items: z.array(salaryAreaItem),
    newestNational: z.optional(salaryAreaItem).check(z.describe('The nation in its newest year, when newer than year: a labelled extra, not ranked with the areas')),
  }))();
export type SalaryAreasResponse = z.infer<typeof salaryAreasResponse>;

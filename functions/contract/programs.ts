/**
 * GET /api/programs (filter and sort the catalog) and /api/programs/compare (up to four programs
 * side by side: every cost line, total, length, cost per month and payback in an area).
 */
import * as z from 'zod/mini';
import { areaCode, LENGTH_CLASSES, PROGRAM_FORMATS, programPlace, programSchema } from '../../data/schemas.ts';
import { FIGURE_KINDS, type ReportedRange } from '../domain/figure-kind.ts';
import type { Payback } from '../domain/payback.ts';
import { DEFAULT_PERCENTILE, PERCENTILES } from '../domain/payback.ts';
import { LINE_KINDS, type CostLine, type CostTotal, type OwnProgram, type ProgramCost } from '../domain/program-cost.ts';
import { PROGRAM_SORTS, type ProgramSummary } from '../domain/program-list.ts';
import { wageAreaParam } from './areas.ts';
import { languageField, roleRef, sourceRefSeen, type Assert, type Mirrors } from './shared.ts';

/** Programs in one comparison, catalog and own together, at most. */
export const MAX_COMPARE = 4;
/** The largest current income a payback is worked out for, dollars a year. */
export const MAX_INCOME = 1_000_000;
/** A whole number with thousands commas (1,000,000), as en-US writes it, without starting ICU: a first Intl call costs a Lambda about 12 ms. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const amount = (description: string) => z.optional(z.string().check(z.maxLength(12), z.regex(/^-?\d+(\.\d+)?$/, { error: 'Give a number.' }), z.describe(description)));
const yesNo = (description: string) => z.optional(z.enum(['true', 'false']).check(z.describe(description)));

export const programsQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    certification: z.optional(z.string().check(z.maxLength(20), z.describe('Only programs that prepare for this certification id, e.g. cpc'))),
    state: z.optional(z.string().check(z.maxLength(6), z.describe('Only programs taught in this state (a USPS code, e.g. NJ) or online (online)'))),
    format: z.optional(z.enum(PROGRAM_FORMATS).check(z.describe('Only programs taught this way'))),
    maxCost: amount('Only programs whose published total is at most this many dollars (unpriced programs are left out)'),
    maxMonths: amount('Only programs whose stated length is at most this many months'),
    includesExam: yesNo('true: only programs whose price includes the exam; false: only those that do not'),
    sort: z._default(z.enum(PROGRAM_SORTS).check(z.describe('Order: total (default), months, cost-per-month or name; unknown figures last')), 'total'),
  }))();

export const programCompareQuery = /* @__PURE__ */ (() =>
  z.strictObject({
    ids: z._default(z.string().check(z.maxLength(400), z.describe(`Comma-separated program ids; with own, 1 to ${MAX_COMPARE} programs in all`)), ''),
    own: z.optional(
      z.string().check(
        z.maxLength(800),
        z.describe('Programs the reader is considering, computed and never stored: name~price~months~certification~flags~booksCost (flags b, e, m: books, exam, membership included), several joined by |'),
      ),
    ),
    area: z._default(wageAreaParam('Where the wage is: US or a state code, e.g. TX (default US); a 5-digit metro code has no wages yet'), 'US'),
    currentIncome: amount(`Your income now, dollars a year (0 to ${grouped(MAX_INCOME)}); without it there is no payback`),
    percentile: z._default(
      z.enum(PERCENTILES).check(z.describe('The wage percentile of the target role: p10, p25 (default: someone new to the work often earns below the median), median, p75 or p90')),
      DEFAULT_PERCENTILE,
    ),
    role: z.optional(z.string().check(z.maxLength(80), z.describe("Target role slug for every program (default: the first role that asks for the program's certification)"))),
    examPrice: z.optional(z.enum(['member', 'non-member']).check(z.describe('Which exam price to count (default: member when membership is required)'))),
    retake: yesNo('true: add a retake allowance'),
    language: languageField(),
  }))();

const bound = /* @__PURE__ */ (() => z.optional(z.enum(['at-least', 'at-most'])))();
/** What kind of figure a price is (domain/figure-kind.ts). */
const figureKind = /* @__PURE__ */ (() =>
  z.enum(FIGURE_KINDS).check(
    z.describe('published: the provider or issuer published it; computed: this site worked it out from a published rate (note and dated say how and when); third-party: someone else reports it; bound: at most or at least; older-page: from an older copy of a page; state-registry: the provider reported it to a state registry, which publishes it'),
  ))();

/** A total that never counts an unknown as 0 (domain/program-cost.ts CostTotal). */
export const costTotalSchema = /* @__PURE__ */ (() =>
  z.object({
    amount: z.nullable(z.number()).check(z.describe("Dollars of the lines known and paid on top; null when the program's own price is not published (see reason)")),
    lowerBound: z.boolean().check(z.describe('A line is unknown or only a floor: the real total is higher ("at least")')),
    unknown: z.array(z.enum(LINE_KINDS)).check(z.describe('The lines whose amount is not known')),
    atMost: z.array(z.enum(LINE_KINDS)).check(z.describe('Lines counted at a ceiling ("at most"): their real amount may be lower')),
    reason: z.optional(z.enum(['price-not-published'])),
  }))();
export type CostTotalMirrorsDomain = Assert<Mirrors<CostTotal, z.infer<typeof costTotalSchema>>>;

/** The range of the exam prices third parties report (domain/figure-kind.ts): shown beside an unknown fee, never counted. */
export const reportedRangeSchema = /* @__PURE__ */ (() =>
  z.object({
    low: z.number(),
    high: z.number(),
    figureKind: z.literal('third-party'),
    years: z.array(z.string()).check(z.describe('The years of the reports the range is taken from')),
    leftOut: z.int().check(z.describe('Undated (older) reports left out because dated ones exist')),
    sourceIds: z.array(z.string()),
  }))();
export type ReportedRangeMirrorsDomain = Assert<Mirrors<ReportedRange, z.infer<typeof reportedRangeSchema>>>;

/** A program in a list: its facts, the tuition shown and its cost with default options (domain/program-list.ts). */
export const programSummarySchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    provider: z.string(),
    name: z.string(),
    location: z.string(),
    formats: programSchema.shape.formats,
    certificationIds: z.array(z.string()),
    certificationId: z.nullable(z.string()).check(z.describe('The certification the cost is worked out for')),
    accreditation: z.nullable(z.string()),
    state: z.nullable(programSchema.shape.state).check(z.describe('Where it is taught: a state code, online, or null when the pages read do not say')),
    cip: z.nullable(z.string()).check(z.describe('Field of study as a CIP code (e.g. 51.0713), where a source gives one')),
    registry: z.nullable(
      z.object({ state: z.string(), approval: z.nullable(z.literal('approved')), approvalExpires: z.nullable(z.string()) }).check(z.describe("The state registry the prices come from, and the program's approval there")),
    ),
    url: z.string(),
    seen: z.string(),
    sourceIds: z.array(z.string()),
    tuition: z.object({
      amount: z.nullable(z.number()),
      figureKind: z.optional(figureKind),
      basis: z.optional(z.enum(['official', 'third-party'])),
      bound,
      computed: z.optional(z.boolean()),
      dated: z.optional(z.string()),
      staleYear: z.optional(z.string()),
      note: z.optional(z.string()),
      reason: z.optional(z.string()),
      sourceIds: z.array(z.string()),
    }),
    otherTiers: z.array(z.string()),
    months: z.nullable(z.number()),
    lengthText: z.nullable(z.string()),
    lengthClass: z.nullable(z.enum(LENGTH_CLASSES)),
    hours: programSchema.shape.hours,
    examIncluded: z.boolean(),
    total: costTotalSchema,
    costPerMonth: z.nullable(z.number()),
  }))();
export type ProgramSummaryMirrorsDomain = Assert<Mirrors<ProgramSummary, z.infer<typeof programSummarySchema>>>;

/** GET /api/programs */
export const programListResponse = /* @__PURE__ */ (() =>
  z.object({
    count: z.int(),
    sort: z.enum(PROGRAM_SORTS),
    /** How many programs of the whole catalog each place has (before filters), most first. */
    places: z.array(z.object({ place: programPlace, count: z.int() })).check(z.describe('How many programs each state (or online) has in the whole catalog, most first; a state not listed has none yet')),
    items: z.array(programSummarySchema),
  }))();
export type ProgramListResponse = z.infer<typeof programListResponse>;

/** One line of a cost breakdown (domain/program-cost.ts). */
export const costLineSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.enum(LINE_KINDS),
    status: z.enum(['included', 'extra', 'unknown', 'not-needed']),
    amount: z.nullable(z.number()).check(z.describe('Dollars, for extra lines only')),
    bound,
    basis: z.optional(z.enum(['official', 'third-party', 'your-input'])),
    computed: z.optional(z.boolean()),
    figureKind: z.optional(figureKind),
    reported: z.optional(reportedRangeSchema),
    sourceIds: z.array(z.string()),
    dated: z.optional(z.string()),
    staleYear: z.optional(z.string().check(z.describe("The year of a state-registry or older-page price more than two years old when read: check the provider's current price"))),
    noneReported: z.optional(z.literal(true).check(z.describe('A state registry lists 0 for this line: the provider reported nothing for it (unknown, not included, never $0)'))),
    detail: z.string(),
  }))();
export type CostLineMirrorsDomain = Assert<Mirrors<CostLine, z.infer<typeof costLineSchema>>>;

/** A program's cost for one certification, line by line. */
export const programCostSchema = /* @__PURE__ */ (() =>
  z.object({
    certificationId: z.nullable(z.string()),
    examPrice: z.enum(['member', 'non-member']),
    lines: z.array(costLineSchema),
    total: costTotalSchema,
  }))();
export type ProgramCostMirrorsDomain = Assert<Mirrors<ProgramCost, z.infer<typeof programCostSchema>>>;

/** A program the reader typed in (the own parameter), as read back. */
export const ownProgramSchema = /* @__PURE__ */ (() =>
  z.object({
    name: z.string(),
    price: z.nullable(z.number()),
    months: z.nullable(z.number()),
    certificationId: z.nullable(z.string()),
    includes: z.object({ books: z.boolean(), exam: z.boolean(), membership: z.boolean() }),
    booksCost: z.optional(z.nullable(z.number())),
  }))();
export type OwnProgramMirrorsDomain = Assert<Mirrors<OwnProgram, z.infer<typeof ownProgramSchema>>>;

/** Months to recover a cost from the gain over the current income (domain/payback.ts). */
export const paybackSchema = /* @__PURE__ */ (() =>
  z.object({
    months: z.nullable(z.int()).check(z.describe('Months from the start of study until the cost is recovered')),
    studyMonths: z.nullable(z.number()).check(z.describe("Months of study counted before earning starts (the program's length); null when not stated, and then not counted")),
    recoveryMonths: z.nullable(z.int()).check(z.describe('Months of earning the gain that recover the cost')),
    monthlyWage: z.nullable(z.number()),
    monthlyIncome: z.number(),
    monthlyGain: z.nullable(z.number()),
    reason: z.optional(z.enum(['price-not-published', 'wage-not-published', 'no-gain'])),
    lowerBound: z.boolean(),
    floors: z.array(z.enum(['cost-unknown-line', 'length-not-stated'])).check(z.describe('Why the months are a floor')),
  }))();
export type PaybackMirrorsDomain = Assert<Mirrors<Payback, z.infer<typeof paybackSchema>>>;

/** The payback of one compared program, with the wage it is worked out from. */
export const paybackView = /* @__PURE__ */ (() =>
  z.extend(paybackSchema, {
    role: roleRef,
    roleChosenBy: z.enum(['reader', 'credential', 'default']),
    soc: z.string(),
    occupationTitle: z.string(),
    year: z.nullable(z.int()),
    annualWage: z.nullable(z.number()),
    sourceIds: z.array(z.string()),
  }))();
export type PaybackView = z.infer<typeof paybackView>;

/** One program compared: from the catalog (program) or typed in by the reader (own). */
export const programCompareItem = /* @__PURE__ */ (() =>
  z.object({
    program: z.nullable(programSummarySchema),
    own: z.nullable(ownProgramSchema),
    certification: z.nullable(z.object({ id: z.string(), acronym: z.string(), fullName: z.string() })),
    cost: programCostSchema,
    months: z.nullable(z.number()),
    hours: z.nullable(programSchema.shape.hours),
    costPerMonth: z.nullable(z.number()),
    payback: z.nullable(paybackView),
  }))();
export type ProgramCompareItem = z.infer<typeof programCompareItem>;

/** GET /api/programs/compare */
export const programCompareResponse = /* @__PURE__ */ (() =>
  z.object({
    area: areaCode,
    areaName: z.string(),
    percentile: z.enum(PERCENTILES),
    currentIncome: z.nullable(z.number()),
    caveat: z.string(),
    rule: z.string(),
    items: z.array(programCompareItem),
    sources: z.array(sourceRefSeen),
  }))();
export type ProgramCompareResponse = z.infer<typeof programCompareResponse>;

/**
 * Zod schemas for every file in data/: the single source of each shape.
 * The data tests, the seed loader, the API and the site all use these types.
 * zod/mini (functional checks) keeps the Lambda bundle small: only what is used is bundled.
 */
import * as z from 'zod/mini';

/** A source id: kebab-case, listed in sources.json. */
export const sourceId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/** At least one source for every record. */
export const sourceIds = z.array(sourceId).check(z.minLength(1));

/** Dates as ISO calendar days (YYYY-MM-DD). */
export const isoDate = z.iso.date();

/** A publication or page a figure comes from. */
export const sourceSchema = z.strictObject({
  id: sourceId,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** Address of the original (official) publication. */
  url: z.url(),
  /** The release the figures belong to, e.g. "May 2024" or "2024–34". */
  vintage: z.optional(z.string().check(z.minLength(1))),
  /** The day the page was read (stored copies). */
  seen: z.optional(isoDate),
  /** Where the copy that was read lives, and anything a reader must know. */
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

/** SOC 2018 occupation code, e.g. 29-2072. */
export const socCode = z.string().check(z.regex(/^\d{2}-\d{4}$/));

/** The 50 states and DC, by USPS code. */
export const STATE_CODES = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS',
  'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV',
  'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY',
] as const;
export const stateCode = z.enum(STATE_CODES);
/** An area is the nation (US) or one state. */
export const areaCode = z.union([z.literal('US'), stateCode]);
export type AreaCode = z.infer<typeof areaCode>;

export const roleSlug = z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/));

/** One of the nine careers the source article names. */
export const roleSchema = z.strictObject({
  slug: roleSlug,
  /** Title as the article writes it. */
  title: z.string().check(z.minLength(1)),
  side: z.enum(['billing', 'coding', 'records', 'records-coding']),
  level: z.enum(['entry', 'entry-mid', 'mid', 'leadership']),
  /** One or two sentences for lists and meta descriptions. */
  summary: z.string().check(z.minLength(20), z.maxLength(300)),
  /** What a person in the role does, as short paragraphs or points. */
  duties: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)),
  /** Credentials commonly asked for, by certification id (see certifications). */
  credentials: z.array(z.string()),
  /** Roles one usually holds before this one, and where it can lead (slugs). */
  before: z.array(roleSlug),
  after: z.array(roleSlug),
  /** The BLS occupation used for wages and outlook. */
  primarySoc: socCode,
  relatedSocs: z.array(socCode),
  /** Why this occupation was chosen: the evidence, in a sentence or two. */
  mappingReason: z.string().check(z.minLength(20)),
  sourceIds,
});
export type Role = z.infer<typeof roleSchema>;

/** A BLS occupation (SOC 2018) with its official title. */
export const occupationSchema = z.strictObject({
  soc: socCode,
  title: z.string().check(z.minLength(1)),
  sourceIds,
});
export type Occupation = z.infer<typeof occupationSchema>;

/** A wage figure; null when BLS publishes none (the reason is in `missing`). */
const wage = z.nullable(z.number().check(z.positive()));
export const percentilesSchema = z.strictObject({
  p10: wage,
  p25: wage,
  median: wage,
  p75: wage,
  p90: wage,
  mean: wage,
});
export type Percentiles = z.infer<typeof percentilesSchema>;
export const WAGE_FIELDS = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
export type WageField = (typeof WAGE_FIELDS)[number];

/** A figure BLS leaves blank, and what its symbol means. */
export const missingSchema = z.strictObject({
  /** e.g. "annual.p90", "hourly.median", "employment". */
  field: z.string().check(z.regex(/^(annual|hourly)\.(p10|p25|median|p75|p90|mean)$|^employment$/)),
  /** BLS symbol where there is one: "#", "*", "**"; "not-collected" when the source file has no such column. */
  symbol: z.enum(['#', '*', '**', 'not-collected']),
  /** Plain words, e.g. "≥ $239,200 a year (BLS top-code)". */
  meaning: z.string().check(z.minLength(1)),
});

/** One OEWS row: an occupation in an area in a May reference year. */
export const wageRowSchema = z.strictObject({
  soc: socCode,
  area: areaCode,
  year: z.int().check(z.gte(2000), z.lte(2100)),
  /** OEWS employment (wage and salary jobs); never Projections employment. */
  oewsEmployment: z.nullable(z.int().check(z.nonnegative())),
  annual: percentilesSchema,
  /** Null where the source gives no hourly figures for the row. */
  hourly: z.nullable(percentilesSchema),
  missing: z.array(missingSchema),
  sourceIds,
  /** BLS extras kept from the source (hourly median, PRSE, location quotient). */
  note: z.optional(z.string()),
});
export type WageRow = z.infer<typeof wageRowSchema>;

/** BLS Employment Projections for one occupation. */
export const projectionSchema = z.strictObject({
  soc: socCode,
  baseYear: z.int(),
  projectedYear: z.int(),
  /** National Employment Matrix employment (includes self-employed): not OEWS employment. */
  projectionsBaseEmployment: z.int().check(z.positive()),
  projectionsProjectedEmployment: z.int().check(z.positive()),
  employmentChange: z.int(),
  percentChange: z.number(),
  annualOpenings: z.int().check(z.positive()),
  medianAnnualWage: z.number().check(z.positive()),
  typicalEntryEducation: z.string().check(z.minLength(1)),
  sourceIds,
  note: z.optional(z.string()),
});
export type Projection = z.infer<typeof projectionSchema>;

/** A code set, claim form or rule coders and billers work with. */
export const codeSetSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1)),
  kind: z.enum(['code-set', 'claim-form', 'rule']),
  /** Which side uses it most: coding, billing, or both. */
  usedBy: z.enum(['coding', 'billing', 'both']),
  whatItCovers: z.string().check(z.minLength(1)),
  maintainedBy: z.string().check(z.minLength(1)),
  sourceIds,
  asOf: isoDate,
});
export type CodeSet = z.infer<typeof codeSetSchema>;

/** A file of records plus the sources its records cite. */
export const datasetSchema = z.strictObject({
  sources: z.array(sourceSchema),
  roles: z.array(roleSchema),
  occupations: z.array(occupationSchema),
  wages: z.array(wageRowSchema),
  projections: z.array(projectionSchema),
  codeSets: z.array(codeSetSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * Zod schemas for every file in data/: the single source of each shape.
 * The data tests, the seed loader, the API and the site all use these types.
 * zod/mini (functional checks) keeps the Lambda bundle small: only what is used is bundled. Each
 * schema is built in an IIFE marked @__PURE__: esbuild cannot tell that a zod call has no side
 * effects, so without the mark a Lambda that takes one constant from here (WAGE_FIELDS) or imports
 * a contract file would carry every schema in this file.
 */
import * as z from 'zod/mini';
import { NATION_CODE, STATE_CODES } from './area-codes.ts';

/** A source id: kebab-case, listed in sources.json. */
export const sourceId = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))();
/** At least one source for every record. */
export const sourceIds = /* @__PURE__ */ (() => z.array(sourceId).check(z.minLength(1)))();

/** Dates as ISO calendar days (YYYY-MM-DD). */
export const isoDate = /* @__PURE__ */ (() => z.iso.date())();

/** A publication or page a figure comes from. */
export const sourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
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
  }))();
export type Source = z.infer<typeof sourceSchema>;

/** SOC 2018 occupation code, e.g. 29-2072. */
export const socCode = /* @__PURE__ */ (() => z.string().check(z.regex(/^\d{2}-\d{4}$/)))();

/** The 50 states and DC, by USPS code (data/area-codes.ts holds the list, free of zod for the islands). */
export { STATE_CODES } from './area-codes.ts';
export const stateCode = /* @__PURE__ */ (() => z.enum(STATE_CODES))();
/** An area is the nation (US) or one state. */
export const areaCode = /* @__PURE__ */ (() => z.union([z.literal(NATION_CODE), stateCode]))();
export type AreaCode = z.infer<typeof areaCode>;

export const roleSlug = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)))();

/** One of the nine careers the source article names. */
export const roleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
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
  }))();
export type Role = z.infer<typeof roleSchema>;

/** A BLS occupation (SOC 2018) with its official title. */
export const occupationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    soc: socCode,
    title: z.string().check(z.minLength(1)),
    sourceIds,
  }))();
export type Occupation = z.infer<typeof occupationSchema>;

/** A wage figure; null when BLS publishes none (the reason is in `missing`). */
const wage = /* @__PURE__ */ (() => z.nullable(z.number().check(z.positive())))();
export const percentilesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    p10: wage,
    p25: wage,
    median: wage,
    p75: wage,
    p90: wage,
    mean: wage,
  }))();
export type Percentiles = z.infer<typeof percentilesSchema>;
export const WAGE_FIELDS = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
export type WageField = (typeof WAGE_FIELDS)[number];

/** A figure BLS leaves blank, and what its symbol means. */
export const missingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** e.g. "annual.p90", "hourly.median", "employment". */
    field: z.string().check(z.regex(/^(annual|hourly)\.(p10|p25|median|p75|p90|mean)$|^employment$/)),
    /** BLS symbol where there is one: "#", "*", "**"; "not-collected" when the source file has no such column. */
    symbol: z.enum(['#', '*', '**', 'not-collected']),
    /** Plain words, e.g. "≥ $239,200 a year (BLS top-code)". */
    meaning: z.string().check(z.minLength(1)),
    /** With "#" only: the top-code the wage is at or above (annual dollars for an annual field), from the BLS field descriptions. */
    atLeast: z.optional(z.number().check(z.positive())),
  }))();

/** One OEWS row: an occupation in an area in a May reference year. */
export const wageRowSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    soc: socCode,
    area: areaCode,
    year: z.int().check(z.gte(2000), z.lte(2100)),
    /** OEWS employment (wage and salary jobs); never Projections employment. */
    oewsEmployment: z.nullable(z.int().check(z.nonnegative())),
    /** BLS's relative standard error of the employment estimate, in percent (PRSE); where the copy read has it. */
    employmentPrse: z.optional(z.number().check(z.positive())),
    annual: percentilesSchema,
    /** Null where the source gives no hourly figures for the row. */
    hourly: z.nullable(percentilesSchema),
    missing: z.array(missingSchema),
    sourceIds,
    /** BLS extras kept from the source (hourly median, PRSE, location quotient). */
    note: z.optional(z.string()),
  }))();
export type WageRow = z.infer<typeof wageRowSchema>;

/** BLS Employment Projections for one occupation. */
export const projectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
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
  }))();
export type Projection = z.infer<typeof projectionSchema>;

/** A code set, claim form or rule coders and billers work with. */
export const codeSetSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    name: z.string().check(z.minLength(1)),
    kind: z.enum(['code-set', 'claim-form', 'rule']),
    /** Which side uses it most: coding, billing, or both. */
    usedBy: z.enum(['coding', 'billing', 'both']),
    whatItCovers: z.string().check(z.minLength(1)),
    maintainedBy: z.string().check(z.minLength(1)),
    sourceIds,
    asOf: isoDate,
  }))();
export type CodeSet = z.infer<typeof codeSetSchema>;

/** A certification id, e.g. cpc or ccs-p. */
export const certificationId = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)))();
/** A program id: kebab-case, unique. */
export const programId = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))();

/** One version of a dollar figure as one page gave it (conflicting versions are all kept). */
export const figureVersionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** US dollars; an unknown figure has no version at all, never 0. */
    amount: z.number().check(z.positive()),
    /** official: the issuer's or school's own page (or a copy of it); third-party: anyone else. */
    basis: z.enum(['official', 'third-party']),
    sourceIds,
    /** The date the figure belongs to or its page shows: YYYY, YYYY-MM or YYYY-MM-DD. */
    dated: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    /** Our arithmetic on published figures (rate × credits); the note says how. */
    computed: z.optional(z.literal(true)),
    /** From an older stored copy of a page that has a newer one. */
    olderCopy: z.optional(z.literal(true)),
    /** Reported by the provider to a state registry (New Jersey's ETPL): the state publishes what the provider submitted. */
    stateRegistry: z.optional(z.literal(true)),
    /** The figure is a floor (more is charged on top) or a ceiling (an upper bound, not a quote). */
    bound: z.optional(z.enum(['at-least', 'at-most'])),
    note: z.optional(z.string().check(z.minLength(1))),
  }))();
export type FigureVersion = z.infer<typeof figureVersionSchema>;

/** A dollar figure with every version found; none means unknown, and `reason` says why. */
export const figureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    versions: z.array(figureVersionSchema),
    reason: z.optional(z.string().check(z.minLength(1))),
  }))();
export type Figure = z.infer<typeof figureSchema>;

/** A fact in words with the sources it was read in. */
const sourcedText = /* @__PURE__ */ (() => z.strictObject({ text: z.nullable(z.string().check(z.minLength(1))), sourceIds: z.array(sourceId) }))();

/** A credential: who issues it, what it costs, how the exam runs, how it is kept. */
export const certificationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: certificationId,
    acronym: z.string().check(z.minLength(2)),
    fullName: z.string().check(z.minLength(1)),
    issuingBody: z.string().check(z.minLength(1)),
    issuer: z.enum(['AAPC', 'AHIMA', 'NHA', 'AMBA']),
    focus: z.array(z.enum(['billing', 'coding', 'records', 'management'])).check(z.minLength(1)),
    /** The focus as the reference words it. */
    focusNote: z.string().check(z.minLength(1)),
    whoFor: z.string().check(z.minLength(1)),
    examFee: z.strictObject({
      member: figureSchema,
      nonMember: figureSchema,
      student: figureSchema,
      /** Prices only third parties report: shown labelled as such, never used in totals. */
      reported: z.array(
        z.strictObject({
          text: z.string().check(z.minLength(1)),
          sourceId,
          dated: z.optional(z.string()),
          /** The exam prices the report gives, in dollars, as its text states them (membership and other costs left out). */
          amounts: z.optional(z.array(z.number().check(z.positive())).check(z.minLength(1))),
        }),
      ),
      note: z.optional(z.string()),
      sourceIds: z.array(sourceId),
    }),
    membership: z.strictObject({
      /** null: the pages read do not say. */
      required: z.nullable(z.boolean()),
      /** The price to join (the first year): what a program's total needs. */
      join: figureSchema,
      /** The yearly renewal price, kept apart: it is not the price to join. */
      renewal: figureSchema,
      note: z.optional(z.string()),
      sourceIds: z.array(sourceId),
    }),
    prerequisites: sourcedText,
    examFormat: z.strictObject({
      questions: z.nullable(z.string()),
      timeAllowed: z.nullable(z.string()),
      openBook: z.nullable(z.boolean()),
      codeBooks: z.nullable(z.string()),
      delivery: z.nullable(z.string()),
      note: z.optional(z.string()),
      sourceIds: z.array(sourceId),
    }),
    passingScore: sourcedText,
    /** The apprentice designation (CPC-A, COC-A) and how it is removed; null when there is none. */
    apprentice: z.nullable(z.strictObject({ designation: z.string(), howRemoved: z.string(), sourceIds })),
    renewal: z.strictObject({
      cycle: z.string(),
      ceus: z.string(),
      fee: z.optional(z.string()),
      note: z.optional(z.string()),
      sourceIds,
    }),
    retake: z.strictObject({
      policy: z.string().check(z.minLength(1)),
      /** What a second attempt costs: the fee again, free once, or not known. */
      fee: z.enum(['pay-again', 'free-retake', 'unknown']),
      sourceIds: z.array(sourceId),
    }),
    status: z.optional(z.string()),
    accreditation: z.optional(z.string()),
    passRates: z.optional(z.string()),
    sourceNotes: z.optional(z.string()),
    sourceIds,
    /** The day the figures were read. */
    seen: isoDate,
  }))();
export type Certification = z.infer<typeof certificationSchema>;

export const PROGRAM_FORMATS = ['self-paced-online', 'instructor-led-online', 'in-person', 'community-college-certificate', 'associate-degree'] as const;
export type ProgramFormat = (typeof PROGRAM_FORMATS)[number];

/** Whether a program's price covers an item: included, charged on top, or not said. */
export const inclusion = /* @__PURE__ */ (() => z.enum(['included', 'extra', 'unknown']))();
export type Inclusion = z.infer<typeof inclusion>;
/**
 * A cost line besides tuition. `noneReported`: a state registry's field for the line is 0, which means the
 * provider reported nothing for it (not that it is included): the line stays unknown and has no amount.
 */
const costItem = /* @__PURE__ */ (() =>
  z
    .strictObject({ status: inclusion, cost: figureSchema, note: z.optional(z.string()), noneReported: z.optional(z.literal(true)) })
    .check(z.refine((item) => !item.noneReported || (item.status === 'unknown' && item.cost.versions.length === 0), 'A line with none reported is unknown and has no amount.')))();

/** New Jersey's ETPL length classes (its CalendarLength codes 5 to 8). */
export const LENGTH_CLASSES = ['4-11-weeks', '3-5-months', '6-12-months', '13-months-2-years'] as const;
export type LengthClass = (typeof LENGTH_CLASSES)[number];
/** Where a program is taught: a state (USPS code) or online. */
export const programPlace = /* @__PURE__ */ (() => z.union([stateCode, z.literal('online')]))();
export type ProgramPlace = z.infer<typeof programPlace>;

/** A training program (course, certificate or degree) and what it costs. */
export const programSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: programId,
    provider: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    location: z.string().check(z.minLength(1)),
    /** Empty when the pages read do not say how it is taught. */
    formats: z.array(z.enum(PROGRAM_FORMATS)),
    formatNote: z.string().check(z.minLength(1)),
    /** Credentials it prepares for, by certification id. */
    certificationIds: z.array(certificationId),
    preparesForNote: z.optional(z.string()),
    /** Tuition for the lowest tier (residents): the price compared. */
    tuition: figureSchema,
    /** Other residency tiers, in words. */
    otherTiers: z.array(z.string()),
    /** The price as the reference words it. */
    priceText: z.nullable(z.string()),
    priceIncludes: z.nullable(z.string()),
    fees: costItem,
    books: costItem,
    /** Supplies and tools, and other costs: separate lines only where the source splits them (the NJ registry). */
    supplies: z.optional(costItem),
    other: z.optional(costItem),
    /** `evidence`: the source's own words for the exam's status (a voucher named in the title or description). */
    exam: z.strictObject({ status: inclusion, attempts: z.nullable(z.int().check(z.positive())), evidence: z.optional(z.string().check(z.minLength(1))) }),
    membership: z.strictObject({ status: inclusion }),
    /** months: the stated length (upper end of a range), null when not stated. */
    length: z.strictObject({
      months: z.nullable(z.number().check(z.positive())),
      text: z.nullable(z.string()),
      /** The registry's length class, where a state registry gives one. */
      class: z.optional(z.enum(LENGTH_CLASSES)),
    }),
    hours: z.strictObject({
      clock: z.nullable(z.number().check(z.positive())),
      credits: z.nullable(z.number().check(z.positive())),
      /** The credit count is this site's arithmetic (price ÷ per-unit rate), not a figure the school gives; `text` says how. */
      creditsComputed: z.optional(z.literal(true)),
      text: z.nullable(z.string()),
    }),
    accreditation: z.nullable(z.string()),
    /** Where it is taught: a state, online, or null when the pages read do not say. */
    state: z.nullable(programPlace),
    /** The program's field of study as a CIP code (e.g. 51.0713), where a source gives one. */
    cip: z.optional(z.string().check(z.regex(/^\d{2}\.\d{4}$/))),
    /** The state registry record the prices come from: its id, the total it lists, and the approval status. */
    registry: z.optional(
      z.strictObject({
        state: stateCode,
        recordId: z.int().check(z.positive()),
        /** The registry's own total, kept as the registry gives it (the sum of the lines it lists). */
        totalCost: z.number().check(z.positive()),
        approval: z.nullable(z.enum(['approved'])),
        approvalExpires: z.optional(isoDate),
        sourceIds,
      }),
    ),
    url: z.url(),
    sourceIds,
    seen: isoDate,
    notes: z.string(),
  }))();
export type Program = z.infer<typeof programSchema>;

/** A claim the source article makes, word for word, with the figure in it where it has one: pages set it beside the evidence. */
export const articleClaimSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.enum(['months-to-certified', 'exam-cost', 'specialist-pay']),
    quote: z.string().check(z.minLength(1)),
    /** The claim's figure as a range (one value: low = high); null when the claim gives none ("a few hundred dollars"). */
    figure: z.nullable(z.strictObject({ low: z.number().check(z.positive()), high: z.number().check(z.positive()), unit: z.enum(['months', 'usd-per-year']), approximate: z.boolean() })),
    sourceIds,
  }))();
export type ArticleClaim = z.infer<typeof articleClaimSchema>;
export const articleClaimsSchema = /* @__PURE__ */ (() => z.strictObject({ claims: z.array(articleClaimSchema) }))();

/** A file of records plus the sources its records cite. */
export const datasetSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    sources: z.array(sourceSchema),
    roles: z.array(roleSchema),
    occupations: z.array(occupationSchema),
    wages: z.array(wageRowSchema),
    projections: z.array(projectionSchema),
    codeSets: z.array(codeSetSchema),
    certifications: z.array(certificationSchema),
    programs: z.array(programSchema),
  }))();
export type Dataset = z.infer<typeof datasetSchema>;

/** A figure the timeline planner uses; without a source it must be marked as this site's assumption. */
const plannerRuleValue = () =>
  z
    .strictObject({ value: z.number().check(z.positive()), note: z.string().check(z.minLength(1)), sourceIds: z.array(sourceId), assumption: z.boolean() })
    .check(z.refine((r) => r.assumption || r.sourceIds.length > 0, 'A rule without a source must be marked as an assumption.'));

/**
 * The numbers the planner needs that certifications.json and programs.json keep only in words
 * (data/planner-rules.json). A pure IIFE, so bundles that never parse the file (the Lambda) drop it.
 */
export const plannerRulesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * The coursework of a plan with no program: a real program's stated hours (programId), with its
     * sources. Not the article's "about 11 months", which pages set beside the plan's result instead.
     */
    defaultCoursework: z.strictObject({ programId, value: z.number().check(z.positive()), note: z.string().check(z.minLength(1)), sourceIds, assumption: z.literal(false) }),
    defaultCredentialId: certificationId,
    hoursPerWeek: plannerRuleValue(),
    examPrepWeeks: plannerRuleValue(),
    hoursPerWeekWarnAbove: plannerRuleValue(),
    resultsDays: plannerRuleValue(),
    windowMarginDays: plannerRuleValue(),
    /** Per credential: membership and renewal cycles, CEUs, exam windows, apprentice routes, degree requirements. */
    credentials: z.record(
      certificationId,
      z.strictObject({
        membership: z.optional(z.strictObject({ months: z.int().check(z.positive()), sourceIds })),
        renewal: z.optional(z.strictObject({ months: z.int().check(z.positive()), ceus: z.nullable(z.int().check(z.positive())), sourceIds })),
        examWindow: z.optional(z.strictObject({ days: z.int().check(z.positive()), from: z.enum(['approval', 'enrolment']), text: z.string().check(z.minLength(1)), sourceIds })),
        apprentice: z.optional(
          z.strictObject({
            routes: z
              .array(
                z.strictObject({
                  key: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
                  label: z.string().check(z.minLength(1)),
                  workMonths: z.int().check(z.nonnegative()),
                  education: z.enum(['none', 'course-or-practicode']),
                  sourceIds,
                }),
              )
              .check(z.minLength(1)),
            sourceIds,
          }),
        ),
        eligibility: z.optional(z.strictObject({ needsDegree: z.enum(['associate', 'bachelor']), sourceIds })),
      }),
    ),
    /** Per program: deadlines counted from enrolment (course access, a guarantee's condition). */
    programs: z.record(
      programId,
      z.strictObject({
        deadline: z.optional(z.strictObject({ months: z.int().check(z.positive()), kind: z.enum(['access', 'guarantee']), text: z.string().check(z.minLength(1)), sourceIds })),
      }),
    ),
  }))();
export type PlannerRulesData = z.infer<typeof plannerRulesSchema>;

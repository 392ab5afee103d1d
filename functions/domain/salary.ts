/**
 * Salary lookup rules (pure): which OEWS row answers "what does this occupation earn here", which
 * one year a comparison of areas uses, and what this site computes beside BLS's figures. Codes and
 * numbers only: the pages and islands word them.
 */
import { WAGE_FIELDS, type AreaCode, type Percentiles, type Source, type WageField, type WageRow } from '../../data/schemas.ts';
import { AREA_CODES, AREA_NAMES } from './areas.ts';

export type Missing = WageRow['missing'][number];
/** A BLS symbol for a blank figure, or 'not-collected' when the copy read has no such column. */
export type BlankSymbol = Missing['symbol'];

/** BLS's own convention: an annual wage is the hourly wage × 2,080 hours (52 weeks of 40 hours). */
export const HOURS_PER_YEAR = 2080;

/** Employment PRSE (relative standard error, percent) above which the jobs count gets a caution. */
export const PRSE_CAUTION_ABOVE = 20;

/** A row has wages when BLS gives at least one annual figure in it. */
const hasWages = (row: WageRow) => WAGE_FIELDS.some((f) => row.annual[f] !== null);

/**
 * Why a view shows an older year than the one asked for: the newer row exists but has no wages.
 * `symbol` is what BLS printed for its annual median (`*`: suppressed); its employment may still be published.
 */
export interface YearFallback {
  /** The year asked for (the comparison's year, or the area's newest). */
  year: number;
  symbol: BlankSymbol;
  oewsEmployment: number | null;
  employmentPrse: number | null;
}

/** The row shown for an area, and the fallback when it is older than the year asked for. */
export interface ChosenRow {
  row: WageRow;
  fallbackFrom?: YearFallback;
}

/**
 * The row to show for an area in `year` (default: its newest year): that year's row when it has any
 * wage figure, else the newest older row that has one (e.g. Mississippi file clerks: May 2024 wages
 * suppressed, so the May 2023 mean), with the year asked for and why in `fallbackFrom`.
 */
export function rowFor(rows: readonly WageRow[], area: AreaCode, year?: number): ChosenRow | undefined {
  const inArea = rows.filter((r) => r.area === area && (year === undefined || r.year <= year)).sort((a, b) => b.year - a.year);
  const row = inArea.find(hasWages);
  if (!row) return undefined;
  const asked = inArea[0]!;
  if (asked === row) return { row };
  return {
    row,
    fallbackFrom: {
      year: asked.year,
      symbol: asked.missing.find((m) => m.field === 'annual.median')?.symbol ?? 'not-collected',
      oewsEmployment: asked.oewsEmployment,
      employmentPrse: asked.employmentPrse ?? null,
    },
  };
}

/**
 * The row to show for an area: the newest year with any wage figure. A state whose newest
 * release has every wage suppressed falls back to an older one (e.g. the May 2023 mean).
 */
export function newestRow(rows: readonly WageRow[], area: AreaCode): WageRow | undefined {
  return rowFor(rows, area)?.row;
}

/**
 * The one year a comparison of areas uses: the newest year every compared area has a row for
 * (May 2024 when states are compared with the nation, whose newest is May 2025). Undefined when
 * the areas share no year.
 */
export function comparisonYear(rows: readonly WageRow[], areas: readonly AreaCode[]): number | undefined {
  const yearsOf = (area: AreaCode) => new Set(rows.filter((r) => r.area === area).map((r) => r.year));
  const [first, ...rest] = areas.map(yearsOf);
  if (!first) return undefined;
  const common = [...first].filter((y) => rest.every((s) => s.has(y)));
  return common.length > 0 ? Math.max(...common) : undefined;
}

/** The newest national year, when it is newer than `year`: offered beside a comparison as a labelled extra. */
export function newerNationalYear(rows: readonly WageRow[], year: number): number | undefined {
  const newest = newestRow(rows, 'US')?.year;
  return newest !== undefined && newest > year ? newest : undefined;
}

/**
 * Hourly figures this site computes as annual ÷ 2,080 (BLS's convention), only where the copy read
 * did not keep BLS's hourly figure ('not-collected') and the annual one is there; never where BLS
 * suppressed or top-coded it. Cents, rounded. Null when nothing is computed.
 */
export function hourlyComputedOf(row: WageRow): Percentiles | null {
  const notCollected = (f: WageField) => row.hourly === null || row.missing.some((m) => m.field === `hourly.${f}` && m.symbol === 'not-collected');
  const computed = Object.fromEntries(
    WAGE_FIELDS.map((f) => {
      const annual = row.annual[f];
      const open = (row.hourly?.[f] ?? null) === null && annual !== null && notCollected(f);
      return [f, open ? Math.round((annual / HOURS_PER_YEAR) * 100) / 100 : null];
    }),
  ) as Percentiles;
  return WAGE_FIELDS.some((f) => computed[f] !== null) ? computed : null;
}

/** Employment PRSE of a row (null where the copy read has none) and whether it calls for a caution. */
export function employmentPrseOf(row: Pick<WageRow, 'employmentPrse'>): { employmentPrse: number | null; employmentCaution: boolean } {
  const prse = row.employmentPrse ?? null;
  return { employmentPrse: prse, employmentCaution: prse !== null && prse > PRSE_CAUTION_ABOVE };
}

/** What the API and the pages show for one occupation in one area. */
export interface SalaryView {
  soc: string;
  occupationTitle: string;
  area: AreaCode;
  areaName: string;
  year: number;
  annual: Percentiles;
  /** BLS's hourly figures as published (null where the copy read has none: see `missing`). */
  hourly: Percentiles | null;
  /** Hourly figures computed by this site as annual ÷ 2,080 where BLS's are not in the copy read. */
  hourlyComputed: Percentiles | null;
  oewsEmployment: number | null;
  employmentPrse: number | null;
  /** Employment PRSE above PRSE_CAUTION_ABOVE: BLS's estimate of jobs here is uncertain. */
  employmentCaution: boolean;
  /** Every figure the row lacks, with why: the data's own list, nothing added. */
  missing: Missing[];
  /** Set when this row is older than the year asked for. */
  fallbackFrom?: YearFallback;
  sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'vintage'>[];
  note?: string;
}

/** Assemble the view of one row (and the fallback that chose it, when it is older than asked). */
export function salaryView(row: WageRow, occupationTitle: string, sources: readonly Source[], fallbackFrom?: YearFallback): SalaryView {
  return {
    soc: row.soc,
    occupationTitle,
    area: row.area,
    areaName: AREA_NAMES[row.area],
    year: row.year,
    annual: row.annual,
    hourly: row.hourly,
    hourlyComputed: hourlyComputedOf(row),
    oewsEmployment: row.oewsEmployment,
    ...employmentPrseOf(row),
    missing: row.missing,
    ...(fallbackFrom ? { fallbackFrom } : {}),
    // The data tests guarantee every source id resolves.
    sources: sources
      .filter((s) => row.sourceIds.includes(s.id))
      .map(({ id, title, publisher, url, vintage }) => ({ id, title, publisher, url, vintage })),
    ...(row.note ? { note: row.note } : {}),
  };
}

/** The figures an area has in its row, for the "which areas have what" list. */
export function coverageOf(row: WageRow): { has: WageField[]; missing: WageField[] } {
  const has = WAGE_FIELDS.filter((f) => row.annual[f] !== null);
  return { has, missing: WAGE_FIELDS.filter((f) => !has.includes(f)) };
}

/** The headline pay of a row for ranking states: the median where BLS gives it, else the mean. */
export function headlineOf(row: WageRow): { value: number; measure: 'median' | 'mean' } | null {
  if (row.annual.median !== null) return { value: row.annual.median, measure: 'median' };
  if (row.annual.mean !== null) return { value: row.annual.mean, measure: 'mean' };
  return null;
}

/** The national medians of an occupation, oldest year first: the trend a role page draws. */
export function nationalMedians(rows: readonly WageRow[]): { year: number; median: number }[] {
  return rows
    .filter((r) => r.area === 'US' && r.annual.median !== null)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, median: r.annual.median! }));
}

/**
 * Every area that has the occupation, in one year (the newest they all share, else the newest any has),
 * with the nation's newest year beside them when newer: the API's ranking and the salaries page's first view.
 * Each item has the contract's shape (salaryAreaItem in functions/contract/salaries.ts), which the route checks.
 */
export function areasRanking(rows: readonly WageRow[]) {
  const areas = AREA_CODES.filter((area) => rows.some((r) => r.area === area));
  const year = comparisonYear(rows, areas) ?? Math.max(...rows.map((r) => r.year));
  const itemIn = (area: AreaCode, inYear: number) => {
    const chosen = rowFor(rows, area, inYear);
    if (!chosen) return [];
    const { row, fallbackFrom } = chosen;
    return [
      {
        area,
        areaName: AREA_NAMES[area],
        year: row.year,
        oewsEmployment: row.oewsEmployment,
        ...employmentPrseOf(row),
        ...(fallbackFrom ? { fallbackFrom } : {}),
        headline: headlineOf(row),
        ...coverageOf(row),
        sourceIds: row.sourceIds,
      },
    ];
  };
  const national = newerNationalYear(rows, year);
  const [newestNational] = national === undefined ? [] : itemIn('US', national);
  return { year, items: areas.flatMap((area) => itemIn(area, year)), ...(newestNational ? { newestNational } : {}) };
}

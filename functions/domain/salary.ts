/**
 * Salary lookup rules (pure): which OEWS row answers "what does this occupation earn here",
 * and how to say what BLS does not publish there.
 */
import { WAGE_FIELDS, type AreaCode, type Percentiles, type Source, type WageField, type WageRow } from '../../data/schemas.ts';
import { AREA_NAMES } from './areas.ts';

export type Missing = WageRow['missing'][number];

/** A row has wages when BLS gives at least one annual figure in it. */
const hasWages = (row: WageRow) => WAGE_FIELDS.some((f) => row.annual[f] !== null);

/**
 * The row to show for an area: the newest year with any wage figure. A state whose newest
 * release has every wage suppressed falls back to an older one (e.g. the May 2023 mean).
 */
export function newestRow(rows: readonly WageRow[], area: AreaCode): WageRow | undefined {
  return rows
    .filter((r) => r.area === area && hasWages(r))
    .sort((a, b) => b.year - a.year)[0];
}

/** Every figure the row lacks, with why: BLS symbols from the row, plus hourly figures the source has none of. */
export function missingOf(row: WageRow): Missing[] {
  if (row.hourly !== null) return row.missing;
  const hourly = WAGE_FIELDS.map((f) => ({
    field: `hourly.${f}`,
    symbol: 'not-collected' as const,
    meaning: 'The state file used gives annual wages; hourly percentiles for states were not carried over.',
  }));
  return [...row.missing, ...hourly];
}

/** What the API and the pages show for one occupation in one area. */
export interface SalaryView {
  soc: string;
  occupationTitle: string;
  area: AreaCode;
  areaName: string;
  year: number;
  annual: Percentiles;
  hourly: Percentiles | null;
  oewsEmployment: number | null;
  missing: Missing[];
  sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'vintage'>[];
  note?: string;
}

/** Assemble the view of one row. */
export function salaryView(row: WageRow, occupationTitle: string, sources: readonly Source[]): SalaryView {
  return {
    soc: row.soc,
    occupationTitle,
    area: row.area,
    areaName: AREA_NAMES[row.area],
    year: row.year,
    annual: row.annual,
    hourly: row.hourly,
    oewsEmployment: row.oewsEmployment,
    missing: missingOf(row),
    // The data tests guarantee every source id resolves.
    sources: sources
      .filter((s) => row.sourceIds.includes(s.id))
      .map(({ id, title, publisher, url, vintage }) => ({ id, title, publisher, url, vintage })),
    ...(row.note ? { note: row.note } : {}),
  };
}

/** The figures an area has in its newest row, for the "which areas have what" list. */
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

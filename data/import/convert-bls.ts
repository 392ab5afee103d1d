/**
 * One-off converter: BLS reference CSVs → data/wages.json, data/projections.json, data/occupations.json.
 *
 * Usage: node data/import/convert-bls.ts <reference folder>
 * where the folder holds wages/oews_national.csv, wages/oews_state.csv and wages/projections.csv.
 * Figures are copied exactly; a blank cell becomes null with a `missing` entry naming the BLS symbol
 * the CSV's note column records for it. Any blank without an explanation stops the run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  WAGE_FIELDS,
  occupationSchema,
  projectionSchema,
  wageRowSchema,
  type Occupation,
  type Percentiles,
  type Projection,
  type WageRow,
} from '../schemas.ts';
import { parseCsv, type CsvRecord } from './csv.ts';

type Missing = WageRow['missing'][number];
type BlsSymbol = Exclude<Missing['symbol'], 'not-collected'>;

/** What each BLS symbol means, per the May 2023 and May 2024 OEWS field descriptions (wages/SOURCES.md). */
const MEANING: Record<BlsSymbol, string> = {
  '#': 'BLS shows # here: the wage is at or above $115.00 an hour or $239,200 a year (top-coded), so no exact figure is published.',
  '*': 'BLS shows * here: wage estimate not available.',
  '**': 'BLS shows ** here: employment estimate not available.',
};
/** The annual top-code behind `#` in the same field descriptions: a blank annual wage with `#` is at least this. */
const ANNUAL_TOP_CODE = 239_200;
const NOT_IN_2023_EXTRACT = 'The May 2023 state extract used has the hourly and annual means only.';
const NOT_IN_2024_STATE_COPY = 'BLS publishes this hourly figure for states; the May 2024 state copy read for this site kept only the hourly median.';

/** Which source id a CSV row's `source` text belongs to, checked against the file name it cites. */
function sourceIdFor(kind: 'national' | 'state', year: number, sourceText: string): string {
  const expected = kind === 'national' ? `national_M${year}_dl` : `state_M${year}_dl`;
  if (!sourceText.includes(expected)) {
    throw new Error(`source text does not name ${expected}: ${sourceText}`);
  }
  if (kind === 'national') return `bls-oews-${year}-national`;
  if (year === 2024) return 'bls-oews-2024-state';
  if (year === 2023) return 'bls-oews-2023-state-means';
  throw new Error(`no source id for state rows of ${year}`);
}

/** A CSV number cell as a number; blank as null. Only plain decimals are accepted, so nothing is reinterpreted. */
function num(cell: string | undefined, where: string): number | null {
  if (cell === undefined) throw new Error(`${where}: no such column`);
  if (cell === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`${where}: not a plain number: ${cell}`);
  return Number(cell);
}

function int(cell: string | undefined, where: string): number {
  const value = num(cell, where);
  if (value === null || !Number.isInteger(value)) throw new Error(`${where}: expected a whole number, got ${cell}`);
  return value;
}

function text(record: CsvRecord, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`no column ${column}`);
  return value;
}

/** The symbols the note records for blanked cells, by CSV column ("annual_p90 reported as #"). */
function reportedSymbols(note: string): Map<string, BlsSymbol> {
  const symbols = new Map<string, BlsSymbol>();
  for (const match of note.matchAll(/(\w+) reported as (\*\*|\*|#)/g)) {
    symbols.set(match[1] as string, match[2] as BlsSymbol);
  }
  return symbols;
}

function percentiles(record: CsvRecord, prefix: 'annual' | 'hourly', where: string): Percentiles {
  const entries = WAGE_FIELDS.map((field) => [field, num(record[`${prefix}_${field}`], `${where} ${prefix}_${field}`)]);
  return Object.fromEntries(entries) as Percentiles;
}

/** Explains every blank of employment and annual wages with the symbol the note gives for it. */
function explainBlanks(row: Pick<WageRow, 'oewsEmployment' | 'annual'>, note: string, where: string): Missing[] {
  const symbols = reportedSymbols(note);
  const missing: Missing[] = [];
  const blanks: [string, string][] = [];
  if (row.oewsEmployment === null) blanks.push(['employment', 'employment']);
  for (const field of WAGE_FIELDS) {
    if (row.annual[field] === null) blanks.push([`annual_${field}`, `annual.${field}`]);
  }
  for (const [column, field] of blanks) {
    const symbol = symbols.get(column);
    if (!symbol) throw new Error(`${where}: ${column} is blank and the note gives no BLS symbol`);
    missing.push({ field, symbol, meaning: MEANING[symbol], ...(symbol === '#' && field.startsWith('annual.') ? { atLeast: ANNUAL_TOP_CODE } : {}) });
    symbols.delete(column);
  }
  if (symbols.size > 0) throw new Error(`${where}: note reports symbols for filled cells: ${[...symbols.keys()].join(', ')}`);
  return missing;
}

function nationalRow(record: CsvRecord): WageRow {
  const soc = text(record, 'soc_code');
  const year = int(record.year, `${soc} year`);
  const where = `national ${soc} ${year}`;
  const partial = {
    oewsEmployment: num(record.employment, `${where} employment`),
    annual: percentiles(record, 'annual', where),
  };
  const hourly = percentiles(record, 'hourly', where);
  const note = text(record, 'note');
  const missing = explainBlanks(partial, note, where);
  if (WAGE_FIELDS.some((f) => hourly[f] === null)) throw new Error(`${where}: blank hourly figure in the national file`);
  return {
    soc,
    area: 'US',
    year,
    ...partial,
    hourly,
    missing,
    sourceIds: [sourceIdFor('national', year, text(record, 'source'))],
    ...(note ? { note } : {}),
  };
}

function stateRow(record: CsvRecord): WageRow {
  const soc = text(record, 'soc_code');
  const year = int(record.year, `${soc} year`);
  const area = text(record, 'state_code');
  const where = `state ${soc} ${year} ${area}`;
  const note = text(record, 'note');
  const partial = {
    oewsEmployment: num(record.employment, `${where} employment`),
    annual: percentiles(record, 'annual', where),
  };
  const sourceIds = [sourceIdFor('state', year, text(record, 'source'))];
  if (year === 2024) {
    // The stored state copy kept only the hourly median (and the employment PRSE), in the note.
    const hourlyMedian = /hourly median (\d+(?:\.\d+)?|\*)/.exec(note)?.[1];
    // PRSE is "**" where BLS publishes no employment estimate.
    const prse = /emp PRSE (\d+(?:\.\d+)?%|\*\*)/.exec(note)?.[1];
    if (!hourlyMedian || !prse) throw new Error(`${where}: note has no hourly median or employment PRSE`);
    const median = hourlyMedian === '*' ? null : Number(hourlyMedian);
    const hourly: Percentiles = { p10: null, p25: null, median, p75: null, p90: null, mean: null };
    const missing = explainBlanks(partial, note, where);
    for (const field of WAGE_FIELDS) {
      if (field === 'median' && median !== null) continue;
      missing.push(field === 'median' ? { field: 'hourly.median', symbol: '*', meaning: MEANING['*'] } : { field: `hourly.${field}`, symbol: 'not-collected', meaning: NOT_IN_2024_STATE_COPY });
    }
    return { soc, area, year, ...partial, hourly, ...(prse === '**' ? {} : { employmentPrse: Number(prse.slice(0, -1)) }), missing, sourceIds, note } as WageRow;
  }
  // May 2023 state rows come from a means-only extract (H_MEAN, A_MEAN); the note carries H_MEAN.
  const hourlyMean = /hourly mean (\d+(?:\.\d+)?)/.exec(note)?.[1];
  if (!hourlyMean) throw new Error(`${where}: note has no hourly mean`);
  const hourly: Percentiles = { p10: null, p25: null, median: null, p75: null, p90: null, mean: Number(hourlyMean) };
  const missing: Missing[] = [];
  if (partial.oewsEmployment !== null) throw new Error(`${where}: unexpected employment in the means-only extract`);
  missing.push({ field: 'employment', symbol: 'not-collected', meaning: NOT_IN_2023_EXTRACT });
  for (const prefix of ['annual', 'hourly'] as const) {
    const figures = prefix === 'annual' ? partial.annual : hourly;
    for (const field of WAGE_FIELDS) {
      if (field === 'mean') {
        if (figures.mean === null) throw new Error(`${where}: no ${prefix} mean`);
      } else {
        if (figures[field] !== null) throw new Error(`${where}: unexpected ${prefix}_${field} in the means-only extract`);
        missing.push({ field: `${prefix}.${field}`, symbol: 'not-collected', meaning: NOT_IN_2023_EXTRACT });
      }
    }
  }
  return { soc, area, year, ...partial, hourly, missing, sourceIds, note } as WageRow;
}

function projectionRow(record: CsvRecord): Projection {
  const soc = text(record, 'soc_code');
  const where = `projection ${soc}`;
  if (!text(record, 'source').includes('occupation.xlsx')) throw new Error(`${where}: source is not occupation.xlsx`);
  const percentChange = num(record.percent_change, `${where} percent_change`);
  const medianAnnualWage = num(record.median_annual_wage_2024, `${where} median wage`);
  if (percentChange === null || medianAnnualWage === null) throw new Error(`${where}: blank figure`);
  return {
    soc,
    baseYear: int(record.base_year, `${where} base_year`),
    projectedYear: int(record.projected_year, `${where} projected_year`),
    projectionsBaseEmployment: int(record.base_employment, `${where} base_employment`),
    projectionsProjectedEmployment: int(record.projected_employment, `${where} projected_employment`),
    employmentChange: int(record.employment_change, `${where} employment_change`),
    percentChange,
    annualOpenings: int(record.annual_openings, `${where} annual_openings`),
    medianAnnualWage,
    typicalEntryEducation: text(record, 'typical_entry_education'),
    sourceIds: ['bls-ep-2024-34'],
    note: text(record, 'note'),
  };
}

function occupationsFrom(national: CsvRecord[]): Occupation[] {
  const titles = new Map<string, string>();
  for (const record of national) {
    const soc = text(record, 'soc_code');
    const title = text(record, 'occupation');
    const seen = titles.get(soc);
    if (seen !== undefined && seen !== title) throw new Error(`${soc}: two titles, ${seen} and ${title}`);
    titles.set(soc, title);
  }
  return [...titles].map(([soc, title]) => ({ soc, title, sourceIds: ['bls-oews-2025-national', 'bls-oews-2024-national'] }));
}

function write<T>(file: string, schema: z.ZodMiniType<T>, rows: T[]): void {
  const parsed = z.array(schema).parse(rows);
  writeFileSync(join(import.meta.dirname, '..', file), `${JSON.stringify(parsed, null, 2)}\n`);
  console.log(`${file}: ${parsed.length} rows`);
}

const reference = process.argv[2];
if (!reference) {
  console.error('usage: node data/import/convert-bls.ts <reference folder>');
  process.exit(2);
}
const read = (name: string): CsvRecord[] => parseCsv(readFileSync(join(reference, 'wages', name), 'utf8'));
const national = read('oews_national.csv');

write('occupations.json', occupationSchema, occupationsFrom(national));
write('wages.json', wageRowSchema, [...national.map(nationalRow), ...read('oews_state.csv').map(stateRow)]);
write('projections.json', projectionSchema, read('projections.csv').map(projectionRow));

/**
 * The figures a state pay map shows (build time): one occupation's annual pay in each of the 50
 * states and DC for one May year, the same year for every state (the newest all of them have), with
 * the class breaks. A state without a published figure that year is null, never 0 and never an older year;
 * a state where BLS top-coded the wage (`#`) carries the top-code as a lower bound, not as a figure.
 */
import { dataset } from '../../data/index.ts';
import { STATE_CODES, type StateCode } from '../../data/area-codes.ts';
import { comparisonYear } from '../../functions/domain/salary.ts';
import { MAP_FIELDS, payBreaks, type MapField, type MapValue } from './pay-classes.ts';
import type { WageRow } from '../../data/schemas.ts';

/** One state on a map (its name is a word: the page's catalog gives it, site/i18n/area-names.ts). */
export interface StatePay {
  code: StateCode;
  /** Annual pay in dollars, or null where BLS published none that year. */
  value: number | null;
  /** Where BLS top-coded the wage (value null): the annual top-code it is at or above; else null. */
  atLeast: number | null;
}

/** The lower bound of a top-coded annual figure in a row (data/wages.json keeps BLS's top-code on the `#` entry), or null when the figure is not top-coded. */
function topCodeOf(row: WageRow | undefined, field: MapField): number | null {
  return row?.missing.find((m) => m.field === `annual.${field}` && m.symbol === '#')?.atLeast ?? null;
}

/** A state's figure as a map shows it: dollars, a lower bound, or null. */
export const mapValueOf = (state: StatePay): MapValue => (state.atLeast !== null ? { atLeast: state.atLeast } : state.value);

/** A map's figures. */
export interface PayMap {
  soc: string;
  field: MapField;
  /** The one May year of every state. */
  year: number;
  states: StatePay[];
  breaks: number[];
  sourceIds: string[];
}

/** The state rows of an occupation. */
const stateRows = (soc: string) => dataset.wages.filter((r) => r.soc === soc && r.area !== 'US');

/** An occupation's annual pay by state for one measure, in its states' shared newest year. */
export function payMapOf(soc: string, field: MapField = 'median'): PayMap {
  const rows = stateRows(soc);
  const year = comparisonYear(rows, STATE_CODES);
  if (year === undefined) throw new Error(`No year shared by every state for ${soc}`);
  const inYear = rows.filter((r) => r.year === year);
  const states = STATE_CODES.map((code) => {
    const row = inYear.find((r) => r.area === code);
    return { code, value: row?.annual[field] ?? null, atLeast: topCodeOf(row, field) };
  });
  return {
    soc,
    field,
    year,
    states,
    breaks: payBreaks(states.flatMap((s) => (s.value === null ? [] : [s.value]))),
    sourceIds: [...new Set(inYear.flatMap((r) => r.sourceIds))],
  };
}

/** What the salaries island recolors its map from: per occupation, its year and each measure's figures in STATE_CODES order. */
export interface PayMapFile {
  states: readonly StateCode[];
  socs: Record<string, { year: number; values: Record<MapField, MapValue[]> }>;
}

/** Every occupation's state pay maps, for /maps/pay.json. */
export function payMapFile(): PayMapFile {
  const socs: PayMapFile['socs'] = {};
  for (const { soc } of dataset.occupations) {
    if (stateRows(soc).length === 0) continue;
    const maps = MAP_FIELDS.map((field) => payMapOf(soc, field));
    socs[soc] = { year: maps[0]!.year, values: Object.fromEntries(maps.map((m) => [m.field, m.states.map(mapValueOf)])) as Record<MapField, MapValue[]> };
  }
  return { states: STATE_CODES, socs };
}

/**
 * Areas (pure): the nation, a state (USPS code) or a metro area (5-digit CBSA code). One parser for
 * every route and island; which kinds of area the dataset has wages for is said here, once.
 * Imports only data/area-codes.ts, so an island may use it without bundling zod.
 */
import { NATION_CODE, STATE_CODES, type StateCode } from '../../data/area-codes.ts';
import type { AreaCode } from '../../data/schemas.ts';

/** The kinds of area the API can name. */
export const AREA_KINDS = ['nation', 'state', 'metro'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** An area as parsed: its kind and its canonical code (US, TX, 12420). */
export type Area = { kind: 'nation'; code: typeof NATION_CODE } | { kind: 'state'; code: StateCode } | { kind: 'metro'; code: string };

/** The kinds the dataset has wages for; metro areas are representable, but no metro data exists yet. */
export const WAGE_AREA_KINDS = ['nation', 'state'] as const satisfies readonly AreaKind[];
/** An area with published wages: its code is a data/ area code. */
export type WageArea = Extract<Area, { kind: (typeof WAGE_AREA_KINDS)[number] }>;

/** A metro area's code: the 5-digit CBSA code (e.g. 12420 for Austin). */
export const METRO_CODE = /^\d{5}$/;

const STATES: ReadonlySet<string> = new Set(STATE_CODES);

/** Read an area as a person or a link writes it (case and surrounding spaces do not matter); undefined when it is none. */
export function parseArea(text: string): Area | undefined {
  const code = text.trim().toUpperCase();
  if (code === NATION_CODE) return { kind: 'nation', code };
  if (STATES.has(code)) return { kind: 'state', code: code as StateCode };
  if (METRO_CODE.test(code)) return { kind: 'metro', code };
  return undefined;
}

/** Does the dataset carry wages for this kind of area? */
export const hasWages = (area: Area): area is WageArea => (WAGE_AREA_KINDS as readonly AreaKind[]).includes(area.kind);

/** The area with wages a text names, or undefined (an island reading its address falls back to its default). */
export function parseWageArea(text: string): WageArea | undefined {
  const area = parseArea(text);
  return area && hasWages(area) ? area : undefined;
}

/** Each area's name in English: the name the API answers with (areaName) and the English catalog's (site/i18n/en/areas.ts). */
export const AREA_NAMES: Readonly<Record<AreaCode, string>> = {
  US: 'United States',
  AK: 'Alaska', AL: 'Alabama', AR: 'Arkansas', AZ: 'Arizona', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DC: 'District of Columbia', DE: 'Delaware', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', IA: 'Iowa', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', MA: 'Massachusetts', MD: 'Maryland', ME: 'Maine', MI: 'Michigan', MN: 'Minnesota',
  MO: 'Missouri', MS: 'Mississippi', MT: 'Montana', NC: 'North Carolina', ND: 'North Dakota',
  NE: 'Nebraska', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NV: 'Nevada', NY: 'New York',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia', VT: 'Vermont',
  WA: 'Washington', WI: 'Wisconsin', WV: 'West Virginia', WY: 'Wyoming',
};

/**
 * The areas with wages: US first, then the states in alphabetical order of their English names (the API's
 * order; a page lists them in its own language's order, site/i18n/area-names.ts). Marked pure, so an island
 * that only parses areas bundles neither this list nor the English names.
 */
export const AREA_CODES: readonly AreaCode[] = /* @__PURE__ */ (() => [
  NATION_CODE,
  // The names are plain ASCII and distinct, so code-unit order is their alphabetical order (the same as
  // localeCompare) without starting ICU's collator at import: about 6 ms of every Lambda cold start.
  ...[...STATE_CODES].sort((a, b) => (AREA_NAMES[a] > AREA_NAMES[b] ? 1 : -1)),
])();

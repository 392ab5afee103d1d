/**
 * The areas' names by locale, and the order a locale lists them in, for pages (build time) and the API's
 * guides. An island gets its page's names from its props, so it bundles neither language's list.
 */
import type { AreaCode } from '../../data/schemas.ts';
import { AREA_CODES } from '../../functions/domain/areas.ts';
import { areas as enAreas } from './en/areas.ts';
import { areas as esAreas } from './es/areas.ts';
import { formatTag, type Locale } from './locale.ts';

/** Each area's name, by code; the English names' type is the contract every locale satisfies. */
export type AreaNames = typeof enAreas;
const NAMES: Record<Locale, AreaNames> = { en: enAreas, es: esAreas };

/** The areas' names in a locale. */
export const areaNames = (locale: Locale): AreaNames => NAMES[locale];

const ORDER = new Map<Locale, readonly AreaCode[]>();

/** Every area with wages as a locale lists them: the nation first, then the states by name in the locale's alphabetical order. */
export function areaCodesIn(locale: Locale): readonly AreaCode[] {
  let order = ORDER.get(locale);
  if (!order) {
    const [nation, ...states] = AREA_CODES;
    const names = NAMES[locale];
    const collator = new Intl.Collator(formatTag(locale));
    order = [nation!, ...states.sort((a, b) => collator.compare(names[a], names[b]))];
    ORDER.set(locale, order);
  }
  return order;
}

/** [code, name] of every area with wages, in the locale's order: what a page gives an island's area lists. */
export const areaOptions = (locale: Locale): [AreaCode, string][] => areaCodesIn(locale).map((code) => [code, NAMES[locale][code]]);

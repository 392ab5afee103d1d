/**
 * The areas' names in English: the names the API answers with and data/ uses (functions/domain/areas.ts
 * keeps them, so routes and the domain name an area without the site's catalogs), given here as the
 * English catalog's words. Their type is the contract every locale's names satisfy.
 */
import type { AreaCode } from '../../../data/schemas.ts';
import { AREA_NAMES } from '../../../functions/domain/areas.ts';

/** Each area's name in English, by code. */
export const areas: Readonly<Record<AreaCode, string>> = AREA_NAMES;

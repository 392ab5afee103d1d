/** Labels pages and islands share by locale (an island imports only its own groups, so it bundles no other page's words). */
import { common as enCommon } from './en/common.ts';
import { common as esCommon } from './es/common.ts';
import type { Locale } from './locale.ts';

/** Labels pages and islands share; the English group's type is the contract every locale satisfies. */
export type CommonMessages = typeof enCommon;
const COMMON: Record<Locale, CommonMessages> = { en: enCommon, es: esCommon };

/** The shared messages in a locale. */
export const commonMessages = (locale: Locale): CommonMessages => COMMON[locale];

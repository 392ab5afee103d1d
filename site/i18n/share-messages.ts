/** The share images' words by locale (build time). */
import { share as enShare } from './en/share.ts';
import { share as esShare } from './es/share.ts';
import type { Locale } from './locale.ts';

/** Share image words; the English group's type is the contract every locale satisfies. */
export type ShareMessages = typeof enShare;
const SHARE: Record<Locale, ShareMessages> = { en: enShare, es: esShare };

/** Share image words in a locale. */
export const shareMessages = (locale: Locale): ShareMessages => SHARE[locale];

/** The guide islands' messages by locale (an island imports only its own groups, so it bundles no other page's words). */
import { guides as enGuides } from './en/guides.ts';
import { guides as esGuides } from './es/guides.ts';
import type { Locale } from './locale.ts';

/** The guide islands' messages; the English group's type is the contract every locale satisfies. */
export type GuidesMessages = typeof enGuides;
const GUIDES: Record<Locale, GuidesMessages> = { en: enGuides, es: esGuides };

/** The guide islands' messages in a locale. */
export const guidesMessages = (locale: Locale): GuidesMessages => GUIDES[locale];

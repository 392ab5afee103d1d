/** The shared source components' words by locale (build time). */
import { sources as enSources } from './en/sources.ts';
import { sources as esSources } from './es/sources.ts';
import type { Locale } from './locale.ts';

/** Source words; the English group's type is the contract every locale satisfies. */
export type SourcesMessages = typeof enSources;
const SOURCES: Record<Locale, SourcesMessages> = { en: enSources, es: esSources };

/** Source words in a locale. */
export const sourcesMessages = (locale: Locale): SourcesMessages => SOURCES[locale];

/** The glossary's words by locale (build time only: the pages that use them ship no JavaScript). */
import { glossary as enGlossary } from './en/glossary.ts';
import { glossary as esGlossary } from './es/glossary.ts';
import type { Locale } from './locale.ts';

/** The glossary's words; the English group's type is the contract every locale satisfies. */
export type GlossaryMessages = typeof enGlossary;
const GLOSSARY: Record<Locale, GlossaryMessages> = { en: enGlossary, es: esGlossary };

/** The glossary's words in a locale. */
export const glossaryMessages = (locale: Locale): GlossaryMessages => GLOSSARY[locale];

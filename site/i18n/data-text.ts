/**
 * Words written in data/ (role summaries and duties, credential notes, code-set descriptions…) in a
 * locale. Data is one set for every language: ids, figures, dates and sources are the same objects on
 * both languages' pages, and a page passes each English text it shows through `dataText(locale)`.
 * A Spanish table maps each English text to its Spanish; keyed by the English itself, so a text
 * changed in data/ stops matching and `tests/data/spanish-data-text.test.ts` names it until it is
 * translated again. Quoted evidence (a source's own words) is not translated: it is shown in its
 * language, marked `lang="en"`.
 */
import type { Locale } from './locale.ts';
import { ES_DATA_TEXT } from './es/data/index.ts';
import { wordsOf, type DataTextTable } from './data-text-table.ts';

/** English text of a data field → its text in one language (declared in data-text-table.ts). */
export type { DataTextTable } from './data-text-table.ts';

const TABLES: Record<Exclude<Locale, 'en'>, DataTextTable> = { es: ES_DATA_TEXT };

/** The translation of a data text into a locale; the English itself in English, or where the table has none (the test above fails on those). */
export function dataText(locale: Locale): (english: string) => string {
  return locale === 'en' ? (english) => english : wordsOf(TABLES[locale]);
}

/** Whether a locale's table has a translation of a data text (for the completeness test). */
export const hasDataText = (locale: Exclude<Locale, 'en'>, english: string): boolean => Object.hasOwn(TABLES[locale], english);

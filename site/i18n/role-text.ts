/**
 * The words of data/roles.json (role titles, summaries, duties) in a locale: `dataText` over the roles
 * table alone, for code that shows roles and nothing else of data/ and should not carry every data text
 * (the guides Lambda, whose bundle would otherwise take every Spanish table). Same tables, same answers
 * as `dataText(locale)` for these texts.
 */
import { wordsOf, type DataTextTable } from './data-text-table.ts';
import type { Locale } from './locale.ts';
import { rolesText } from './es/data/roles.ts';

const TABLES: Record<Exclude<Locale, 'en'>, DataTextTable> = { es: rolesText };

/** The translation of a role's text into a locale; the English itself in English, or where the table has none. */
export function roleText(locale: Locale): (english: string) => string {
  return locale === 'en' ? (english) => english : wordsOf(TABLES[locale]);
}

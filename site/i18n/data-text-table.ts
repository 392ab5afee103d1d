/**
 * The shape of a locale's data-text table, and how a record's words are put through one: apart from
 * site/i18n/data-text.ts (which imports every table) so the tables, and the plans Lambda, can use
 * them without an import circle or bundling a table.
 */

/** English text of a data field → its text in one language. */
export type DataTextTable = Readonly<Record<string, string>>;

/** A table as a function: a text's translation, or the English itself where the table has none. */
export const wordsOf =
  (table: DataTextTable) =>
  (english: string): string =>
    table[english] ?? english;

/**
 * Whether a string is a code (an id, slug or enum value such as "coding", "pay-again", "at-most"):
 * one lowercase word, never translated even where a table happens to hold the same English word.
 */
const isCode = (s: string) => /^[a-z0-9#*_.:/-]*$/.test(s);

/** A value with every string that is not a code passed through `words`; ids, figures, dates and codes stay the same values. */
export function translatedStrings<T>(value: T, words: (english: string) => string): T {
  if (typeof value === 'string') return (isCode(value) ? value : words(value)) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => translatedStrings(v, words)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translatedStrings(v, words)])) as T;
  return value;
}

/** A value's words through a table: each string the table translates replaced, the rest as it is. */
const throughTable = <T>(value: T, table: DataTextTable): T => translatedStrings(value, wordsOf(table));

/** Each table's translated records, by the English record. */
const translatedRecords = new WeakMap<DataTextTable, WeakMap<object, unknown>>();

/**
 * A record through a table, remembered: the API's records come from the reference cache or the bundle
 * (the same objects for as long as the dataset), so each is translated once per table, not per request.
 */
export function throughTableOnce<T extends object>(value: T, table: DataTextTable): T {
  let records = translatedRecords.get(table);
  if (!records) translatedRecords.set(table, (records = new WeakMap()));
  let words = records.get(value) as T | undefined;
  if (!words) records.set(value, (words = throughTable(value, table)));
  return words;
}

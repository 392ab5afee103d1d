/** The shape of a locale's data-text table, apart from site/i18n/data-text.ts so the tables can name it without an import circle. */

/** English text of a data field → its text in one language. */
export type DataTextTable = Readonly<Record<string, string>>;

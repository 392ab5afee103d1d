/** Spanish words of the shared source components: "Fuente:" lines, source lists, the article link and SOC codes. */
import type { sources as english } from '../en/sources.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_DATE = new RegExp(`\\b(${MONTHS.join('|')})(?: (\\d{1,2}),)? (\\d{4})\\b`, 'g');
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A source's date as data writes it, in Spanish: "May 2025" → "mayo de 2025", "October 29, 2020 (date
 * in the address)" → "29 de octubre de 2020 (fecha en la dirección web)"; "SOC 2018" and "2024–34" as they are.
 */
const vintageEs = (text: string) =>
  text
    .replace(ENGLISH_DATE, (_, month: string, day: string | undefined, year: string) => {
      const ym = `${year}-${pad(MONTHS.indexOf(month) + 1)}`;
      return day ? f.longDate(`${ym}-${pad(day)}`) : f.partialDate(ym, 'long');
    })
    .replace(' (date in the address)', ' (fecha en la dirección web)');

/** The source components in Spanish. */
export const sources: typeof english = {
  /** The label before one source or a list of them. */
  label: (count: number) => (count > 1 ? 'Fuentes' : 'Fuente'),
  /** "U.S. Bureau of Labor Statistics, mayo de 2025", or "…, consultada el 26 de noviembre de 2026" for a page read on a day. */
  detail: (publisher: string, vintage: string | undefined, seen: string | undefined) =>
    `${publisher}${vintage ? `, ${vintageEs(vintage)}` : seen ? `, consultada el ${f.longDate(seen)}` : ''}`,
  /** A source's date as data writes it, in Spanish ("mayo de 2025"). */
  vintage: vintageEs,
  /** "consultada el 26 de noviembre de 2026" in a source list. */
  read: (seen: string) => `consultada el ${f.longDate(seen)}`,
  /** The article link's text when none is given. */
  article: 'el artículo de origen',
  /** How the article is dated: it carries no date of its own. */
  articleUndated: 'sin fecha',
  articleDatedByAddress: (date: string) => `sin fecha; su dirección web incluye ${vintageEs(date)}`,
  /** "SOC 29-2072" */
  soc: (code: string) => `SOC ${code}`,
};

/** English words of the shared source components: "Source:" lines, source lists, the article link and SOC codes. */
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** The source components in English. */
export const sources = {
  /** The label before one source or a list of them. */
  label: (count: number): string => (count > 1 ? 'Sources' : 'Source'),
  /** "U.S. Bureau of Labor Statistics, May 2025", or "…, read November 26, 2026" for a page read on a day. */
  detail: (publisher: string, vintage: string | undefined, seen: string | undefined) => `${publisher}${vintage ? `, ${vintage}` : seen ? `, read ${f.longDate(seen)}` : ''}`,
  /** "read November 26, 2026" in a source list. */
  /** A source's date as data writes it ("May 2025", "SOC 2018"): English as it is. */
  vintage: (text: string) => text,
  read: (seen: string) => `read ${f.longDate(seen)}`,
  /** The article link's text when none is given. */
  article: 'the source article',
  /** How the article is dated: it carries no date of its own. */
  articleUndated: 'undated',
  articleDatedByAddress: (date: string) => `undated; its web address carries ${date}`,
  /** "SOC 29-2072" */
  soc: (code: string) => `SOC ${code}`,
};

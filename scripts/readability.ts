/**
 * How hard a page's words are to read: Flesch–Kincaid grade for English, Fernández-Huerta ease for
 * Spanish, over the text of `<main>` with tables left out (figures in cells are not prose). Used by
 * `npm run bench` (one row per page) and by the build test that holds pages to grade 8.
 *
 * The rules, so a figure can be checked by hand:
 * - Left out: tables, scripts, SVG, hidden elements, the options of a `<select>` (a list of names is
 *   not prose), citations marked `data-cite` (others' document titles, publishers, dates read) and
 *   proper names marked `translate="no"` (program and school names: not this site's prose, and not
 *   translated either).
 * - Blocks: each heading, paragraph, list item, term, definition, caption, label, legend, summary,
 *   button and table-less `div` text run is read separately; a block ends a sentence even without a
 *   full stop (a heading or a list item is read as one).
 * - Sentences inside a block end at `.`, `!`, `?` or `…` followed by a space; abbreviations such as
 *   "U.S.", "e.g." and "Ms." do not end one.
 * - Words are runs of letters (with inner ' or -); tokens with no letter ("$51,420", "2024", "29-2072")
 *   are not counted: the grade measures the words around the figures, not the figures.
 * - Syllables: English by vowel groups with the silent final -e, -es and -ed dropped (the usual
 *   heuristic, within about one syllable a word of a dictionary count); Spanish by vowel groups with
 *   diphthongs of a weak vowel (i, u, ü, y) counted once.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export const fleschKincaid = (words: number, sentences: number, syllables: number) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

/** Fernández-Huerta ease (Spanish, 0–100, higher is easier; 70–80 "bastante fácil", about grade 7–8): 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words (Fernández Huerta 1959, with the 1.02 sentence weight of its usual correction). */
export const fernandezHuerta = (words: number, sentences: number, syllables: number) => 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * ((100 * sentences) / words);

/** English syllables in one word, by vowel groups (silent final e, -es, -ed dropped; at least one). */
export function syllablesEn(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Spanish syllables in one word: in each run of vowels every strong vowel (a, e, o, or an accented í, ú: a hiatus) is a nucleus, and weak vowels (i, u, ü, a final y) join a neighbour; a run of weak vowels alone is one. */
export function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/y$/, 'i');
  const runs = w.match(/[aeiouáéíóúü]+/g) ?? [];
  return Math.max(1, runs.reduce((n, run) => n + Math.max(1, run.match(/[aeoáéíóú]/g)?.length ?? 0), 0));
}

const ABBREVIATIONS = /\b(?:U\.S|e\.g|i\.e|etc|vs|Ms|Mr|Mrs|Dr|No|St|Jr|Inc|a\.m|p\.m|approx|Ave|Dept)\.$/i;

/** The sentences of one block of text. */
export function sentencesOf(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of block.matchAll(/[.!?…]+["”’)]?(?=\s|$)/g)) {
    const end = m.index + m[0].length;
    const candidate = block.slice(start, end);
    if (ABBREVIATIONS.test(candidate.trimEnd())) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = block.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out.filter((s) => wordsOf(s).length > 0);
}

/** The words of a text: runs of letters (with inner apostrophes or hyphens); figures are not words. */
export const wordsOf = (text: string) => text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', times: '×' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (DECODE[e.toLowerCase()] ?? whole),
  );

const BLOCK_TAGS = 'h1|h2|h3|h4|h5|h6|p|li|dt|dd|figcaption|caption|label|legend|summary|button|blockquote|div|section|article|header|footer|aside|nav|form|fieldset|ul|ol|dl|figure|details|br';

/** The prose blocks of a page's `<main>`: tables, scripts, styles, templates, hidden and SVG text left out. */
export function mainBlocks(html: string): string[] {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
  const prose = main
    .replace(/<(script|style|template|table|svg|noscript|select|datalist)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(\w+)\b[^>]*\b(?:hidden|data-cite|translate="no")[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return prose
    .split(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'i'))
    // Inline tags part words as a browser's layout may (a badge's spans, a ladder box's lines).
    .map((chunk) => decode(chunk.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1').trim())
    .filter((b) => wordsOf(b).length > 0);
}

/** A page's reading figures. */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Words per sentence. */
  wordsPerSentence: number;
  /** Flesch–Kincaid grade (English) or Fernández-Huerta ease (Spanish). */
  score: number;
  formula: 'flesch-kincaid-grade' | 'fernandez-huerta-ease';
}

/** The reading figures of prose blocks in a language. */
export function readability(blocks: readonly string[], language: 'en' | 'es' = 'en'): Readability {
  const sentences = blocks.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((n, w) => n + (language === 'es' ? syllablesEs(w) : syllablesEn(w)), 0);
  const count = Math.max(1, sentences.length);
  const wordCount = Math.max(1, words.length);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    wordsPerSentence: words.length / count,
    score: language === 'es' ? fernandezHuerta(wordCount, count, syllables) : fleschKincaid(wordCount, count, syllables),
    formula: language === 'es' ? 'fernandez-huerta-ease' : 'flesch-kincaid-grade',
  };
}

/** The bar a page's English text is held to: grade ≤ 8 and ≤ 15 words a sentence; the methodology may reach grade 10 where it names statistical terms (each explained in one plain sentence). */
export function readingBar(path: string): { grade: number; wordsPerSentence: number } {
  return { grade: path.startsWith('/methodology/') ? 10 : 8, wordsPerSentence: 15 };
}

/** Every built page's reading figures, by URL path (English pages; Spanish ones under /es/ with their formula). */
export function siteReadability(siteDir: string): { page: string; language: 'en' | 'es'; readability: Readability; bar: ReturnType<typeof readingBar>; ok: boolean }[] {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  return files
    .map((file) => {
      const page = '/' + relative(siteDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
      const language = page.startsWith('/es/') ? ('es' as const) : ('en' as const);
      const r = readability(mainBlocks(readFileSync(file, 'utf8')), language);
      const bar = readingBar(page);
      // Spanish: Fernández-Huerta ease of at least 70 ("bastante fácil") stands for about grade 8.
      const ok = language === 'es' ? r.score >= 70 && r.wordsPerSentence <= bar.wordsPerSentence : r.score <= bar.grade && r.wordsPerSentence <= bar.wordsPerSentence;
      return { page, language, readability: r, bar, ok };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

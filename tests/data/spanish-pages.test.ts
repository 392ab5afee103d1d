/**
 * Spanish everywhere (issue 16), held by the build: every English page has its Spanish page at the same
 * path after /es and back; each says its language (`<html lang>`, hreflang alternates both ways and
 * x-default, Open Graph locale) and is in the sitemap; and no /es/ page carries an English sentence
 * of the English catalog or of data/ — only proper names, kept in English on purpose and marked
 * (`translate="no"`, `lang="en"`, citations `data-cite`), or kept the same by the Spanish catalog itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataTexts } from '../../site/i18n/data-text-fields.ts';
import { dataText } from '../../site/i18n/data-text.ts';
import { en } from '../../site/i18n/en.ts';
import { es } from '../../site/i18n/es.ts';
import { TERMS } from '../../site/i18n/es/terms.ts';
import { builtPages, decodeEntities, SITE_DIR } from './built-pages.ts';

const pages = builtPages().filter((p) => !p.path.endsWith('/404/') && p.path !== '/404.html');
const english = pages.filter((p) => !p.path.startsWith('/es/')).map((p) => p.path);
const spanish = pages.filter((p) => p.path.startsWith('/es/')).map((p) => p.path);
const htmlOf = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');

/** Every string leaf of a catalog, by its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** A sentence worth looking for: four words or more with a lowercase word among them (not a name or a code alone). */
const isSentence = (s: string) => s.trim().split(/\s+/).length >= 4 && /\b[a-z]{3,}\b/.test(s);

const spanishLeaves = new Map(leaves(es));
const translateData = dataText('es');
/** English sentences that must not appear on a Spanish page, each with where it comes from. */
const ENGLISH_SENTENCES: { from: string; text: string }[] = [
  // A catalog string the Spanish catalog keeps word for word is a proper name by the translator's choice.
  ...leaves(en).flatMap(([path, text]) => (isSentence(text) && spanishLeaves.get(path) !== text ? [{ from: `catalog ${path}`, text: text.trim() }] : [])),
  ...dataTexts().flatMap((t) => (isSentence(t.text) && !t.properName && translateData(t.text) !== t.text ? [{ from: `${t.file} ${t.field}`, text: t.text }] : [])),
];

/** A page's text as a reader gets it, without what is marked as kept in its own language. */
function spanishText(html: string): string {
  let rest = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<head>[\s\S]*?<\/head>/i, ' ');
  // Drop elements marked as another language, names, or citations (innermost first, so nesting unwinds).
  const marked = /<(\w+)\b[^>]*\s(?:lang="en"|translate="no"|data-cite)[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/i;
  for (let guard = 0; marked.test(rest) && guard < 5000; guard++) rest = rest.replace(marked, ' ');
  return decodeEntities(rest.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

describe('the Spanish site', () => {
  it('has the pages to compare', () => {
    expect(english.length).toBeGreaterThan(30);
    expect(ENGLISH_SENTENCES.length).toBeGreaterThan(500);
  });

  it('has a Spanish page for every English page, and an English page for every Spanish one', () => {
    expect(spanish.map((p) => p.slice('/es'.length)).sort()).toEqual([...english].sort());
  });

  it.each(english)('%s and its Spanish page say their language and point to each other', (path) => {
    const site = 'http://localhost:4321';
    for (const [lang, own, other] of [
      ['en', path, `/es${path}`],
      ['es', `/es${path}`, path],
    ] as const) {
      const html = htmlOf(own);
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(html).toContain(`<link rel="alternate" hreflang="${lang === 'en' ? 'es' : 'en'}" href="${site}${other}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="${site}${own}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${site}${path}">`);
      expect(html).toContain(`<meta property="og:locale" content="${lang}_US">`);
      expect(html).toMatch(new RegExp(`<a class="lang-switch" href="${other.replace(/[.?]/g, '\\$&')}" hreflang="${lang === 'en' ? 'es' : 'en'}"`));
    }
  });

  it('lists every page in both languages in the sitemap, each with its alternates', () => {
    const sitemap = readFileSync(join(SITE_DIR, 'sitemap.xml'), 'utf8');
    for (const path of [...english, ...spanish]) expect(sitemap).toContain(`<loc>http://localhost:4321${path}</loc>`);
    expect(sitemap.match(/hreflang="x-default"/g)?.length).toBe(english.length + spanish.length);
  });

  it('finds an English sentence on a page that has one, so the check below can fail', () => {
    const sentence = ENGLISH_SENTENCES.find((s) => s.from.startsWith('catalog roles.'))!;
    expect(spanishText(`<main><p>Hola. ${sentence.text}</p></main>`)).toContain(sentence.text);
    expect(spanishText(`<main><p>Hola. <span lang="en">${sentence.text}</span></p></main>`)).not.toContain(sentence.text);
  });

  it.each(spanish)('%s has no English sentence from the catalog or data/', (path) => {
    const text = spanishText(htmlOf(path));
    const found = ENGLISH_SENTENCES.filter((s) => text.includes(s.text)).map((s) => `${s.from}: ${s.text}`);
    expect(found).toEqual([]);
  });

  it.each(spanish)('%s uses the Spanish terms of site/i18n/es/terms.ts, never their variants', (path) => {
    const text = spanishText(htmlOf(path));
    const variants = TERMS.flatMap((t) => (t.avoid ?? []).filter((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text)));
    expect(variants).toEqual([]);
  });
});

/**
 * Plain language (issue 18), held by the build: every built English page reads within its bar
 * (scripts/readability.ts: Flesch–Kincaid grade ≤ 8 and ≤ 15 words a sentence; /methodology/ ≤ 10),
 * and every glossary link on any page lands on an entry of /glossary/. Runs on dist/site, after `astro build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { siteReadability } from '../../scripts/readability.ts';
import { glossary } from '../../site/i18n/en/glossary.ts';
import { GLOSSARY_GROUPS } from '../../site/pages/[...locale]/glossary/_terms.ts';
import { builtPages, SITE_DIR } from './built-pages.ts';

const pages = siteReadability(SITE_DIR).filter((p) => p.language === 'en');
const figures = (p: (typeof pages)[number]) => `grade ${p.readability.score.toFixed(2)}, ${p.readability.wordsPerSentence.toFixed(1)} words a sentence (bar: grade ${p.bar.grade}, ${p.bar.wordsPerSentence} words)`;

describe('reading level of the built English pages', () => {
  it('has the pages to measure, the glossary among them', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.map((p) => p.page)).toContain('/glossary/');
  });

  it.each(pages.map((p) => [p.page, p] as const))('%s reads within its bar', (_page, p) => {
    expect(p.ok, figures(p)).toBe(true);
  });
});

/**
 * Spanish pages (issue 16: "plain language, short sentences") are held to the English pages' 15 words a
 * sentence, and to a Fernández-Huerta ease of at least 50 (not "difícil"). The bench reports each page
 * against the aim of 70 ("bastante fácil"): the field's everyday Spanish words are long (facturación,
 * codificación: four and five syllables), so pages whose text is mostly role titles and labels score
 * between 50 and 70 even where every sentence is short.
 */
const SPANISH_FLOOR = 50;
const spanishPages = siteReadability(SITE_DIR).filter((p) => p.language === 'es');

describe('reading level of the built Spanish pages', () => {
  it('measures every Spanish page with the Spanish formula', () => {
    expect(spanishPages.length).toBe(pages.length);
    expect(new Set(spanishPages.map((p) => p.readability.formula))).toEqual(new Set(['fernandez-huerta-ease']));
  });

  it.each(spanishPages.map((p) => [p.page, p] as const))('%s keeps its sentences short and its ease above the floor', (_page, p) => {
    const figure = `ease ${p.readability.score.toFixed(1)}, ${p.readability.wordsPerSentence.toFixed(1)} words a sentence`;
    expect(p.readability.wordsPerSentence, figure).toBeLessThanOrEqual(p.bar.wordsPerSentence);
    expect(p.readability.score, figure).toBeGreaterThanOrEqual(SPANISH_FLOOR);
  });
});

const glossaryHtml = readFileSync(join(SITE_DIR, 'glossary', 'index.html'), 'utf8');
const anchors = new Set([...glossaryHtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('the glossary', () => {
  it.each(builtPages().map((p) => p.path))('every glossary link on %s lands on an entry', (path) => {
    const file = join(SITE_DIR, path.endsWith('.html') ? path : `${path}index.html`);
    const linked = [...readFileSync(file, 'utf8').matchAll(/href="\/glossary\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(linked.filter((id) => !anchors.has(id))).toEqual([]);
  });

  it('has an entry, with an anchor, for each technical word the site uses', () => {
    const required = ['percentile', 'median', 'oews', 'bls', 'soc', 'icd-10-cm', 'icd-10-pcs', 'cpt', 'hcpcs', 'modifier', 'claim', 'cms-1500', 'ub-04', 'hipaa', 'cpc', 'cpc-a', 'cca', 'ccs', 'rhit', 'ceu', 'aapc', 'ahima', 'accreditation', 'etpl', 'voucher', 'payback', 'proctored'];
    expect(required.filter((id) => !anchors.has(id))).toEqual([]);
  });

  it('places every entry of the catalog on the page once, each source one data/sources.json holds', () => {
    const placed = GLOSSARY_GROUPS.flatMap((g) => g.terms.map((t) => t.id));
    expect([...placed].sort()).toEqual(Object.keys(glossary.terms).sort());
    const known = new Set(dataset.sources.map((s) => s.id));
    expect(GLOSSARY_GROUPS.flatMap((g) => g.terms.flatMap((t) => t.sourceIds)).filter((id) => !known.has(id))).toEqual([]);
  });

  it('is a content page: no script, and within 14 KB of gzipped HTML and CSS', () => {
    expect(glossaryHtml.match(/<script(?![^>]*application\/ld\+json)/g) ?? []).toEqual([]);
    const css = [...glossaryHtml.matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(SITE_DIR, m[1]!)));
    expect(gzipSync(Buffer.concat([Buffer.from(glossaryHtml), ...css]), { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});

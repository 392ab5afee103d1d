/**
 * Area names on Spanish pages, as built (after `astro build`): the salary explorer, each role page and the
 * guide builder name every state in Spanish (site/i18n/es/areas.ts) in what a reader sees, in the map's
 * titles and in what the page gives its island or script, and never by an English name Spanish writes
 * differently ("New York", "North Carolina"), except inside an element marked English (`lang="en"`) or in
 * a provider's or program's name ("New Jersey City University").
 * The English pages keep the English names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../data/area-codes.ts';
import { dataset } from '../../data/index.ts';
import { areaNames } from '../../site/i18n/area-names.ts';
import { formatTag } from '../../site/i18n/locale.ts';
import { decodeEntities, SITE_DIR } from './built-pages.ts';

const es = areaNames('es');
const en = areaNames('en');
/** The areas whose Spanish name is not the English one (Nueva York, Carolina del Norte, Estados Unidos, …). */
const RENAMED = (Object.keys(es) as (keyof typeof es)[]).filter((code) => es[code] !== en[code]);

/** The providers' and programs' names: proper names, kept as written in every language, some with a state's English name in them. */
const PROPER_NAMES = [...new Set(dataset.programs.flatMap((p) => [p.provider, p.name]))].sort((a, b) => b.length - a.length);

/** A page's markup after `<body>`, attributes and island props included, entities decoded, without elements marked English or proper names. */
function spanishMarkupOf(html: string): string {
  let rest = html.replace(/^[\s\S]*?<body\b/i, '<body');
  const english = /<(\w+)\b[^>]*\slang="en"[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/i;
  for (let guard = 0; english.test(rest) && guard < 5000; guard++) rest = rest.replace(english, ' ');
  return PROPER_NAMES.reduce((text, name) => text.replaceAll(name, ' '), decodeEntities(decodeEntities(rest)));
}

const spanishMarkup = (path: string) => spanishMarkupOf(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'));
/** The English names of renamed areas a page's markup has. */
const englishNamesIn = (markup: string) => RENAMED.filter((code) => markup.includes(en[code])).map((code) => en[code]);

/** The `<title>` of each state on a page's pay map. */
const mapTitles = (markup: string) => [...(/<svg class="pm-map"[\s\S]*?<\/svg>/.exec(markup)?.[0] ?? '').matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);

const SPANISH_PAGES = ['/es/salaries/', '/es/guides/new/', ...dataset.roles.map((r) => `/es/roles/${r.slug}/`)];

describe('the areas renamed in Spanish', () => {
  it('include the ones the check below looks for', () => {
    expect(RENAMED).toEqual(expect.arrayContaining(['US', 'NY', 'NC', 'DC', 'PA', 'HI', 'WV']));
  });

  it('are found by the check when a page has one unmarked, and not when it is marked English', () => {
    expect(englishNamesIn(spanishMarkupOf('<head><title>New York</title></head><body><p>Codificador en New York</p></body>'))).toEqual(['New York']);
    expect(englishNamesIn(spanishMarkupOf('<body><p>Codificador en Nueva York, <span lang="en">Utica, New York</span></p></body>'))).toEqual([]);
    expect(englishNamesIn(spanishMarkupOf('<body><p title="North Carolina">Carolina del Norte</p></body>'))).toEqual(['North Carolina']);
  });
});

describe.each(SPANISH_PAGES)('the Spanish page %s', (path) => {
  const markup = spanishMarkup(path);

  it('never names an area by an English name Spanish writes differently, outside an element marked English', () => {
    expect(englishNamesIn(markup)).toEqual([]);
  });

  it('names New York and North Carolina in Spanish', () => {
    expect(markup).toContain('Nueva York');
    expect(markup).toContain('Carolina del Norte');
  });
});

describe.each(['/es/salaries/', `/es/roles/${dataset.roles[0]!.slug}/`])('the state map of %s', (path) => {
  it('titles each of the 51 areas with its Spanish name', () => {
    const titles = mapTitles(spanishMarkup(path));
    for (const code of STATE_CODES) expect(titles.some((t) => t.startsWith(`${es[code]}: `)), code).toBe(true);
  });
});

describe('the salary explorer and the course comparison in Spanish', () => {
  it.each(['/es/salaries/', '/es/courses/'])('%s gives its island the Spanish names, the nation first, then the states in Spanish order', (path) => {
    const props = /<astro-island\b[^>]*\sprops="([^"]*)"/.exec(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'))?.[1];
    // Astro serializes an array as [1, items] and a string as [0, text].
    type Serialized = [number, [number, [[number, string], [number, string]]][]];
    const areas: [string, string][] = (JSON.parse(decodeEntities(props!)) as { areas: Serialized }).areas[1].map(([, [[, code], [, name]]]) => [code, name]);
    expect(areas[0]).toEqual(['US', 'Estados Unidos']);
    expect(areas).toContainEqual(['NY', 'Nueva York']);
    const names = areas.slice(1).map(([, name]) => name);
    expect(names).toEqual([...names].sort(new Intl.Collator(formatTag('es')).compare));
  });
});

describe('the English pages', () => {
  it.each(['/salaries/', `/roles/${dataset.roles[0]!.slug}/`])('%s keep the English names', (path) => {
    const titles = mapTitles(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'));
    for (const code of STATE_CODES) expect(titles.some((t) => decodeEntities(t).startsWith(`${en[code]}: `)), code).toBe(true);
    expect(titles.join(' ')).not.toContain('Nueva York');
  });
});

/**
 * The JavaScript budget of DESIGN.md on the built site, counted as the bench counts it
 * (scripts/page-js.ts): every tool page loads at most 75 KB of gzipped JavaScript before any
 * interaction (its React island, React included, loads on the reader's first reach for it), and
 * every content page loads none. Runs on dist/site, after `astro build`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipTotal, pageJs } from '../../scripts/page-js.ts';
import { builtPages, SITE_DIR } from './built-pages.ts';

/** The pages with an island or a tool script; every other page is content. */
const ENGLISH_TOOL_PAGES = ['/salaries/', '/courses/', '/plan/', '/guides/new/', '/guides/'];
/** Every tool page in both languages: a Spanish page is held to its English page's budget. */
const TOOL_PAGES = [...ENGLISH_TOOL_PAGES, ...ENGLISH_TOOL_PAGES.map((p) => `/es${p}`)];
const BUDGET = 75 * 1024;

const jsOf = (path: string) => {
  const file = join(SITE_DIR, path, path.endsWith('/') ? 'index.html' : '');
  return pageJs(readFileSync(file, 'utf8'), dirname(file), SITE_DIR);
};
const contentPages = builtPages()
  .map((p) => p.path)
  .filter((p) => p.endsWith('/') && !TOOL_PAGES.includes(p));

describe.each(TOOL_PAGES)('the tool page %s', (page) => {
  it('loads at most 75 KB of gzipped JavaScript before any interaction', () => {
    const js = jsOf(page);
    expect(js.initial.length).toBeGreaterThan(0);
    expect(gzipTotal(js.initial)).toBeLessThanOrEqual(BUDGET);
  });
});

/** The React islands hydrate when the reader first reaches for them (client:interaction): React DOM's client is not loaded before. */
describe.each(['/salaries/', '/courses/', '/plan/', '/es/salaries/', '/es/courses/', '/es/plan/'])('the island page %s', (page) => {
  it('loads React and its island only on interaction', () => {
    const js = jsOf(page);
    const island = /Builder|Explorer|Compare/;
    expect(chunkNames(js.onInteraction)).toContain('client');
    expect(chunkNames(js.onInteraction).some((n) => island.test(n ?? ''))).toBe(true);
    expect(chunkNames(js.initial)).not.toContain('client');
    expect(chunkNames(js.initial).some((n) => island.test(n ?? ''))).toBe(false);
  });
});

/** Parts behind a control, by the name their chunk takes from its first module: they load only on interaction. */
const LAZY_PARTS: [string, string[]][] = [
  ['/courses/', ['table', 'own-form', 'courses-comparison', 'courses-own']],
  ['/plan/', ['ProgressPanel', 'planner-calendar', 'plan-progress']],
];
const ON_INTERACTION = LAZY_PARTS.flatMap(([page, parts]): [string, string[]][] => [[page, parts], [`/es${page}`, parts]]);

/** The guide scripts' words: one chunk a language, loaded by the page's language, never before the script runs. */
describe.each(['/guides/new/', '/guides/', '/es/guides/new/', '/es/guides/'])('the guide page %s', (page) => {
  it('loads no language\'s words before its script asks for its own', () => {
    const js = jsOf(page);
    expect(chunkNames(js.onInteraction)).toEqual(expect.arrayContaining(['words-en', 'words-es']));
    expect(chunkNames(js.initial)).not.toContain('words-en');
    expect(chunkNames(js.initial)).not.toContain('words-es');
  });
});
const chunkNames = (files: string[]) => files.map((f) => /([^/]+?)\.[\w-]+\.js$/.exec(f)?.[1]);

describe.each(ON_INTERACTION)('the tool page %s', (page, parts) => {
  it(`loads ${parts.join(' and ')} only on interaction`, () => {
    const js = jsOf(page);
    expect(chunkNames(js.onInteraction)).toEqual(expect.arrayContaining(parts));
    for (const part of parts) expect(chunkNames(js.initial)).not.toContain(part);
  });
});

describe('the content pages', () => {
  it('are there to check', () => {
    expect(contentPages.length).toBeGreaterThan(20);
  });

  it.each(contentPages)('%s loads no JavaScript', (page) => {
    expect(jsOf(page).initial).toEqual([]);
  });
});

/**
 * Pages take their words from the locale catalogs (site/i18n/), so a language is added by adding a
 * catalog. This reads every content page's .astro source as TSX (the template wrapped in a fragment)
 * and fails on words written into the page itself: text between tags, words in attributes such as
 * title or aria-label, and sentences in string literals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PAGES = 'site/pages';

/** Attributes whose values are addresses, ids, classes or keywords, never words a reader sees. */
const STRUCTURAL_ATTRIBUTES = new Set([
  'aria-busy', 'aria-current', 'aria-describedby', 'aria-labelledby', 'aria-live', 'autocomplete', 'class', 'colspan', 'for', 'href', 'hreflang', 'id',
  'inputmode', 'lang', 'loading', 'locale', 'method', 'name', 'ogType', 'rel', 'role', 'rowspan', 'scope', 'slot', 'src', 'translate', 'type',
]);

/**
 * Names that stay as they are in every language (issue 16): the bodies, the statistics agency and its
 * surveys, the code sets. Empty while no page writes one outside the catalog; add a name with a reason.
 */
const PROPER_NAMES: readonly string[] = [];

/** A word: two letters or more. A text node or a reader-facing attribute with one is prose. */
const WORD = /\p{L}{2,}/u;
/** A sentence in a string literal: four words in a row (shorter strings are codes, keys and class lists). */
const SENTENCE = /\p{L}[\p{L}'’-]*(?:[,;:]?\s+\p{L}[\p{L}'’-]*){3}/u;

/** Every .astro file under site/pages/, except the API endpoints. */
function contentPages(dir = PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(PAGES, path) === 'api' ? [] : contentPages(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** Words left after taking out the allowed proper names. */
const withoutNames = (text: string) => PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ''), text);

/** A string that is an error for developers (`new Error('…')`), not words on the page. */
const inErrorConstructor = (node: ts.Node) => {
  const parent = node.parent;
  return (ts.isNewExpression(parent) || ts.isCallExpression(parent)) && /Error$/.test(parent.expression.getText());
};

/** The words written into one page outside the catalog, each with what holds it. */
export function proseIn(source: string): string[] {
  const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const [frontmatter, template] = parts ? [parts[1]!, parts[2]!] : ['', source];
  // Scripts and styles are not TSX; comments are not shown.
  const markup = template.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  const visit = (node: ts.Node, inTemplate: boolean) => {
    if (ts.isImportDeclaration(node)) return;
    if (inTemplate && ts.isJsxText(node) && WORD.test(withoutNames(node.text))) found.push(`text: ${node.text.trim()}`);
    if (inTemplate && ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (!STRUCTURAL_ATTRIBUTES.has(name) && !name.includes(':') && WORD.test(withoutNames(node.initializer.text))) found.push(`${name}="${node.initializer.text}"`);
      return;
    }
    // A template literal is read as one string, its ${…} taken out: `Median ${m} a year` is a sentence.
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text
      : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('').replace(/\s+/g, ' ').trim()
      : undefined;
    if (text !== undefined && !inErrorConstructor(node) && SENTENCE.test(withoutNames(text))) found.push(`string: ${text}`);
    ts.forEachChild(node, (child) => visit(child, inTemplate));
  };
  visit(ts.createSourceFile('frontmatter.ts', frontmatter, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), false);
  visit(ts.createSourceFile('template.tsx', `<>${markup}</>`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX), true);
  return found;
}

describe('proseIn', () => {
  it.each([
    ['text between tags', '---\n---\n<h1>Page not found</h1>', ['text: Page not found']],
    ['text inside an expression', "---\n---\n{ok && <p>Both sides: {x}</p>}", ['text: Both sides:']],
    ['a reader-facing attribute', '---\n---\n<Base title="Training sources" />', ['title="Training sources"']],
    ['a sentence in the frontmatter', "---\nconst d = 'The page you asked for is not here.';\n---\n<p>{d}</p>", ['string: The page you asked for is not here.']],
    ['a sentence in a template literal', '---\n---\n<p>{`Median ${m} a year in ${y}`}</p>', ['string: Median a year in']],
  ])('finds %s', (_, source, expected) => {
    expect(proseIn(source)).toEqual(expected);
  });

  it.each([
    ['catalog words and data', "---\nconst t = m.home;\n---\n<h1>{t.heading}</h1><p>{role.title} ({n})</p>"],
    ['structural attributes and punctuation', '---\n---\n<nav class="crumbs wide" aria-current="page"><a href="/roles/">{x}</a>, {y}.</nav>'],
    ['comments, imports, codes and errors', "---\nimport Base from '../layouts/Base.astro';\n/** What the page shows, in a doc comment. */\nconst side = 'records-coding';\nif (!x) throw new Error('No words for the source group');\n---\n<!-- a note for editors -->\n<p>{side}</p>"],
  ])('finds nothing in %s', (_, source) => {
    expect(proseIn(source)).toEqual([]);
  });
});

/**
 * Pages whose words have not moved to the catalog yet. Each must still hold some (so the entry is
 * removed as soon as they move, and the page is then held to the rule like every other).
 */
const NOT_YET_MOVED = new Set<string>([]);

describe('content pages', () => {
  const pages = contentPages();
  it.each(pages.filter((p) => !NOT_YET_MOVED.has(p)))('%s takes every word from the catalog', (path) => {
    expect(proseIn(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it.each([...NOT_YET_MOVED])('%s is still listed as not yet moved only while it holds words of its own', (path) => {
    expect(pages).toContain(path);
    expect(proseIn(readFileSync(path, 'utf8'))).not.toEqual([]);
  });
});

/** Every style sheet of the site: site/styles/*.css and the <style> blocks of components and pages. */
function styleSheets(dir = 'site'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return styleSheets(path);
    return path.endsWith('.css') || path.endsWith('.astro') ? [path] : [];
  });
}

/** The words a style sheet draws with `content: "…"` (a mark such as "✓ " or ", " is not a word). */
const drawnWords = (css: string) => [...css.matchAll(/content:\s*"([^"]*)"/g)].map((m) => m[1]!).filter((text) => WORD.test(text));

describe('words drawn by style sheets', () => {
  it('finds a word drawn by a style sheet, so the check below can fail', () => {
    expect(drawnWords('.x::before { content: "On the chart:"; } .y::before { content: "✓ "; }')).toEqual(['On the chart:']);
  });

  it.each(styleSheets())('%s draws no words (they come from the catalog, through attr())', (path) => {
    expect(drawnWords(readFileSync(path, 'utf8'))).toEqual([]);
  });
});

/**
 * The built site as a reader and a crawler meet it: every HTML page in dist/site with its title, meta
 * description, `<main>` text and JSON-LD blocks. For the data-truth suites, which run after `astro build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SITE_DIR = join(import.meta.dirname, '..', '..', 'dist', 'site');

/** One built page, as text. */
export interface BuiltPage {
  /** The URL path, e.g. /roles/medical-coder/. */
  path: string;
  title: string;
  description: string;
  /** The text of `<main>`: tags dropped, entities decoded, white space collapsed. */
  main: string;
  /** Every JSON-LD block, parsed. */
  jsonLd: unknown[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', times: '×', divide: '÷', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

/** HTML entities as characters (the few Astro writes, and every numeric one). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: scripts, styles and templates dropped, tags as spaces. */
export function textOf(htmlFragment: string): string {
  const bare = htmlFragment.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  return decodeEntities(bare).replace(/\s+/g, ' ').trim();
}

/** One page from its HTML. */
export function pageOf(path: string, html: string): BuiltPage {
  const attr = (re: RegExp) => decodeEntities(re.exec(html)?.[1] ?? '');
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => JSON.parse(m[1]!) as unknown);
  return { path, title: attr(/<title>([\s\S]*?)<\/title>/i), description: attr(/<meta name="description" content="([^"]*)"/i), main: textOf(main), jsonLd };
}

/** Every .html file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** Every built page, sorted by path; throws when the site is not built. */
export function builtPages(dir = SITE_DIR): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/site is missing: run `astro build` first (npm test does).');
  return htmlFiles(dir)
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      return pageOf(path, readFileSync(file, 'utf8'));
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

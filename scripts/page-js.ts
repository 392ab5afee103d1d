/**
 * The JavaScript a built page loads, split by when: before any interaction (every script src,
 * modulepreload, component and renderer of an island hydrated without waiting, and their static
 * imports) and on interaction (a `client:interaction` island's component and renderer, and what a
 * dynamic `import()` reaches, beyond that). One home for the count the bench reports and
 * the JS budget test asserts. Run it to list each tool page's files: `node scripts/page-js.ts [page…]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JS files of one page: loaded before any interaction, and reached only through a dynamic import. */
export interface PageJs { initial: string[]; onInteraction: string[] }

/** Gzipped size (level 9), as every budget counts it. */
export const gzipSize = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

// The bundler quotes with ", ' or `; a static import is `from"./x.js"` or `import"./x.js"`, a dynamic one `import("./x.js")`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** Every JS file a page loads before interaction and on it; `siteDir` is the built site root, `pageDir` the page's folder. */
export function pageJs(html: string, pageDir: string, siteDir: string): PageJs {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  // An island hydrated on interaction (client:interaction) loads its component and renderer then.
  const onInteraction = (island: string) => /\bclient="interaction"/.test(island);
  const islandUrls = (pick: (island: string) => boolean) => islands.filter(pick).flatMap((i) => [...i.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!));
  const urls = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!).concat(islandUrls((i) => !onInteraction(i)));
  const fileOf = (url: string) => (url.startsWith('/') ? join(siteDir, url) : resolve(pageDir, url));
  const initial = new Set<string>();
  const lazyRoots = new Set<string>(islandUrls(onInteraction).map(fileOf));
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file) || !existsSync(file)) return;
    into.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1]!), into);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazyRoots.add(resolve(dirname(file), m[1]!));
  };
  for (const url of urls) visit(fileOf(url), initial);
  const lazy = new Set<string>();
  for (const root of lazyRoots) visit(root, lazy);
  return { initial: [...initial], onInteraction: [...lazy].filter((f) => !initial.has(f)) };
}

/** Gzipped bytes of a list of files. */
export const gzipTotal = (files: string[]) => files.reduce((n, f) => n + gzipSize(readFileSync(f)), 0);

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const site = join(import.meta.dirname, '..', 'dist', 'site');
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/salaries/', '/courses/', '/plan/', '/guides/new/', '/guides/'];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const page of pages) {
    const file = join(site, page, 'index.html');
    const js = pageJs(readFileSync(file, 'utf8'), dirname(file), site);
    console.log(`${page}  before interaction ${kb(gzipTotal(js.initial))}, on interaction ${kb(gzipTotal(js.onInteraction))}`);
    for (const [when, files] of [['before', js.initial], ['on interaction', js.onInteraction]] as const)
      for (const f of files.map((f) => ({ f, n: gzipSize(readFileSync(f)) })).sort((a, b) => b.n - a.n)) console.log(`  ${when.padEnd(15)} ${kb(f.n).padStart(8)}  ${relative(site, f.f)}`);
  }
}

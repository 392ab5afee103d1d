/**
 * `npm run lint` (layers): every relative import of every .ts/.tsx/.astro/.mjs file, `import type`
 * included, must point down the floors of the design's "Layout", and no import may close a circle.
 * Prints each broken rule and exits 1 when there is one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * The floors, lowest first: a file may import its own floor and the floors below it, never one
 * above. Today neither http/ nor store/ imports the other; http/ goes lower because it is request
 * plumbing without I/O (its rate limiter is in memory), and the store sits right under routes/,
 * its only caller besides the edges.
 */
export const FLOORS = [
  'data',
  'functions/domain',
  'site/i18n',
  'functions/contract',
  'functions/http',
  'functions/store',
  'functions/routes',
  'functions/edges',
] as const;

/** Where a file lives, for the rules: a floor, the rest of the site, infra, or tooling. */
export type Zone = (typeof FLOORS)[number] | 'site' | 'infra' | 'tooling' | 'unplaced';

/** What the site (pages, layouts, components, islands, lib) may import besides itself. */
const SITE_MAY_IMPORT: readonly Zone[] = ['data', 'functions/domain', 'functions/contract', 'site/i18n', 'site'];

/** The only function and site files infra may import (edges are named by path, as strings, not imported); the locales say where each language's pages and 404 page are. */
export const INFRA_MAY_IMPORT: readonly string[] = [
  'functions/routes/registry.ts',
  'functions/store/keys.ts',
  'functions/store/seed.ts',
  'functions/http/security-headers.ts',
  'site/i18n/locale.ts',
];

/** Folders whose files may import anything (but infra stays with tests). */
const TOOLING = ['tests', 'bench', 'scripts'];

/** The folders the check reads, and the files at the top level it reads too. */
const ROOTS = ['data', 'functions', 'site', 'infra', ...TOOLING];
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', 'cdk.out', '.data', '.lambda']);

/** The zone of a repository-relative path (forward slashes). */
export function zoneOf(path: string): Zone {
  const floor = [...FLOORS].reverse().find((f) => path.startsWith(`${f}/`));
  if (floor) return floor;
  if (path.startsWith('site/')) return 'site';
  if (path.startsWith('infra/')) return 'infra';
  if (TOOLING.some((t) => path.startsWith(`${t}/`)) || !path.includes('/')) return 'tooling';
  return 'unplaced';
}

/** Why `from` may not import `to`, or null when it may. Both are repository-relative paths. */
export function ruleBroken(from: string, to: string): string | null {
  const a = zoneOf(from);
  const b = zoneOf(to);
  if (a === 'unplaced') return 'the importing file is outside every layer of the layout';
  if (b === 'unplaced') return 'the imported file is outside every layer of the layout';
  if (b === 'infra' && a !== 'infra' && !from.startsWith('tests/')) return 'only infra/ and tests/ may import infra/';
  if (a === 'tooling' || a === b) return null;
  if (a === 'infra') {
    return b === 'data' || INFRA_MAY_IMPORT.includes(to) ? null : `infra/ may import only data/ and ${INFRA_MAY_IMPORT.join(', ')}`;
  }
  if (a === 'site') return SITE_MAY_IMPORT.includes(b) ? null : `site/ may import only ${SITE_MAY_IMPORT.join(', ')}`;
  const floorA = FLOORS.indexOf(a);
  const floorB = FLOORS.indexOf(b as (typeof FLOORS)[number]);
  if (floorB < 0) return `${a}/ may import only its own floor and those below it`;
  return floorB > floorA ? `${a}/ sits below ${b}/ and may not import it` : null;
}

/** The relative specifiers a source file imports (static, `import type`, re-exports, side-effect, dynamic), sorted. */
export function relativeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  const patterns = [/\bfrom\s*(['"])(\.{1,2}\/[^'"]+)\1/g, /\bimport\s*(['"])(\.{1,2}\/[^'"]+)\1/g, /\bimport\s*\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[2]!);
  return [...found].sort();
}

/** Resolve a specifier from a file to a repository-relative path (query strings dropped). */
export function resolveImport(from: string, specifier: string, exists: (path: string) => boolean = () => true): string {
  const target = normalize(join(dirname(from), specifier.replace(/[?#].*$/, ''))).split(sep).join('/');
  const candidates = [target, ...EXTENSIONS.map((e) => target + e), ...EXTENSIONS.map((e) => `${target}/index${e}`)];
  return candidates.find(exists) ?? target;
}

/** Every import circle in a graph (file → files it imports), each as a closed path. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's strongly connected components; each component of two or more files holds a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(circleThrough(graph, new Set(component)));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One concrete circle inside a strongly connected component, from its first file back to it. */
function circleThrough(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = previous.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

async function sourceFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && (dir || ROOTS.includes(entry.name))) await walk(path);
      } else if (EXTENSIONS.some((e) => entry.name.endsWith(e))) files.push(path);
    }
  };
  await walk('');
  return files.sort();
}

/** Read the repository, print every broken rule; the number of problems found. */
export async function checkLayers(root: string): Promise<number> {
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of await sourceFiles(root)) {
    const targets = relativeImports(await readFile(join(root, file), 'utf8')).map((s) =>
      resolveImport(file, s, (p) => existsSync(join(root, p))),
    );
    graph.set(file, targets);
    for (const target of targets) {
      if (relative(root, join(root, target)).startsWith('..')) continue;
      const broken = ruleBroken(file, target);
      if (broken) problems.push(`${file} → ${target}: ${broken}`);
    }
  }
  for (const circle of circles(graph)) problems.push(`import circle: ${circle.join(' → ')}`);
  for (const problem of problems) console.error(problem);
  console.log(`check-layers: ${graph.size} files, ${problems.length} problem(s)`);
  return problems.length;
}

if (import.meta.main) process.exitCode = (await checkLayers(process.cwd())) === 0 ? 0 : 1;

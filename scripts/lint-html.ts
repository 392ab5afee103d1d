/**
 * `npm run lint:html`: every built page through the W3C Nu Html Checker (vnu-jar, needs Java 17+).
 * Prints each error as `page:line:column message` and exits 1 when there is one.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

/** One message of vnu's `--format json` output (the fields this check reads). */
export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Messages that are wrong about valid pages. vnu's CSS checker does not know `paint-order`
 * (CSS Fill and Stroke, in every current browser), used by the plan timeline's labels.
 */
const FALSE_POSITIVES: readonly RegExp[] = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/];

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** The errors that count: vnu's errors (fatal ones included) less the known false positives. */
export function htmlErrors(messages: readonly VnuMessage[]): VnuMessage[] {
  return messages.filter(
    (m) => (m.type === 'error' || m.subType === 'fatal') && !FALSE_POSITIVES.some((p) => p.test(m.message)),
  );
}

/** One line per error, naming the page relative to the built site. */
export function formatError(m: VnuMessage, siteDir: string): string {
  const page = m.url ? relative(siteDir, decodeURIComponent(new URL(m.url).pathname)) : '(no page)';
  return `${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`;
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

async function main(siteDir: string): Promise<number> {
  const pages = await countPages(siteDir);
  // No pages is a failed or missing build, not a clean one.
  if (pages === 0) {
    console.error(`lint:html: no pages under ${siteDir}; build the site first (astro build).`);
    return 2;
  }
  const args = ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', '--exit-zero-always', siteDir];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    console.error(`lint:html could not run the checker (is Java 17+ installed? Debian: default-jre-headless): ${String(error)}`);
    return 2;
  }
  const errors = htmlErrors((JSON.parse(stdout) as { messages: VnuMessage[] }).messages);
  for (const m of errors) console.error(formatError(m, siteDir));
  console.log(`lint:html: ${pages} pages, ${errors.length} HTML error(s)`);
  return errors.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(join(process.cwd(), process.argv[2] ?? 'dist/site'));

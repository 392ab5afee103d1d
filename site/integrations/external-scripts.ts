/**
 * Astro integration: after the build, move every inline <script> (Astro's island bootstrap) into
 * a file under /_astro/, so the Content-Security-Policy can say `script-src 'self'` with no
 * 'unsafe-inline' and no per-page hashes. JSON-LD data blocks stay inline: they do not run.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Rewrite one page; returns the scripts it moved out, by file name. */
export function externalizeScripts(html: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const out = html.replace(INLINE_SCRIPT, (tag, attrs: string, body: string) => {
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) || body.trim() === '') return tag;
    const name = `inline-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
    files.set(name, body);
    return `<script${attrs} src="/_astro/${name}"></script>`;
  });
  return { html: out, files };
}

export default function externalScripts(): AstroIntegration {
  return {
    name: 'external-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await mkdir(join(root, '_astro'), { recursive: true });
        const written = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const { html, files } = externalizeScripts(await readFile(file, 'utf8'));
          if (files.size === 0) continue;
          for (const [name, body] of files) {
            if (!written.has(name)) await writeFile(join(root, '_astro', name), body);
            written.add(name);
          }
          await writeFile(file, html);
        }
        if (written.size > 0) logger.info(`moved ${written.size} inline script(s) to /_astro/`);
      },
    },
  };
}

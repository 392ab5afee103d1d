/**
 * Astro integration: after the build, move every inline <script> (Astro's island bootstrap) into
 * a file under /_astro/, so the Content-Security-Policy can say `script-src 'self'` with no
 * 'unsafe-inline' and no per-page hashes. JSON-LD data blocks stay inline: they do not run.
 * The island runtime's <style> lands in <body> beside its first island, which HTML forbids; it
 * moves to the end of <head> (still inline: the CSP allows inline styles).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
// An SVG's own <style> is allowed where it stands, so whole <svg> elements are passed over.
const SVG_OR_STYLE = /<svg\b[\s\S]*?<\/svg>|<style\b[^>]*>[\s\S]*?<\/style>/g;

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

/** Move every <style> found in <body> to the end of <head>, in order, once each. */
export function hoistBodyStyles(html: string): string {
  const bodyStart = html.search(/<body\b/i);
  const headEnd = html.search(/<\/head>/i);
  if (bodyStart < 0 || headEnd < 0 || headEnd > bodyStart) return html;
  const styles: string[] = [];
  const body = html.slice(bodyStart).replace(SVG_OR_STYLE, (tag) => {
    if (tag.startsWith('<svg')) return tag;
    if (!styles.includes(tag)) styles.push(tag);
    return '';
  });
  if (styles.length === 0) return html;
  return html.slice(0, headEnd) + styles.join('') + html.slice(headEnd, bodyStart) + body;
}

/** The integration: runs both rewrites on every built page. */
export default function externalScripts(): AstroIntegration {
  return {
    name: 'external-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await mkdir(join(root, '_astro'), { recursive: true });
        const written = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const page = await readFile(file, 'utf8');
          const { html, files } = externalizeScripts(hoistBodyStyles(page));
          if (html === page) continue;
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

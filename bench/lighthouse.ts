/**
 * Lighthouse (mobile, the default form factor) on every built page, with Debian's Chromium.
 * Bars: performance ≥ 98, accessibility, best practices and SEO 100.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  ok: boolean;
  failing: string[];
}

export function lighthouse(base: string, pages: readonly string[]): LighthouseRow[] {
  const profile = mkdtempSync(join(tmpdir(), 'bce-lh-'));
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', `--user-data-dir=${profile}`].join(' ');
  try {
    return pages.map((page) => {
      const raw = execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'), `${base}${page}`, '--output=json', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags}`],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const report = JSON.parse(raw.toString()) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
      };
      const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
      const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
        report.categories[c]!.auditRefs.filter((a) => a.weight > 0 && report.audits[a.id]?.score !== null && (report.audits[a.id]?.score ?? 1) < 1).map((a) => `${c}:${a.id}`),
      );
      const row = { page, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing };
      return { ...row, ok: row.performance >= 98 && row.accessibility === 100 && row['best-practices'] === 100 && row.seo === 100 };
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

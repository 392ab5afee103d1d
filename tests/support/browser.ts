/**
 * Browser tests: the built site (dist/site) and the API on one loopback origin over an in-memory
 * embedded table, driven by Debian's Chromium through playwright-core.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createLocalApp } from '../../functions/edges/server.ts';
import { startTestApi, type TestApi } from './api.ts';

export const SITE_DIR = join(import.meta.dirname, '..', '..', 'dist', 'site');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestSite {
  baseUrl: string;
  browser: Browser;
  api: TestApi;
  /** A page in a fresh browser context (axe needs one; a fresh context is also a fresh visitor). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Serve the built site and API on a free port and start headless Chromium. */
export async function startTestSite(): Promise<TestSite> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) throw new Error('dist/site is missing: run `astro build` first (npm test does).');
  const api = await startTestApi();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: createLocalApp(api.app, SITE_DIR).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    api,
    async newPage(options) {
      const context = await browser.newContext(options);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

/**
 * Wait until every React island on the page is live: hydrated, and (client:interaction) done holding
 * events, which it says with aria-busy. Such an island is first reached for as a reader's pointer
 * would, passing over it.
 */
export async function waitForIslands(page: Page) {
  await page.evaluate(() => document.querySelectorAll('astro-island[ssr]').forEach((island) => island.dispatchEvent(new PointerEvent('pointerover'))));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], astro-island[aria-busy]').length === 0);
}

/** axe-core on the current page: no violations of WCAG 2.x A/AA or best practice. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * The pictures in a browser: the salaries page's state map is reached state by state with the
 * keyboard, Enter or a click on a state chooses it, the map follows the chosen role and measure and shows
 * a top-coded state as a bound; every page follows the reader's color scheme (paper prints light) and the
 * map, ladder and tool pages pass axe in both and fit 320 px; the header shows the three tools, the current
 * one marked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../data/area-codes.ts';
import { expectNoAxeViolations, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

async function open(path: string, scheme: 'light' | 'dark' = 'light', width = 1280): Promise<Page> {
  const page = await site.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
  return page;
}
const focusedArea = (page: Page) => page.evaluate(() => document.activeElement?.closest('.pm-map [data-area]')?.getAttribute('data-area') ?? null);

describe('the state map on /salaries/', () => {
  it('lets the keyboard reach every state and DC once each, one Tab at a time (small states by their squares)', async () => {
    const page = await open('/salaries/');
    await page.locator('#sx-map-field').focus();
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const area = await focusedArea(page);
      if (area) reached.push(area);
      else if (reached.length > 0) break;
    }
    expect([...reached].sort()).toEqual([...STATE_CODES].sort());
    await page.context().close();
  });

  it('chooses a state with Enter, then another with a click, keeping the address in step', async () => {
    const page = await open('/salaries/?role=medical-coder&area=US');
    await page.locator('.pm-map [data-area="TX"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('area=TX');
    await expect.poll(() => page.locator('#sx-result-h').textContent()).toContain('Texas');
    expect(await page.locator('.pm-map [data-area="TX"]').getAttribute('aria-current')).toBe('true');
    await page.locator('.pm-map [data-area="RI"]').last().click();
    await expect.poll(() => page.locator('#sx-result-h').textContent()).toContain('Rhode Island');
    await page.context().close();
  });

  it('recolors and renames the map for the chosen role and percentile', async () => {
    const page = await open('/salaries/?role=medical-billing-director&area=US');
    await expect.poll(() => page.locator('.pm-cap').textContent()).toContain('Medical and Health Services Managers');
    await page.locator('#sx-map-field').selectOption('p25');
    await expect.poll(() => page.locator('.pm-cap').textContent()).toMatch(/^25th percentile annual pay, Medical and Health Services Managers/);
    const title = await page.locator('.pm-map [data-area="CA"] title').textContent();
    expect(title).toMatch(/^California: \$[\d,]+$/);
    await page.context().close();
  });
});

describe('a top-coded state on the /salaries/ map', () => {
  it('reads "at least $239,200" in its title, striped, with the bound in the key, at the 90th percentile', async () => {
    const page = await open('/salaries/?role=medical-billing-director&area=US');
    await page.locator('#sx-map-field').selectOption('p90');
    await expect.poll(() => page.locator('.pm-cap').textContent()).toMatch(/^90th percentile annual pay/);
    const ca = page.locator('.pm-map [data-area="CA"]');
    expect(await ca.locator('title').textContent()).toBe('California: at least $239,200');
    expect(await ca.getAttribute('class')).toContain('pm-b');
    expect(await page.locator('.pm-key').innerText()).toContain('at least $239,200 (BLS top-code)');
    expect(await page.locator('.pm-read-bound').isVisible()).toBe(true);
    expect(await page.locator('.pm-table tr[data-area="CA"] .pm-fig').textContent()).toBe('at least $239,200');
    await page.locator('#sx-map-field').selectOption('median');
    await expect.poll(() => page.locator('.pm-read-bound').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the header', () => {
  it('shows the three tools as tools, each with an icon, and marks the current one', async () => {
    const page = await open('/courses/');
    const tools = page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Tools' }).getByRole('link');
    expect(await tools.allInnerTexts()).toEqual(['Salaries', 'Courses', 'Plan']);
    expect(await tools.locator('svg[aria-hidden="true"]').count()).toBe(3);
    expect(await page.getByRole('navigation', { name: 'Main' }).locator('[aria-current]').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('aria-current')]))).toEqual([['Courses', 'page']]);
    await page.context().close();
  });

  it('marks the section of a deeper page, and the site name on the home page', async () => {
    const role = await open('/roles/medical-coder/');
    expect(await role.locator('.site-header [aria-current]').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('aria-current')]))).toEqual([['Roles', 'true']]);
    await role.context().close();
    const home = await open('/');
    expect(await home.locator('.site-header [aria-current]').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('aria-current')]))).toEqual([['Billing & Coding Explorer', 'page']]);
    await home.context().close();
  });

  it('is hidden on paper but for the site name', async () => {
    const page = await open('/plan/');
    await page.emulateMedia({ media: 'print' });
    for (const list of ['.nav-tools', '.nav-pages']) expect(await page.locator(list).isVisible(), list).toBe(false);
    expect(await page.locator('.site-name').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('dark mode on every page', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  it.each(['/', '/courses/', '/plan/', '/guides/new/', '/roles/medical-coder/'])('%s follows a dark color scheme on screen and prints light', async (path) => {
    const page = await open(path, 'dark');
    expect(await background(page)).toBe('rgb(20, 24, 29)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});

describe('tool pages in light and dark', () => {
  const TOOLS = ['/', '/courses/', '/plan/', '/guides/new/'];
  it.each(TOOLS.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s has no axe violations in the %s scheme', async (path, scheme) => {
    const page = await open(path, scheme);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it.each(TOOLS.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s fits 320 px without horizontal scrolling in the %s scheme', async (path, scheme) => {
    const page = await open(path, scheme, 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('pictures in light and dark', () => {
  const PATHS = ['/salaries/', '/roles/', '/roles/medical-coder/', '/roles/records-analyst/', '/certifications/', '/certifications/ccs/'];
  it.each(PATHS.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s has no axe violations in the %s scheme', async (path, scheme) => {
    const page = await open(path, scheme);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it.each(PATHS)('%s fits 320 px without horizontal scrolling', async (path) => {
    const page = await open(path, 'light', 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

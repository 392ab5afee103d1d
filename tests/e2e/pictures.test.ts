/**
 * The pictures in a browser: the salaries page's state map is reached state by state with the
 * keyboard, Enter or a click on a state chooses it, the map follows the chosen role and measure; the
 * map and ladder pages pass axe in light and dark color schemes and fit 320 px.
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

describe('pictures in light and dark', () => {
  const PATHS = ['/salaries/', '/roles/', '/roles/medical-coder/', '/roles/records-analyst/'];
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

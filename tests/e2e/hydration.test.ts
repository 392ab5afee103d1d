/**
 * The tools' React islands hydrate when the reader first reaches for them (client:interaction): the
 * page as built is the whole tool in its default view, React loads on the first pointer, touch, focus
 * or key, at once when the address carries a choice, and nothing done while it loads is lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

/** React DOM's client chunk, as the build names it. */
const REACT = /\/_astro\/client\.[\w-]+\.js$/;

/** A page whose scripts are listed as requested, and whose React chunk waits until `release()`. */
async function heldPage(path: string) {
  const page = await site.newPage({ viewport: { width: 390, height: 844 } });
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(REACT, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, scripts, release };
}
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelectorAll('astro-island[ssr], astro-island[aria-busy]').length === 0);

describe('a tool page before anyone touches it', () => {
  it.each(['/salaries/', '/courses/', '/plan/', '/es/plan/'])('%s loads no React, and its controls are there to use', async (path) => {
    const { page, scripts } = await heldPage(path);
    expect(scripts.some((s) => REACT.test(s))).toBe(false);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    // The tool as built: enabled controls, nothing greyed out while waiting for a script.
    expect(await page.locator('astro-island select').count()).toBeGreaterThan(0);
    expect(await page.locator('astro-island :disabled').count()).toBe(0);
    await page.context().close();
  });

  it('shows the salary ranking of every area for the default view, built with the page', async () => {
    const { page, scripts } = await heldPage('/salaries/');
    expect(scripts.some((s) => REACT.test(s))).toBe(false);
    const rows = page.locator('section[aria-labelledby="sx-areas-h"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(40);
    expect(await page.locator('#sx-areas-h').textContent()).toBe('Where medical coder pay is highest');
    await page.context().close();
  });
});

describe('what the reader does while the tool loads', () => {
  it('keeps a role chosen before React arrived', async () => {
    const { page, scripts, release } = await heldPage('/salaries/');
    await page.selectOption('#sx-pick', 'medical-billing-specialist');
    // The choice started the load, which is held: the island is not live yet, and says it is busy.
    await expect.poll(() => scripts.some((s) => REACT.test(s))).toBe(true);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    expect(await page.locator('astro-island').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#sx-pick').evaluate((e) => getComputedStyle(e).cursor)).toBe('progress');
    release();
    await hydrated(page);
    await expect.poll(() => page.locator('astro-island').getAttribute('aria-busy')).toBe(null);
    await expect.poll(() => new URL(page.url()).searchParams.get('role')).toBe('medical-billing-specialist');
    await expect.poll(() => page.locator('#sx-areas-h').textContent()).toBe('Where medical billing specialist pay is highest');
    await page.context().close();
  });

  it('compares a program ticked before React arrived, once', async () => {
    const { page, release } = await heldPage('/courses/');
    const box = page.locator('.cc-table input[type=checkbox]').first();
    await box.click();
    // Held, not lost: the tick waits for the island's own handler.
    expect(await box.isChecked()).toBe(false);
    release();
    await hydrated(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')?.split(',').length).toBe(1);
    expect(await box.isChecked()).toBe(true);
    await page.context().close();
  });

  it('plans with hours typed before React arrived', async () => {
    const { page, release } = await heldPage('/plan/');
    await page.fill('#hoursPerWeek', '6');
    release();
    await hydrated(page);
    await expect.poll(() => page.locator('.pl-summary').textContent()).toContain('6 hours a week');
    expect(await page.inputValue('#hoursPerWeek')).toBe('6');
    await page.context().close();
  });
});

describe('a Save pressed before anything else', () => {
  it("saves the reader's plan from their today, not the example the page was built with", async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    // The reader's day is not the build's: the example on the page starts on the day the site was built.
    await page.clock.setFixedTime(new Date('2027-03-01T15:00:00'));
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    await page.route(REACT, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${site.baseUrl}/plan/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Save and get links' }).click();
    release();
    await page.waitForSelector('#pl-share');
    const id = new URL(await page.locator('#pl-share').inputValue()).searchParams.get('id')!;
    const saved = (await (await fetch(`${site.baseUrl}/api/plans/${id}`)).json()) as { input: { startDate: string } };
    expect(saved.input.startDate).toBe('2027-03-01');
    await page.context().close();
  });
});

describe('when the tool cannot load', () => {
  it('tries again on the next reach, and then works', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    let refused = 0;
    // The first download of React fails, as offline; the next one goes through.
    await page.route(REACT, (route) => (refused++ === 0 ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${site.baseUrl}/salaries/`, { waitUntil: 'networkidle' });
    await page.focus('#sx-pick');
    await expect.poll(() => refused).toBe(1);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    await page.focus('#sx-area');
    await page.selectOption('#sx-area', 'TX');
    await hydrated(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('TX');
    await page.context().close();
  });
});

describe('an address that carries a choice', () => {
  it('hydrates at once, with no interaction, to show that choice', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.baseUrl}/salaries/?role=medical-billing-specialist&area=TX`);
    await hydrated(page);
    await expect.poll(() => page.locator('#sx-areas-h').textContent()).toBe('Where medical billing specialist pay is highest');
    expect(await page.inputValue('#sx-area')).toBe('TX');
    await page.context().close();
  });
});

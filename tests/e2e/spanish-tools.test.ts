/**
 * One journey per tool on its Spanish page: each island speaks the page's language (its words from the
 * Spanish catalog, es-US money and dates) and keeps the reader under /es/. Labels are read from the
 * Spanish catalogs, so a changed translation changes the test with it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursesComparison } from '../../site/i18n/es/courses-comparison.ts';
import { courses } from '../../site/i18n/es/courses.ts';
import { guides } from '../../site/i18n/es/guides.ts';
import { planPage } from '../../site/i18n/es/plan-page.ts';
import { salaries } from '../../site/i18n/es/salaries.ts';
import { salaries as enSalaries } from '../../site/i18n/en/salaries.ts';
import { formatFor } from '../../site/i18n/format.ts';
import { expectNoAxeViolations, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';
import { plan as planOf } from '../unit/planner-fixtures.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const es = formatFor('es');

async function open(page: Page, path: string) {
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
}

describe('the Spanish tools', () => {
  it.each(['/es/salaries/?role=medical-coder&area=TX', '/es/courses/', '/es/plan/', '/es/guides/new/'])('%s has no axe violations once its tool is ready, and no sideways scroll on a phone', async (path) => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await open(page, path);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('salaries: a Texas medical coder reads in Spanish with es-US money', async () => {
    const page = await site.newPage();
    await open(page, '/es/salaries/?role=medical-coder&area=TX');
    await expect.poll(() => page.getByLabel(salaries.pick).count()).toBe(1);
    // The static page selects the nation; the island then reads the address, so wait for it.
    await expect.poll(() => page.getByLabel(salaries.area, { exact: true }).inputValue()).toBe('TX');
    await expect.poll(() => page.locator('#sx-result-h').textContent()).toContain('Texas');
    const table = page.getByRole('region', { name: salaries.table });
    await expect.poll(() => table.count()).toBe(1);
    const text = await page.locator('.sx').innerText();
    expect(text).toMatch(/\$\d{2},\d{3}/);
    expect(text).toContain(salaries.map.pick);
    expect(text).not.toContain(enSalaries.map.pick);
    await page.close();
  });

  it('courses: comparing two programs shows the cost lines in Spanish', async () => {
    const page = await site.newPage();
    await open(page, '/es/courses/');
    const boxes = page.getByRole('checkbox', { name: new RegExp(`^${courses.col.compare}`) });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const table = page.getByRole('table', { name: coursesComparison.caption });
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(2);
    expect(await table.getByRole('rowheader', { name: courses.col.total, exact: true }).count()).toBe(1);
    expect(await table.innerText()).toContain(coursesComparison.line.tuition);
    await page.close();
  });

  it('plan: a plan made on /es/plan/ reads its dates in Spanish, is saved in Spanish and stays under /es/', async () => {
    const page = await site.newPage();
    await open(page, '/es/plan/');
    const input = { startDate: '2027-01-04', programId: 'aapc-cpc-preparation-course', hoursPerWeek: 20 };
    const expected = planOf(input);
    await page.getByLabel(planPage.form.program).selectOption(input.programId);
    await page.getByLabel(planPage.form.startDate, { exact: true }).fill(input.startDate);
    await page.getByLabel(planPage.form.hoursPerWeek, { exact: true }).fill('20');
    await expect.poll(() => page.locator('.pl-summary').textContent()).toContain(es.longDate(expected.examDate));
    expect(es.longDate('2027-10-08')).toBe('8 de octubre de 2027');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/plans'));
    await page.getByRole('button', { name: planPage.save.saveNew }).click();
    expect((await sent).postDataJSON()).toMatchObject({ language: 'es' });
    await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBeTruthy();
    expect(new URL(page.url()).pathname).toBe('/es/plan/');
    expect(await page.getByLabel(planPage.links.share).inputValue()).toContain('/es/plan/?id=');
    await page.close();
  });

  it('guides: a guide built in Spanish is saved in Spanish and its student view opens in Spanish', async () => {
    const page = await site.newPage();
    await open(page, '/es/guides/new/');
    await page.getByLabel(guides.builder.field.title).fill('Caminos para María');
    await page.locator('#gb-role-options input[value="medical-coder"]').check();
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/guides'));
    await page.locator('#gb-form [type="submit"]').click();
    expect((await sent).postDataJSON()).toMatchObject({ language: 'es' });
    await page.waitForSelector('#gb-share-link');
    const share = await page.locator('#gb-share-link').inputValue();
    expect(new URL(share).pathname).toBe('/es/guides/');
    await page.goto(share);
    await expect.poll(() => page.locator('#guide').getAttribute('data-ready')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#guide h1').textContent()).toContain('Caminos para María');
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { expectNoAxeViolations, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const MEDCODE = 'medcode-logix-professional-medical-coding';
const FOUNDATION = 'foundation-bmc-cpc-course';
const DUPAGE = 'college-of-dupage-hit-associate';
const search = (page: Page) => new URL(page.url()).search;
const listRows = (page: Page) => page.locator('table.cc-table tbody tr');
const compareTable = (page: Page) => page.getByRole('table', { name: 'Cost of each program, line by line' });
/** The cells of the comparison row whose header is `name`. */
const compareRow = (page: Page, name: string) => compareTable(page).locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').allInnerTexts();

async function open(path: string) {
  const page = await site.newPage();
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
  return page;
}

describe('/courses/', () => {
  it('lists every program without JavaScript, with "price not published" where there is none', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/courses/`);
    expect(await listRows(page).count()).toBe(dataset.programs.length);
    expect(await page.getByText('Price not published').count()).toBeGreaterThan(10);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': { '@type': string; offers: { price: number } }[] };
    expect(ld['@graph'].map((p) => p['@type'])).toEqual(Array(7).fill('EducationalOccupationalProgram'));
    await page.context().close();
  });

  it('filters to CPC programs under a budget, compares three with one of your own, and shows payback for a state and income', async () => {
    const page = await open('/courses/');
    await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'CPC' });
    await page.getByLabel('Total at most ($)').fill('5000');
    await expect.poll(() => listRows(page).count()).toBe(2);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain('Showing 2 of 30');
    await page.getByRole('checkbox', { name: /Compare Professional Medical Coding Curriculum/ }).check();
    await page.getByRole('checkbox', { name: /Compare AAPC CPC Certification Course/ }).check();
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(2);
    expect(search(page)).toContain(`compare=${MEDCODE},${FOUNDATION}`);

    // Your own program joins the comparison, in the address only.
    await page.getByText('Add a program you are considering').click();
    await page.getByLabel('Program name').fill('Night class');
    await page.getByLabel('Price ($)').fill('1500');
    await page.getByLabel('Length (months)').fill('6');
    await page.getByLabel('Credential it prepares for').selectOption({ label: 'CCA' });
    await page.getByLabel('The exam').check();
    await page.getByRole('button', { name: 'Add to the comparison' }).click();
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(3);
    expect(search(page)).toContain('own=Night+class~1500~6~cca~e~');

    expect(await compareRow(page, 'Total')).toEqual([expect.stringMatching(/^\$3,895/), expect.stringMatching(/^at least \$2,690/), expect.stringMatching(/^at least \$1,500[\s\S]*books/)]);
    expect((await compareRow(page, 'Exam fee'))[1]).toMatch(/Unknown[\s\S]*not used in the total/);

    await page.getByLabel('Your state').selectOption({ label: 'Texas' });
    await page.getByLabel('Your income now ($ a year)').fill('30000');
    await page.getByLabel('Your income now ($ a year)').press('Tab');
    await expect.poll(() => search(page)).toContain('income=30000');
    await page.getByLabel('Wage to compare with').selectOption('p25');
    await expect.poll(async () => (await compareRow(page, 'Payback')).join(' | ')).toMatch(/About 7 months.*\| At least \d+ months.*\| At least 3 months/s);
    expect(search(page)).toMatch(/area=TX&income=30000&percentile=p25/);
    expect(await page.getByText('OEWS percentiles are not experience levels').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // Back undoes the percentile; the reload of the link restores everything.
    await page.goBack();
    await expect.poll(() => search(page)).not.toContain('percentile=p25');
    await expect.poll(() => page.getByLabel('Wage to compare with').inputValue()).toBe('median');
    await page.goForward();
    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(3);
    await page.context().close();
  });

  it('opens a deep link with the comparison, a stacked bar and the sources', async () => {
    const page = await open(`/courses/?compare=${MEDCODE},${DUPAGE}&area=IL&income=40000&percentile=median`);
    await expect.poll(() => compareTable(page).getByRole('columnheader').allInnerTexts()).toEqual([expect.stringContaining('Professional Medical Coding'), expect.stringContaining('Health Information Technology')]);
    expect(await page.getByLabel('Your state').inputValue()).toBe('IL');
    expect(await page.locator('.cc-bar-list li').count()).toBe(2);
    expect(await compareTable(page).getByRole('link', { name: 'College of DuPage' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Remove Health Information Technology/ }).click();
    await expect.poll(() => search(page)).toBe(`?compare=${MEDCODE}&area=IL&income=40000`);
    await page.context().close();
  });

  it('names a bad income instead of sending it', async () => {
    const page = await open(`/courses/?compare=${MEDCODE}`);
    await page.getByLabel('Your income now ($ a year)').fill('-3');
    await page.getByLabel('Your income now ($ a year)').press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('number of dollars');
    expect(search(page)).not.toContain('income');
    await page.context().close();
  });

  it('has no axe violations with nothing picked, and no horizontal scroll at 320 px', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.baseUrl}/courses/?compare=${MEDCODE},${FOUNDATION}&income=30000`);
    await waitForIslands(page);
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto(`${site.baseUrl}/courses/`);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('/certifications/', () => {
  it.each(['/certifications/', ...dataset.certifications.map((c) => `/certifications/${c.id}/`)])('%s has one h1, no script and no axe violations', async (path) => {
    const page = await site.newPage();
    const res = await page.goto(`${site.baseUrl}${path}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says the CPC exam fee is not published by AAPC and labels the third-party reports', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/certifications/cpc/`);
    const fee = page.locator('h2#fee ~ *').first();
    expect(await fee.textContent()).toContain('Not published');
    expect(await page.getByText('Reported by third parties').count()).toBe(1);
    expect(await page.getByText('CPC-A', { exact: false }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('is reached from a role guide', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/roles/medical-coder/`);
    await page.getByRole('link', { name: 'CPC', exact: true }).first().click();
    await page.waitForURL(`${site.baseUrl}/certifications/cpc/`);
    await page.context().close();
  });
});

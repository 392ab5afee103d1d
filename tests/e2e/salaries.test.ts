import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { WageRow } from '../../data/schemas.ts';
import { AREA_CODES } from '../../functions/domain/areas.ts';
import { headlineOf, newestRow, rowFor } from '../../functions/domain/salary.ts';
import { wagesMessages } from '../../site/i18n/wages-messages.ts';
import { expectNoAxeViolations, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const words = wagesMessages('en');
/** What a blank annual cell says: the BLS symbol (or "not in the copy read") in words. */
const blankOf = (r: WageRow, field: string) => words.blank[r.missing.find((m) => m.field === `annual.${field}`)!.symbol];
const rowsOf = (soc: string) => dataset.wages.filter((w) => w.soc === soc);
/** The row data/ holds for an occupation, area and year. */
const rowOf = (soc: string, area: string, year: number): WageRow => dataset.wages.find((w) => w.soc === soc && w.area === area && w.year === year)!;
const TABLE_ROWS = [
  ['10th percentile', 'p10'],
  ['25th percentile', 'p25'],
  ['Median', 'median'],
  ['75th percentile', 'p75'],
  ['90th percentile', 'p90'],
  ['Mean', 'mean'],
] as const;

async function open(path: string, page?: Page) {
  page ??= await site.newPage();
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
  return page;
}
const figuresTable = (page: Page) => page.locator('.sx-result').getByRole('table');
/** The text of the cells in the row whose header is exactly `name`. */
const cells = (table: Locator, name: string) => table.locator('tr', { has: table.page().getByRole('rowheader', { name, exact: true }) }).locator('td').allInnerTexts();
const search = (page: Page) => new URL(page.url()).search;

/** Wait until the figures table shows `area` in its column headers and return the table. */
async function figuresFor(page: Page, areaNames: string[]) {
  const table = figuresTable(page);
  await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual(['Measure', ...areaNames]);
  return table;
}

async function expectFigures(table: Locator, rows: readonly WageRow[]) {
  for (const [label, field] of TABLE_ROWS) {
    expect(await cells(table, label), label).toEqual(rows.map((r) => (r.annual[field] === null ? blankOf(r, field) : usd.format(r.annual[field]))));
  }
  expect(await cells(table, 'Year')).toEqual(rows.map((r) => `May ${r.year}`));
}

describe('salary explorer', () => {
  it('shows a medical coder in Texas as data/ has it, keeps it in the address, on reload and through Back', async () => {
    const tx = rowOf('29-2072', 'TX', 2024);
    const page = await open('/salaries/');
    await page.getByLabel('Role or BLS occupation').selectOption({ label: 'Medical coder' });
    await page.getByLabel('Area', { exact: true }).selectOption({ label: 'Texas' });
    await expect.poll(() => search(page)).toBe('?role=medical-coder&area=TX');

    await expectFigures(await figuresFor(page, ['Texas']), [tx]);
    expect(await page.locator('.sx-result h2').innerText()).toBe('Medical coder in Texas');
    await expect.poll(() => page.locator('.sx-result').innerText()).toContain('Medical Records Specialists');
    // The chart carries the same figures in its accessible name, and the live region says the result.
    const chart = page.getByRole('img', { name: /Texas, May 2024/ });
    expect(await chart.getAttribute('aria-label')).toContain(`median ${usd.format(tx.annual.median!)}`);
    expect(await chart.locator('text').allTextContents()).toContain(`Median ${usd.format(tx.annual.median!)}`);
    await expect.poll(() => page.locator('.sx-sr[role="status"]').textContent()).toBe(`Medical coder in Texas, May 2024: median ${usd.format(tx.annual.median!)} a year (Medical Records Specialists).`);
    // Every figure names its source.
    expect(await page.locator('.sx-result').getByRole('link', { name: /state estimates, May 2024/ }).count()).toBe(1);

    await page.reload();
    await waitForIslands(page);
    expect(await page.getByLabel('Area', { exact: true }).inputValue()).toBe('TX');
    await expectFigures(await figuresFor(page, ['Texas']), [tx]);

    await page.getByLabel('Area', { exact: true }).selectOption({ label: 'California' });
    await expect.poll(() => search(page)).toBe('?role=medical-coder&area=CA');
    await figuresFor(page, ['California']);
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?role=medical-coder&area=TX');
    expect(await page.getByLabel('Area', { exact: true }).inputValue()).toBe('TX');
    await expectFigures(await figuresFor(page, ['Texas']), [tx]);
    await page.context().close();
  });

  it('chooses a BLS occupation by SOC code and sends soc= to the address', async () => {
    const page = await open('/salaries/');
    await page.getByLabel('Role or BLS occupation').selectOption('43-3021');
    await expect.poll(() => search(page)).toBe('?soc=43-3021&area=US');
    const us = newestRow(rowsOf('43-3021'), 'US')!;
    await expectFigures(await figuresFor(page, ['United States']), [us]);
    await page.context().close();
  });

  it('adds two areas to one chart and table, removes one, and refuses a seventh', async () => {
    const page = await open('/salaries/?role=medical-coder&area=TX');
    const add = async (name: string) => {
      await page.getByLabel('Compare with another area').selectOption({ label: name });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    };
    await add('California');
    await add('New York');
    await expect.poll(() => search(page)).toBe('?role=medical-coder&area=TX&compare=CA,NY');
    const table = await figuresFor(page, ['Texas', 'California', 'New York']);
    await expectFigures(table, ['TX', 'CA', 'NY'].map((a) => rowOf('29-2072', a, 2024)));
    expect(await page.getByRole('img', { name: /Texas, May 2024.*California, May 2024.*New York, May 2024/ }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Areas on the chart' }).getByRole('listitem').allInnerTexts()).toHaveLength(3);

    await page.getByRole('button', { name: 'Remove California' }).click();
    await figuresFor(page, ['Texas', 'New York']);
    expect(search(page)).toBe('?role=medical-coder&area=TX&compare=NY');
    // Focus goes back to the area picker, so the keyboard user is not lost.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sx-add');

    await page.goto(`${site.baseUrl}/salaries/?role=medical-coder&area=TX&compare=CA,NY,FL,WA,OR`);
    await waitForIslands(page);
    await figuresFor(page, ['Texas', 'California', 'New York', 'Florida', 'Washington', 'Oregon']);
    await add('Ohio');
    await expect.poll(() => page.locator('.sx-compare [role="status"]').textContent()).toContain('6 areas at most');
    expect(search(page)).not.toContain('OH');
    await page.context().close();
  });

  it('labels the Mississippi file clerks fallback as another year, with BLS\'s suppression and its 510 jobs, and words every blank', async () => {
    const ms = rowOf('43-4071', 'MS', 2023);
    const page = await open('/salaries/?soc=43-4071&area=MS');
    const table = await figuresFor(page, ['Mississippi']);
    expect(await cells(table, 'Mean')).toEqual([usd.format(ms.annual.mean!)]);
    expect(await cells(table, 'Median')).toEqual(['not in the copy read']);
    expect(await cells(table, 'Year')).toEqual(['May 2023 (May 2024 suppressed)']);
    const result = await page.locator('.sx-result').innerText();
    expect(result).toContain(`Mean ${usd.format(ms.annual.mean!)}`);
    expect(result).toContain("Mississippi: May 2023, a different year. BLS's May 2024 wages here are suppressed (*: wage estimate not available), though BLS published employment of 510 for May 2024");
    expect(result).toContain('Not published for Mississippi');
    expect(result).toContain(ms.missing.find((m) => m.field === 'annual.median')!.meaning);
    expect(result).not.toMatch(/\$0\b/);
    expect(result).not.toMatch(/not published\b(?! for)/);
    await page.context().close();
  });

  it('shows state hourly pay: the BLS median as published, the other figures as annual ÷ 2,080 marked computed, never "not published"', async () => {
    const tx = rowOf('29-2072', 'TX', 2024);
    const page = await open('/salaries/?role=medical-coder&area=TX&pay=hourly');
    const table = await figuresFor(page, ['Texas']);
    expect(await cells(table, 'Median')).toEqual([cents.format(tx.hourly!.median!)]);
    expect(await cells(table, '10th percentile')).toEqual([`${cents.format(Math.round((tx.annual.p10! / 2080) * 100) / 100)}\ncomputed`]);
    const result = await page.locator('.sx-result').innerText();
    expect(result).not.toContain('not published');
    expect(result).toContain("annual ÷ 2,080, BLS's own convention");
    expect(await page.getByRole('img', { name: /median \$22\.71, 75th percentile \$29\.80 \(computed\)/ }).count()).toBe(1);
    expect(await page.locator('.sx-sr[role="status"]').textContent()).toBe('Medical coder in Texas, May 2024: median $22.71 an hour (Medical Records Specialists).');
    await page.context().close();
  });

  it('shows national hourly figures with cents, none computed', async () => {
    const us = newestRow(rowsOf('29-2072'), 'US')!;
    const page = await open('/salaries/?role=medical-coder&area=US&pay=hourly');
    const table = await figuresFor(page, ['United States']);
    // The static page shows the annual figures under the same header; wait for the island's hourly ones.
    await expect.poll(() => cells(table, 'Median')).toEqual([cents.format(us.hourly!.median!)]);
    expect(await page.locator('.sx-result .sx-computed').count()).toBe(0);
    await page.context().close();
  });

  it('compares the nation with a state in one year, May 2024, says so, and shows May 2025 apart', async () => {
    const page = await open('/salaries/?role=medical-coder&area=US&compare=TX');
    const table = await figuresFor(page, ['United States', 'Texas']);
    await expectFigures(table, [rowOf('29-2072', 'US', 2024), rowOf('29-2072', 'TX', 2024)]);
    expect(await cells(table, 'Jobs (OEWS)')).toEqual(['187,910', '20,390']);
    const result = await page.locator('.sx-result').innerText();
    expect(result).toContain('All areas are shown for May 2024, the newest year every one of them has.');
    expect(result).toContain(`Newest national year, shown apart from the comparison: United States, May 2025, median ${usd.format(rowOf('29-2072', 'US', 2025).annual.median!)} a year.`);
    await page.context().close();
  });

  it('says in words when two years stand side by side in a comparison', async () => {
    const page = await open('/salaries/?soc=43-4071&area=US&compare=MS');
    const table = await figuresFor(page, ['United States', 'Mississippi']);
    expect(await cells(table, 'Year')).toEqual(['May 2024', 'May 2023 (May 2024 suppressed)']);
    expect(await page.locator('.sx-result').innerText()).toContain('Two years side by side: Mississippi is not May 2024 but an older year');
    expect(await page.locator('.sx-year-line').nth(1).innerText()).toContain('Two years side by side: Mississippi is not May 2024');
    await page.context().close();
  });

  it('cautions where BLS\'s employment PRSE is above 20 %', async () => {
    const page = await open('/salaries/?soc=29-9021&area=ND');
    const table = await figuresFor(page, ['North Dakota']);
    expect(await cells(table, 'Jobs (OEWS)')).toEqual(['30\nuncertain (RSE 30.4 %)']);
    expect(await page.locator('.sx-result').innerText()).toContain("North Dakota: BLS's estimate of jobs here is uncertain: relative standard error 30.4 %.");
    await page.context().close();
  });

  it('says a top-coded figure in words where it would be', async () => {
    const page = await open('/salaries/?soc=11-9111&area=CA');
    const table = await figuresFor(page, ['California']);
    expect(await cells(table, '90th percentile')).toEqual(["above BLS's top-code (#)"]);
    await page.context().close();
  });

  it('ranks every area by pay, highest first, and sorts by name with aria-sort', async () => {
    const page = await open('/salaries/?role=medical-coder&area=TX');
    const table = page.getByRole('table', { name: /annual pay in each area, May 2024$/ });
    await expect.poll(() => table.getByRole('row').count()).toBe(AREA_CODES.length + 1);
    // One year for every area: the nation's May 2024 row, not its May 2025 one.
    const ranked = AREA_CODES.map((a) => ({ a, h: headlineOf(rowFor(rowsOf('29-2072'), a, 2024)!.row)! })).sort((x, y) => y.h.value - x.h.value);
    expect(await table.getByRole('row', { name: /^United States/ }).innerText()).toContain(usd.format(rowOf('29-2072', 'US', 2024).annual.median!));
    expect(await page.locator('.sx-newest').innerText()).toContain(`United States, May 2025, median ${usd.format(rowOf('29-2072', 'US', 2025).annual.median!)}`);
    const firstRow = () => table.getByRole('row').nth(1).innerText();
    expect(await firstRow()).toContain(usd.format(ranked[0]!.h.value));
    expect(await table.getByRole('columnheader', { name: /Annual pay/ }).getAttribute('aria-sort')).toBe('descending');

    await table.getByRole('button', { name: /Area/ }).click();
    expect(await table.getByRole('columnheader', { name: /Area/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await table.getByRole('columnheader', { name: /Annual pay/ }).getAttribute('aria-sort')).toBeNull();
    expect(await firstRow()).toMatch(/^Alabama/);

    // Choosing an area in the list shows its range above.
    await table.getByRole('link', { name: 'Alaska' }).click();
    await expect.poll(() => search(page)).toBe('?role=medical-coder&area=AK');
    await figuresFor(page, ['Alaska']);
    await page.context().close();
  });

  it('shows the problem and retries when the API fails', async () => {
    const page = await open('/salaries/?role=medical-coder&area=TX');
    await page.route('**/api/salaries?*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Service Unavailable', status: 503, detail: 'The wage table cannot be reached.' }) }),
    );
    await page.getByLabel('Area', { exact: true }).selectOption({ label: 'Ohio' });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The wage table cannot be reached.');
    await page.unroute('**/api/salaries?*');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectFigures(await figuresFor(page, ['Ohio']), [rowOf('29-2072', 'OH', 2024)]);
    await page.context().close();
  });

  it('copies the link to the view and says so', async () => {
    const page = await site.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await open('/salaries/?role=medical-coder&area=TX', page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.sx-share [role="status"]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.baseUrl}/salaries/?role=medical-coder&area=TX`);
    expect(await page.getByLabel('Link to this view').inputValue()).toBe(`${site.baseUrl}/salaries/?role=medical-coder&area=TX`);
    await page.context().close();
  });

  it('has one h1, a description, and no axe violations with a comparison and the area list shown', async () => {
    const page = await open('/salaries/?role=medical-coder&area=TX&compare=CA');
    await figuresFor(page, ['Texas', 'California']);
    await page.getByRole('table', { name: /annual pay in each area/ }).waitFor();
    expect(await page.locator('h1').allInnerTexts()).toEqual(['What billing and coding jobs pay in your state']);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('names a bad role, area, comparison area and pay in a link, says what is shown instead, and corrects the address (390 px)', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await open('/salaries/?role=nope&area=ZZ&compare=TX,QQ&pay=weekly', page);
    await figuresFor(page, ['United States', 'Texas']);
    const message = page.getByRole('status').filter({ hasText: '“ZZ”' });
    await expect.poll(() => message.innerText()).toContain('“ZZ” is not a US state or the nation; showing the United States.');
    const text = await message.innerText();
    expect(text).toContain('“nope” is not a role or BLS occupation on this site; showing medical coder.');
    expect(text).toContain('“QQ” is not a US state or the nation, so left out of the comparison.');
    expect(text).toContain('“weekly” is not annual or hourly pay; showing annual pay.');
    expect(search(page)).toBe('?role=medical-coder&area=US&compare=TX');
    await page.getByLabel('Area', { exact: true }).selectOption('OH');
    await expect.poll(() => message.count()).toBe(0);
    await page.context().close();
  });

  it('says nothing about the link when every part of it is known', async () => {
    const page = await open('/salaries/?role=medical-coder&area=TX');
    await figuresFor(page, ['Texas']);
    expect(await page.locator('.sx-notice').count()).toBe(0);
    expect(search(page)).toBe('?role=medical-coder&area=TX');
    await page.context().close();
  });

  it('fits a 320 px screen without sideways scrolling of the page', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    await open('/salaries/?role=medical-coder&area=TX&compare=CA,NY', page);
    await figuresFor(page, ['Texas', 'California', 'New York']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('shows the national figures for every role without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/salaries/`);
    const table = page.getByRole('table', { name: /Annual pay by role, United States/ });
    const us = newestRow(rowsOf('29-2072'), 'US')!;
    const coder = table.getByRole('row', { name: /^Medical coder/ });
    expect(await coder.innerText()).toContain(usd.format(us.annual.median!));
    expect(await coder.innerText()).toContain(`May ${us.year}`);
    expect(await table.getByRole('row').count()).toBe(dataset.roles.length + 1);
    expect(await page.locator('.sx-nojs').isVisible()).toBe(true);
    await page.context().close();
  });
});

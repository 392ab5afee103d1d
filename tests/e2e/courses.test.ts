import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleClaims, dataset } from '../../data/index.ts';
import { expectNoAxeViolations, SITE_DIR, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';

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
/** The comparison on a narrow screen: a card per program, each headed by its name. */
const compareCards = (page: Page) => page.getByRole('region', { name: 'Each program in the comparison' });
const cardNames = (page: Page) => compareCards(page).getByRole('heading', { level: 3 }).allInnerTexts();
const PHONE = { width: 390, height: 844 };
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const nameOf = (id: string) => dataset.programs.find((p) => p.id === id)!.name;
/** The cells of the comparison row whose header is `name`. */
const compareRow = (page: Page, name: string) => compareTable(page).locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').allInnerTexts();

async function open(path: string) {
  const page = await site.newPage();
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
  return page;
}

describe('/courses/', () => {
  it('lists every program without JavaScript, with "price not published" where there is none and the kind of every price', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/courses/`);
    expect(await listRows(page).count()).toBe(dataset.programs.length);
    expect(await page.getByText('Price not published', { exact: true }).count()).toBe(2 * 22);
    const price = (name: RegExp) => listRows(page).filter({ has: page.getByRole('rowheader', { name }) }).locator('td[data-label="Price"]').innerText();
    expect(await price(/Professional Medical Coding Curriculum/)).toMatch(/^\$3,895\s+published by the provider$/);
    expect(await price(/Medical Information Coder\/Biller/)).toMatch(/^\$3,881\s+computed by this site from a published rate\s+37 credits × \$104\.88 .*; rate dated 2018$/);
    expect(await listRows(page).filter({ hasText: 'Santa Barbara' }).locator('td[data-label="Price"]').innerText()).toMatch(/^\$1,748\s+third-party report\s+California residents/);
    expect(await listRows(page).filter({ hasText: 'Santa Barbara' }).locator('td[data-label="Length"]').innerText()).toBe('38 credits (computed by this site: price ÷ per-credit rate)');
    await page.context().close();
  });

  it('filters to CPC programs under a budget, compares three with one of your own, and shows payback for a state and income', async () => {
    const page = await open('/courses/');
    await page.getByLabel('Credential', { exact: true }).selectOption({ label: 'CPC' });
    await page.getByLabel('Total at most ($)').fill('5000');
    await expect.poll(() => listRows(page).count()).toBe(6);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain('Showing 6 of 55');
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
    // AAPC publishes no exam price: the third parties' range, said as theirs and kept out of the total; the membership is AAPC's renewal price.
    expect((await compareRow(page, 'Exam fee'))[1]).toMatch(/^\$399–\$499\s+third-party reports \(2026\), not counted in the total/);
    expect((await compareRow(page, 'Membership'))[1]).toMatch(/^\$190[\s\S]*Published by AAPC\.[\s\S]*AAPC's renewal price: AAPC's pages give no price to join\./);
    expect((await compareRow(page, 'Tuition'))[1]).toMatch(/^\$2,500[\s\S]*Published by the provider\./);

    await page.getByLabel('Your state').selectOption({ label: 'Texas' });
    await page.getByLabel('Your income now ($ a year)').fill('30000');
    await page.getByLabel('Your income now ($ a year)').press('Tab');
    await expect.poll(() => search(page)).toContain('income=30000');
    // The 25th percentile unless another is picked; months of study first (MedCode Logix: 4.2), then the months that earn the cost back.
    expect(await page.getByLabel('Wage to compare with').inputValue()).toBe('p25');
    const p25 = dataset.wages.find((w) => w.soc === '29-2072' && w.area === 'TX' && w.year === 2024)!.annual.p25!;
    const recovery = Math.ceil(3895 / (Math.round((p25 / 12 - 2500) * 100) / 100));
    const payback = new RegExp(`^About ${Math.ceil(4.2 + recovery)} months from the start\\s+4\\.2 months of study, then ${recovery} months of earning.*\\| At least \\d+ months from the start\\s+\\d+ months of earning after study; the program states no length.*\\| At least \\d+ months from the start\\s+6 months of study`, 's');
    await expect.poll(async () => (await compareRow(page, 'Payback')).join(' | ')).toMatch(payback);
    expect(search(page)).toMatch(/area=TX&income=30000(&|$)/);
    expect(search(page)).not.toContain('percentile');
    expect(await page.getByText('OEWS percentiles are not experience levels').count()).toBeGreaterThan(0);
    expect(await page.getByText('Payback uses the 25th percentile unless you pick another: someone new to the work often earns below the median.').count()).toBe(1);
    await expectNoAxeViolations(page);

    // Another percentile goes into the link; Back undoes it; the reload of the link restores everything.
    await page.getByLabel('Wage to compare with').selectOption('median');
    await expect.poll(() => search(page)).toContain('percentile=median');
    await page.goBack();
    await expect.poll(() => search(page)).not.toContain('percentile=median');
    await expect.poll(() => page.getByLabel('Wage to compare with').inputValue()).toBe('p25');
    await page.goForward();
    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(3);
    await page.context().close();
  });

  it('filters by state from the link, counts each state, and for a state with none points to online programs and a local college', async () => {
    const page = await open('/courses/?state=NJ');
    await expect.poll(() => listRows(page).count()).toBe(15);
    expect(await page.getByLabel('Where it is taught').inputValue()).toBe('NJ');
    expect(await page.getByLabel('Where it is taught').locator('option:checked').textContent()).toBe('New Jersey (15)');
    const njcu = listRows(page).filter({ has: page.getByRole('rowheader', { name: /Professional Medical Billing and Coding - CS/ }) });
    expect(await njcu.locator('td[data-label="Price"]').innerText()).toMatch(/^\$3,699\s+reported by the provider to a state registry\s+reported in 2021; check the current price$/);
    expect(await njcu.getByRole('rowheader').innerText()).toContain('CIP 51.0720');
    await page.getByLabel('Where it is taught').selectOption({ label: 'Ohio (0)' });
    await expect.poll(() => search(page)).toContain('state=OH');
    expect(await page.getByText('No programs listed for Ohio yet — online programs and how to check a local college:').count()).toBe(1);
    await page.getByRole('button', { name: 'Show the online programs' }).click();
    await expect.poll(() => listRows(page).count()).toBe(20);
    expect(search(page)).toContain('state=online');
    await page.context().close();
  });

  it('compares a registry program line by line: none reported for a 0, never $0, and the registry total as the total', async () => {
    const page = await open('/courses/?compare=njcu-professional-medical-billing-coding,liberty-institute-medical-billing-coding');
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(2);
    expect((await compareRow(page, 'Supplies and tools'))[0]).toMatch(/^None reported\s+None reported: the provider listed no supplies or tools in the state registry/);
    expect((await compareRow(page, 'Supplies and tools'))[1]).toMatch(/^\$250\s+reported in 2021; check the current price/);
    expect(await compareRow(page, 'Total')).toEqual([expect.stringMatching(/^at least \$3,699/), expect.stringMatching(/^at least \$15,220/)]);
    expect(await compareTable(page).innerText()).not.toMatch(/\$0(?![\d,.])/);
    await page.context().close();
  });

  it('opens a deep link with the comparison, a stacked bar and the sources', async () => {
    const page = await open(`/courses/?compare=${MEDCODE},${DUPAGE}&area=IL&income=40000&percentile=median`);
    await expect.poll(() => compareTable(page).getByRole('columnheader').allInnerTexts()).toEqual([expect.stringContaining('Professional Medical Coding'), expect.stringContaining('Health Information Technology')]);
    expect(await page.getByLabel('Your state').inputValue()).toBe('IL');
    expect(await page.locator('.cc-bar-list li').count()).toBe(2);
    expect(await compareTable(page).getByRole('link', { name: 'College of DuPage' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Remove Health Information Technology/ }).click();
    await expect.poll(() => search(page)).toBe(`?compare=${MEDCODE}&area=IL&income=40000&percentile=median`);
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

  it('names unknown program ids, a negative income and a bad area in a link, says what is shown instead, and corrects the address (390 px)', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.baseUrl}/courses/?compare=${MEDCODE},nope-1,nope-2&income=-5&area=ZZ`);
    await waitForIslands(page);
    await expect.poll(() => cardNames(page)).toEqual([nameOf(MEDCODE)]);
    const message = page.getByRole('status').filter({ hasText: 'nope-1' });
    const text = await message.innerText();
    expect(text).toContain('No program “nope-1”, “nope-2” is in the catalog, so they are left out of the comparison.');
    expect(text).toContain('“-5” is not a number of dollars a year, so no income is used.');
    expect(text).toContain('“ZZ” is not a US state or the nation; showing the United States.');
    expect(search(page)).toBe(`?compare=${MEDCODE}&area=US`);
    await page.getByLabel('Your state').selectOption('TX');
    await expect.poll(() => message.count()).toBe(0);
    await page.context().close();
  });

  it('names a non-numeric income in a link and keeps the programs it knows', async () => {
    const page = await open(`/courses/?compare=${MEDCODE}&income=lots`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '“lots”' }).count()).toBe(1);
    expect(search(page)).toBe(`?compare=${MEDCODE}&area=US`);
    expect(await page.getByLabel('Your income now ($ a year)').inputValue()).toBe('');
    await page.context().close();
  });

  it('shows a tray at the foot of a phone screen once a program is ticked, announces each count, and moves focus to the comparison', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/courses/`);
    await waitForIslands(page);
    const tray = page.getByRole('region', { name: 'Programs picked to compare' });
    const live = page.getByRole('status').filter({ hasText: /^Comparing \d|^No programs in the comparison/ });
    expect(await tray.count()).toBe(0);
    const boxes = page.getByRole('checkbox', { name: /^Compare / });
    await boxes.nth(6).check();
    await expect.poll(() => live.textContent()).toBe('Comparing 1 program.');
    await boxes.nth(9).check();
    await expect.poll(() => live.textContent()).toBe('Comparing 2 programs.');
    expect(await live.getAttribute('class')).toContain('cc-sr');
    // The tray sits at the foot of the screen while the reader is far down the list.
    await boxes.nth(9).scrollIntoViewIfNeeded();
    expect(await tray.innerText()).toMatch(/^Comparing 2 of 4\s+View comparison$/);
    const box = (await tray.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(PHONE.height - 4);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
    // Once the comparison has loaded the button focuses it (while it loads, its heading: a loaded CI machine can be that slow).
    const cards = compareCards(page);
    await expect.poll(() => cards.getByRole('heading', { level: 3 }).count()).toBe(2);
    await tray.getByRole('button', { name: 'View comparison' }).click();
    await expect.poll(() => cards.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await cards.boundingBox())!.y).toBeLessThan(PHONE.height / 2);
    expect(await cards.getByRole('heading', { level: 3 }).count()).toBe(2);
    // Removing one from its card is announced too.
    await cards.getByRole('button', { name: /^Remove / }).first().click();
    await expect.poll(() => live.textContent()).toBe('Comparing 1 program.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare 1 program');
    expect(await tray.innerText()).toMatch(/^Comparing 1 of 4/);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lists each program on a phone in a compact row (name, total, Compare) at most 200 px tall, with its details on demand', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/courses/`);
    await waitForIslands(page);
    const heights = await listRows(page).evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(heights).toHaveLength(dataset.programs.length);
    expect(Math.max(...heights)).toBeLessThanOrEqual(200);
    const row = listRows(page).filter({ has: page.getByRole('rowheader', { name: /Professional Medical Coding Curriculum/ }) });
    expect(await row.locator('td[data-label="Total"]').innerText()).toBe('$3,895');
    expect(await row.locator('td[data-label="Total"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Total: "');
    expect(await row.locator('td[data-label="Price"]').isVisible()).toBe(false);
    await row.getByText(/^Details /).click();
    expect(await row.locator('td[data-label="Price"]').innerText()).toMatch(/^\$3,895\s+published by the provider$/);
    expect(await row.locator('td[data-label="Length"]').isVisible()).toBe(true);
    // Wide screens keep the full table.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await listRows(page).nth(1).locator('td[data-label="Price"]').isVisible()).toBe(true);
    expect(await listRows(page).nth(1).locator('details').count()).toBe(1);
    expect(await listRows(page).nth(1).locator('details').isVisible()).toBe(false);
    await page.context().close();
  });

  it('compares four programs on a phone as one card each, every one in view without sideways scrolling, and as a table on a wide screen', async () => {
    const ids = [MEDCODE, FOUNDATION, DUPAGE, 'njcu-professional-medical-billing-coding'];
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/courses/?compare=${ids.join(',')}&income=30000`);
    await waitForIslands(page);
    await expect.poll(() => cardNames(page)).toEqual(ids.map(nameOf));
    expect(await compareTable(page).isVisible()).toBe(false);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    for (const card of await compareCards(page).getByRole('listitem').all()) {
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await card.innerText()).toMatch(/Total\s+(at least )?\$[\d,]+[\s\S]*Payback\s+(About|At least|Never|Not worked out)/);
    }
    // A card's cost lines open on demand.
    const first = compareCards(page).getByRole('listitem').first();
    expect(await first.getByText(/^Tuition$/).isVisible()).toBe(false);
    await first.getByText('Cost line by line').click();
    expect(await first.getByText(/^Tuition$/).isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(4);
    expect(await compareCards(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('says plainly that your own program was added, and with four compared says to remove one first, keeping what you typed', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/courses/?compare=${MEDCODE},${FOUNDATION}`);
    await waitForIslands(page);
    await expect.poll(() => cardNames(page)).toHaveLength(2);
    await page.getByText('Add a program you are considering').click();
    const add = async (name: string) => {
      await page.getByLabel('Program name').fill(name);
      await page.getByLabel('Price ($)').fill('1500');
      await page.getByRole('button', { name: 'Add to the comparison' }).click();
    };
    await add('Night class');
    const said = page.getByRole('status').filter({ hasText: 'Added “' });
    await expect.poll(() => said.textContent()).toBe('Added “Night class” to the comparison: comparing 3 programs now. It is in the comparison above.');
    await expect.poll(() => cardNames(page)).toEqual([nameOf(MEDCODE), nameOf(FOUNDATION), 'Night class']);
    await add('Weekend class');
    await expect.poll(() => said.textContent()).toBe('Added “Weekend class” to the comparison: comparing 4 programs now. It is in the comparison above.');
    const full = 'The comparison already shows four programs, the most at once. To add yours, first remove one with its “Remove” button in the comparison above; what you type here stays.';
    expect(await page.getByText(full).isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    const button = page.getByRole('button', { name: 'Add to the comparison' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await button.getAttribute('aria-describedby')).toBe('cc-own-full');
    await page.getByLabel('Program name').fill('Third class');
    await button.press('Enter');
    await page.waitForTimeout(200);
    expect(await page.getByLabel('Program name').inputValue()).toBe('Third class');
    expect(await cardNames(page)).toHaveLength(4);
    // Removing one makes room, and the program typed can then be added.
    await compareCards(page).getByRole('button', { name: `Remove ${nameOf(FOUNDATION)}` }).click();
    await expect.poll(() => page.getByText(full).count()).toBe(0);
    await button.click();
    await expect.poll(() => said.textContent()).toContain('Added “Third class” to the comparison: comparing 4 programs now.');
    await page.context().close();
  });

  it.each([
    ['percentile=p99', '“p99” is not a wage percentile this page uses (p10, p25, median, p75 or p90), so payback uses the 25th percentile wage.', `?compare=${MEDCODE}&area=US`],
    ['percentile=median&examPrice=gold&retake=yes', '“gold” is not an exam price this page knows (member or non-member), so the member price is used where membership is required. “yes” is not 1 or 0 for a retake allowance, so none is added.', `?compare=${MEDCODE}&area=US&percentile=median`],
    ['format=zoom&sort=cheap', '“zoom” is not a program format this page knows, so programs of every format are shown. “cheap” is not a way to sort the list, so it is sorted by total cost.', `?compare=${MEDCODE}&area=US`],
    ['maxCost=-1&maxMonths=soon', '“-1” is not a number of dollars, so no maximum total is used. “soon” is not a number of months from 0 to 600, so no maximum length is used.', `?compare=${MEDCODE}&area=US`],
    ['certification=xyz&state=ZZ&includesExam=maybe', 'No credential “xyz” is listed here, so programs for every credential are shown. “ZZ” is not a US state or “online”, so programs taught anywhere are shown. “maybe” is not true or false for “exam in the price”, so programs are shown either way.', `?compare=${MEDCODE}&area=US`],
    ['own=~~~', 'A program of your own in the link could not be read, so it is left out.', `?compare=${MEDCODE}&area=US`],
  ])('names a bad value in a link (%s), says what is shown instead, and corrects the address', async (query, words, corrected) => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/courses/?compare=${MEDCODE}&${query}`);
    await waitForIslands(page);
    const message = page.getByRole('status').filter({ hasText: 'The address has been corrected.' });
    await expect.poll(() => message.textContent()).toBe(`${words} The address has been corrected.`);
    expect(search(page)).toBe(corrected);
    await expect.poll(() => cardNames(page)).toEqual([nameOf(MEDCODE)]);
    await page.context().close();
  });

  it('names the programs past the fourth in a link and keeps the first four', async () => {
    const ids = [MEDCODE, FOUNDATION, DUPAGE, 'njcu-professional-medical-billing-coding', 'liberty-institute-medical-billing-coding'];
    const page = await open(`/courses/?compare=${ids.join(',')}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Four programs can be compared at once' }).textContent()).toBe(
      `Four programs can be compared at once, so ${nameOf(ids[4]!)} is left out. The address has been corrected.`,
    );
    expect(search(page)).toBe(`?compare=${ids.slice(0, 4).join(',')}&area=US`);
    await page.context().close();
  });

  it('leaves a good link as it is, with no message', async () => {
    const query = `?compare=${MEDCODE}&area=TX&income=30000&percentile=p75&examPrice=non-member&retake=1&certification=cpc&state=online&format=self-paced-online&maxCost=5000&maxMonths=12&includesExam=true&sort=months`;
    const page = await open(`/courses/${query}`);
    await expect.poll(() => compareTable(page).getByRole('columnheader').count()).toBe(1);
    expect(await page.getByText('The address has been corrected.').count()).toBe(0);
    expect(search(page)).toBe(query);
    await page.context().close();
  });

  it('has no axe violations with nothing picked, and no horizontal scroll at 320 px', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.baseUrl}/courses/?compare=${MEDCODE},${FOUNDATION}&income=30000`);
    await waitForIslands(page);
    await expect.poll(() => cardNames(page)).toEqual([nameOf(MEDCODE), nameOf(FOUNDATION)]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.goto(`${site.baseUrl}/courses/`);
    await waitForIslands(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('/certifications/', () => {
  it.each(['/certifications/', ...dataset.certifications.map((c) => `/certifications/${c.id}/`)])('%s has one h1, no script, no axe violations and no horizontal scroll at 320 px', async (path) => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    const res = await page.goto(`${site.baseUrl}${path}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says the CPC exam fee is not published by AAPC and labels the third-party reports', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/certifications/cpc/`);
    const fee = page.locator('h2#fee ~ *').first();
    expect(await fee.textContent()).toContain('Not published');
    expect(await page.getByText(/^Third-party reports: other sites give these prices\. AAPC has not confirmed them/).count()).toBe(1);
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

/** A built page's HTML, as served. */
const built = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
/** The text a reader sees (tags dropped, entities for quotes and ampersands read). */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('built pages: every price says what it is', () => {
  const pages = ['courses', 'certifications', ...dataset.certifications.map((c) => `certifications/${c.id}`)];

  it.each(pages)('/%s/ shows no zero dollars and no JSON-LD price of 0', (path) => {
    const html = built(path);
    expect(html).not.toMatch(/\$0(?![\d,.])/);
    expect(html).not.toMatch(/"price":\s*0[,}]/);
    expect(html).not.toMatch(/"(total|amount)":0[,}]/);
  });

  it('/courses/ counts its prices by kind in the headline', () => {
    expect(text(built('courses'))).toContain(
      "Of 55 programs' prices, as read by Nov 27, 2026: 3 published by the provider, 4 computed by this site from published rates, 1 third-party report, 1 upper bound (at most), 1 from an older page, 23 reported by the provider to a state registry; 22 not published.",
    );
    expect(text(built('courses'))).toContain('By where they are taught: 20 online, 15 in New Jersey, 4 in Florida, 2 in Maryland, 2 in Texas, 1 in California,');
  });

  it('/methodology/ counts the programs by price kind and by state', () => {
    const page = text(built('methodology'));
    expect(page).toContain("The 55 programs' prices: 3 published by the provider, 4 computed by this site from published rates, 1 third-party report, 1 upper bound (at most), 1 from an older page, 23 reported by the provider to a state registry; 22 not published.");
    expect(page).toContain('By where they are taught: 20 online, 15 in New Jersey,');
  });

  it('/courses/ lists the programs of each state in a list that opens without JavaScript, and lists the states with none', () => {
    const html = built('courses');
    const nj = html.match(/<li id="state-NJ">([\s\S]*?)<\/details>/)![1]!;
    expect(text(nj)).toContain('New Jersey: 15 programs');
    expect([...nj.matchAll(/href="#p-([a-z0-9-]+)"/g)].map((m) => m[1]).sort()).toEqual(dataset.programs.filter((p) => p.state === 'NJ').map((p) => p.id).sort());
    for (const [, id] of nj.matchAll(/href="#p-([a-z0-9-]+)"/g)) expect(html).toContain(`id="p-${id}"`);
    const none = [...html.match(/<ul class="cc-none-list">([\s\S]*?)<\/ul>/)![1]!.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(none).toContain('Alabama');
    expect(none).toContain('Ohio');
    expect(none).not.toContain('New Jersey');
    expect(text(html)).toContain(`No programs are listed yet for these ${none.length} places: `);
    expect(text(html)).toContain('For these, use the online programs above.');
  });

  it('/courses/ JSON-LD gives an Offer price only where the provider published it, and describes the rest', () => {
    const ld = JSON.parse(built('courses').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as { '@graph': { name: string; offers: { price?: number; description?: string } }[] };
    const withPrice = ld['@graph'].filter((p) => p.offers.price !== undefined);
    expect(withPrice.map((p) => p.offers.price).sort()).toEqual([1760, 2500, 3895]);
    const described = ld['@graph'].filter((p) => p.offers.price === undefined).map((p) => p.offers.description!);
    expect(described).toHaveLength(30);
    expect(described.filter((d) => d.startsWith('Tuition, reported by the provider to a state registry. Not a price the provider published.'))).toHaveLength(23);
    expect(described.find((d) => d.includes('$46 per unit'))).toMatch(/^Tuition, third-party report: .*Not a price the provider published\.$/);
    expect(described.find((d) => d.includes('37 credits'))).toMatch(/^Tuition, computed by this site from a published rate: .*rate dated 2018\. Not a price the provider published\.$/);
  });

  it('/courses/ sets the article’s “a few hundred dollars” beside each credential’s exam fee and its kind', () => {
    const page = text(built('courses'));
    expect(page).toContain(articleClaims.find((c) => c.id === 'exam-cost')!.quote);
    expect(page).toContain("CPC: $399–$499 (third-party reports (2026); AAPC's pages give no price)");
    expect(page).toContain('CCA: $199–$299 (published by AHIMA)');
  });

  it('/certifications/ keeps the caveats of the detail pages: older pages, third parties, renewal not join', () => {
    const rows = new Map([...built('certifications').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [text(m[1]!).trim().split(' ')[0]!, text(m[1]!)]));
    expect(rows.get('CPC-P')).toContain('$350 members (from an older page); no non-member price published');
    expect(rows.get('CCS')).toContain('$299 members, $399 non-members (from an older page)');
    expect(rows.get('CPC')).toContain("Not published by AAPC; $399–$499, third-party reports (2026)");
    for (const id of ['CPC', 'CPB', 'COC', 'CRC', 'CPC-P']) expect(rows.get(id), id).toContain("Required: AAPC. AAPC's pages give no price to join; $190 a year to renew (published by AAPC)");
  });

  it('/certifications/ sets the article’s “a few hundred dollars” beside every credential’s exam fee, with its kind', () => {
    const page = text(built('certifications'));
    expect(page).toContain(articleClaims.find((c) => c.id === 'exam-cost')!.quote);
    for (const item of ["CPC: $399–$499 (third-party reports (2026); AAPC's pages give no price)", 'CCS: $299–$399 (from an older page)', 'CMRS: no price found, from AMBA or anyone else'])
      expect(page).toContain(item);
    expect(page).toContain('Every exam fee found is between $117 and $499');
  });

  it.each(['cpb', 'coc', 'crc'])('/certifications/%s/ says the 190 dollars are the renewal price and that AAPC gives no price to join', (id) => {
    const page = text(built(`certifications/${id}`));
    expect(page).toContain('To join: not published by AAPC');
    expect(page).toMatch(/To renew: \$190 \(published by AAPC; Individual renewal/);
    expect(page).toContain("AAPC's pages give no price to join. So course totals on this site count $190, the price to renew, and say so.");
    expect(page).not.toContain('Annual dues');
  });
});

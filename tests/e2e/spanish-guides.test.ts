/**
 * A guide's language: the counselor chooses it on the builder (the page's by default), it is saved with the
 * guide and restored by the edit link, and the student's view, its printed link and its QR code open in it,
 * whichever language's page the student arrives on. Words are read from the catalogs, so a changed
 * translation changes the test with it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { common as esCommon } from '../../site/i18n/es/common.ts';
import { guides as en } from '../../site/i18n/en/guides.ts';
import { guides as es } from '../../site/i18n/es/guides.ts';
import { qrDataUrl } from '../../site/islands/guides/qr.ts';
import { startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

async function openBuilder(page: Page, path: string) {
  await page.goto(`${site.baseUrl}${path}`);
  await page.waitForSelector('#gb-form[data-ready="true"]');
}
const languageRadio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const pathAndQuery = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}${u.hash}`;
};

/** A guide saved through the API as a counselor's page sends it (no language: English). */
async function savedGuide(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${site.baseUrl}/api/guides`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.baseUrl }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("a guide's language", () => {
  let share = '';
  let edit = '';

  it('a counselor on the English builder chooses Español by keyboard; the guide is saved in Spanish and its share link and QR code lead to /es/guides/', async () => {
    const page = await site.newPage();
    await openBuilder(page, '/guides/new/');
    expect(await languageRadio(page, en.newPage.languageNames.en).isChecked()).toBe(true);
    expect(await page.locator('#gb-preview-language').textContent()).toBe(en.builder.studentReads.en);
    await page.getByLabel(en.builder.field.title).fill('Caminos para María');
    await page.locator('#gb-role-options input[value="medical-coder"]').check();

    // Keyboard: the arrow key moves the choice within the group.
    await languageRadio(page, en.newPage.languageNames.en).focus();
    await page.keyboard.press('ArrowRight');
    expect(await languageRadio(page, en.newPage.languageNames.es).isChecked()).toBe(true);
    await expect.poll(() => page.locator('#gb-preview-language').textContent()).toBe(en.builder.studentReads.es);

    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/guides'));
    await page.getByRole('button', { name: en.newPage.publish }).click();
    expect((await sent).postDataJSON()).toMatchObject({ language: 'es' });
    await page.waitForSelector('#gb-share-link');
    share = await page.locator('#gb-share-link').inputValue();
    edit = await page.locator('#gb-edit-link').inputValue();
    const id = new URL(share).searchParams.get('id')!;
    expect(pathAndQuery(share)).toBe(`/es/guides/?id=${id}`);
    // The edit link stays on the counselor's page; the QR code holds the Spanish share link.
    expect(new URL(edit).pathname).toBe('/guides/new/');
    const qr = page.locator('.gb-qr img');
    expect(await qr.getAttribute('src')).toBe(qrDataUrl(share));
    expect(await qr.getAttribute('alt')).toBe(en.publish.qrAlt(share));
    expect(await page.locator('.gb-published a[target="_blank"]').getAttribute('href')).toBe(share);
    await page.close();
  });

  it('opening /guides/?id=<that id> lands on /es/guides/?id=… in Spanish, with its printed link and QR code in Spanish', async () => {
    const page = await site.newPage();
    const id = new URL(share).searchParams.get('id')!;
    await page.goto(`${site.baseUrl}/guides/?id=${id}#roles`);
    await page.waitForURL((url) => url.pathname === '/es/guides/');
    await page.waitForSelector('#guide[data-ready="true"]');
    expect(pathAndQuery(page.url())).toBe(`/es/guides/?id=${id}#roles`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#guide h1').textContent()).toContain('Caminos para María');
    expect(await page.locator('.gd-url').textContent()).toBe(share);
    expect(await page.locator('.gd-share img').getAttribute('src')).toBe(qrDataUrl(share));
    // The English page was replaced, not left in the history: Back does not bounce through it.
    expect(await page.evaluate(() => history.length)).toBe(2);
    await page.close();
  });

  it('the edit link restores Español; switching back to English and saving moves the share link to /guides/', async () => {
    const page = await site.newPage();
    await page.goto(edit);
    await page.waitForSelector('#gb-form[data-ready="true"]');
    expect(await languageRadio(page, en.newPage.languageNames.es).isChecked()).toBe(true);
    expect(await page.locator('#gb-preview-language').textContent()).toBe(en.builder.studentReads.es);
    expect(await page.locator('#gb-share-link').inputValue()).toBe(share);

    await languageRadio(page, en.newPage.languageNames.en).check();
    const sent = page.waitForRequest((r) => r.method() === 'PUT');
    await page.getByRole('button', { name: en.builder.save }).click();
    expect((await sent).postDataJSON()).not.toHaveProperty('language');
    await expect.poll(() => page.locator('#gb-status').textContent()).toBe(en.builder.savedIn.en);
    const english = await page.locator('#gb-share-link').inputValue();
    expect(pathAndQuery(english)).toBe(`/guides/?id=${new URL(share).searchParams.get('id')}`);
    expect(await page.locator('.gb-qr img').getAttribute('src')).toBe(qrDataUrl(english));
    await page.close();
  });

  it('an English guide opened at /es/guides/?id=… lands on /guides/?id=… in English', async () => {
    const id = await savedGuide({ title: 'Paths for Sam', roles: ['medical-coder'] });
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/es/guides/?id=${id}`);
    await page.waitForURL((url) => url.pathname === '/guides/');
    await page.waitForSelector('#guide[data-ready="true"]');
    expect(pathAndQuery(page.url())).toBe(`/guides/?id=${id}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#guide h1').textContent()).toContain('Paths for Sam');
    await page.close();
  });

  it('the Spanish builder starts on Español and its preview says so', async () => {
    const page = await site.newPage();
    await openBuilder(page, '/es/guides/new/');
    expect(await languageRadio(page, es.newPage.languageNames.es).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: es.builder.field.language }).count()).toBe(1);
    expect(await page.locator('#gb-preview-language').textContent()).toBe(es.builder.studentReads.es);
    await page.close();
  });

  it('a Spanish page says a network failure in Spanish', async () => {
    const page = await site.newPage();
    await page.route('**/api/guides/*', (route) => route.abort('internetdisconnected'));
    await page.goto(`${site.baseUrl}/es/guides/?id=AAAAAAAAAAAAAAAAAAAAAA`);
    await page.waitForSelector('#guide[data-ready="true"]');
    expect(await page.locator('#guide [role="alert"]').textContent()).toBe(esCommon.http.unreachable);
    expect(await page.locator('#guide h1').textContent()).toBe(es.reader.notLoaded);
    await page.close();
  });
});

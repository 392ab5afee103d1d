/**
 * The privacy page's claims, each checked: the page itself (summary, the stored fields as the contract
 * has them, budgets), the footer link on every page, no cookie from any response, no request to
 * another origin from any page (the tools used end to end included), the expiry shown beside the share
 * links, exports that publish again as the same content, and delete from the plan page. Retention and
 * logs are checked by tests/api/retention.test.ts and tests/api/logs.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideInput, type GuideView } from '../../functions/contract/guides.ts';
import { planInput, type SavedPlan } from '../../functions/contract/plans.ts';
import { localePath, splitLocalePath } from '../../site/i18n/locale.ts';
import { PRIVACY_TERMS, privacyMessages } from '../../site/i18n/privacy-messages.ts';
import { expectNoAxeViolations, SITE_DIR, startTestSite, type TestSite, waitForIslands } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const m = privacyMessages('en');

/** Every built page, by the path it is served at. */
function builtPages(dir = SITE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'api' ? [] : builtPages(path);
    if (!entry.name.endsWith('.html')) return [];
    return [`/${relative(SITE_DIR, path).replace(/index\.html$/, '').replace(/\.html$/, '')}`];
  });
}

/** Everything a page asks for, and every cookie any answer tries to set, while `run` drives it. */
async function watching(page: Page, run: () => Promise<void>) {
  const requests: string[] = [];
  const cookies: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  page.on('response', (response) => {
    void response.headerValue('set-cookie').then((value) => value !== null && cookies.push(`${response.url()}: ${value}`));
  });
  await run();
  return { requests, cookies };
}

const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const fetchJson = async <T>(path: string, init?: RequestInit) => {
  const res = await fetch(`${site.baseUrl}${path}`, init);
  expect(res.headers.get('set-cookie')).toBeNull();
  return { status: res.status, body: (await res.json()) as T };
};
/** "November 26, 2028", as the pages write a day. */
const longDate = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

describe('the privacy page', () => {
  it('says the summary, then exactly the fields a saved plan and guide store, with no script, within budget, and axe finds no violations', async () => {
    const page = await site.newPage();
    const res = await page.goto(`${site.baseUrl}/privacy/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(m.title);
    expect(await page.locator('#summary li').allTextContents()).toEqual(m.summary(PRIVACY_TERMS));
    expect(await page.locator('#plan-fields li').evaluateAll((items) => items.map((li) => li.getAttribute('data-field')))).toEqual(Object.keys(planInput.shape));
    expect(await page.locator('#guide-fields li').evaluateAll((items) => items.map((li) => li.getAttribute('data-field')))).toEqual(Object.keys(guideInput.shape));
    for (const text of await page.locator('#plan-fields li, #guide-fields li').allTextContents()) expect(text.trim()).not.toBe('');
    const body = await page.locator('main').textContent();
    expect(body).toContain(`${PRIVACY_TERMS.keptDays} days`);
    expect(body).toContain(`after ${PRIVACY_TERMS.logDays} days`);
    expect(body).toContain(`For ${PRIVACY_TERMS.deletedDays} days`);
    expect(await page.locator('script').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();

    const html = readFileSync(join(SITE_DIR, 'privacy', 'index.html'));
    const css = [...html.toString().matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map(([, href]) => readFileSync(join(SITE_DIR, href!)));
    const gzipped = [html, ...css].reduce((n, file) => n + gzipSync(file).length, 0);
    expect(gzipped).toBeLessThanOrEqual(14 * 1024);
  });

  it('fits 320 px without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.baseUrl}/privacy/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("is linked from every page's footer", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = readFileSync(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : `${path}.html`), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, path).toContain(`href="${localePath(splitLocalePath(path).locale, '/privacy/')}"`);
    }
  });
});

describe('cookies and other origins', () => {
  // Walks every page in both languages: minutes on a loaded two-core machine, so its own time limit.
  it('no page sets a cookie or asks another origin for anything, on its own or while publishing a guide and saving a plan', { timeout: 240_000 }, async () => {
    const page = await site.newPage();
    const { requests, cookies } = await watching(page, async () => {
      for (const path of builtPages()) {
        await page.goto(`${site.baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
      }
      await page.goto(`${site.baseUrl}/guides/new/`);
      await page.waitForSelector('#gb-form[data-ready="true"]');
      await page.getByLabel('Title').fill('Cookie-free guide');
      await page.locator('#gb-role-options input[value="medical-coder"]').check();
      await page.getByRole('button', { name: 'Publish guide' }).click();
      await page.waitForSelector('#gb-share-link');
      await page.goto(await page.locator('#gb-share-link').inputValue());
      await page.waitForSelector('#guide[data-ready="true"]');
      await page.goto(`${site.baseUrl}/plan/`);
      await waitForIslands(page);
      await page.getByRole('button', { name: 'Save and get links' }).click();
      await page.waitForSelector('#pl-share');
      await page.waitForLoadState('networkidle');
    });
    expect(requests.length).toBeGreaterThan(50);
    expect(requests.filter((url) => !url.startsWith(`${site.baseUrl}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(cookies).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.context().close();
  });

  it('no API answer sets a cookie: reads, creates, edits, deletes and problems alike', async () => {
    for (const path of ['/api/health', '/api/roles', '/api/roles/medical-coder', '/api/salaries?role=medical-coder&area=TX', '/api/certifications', '/api/programs', '/api/nothing', '/api/openapi.json']) {
      const res = await fetch(`${site.baseUrl}${path}`);
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
    const created = await fetchJson<GuideView & { editToken: string }>('/api/guides', json('POST', { title: 'No cookies', roles: ['medical-coder'] }));
    const auth = { Authorization: `Bearer ${created.body.editToken}`, 'If-Match': '"1"', 'Content-Type': 'application/json' };
    await fetchJson(`/api/guides/${created.body.id}`);
    await fetchJson(`/api/guides/${created.body.id}`, { method: 'PUT', headers: auth, body: JSON.stringify({ title: 'Still none', roles: ['medical-coder'] }) });
    const deleted = await fetch(`${site.baseUrl}/api/guides/${created.body.id}`, { method: 'DELETE', headers: { ...auth, 'If-Match': '"2"' } });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('set-cookie')).toBeNull();
    expect((await fetchJson(`/api/guides/${created.body.id}`)).status).toBe(410);
  });
});

describe('a counselor in the guide builder', () => {
  it('reads the notice by the note and a privacy link by the publish button; after publishing, the expiry by the share link and a JSON download that publishes again as the same guide', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/guides/new/`);
    await page.waitForSelector('#gb-form[data-ready="true"]');
    const notice = page.locator('#gb-note-notice');
    expect(await notice.textContent()).toBe('Do not put a student’s full name or health details in the note.');
    expect((await page.getByLabel('Note to the student').getAttribute('aria-describedby'))!.split(' ')).toContain('gb-note-notice');
    expect(await page.locator('.gb-actions + .gb-privacy a[href="/privacy/"]').count()).toBe(1);

    await page.getByLabel('Title').fill('Roles for next year');
    await page.getByLabel('Your name').fill('Ms. Rivera');
    await page.getByLabel('Note to the student').fill('Start with the coder role.\nBring your transcript.');
    for (const slug of ['records-analyst', 'medical-coder']) await page.locator(`#gb-role-options input[value="${slug}"]`).check();
    await page.getByLabel('Pay figures for').selectOption('TX');
    await page.locator('#gb-credentials input[value="cpc"]').check();
    await page.getByRole('button', { name: 'Publish guide' }).click();
    await page.waitForSelector('#gb-share-link');
    const id = new URL(await page.locator('#gb-share-link').inputValue()).searchParams.get('id')!;
    const original = (await fetchJson<GuideView>(`/api/guides/${id}`)).body;
    expect(await page.locator('#gb-kept').textContent()).toContain(`Kept until ${longDate(original.expiresAt)}; editing or opening it keeps it longer.`);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#gb-export').click()]);
    expect(download.suggestedFilename()).toBe(`guide-${id}.json`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(exported).toEqual(original.guide);
    const again = await fetchJson<GuideView>('/api/guides', json('POST', exported));
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(id);
    expect((await fetchJson<GuideView>(`/api/guides/${again.body.id}`)).body.guide).toEqual(original.guide);
    await page.context().close();
  });
});

describe('a learner on the plan page', () => {
  it('finds a privacy link by the save button; once saved, the expiry by the share link, a JSON download that saves again as the same plan, and delete', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/plan/`);
    await waitForIslands(page);
    await expect.poll(() => page.locator('.pl-actions a[href="/privacy/"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Save and get links' }).click();
    await page.waitForSelector('#pl-share');
    const id = new URL(await page.locator('#pl-share').inputValue()).searchParams.get('id')!;
    const original = (await fetchJson<SavedPlan>(`/api/plans/${id}`)).body;
    expect(await page.locator('#pl-kept').textContent()).toBe(`Kept until ${longDate(original.expiresAt)}; editing or opening it keeps it longer.`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pl-export').click()]);
    expect(download.suggestedFilename()).toBe(`plan-${id}.json`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(exported).toEqual(original.input);
    const again = await fetchJson<SavedPlan>('/api/plans', json('POST', exported));
    expect(again.status).toBe(201);
    expect((await fetchJson<SavedPlan>(`/api/plans/${again.body.id}`)).body.input).toEqual(original.input);
    // The calendar is the other export, already offered beside the save button.
    expect(await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')).toBe(`/api/plans/${id}/calendar.ics`);

    await page.getByRole('button', { name: 'Delete plan…' }).click();
    await page.getByRole('button', { name: 'Keep the plan' }).click();
    await page.getByRole('button', { name: 'Delete plan…' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This plan was deleted by its owner.');
    expect((await fetchJson(`/api/plans/${id}`)).status).toBe(410);
    await page.goto(`${site.baseUrl}/plan/?id=${id}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This plan was deleted by its owner.');
    await page.context().close();
  });
});

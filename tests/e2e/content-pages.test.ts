import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { SECURITY_HEADERS } from '../../functions/http/security-headers.ts';
import { expectNoAxeViolations, startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const CONTENT_PAGES = ['/', '/billing-vs-coding/', '/roles/', ...dataset.roles.map((r) => `/roles/${r.slug}/`), '/methodology/', '/methodology/training-sources/'];

describe('content pages', () => {
  it('lead from home to the roles, to a role guide and back', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/`);
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Roles' }).click();
    await page.waitForURL(`${site.baseUrl}/roles/`);
    await page.getByRole('link', { name: 'Medical coder', exact: true }).first().click();
    await page.waitForURL(`${site.baseUrl}/roles/medical-coder/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Medical coder');
    await page.goBack();
    await page.waitForURL(`${site.baseUrl}/roles/`);
    await page.context().close();
  });

  it.each(CONTENT_PAGES)('%s has one h1, a skip link, a description and no script, and axe finds no violations', async (path) => {
    const page = await site.newPage();
    const res = await page.goto(`${site.baseUrl}${path}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('a[href="#main"]').count()).toBe(1);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
    // Content pages ship no JavaScript (JSON-LD data blocks are not scripts that run).
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows every page without horizontal scrolling at 320 px', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of CONTENT_PAGES) {
      await page.goto(`${site.baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('sends the same security headers as the CloudFront policy on pages and API answers', async () => {
    for (const path of ['/', '/roles/medical-coder/', '/api/health', '/api/nothing']) {
      const res = await fetch(`${site.baseUrl}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self'(;|$)/);
  });

  it('serves the built OpenAPI document at /api/openapi.json beside the API', async () => {
    const res = await fetch(`${site.baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
    expect((await fetch(`${site.baseUrl}/api/health`)).status).toBe(200);
  });

  it('lists every role guide, credential and tool page in the sitemap, and robots.txt points to it', async () => {
    const sitemap = await (await fetch(`${site.baseUrl}/sitemap.xml`)).text();
    for (const path of [...CONTENT_PAGES, ...dataset.certifications.map((c) => `/certifications/${c.id}/`), '/salaries/', '/courses/', '/plan/']) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
    expect(await (await fetch(`${site.baseUrl}/robots.txt`)).text()).toMatch(/^Sitemap: .+\/sitemap\.xml$/m);
  });

  it('lists every source of data/ on the methodology pages, each once', async () => {
    const html = (await Promise.all(['/methodology/', '/methodology/training-sources/'].map(async (p) => (await fetch(`${site.baseUrl}${p}`)).text()))).join('');
    for (const source of dataset.sources) expect(html.split(`id="source-${source.id}"`).length - 1, source.id).toBe(1);
  });

  it('serves a helpful 404 page for an unknown address', async () => {
    const page = await site.newPage();
    const res = await page.goto(`${site.baseUrl}/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { LOCALES, localePath } from '../../site/i18n/locale.ts';
import { SECURITY_HEADERS } from '../../functions/http/security-headers.ts';
import { messagesFor } from '../../site/i18n/messages.ts';
import { roleIn } from '../../site/lib/data-in.ts';
import { expectNoAxeViolations, SITE_DIR, startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const ENGLISH_CONTENT_PAGES = ['/', '/billing-vs-coding/', '/roles/', ...dataset.roles.map((r) => `/roles/${r.slug}/`), '/methodology/', '/methodology/training-sources/'];
/** Every content page in both languages: the Spanish ones keep the same budgets (issue 16). */
const CONTENT_PAGES = LOCALES.flatMap((locale) => ENGLISH_CONTENT_PAGES.map((path) => localePath(locale, path)));

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
    for (const path of [...CONTENT_PAGES, ...LOCALES.flatMap((l) => [...dataset.certifications.map((c) => `/certifications/${c.id}/`), '/salaries/', '/courses/', '/plan/'].map((p) => localePath(l, p)))]) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
    expect(await (await fetch(`${site.baseUrl}/robots.txt`)).text()).toMatch(/^Sitemap: .+\/sitemap\.xml$/m);
  });

  it('lists every source of data/ on the methodology pages and, for code sets, the billing and coding page, each once', async () => {
    const html = (await Promise.all(['/methodology/', '/methodology/training-sources/', '/billing-vs-coding/'].map(async (p) => (await fetch(`${site.baseUrl}${p}`)).text()))).join('');
    for (const source of dataset.sources) expect(html.split(`id="source-${source.id}"`).length - 1, source.id).toBe(1);
  });

  it.each(CONTENT_PAGES)('keeps %s within 14 KB of gzipped HTML and CSS', (path) => {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'));
    const css = [...html.toString().matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(SITE_DIR, m[1]!)));
    expect(gzipSync(Buffer.concat([html, ...css]), { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });

  it('serves a helpful 404 page for an unknown address, in the language of the address', async () => {
    const page = await site.newPage();
    const res = await page.goto(`${site.baseUrl}/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(messagesFor('en').notFound.title);
    const es = await page.goto(`${site.baseUrl}/es/no-such-page/`);
    expect(es?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe(messagesFor('es').notFound.title);
    await expect.poll(() => page.getByRole('link', { name: roleIn('es', 'medical-coder').title, exact: true }).getAttribute('href')).toBe('/es/roles/medical-coder/');
    await page.context().close();
  });

  it('switches language from a page to the same page, and back', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/roles/medical-coder/`);
    await page.getByRole('link', { name: messagesFor('en').shell.language.switchTo }).click();
    await page.waitForURL(`${site.baseUrl}/es/roles/medical-coder/`);
    expect(await page.locator('h1').textContent()).toBe(roleIn('es', 'medical-coder').title);
    await page.getByRole('link', { name: messagesFor('es').shell.language.switchTo }).click();
    await page.waitForURL(`${site.baseUrl}/roles/medical-coder/`);
    await page.context().close();
  });

  it("keeps a tool page's query when switching language", async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/salaries/?role=medical-coder&area=TX`);
    await page.getByRole('link', { name: messagesFor('en').shell.language.switchTo }).click();
    await page.waitForURL(`${site.baseUrl}/es/salaries/?role=medical-coder&area=TX`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.context().close();
  });
});

/** The words of a built page, tags stripped, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
const rolePage = (slug: string) => textOf(readFileSync(join(SITE_DIR, 'roles', slug, 'index.html'), 'utf8'));
/** The text of one h2 section of a role page. */
const sectionOf = (text: string, heading: string) => text.slice(text.indexOf(` ${heading} `), text.indexOf(' ', text.indexOf(` ${heading} `) + heading.length + 2) + 1200);

describe('role guides tell what each figure is', () => {
  it('pairs the 2024–34 projections with the OEWS count of May 2024 (187,910), not May 2025 (194,720)', () => {
    const outlook = sectionOf(rolePage('medical-coder'), 'Outlook');
    expect(outlook).toContain('Projections count 194,800 jobs in 2024, including self-employed workers; OEWS counted 187,910 wage-and-salary jobs in May 2024, the same year.');
    expect(outlook).not.toContain('194,720');
  });

  it('draws the national median of May 2023, 2024 and 2025 as a static chart', () => {
    const html = readFileSync(join(SITE_DIR, 'roles', 'medical-coder', 'index.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-label="National median pay: May 2023 \$48,780, May 2024 \$50,250, May 2025 \$51,140"/);
    expect(rolePage('medical-coder')).toContain('From May 2023 to May 2025 the median rose by $2,360');
  });

  it.each(dataset.roles.filter((r) => r.level !== 'leadership').map((r) => r.slug))(
    'sets the article\'s 30 to 40 thousand dollars on /roles/%s/ beside the entry-level percentiles of 29-2072 and 43-3021, noting the coder 10th percentile falls inside it',
    (slug) => {
      const text = rolePage(slug);
      expect(text).toContain("Entry-level pay (10th and 25th percentiles) beside the article's $30,000–$40,000, United States, May 2025");
      expect(text).toContain('$37,000 (inside the range)');
      expect(text).toContain('$42,840 (above the range)');
      expect(text).toContain("The 10th percentile of Medical Records Specialists, $37,000 in May 2025, falls inside the article's range.");
    },
  );

  it.each(dataset.roles.filter((r) => r.level === 'leadership').map((r) => r.slug))('does not compare the article\'s specialist pay with leadership pay on /roles/%s/', (slug) => {
    const text = rolePage(slug);
    expect(text).not.toMatch(/(higher|lower) than the article's range/);
    expect(text).not.toContain('(inside the range)');
    expect(text).toContain("so it is not set beside this leadership role's pay");
  });

  it('says the billing manager occupation (43-1011) has no projections, and shows the related occupation\'s', () => {
    const outlook = sectionOf(rolePage('medical-billing-manager'), 'Outlook');
    expect(outlook).toContain('Not available: BLS Employment Projections 2024–34 for First-Line Supervisors of Office and Administrative Support Workers (SOC 43-1011) were not gathered');
    expect(outlook).toContain('Medical and Health Services Managers (SOC 11-9111) +23.2% (+142,900 jobs) 62,100');
  });
});

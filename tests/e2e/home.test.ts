/**
 * The home page's first screen on a phone (390 × 844) answers "what does it pay and how do I start": the
 * national medians of the coding and billing occupations with their year, kind and source, and the three tools.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { newestWage } from '../../site/lib/lookup.ts';
import { SITE_DIR, startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const PHONE = { width: 390, height: 844 };
const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const socOf = (slug: string) => dataset.roles.find((r) => r.slug === slug)!.primarySoc;
/** Whether an element ends within the first screen (the page not scrolled). */
const onFirstScreen = async (locator: Locator) => {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
};

describe('/ on a phone', () => {
  it('shows the median pay of coding and billing with its year, kind and source, and the three tools, within the first screen', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.baseUrl}/`);
    const coding = newestWage(socOf('medical-coder'))!;
    const billing = newestWage(socOf('medical-billing-specialist'))!;
    expect(coding.year).toBe(billing.year);
    const pay = page.getByRole('region', { name: 'What it pays' });
    expect(await onFirstScreen(pay)).toBe(true);
    const text = await pay.innerText();
    expect(text).toMatch(new RegExp(`Medical coding\\s+\\${usd(coding.annual.median!)} a year`));
    expect(text).toMatch(new RegExp(`Medical billing\\s+\\${usd(billing.annual.median!)} a year`));
    expect(text).toContain(`Median pay a year in the United States, May ${coding.year}, as published by BLS. Half earned more and half less. Coding is the BLS group Medical Records Specialists; billing is Billing and Posting Clerks.`);
    expect(await pay.getByRole('link', { name: 'Median' }).getAttribute('href')).toBe('/glossary/#median');
    const source = dataset.sources.find((s) => s.id === coding.sourceIds[0])!;
    expect(await pay.getByRole('link', { name: source.title }).getAttribute('href')).toBe(source.url);
    for (const [name, href] of [['Salaries', '/salaries/'], ['Courses', '/courses/'], ['Plan', '/plan/']] as const) {
      const link = page.getByRole('main').getByRole('link', { name: new RegExp(`^${name}: `) });
      expect(await link.getAttribute('href')).toBe(href);
      expect(await onFirstScreen(link), name).toBe(true);
    }
    await page.context().close();
  });

  it('reaches a tool in one tap from the first screen', async () => {
    const page = await site.newPage({ viewport: PHONE, hasTouch: true });
    await page.goto(`${site.baseUrl}/`);
    await page.getByRole('main').getByRole('link', { name: /^Courses: / }).tap();
    await page.waitForURL(`${site.baseUrl}/courses/`);
    await page.context().close();
  });

  it('stays within 14 KB of gzipped HTML and CSS', () => {
    const html = readFileSync(join(SITE_DIR, 'index.html'));
    const css = [...html.toString().matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(SITE_DIR, m[1]!)));
    expect(gzipSync(Buffer.concat([html, ...css]), { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});

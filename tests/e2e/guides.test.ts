import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { ProgramCompareResponse } from '../../functions/contract/programs.ts';
import type { AreaCode } from '../../data/schemas.ts';
import { newestRow } from '../../functions/domain/salary.ts';
import { expectNoAxeViolations, startTestSite, type TestSite } from '../support/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const usd = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
const roleTitle = (slug: string) => dataset.roles.find((r) => r.slug === slug)!.title;
/** The newest OEWS row data/ holds for a role in an area. */
function payInData(slug: string, area: AreaCode) {
  const soc = dataset.roles.find((r) => r.slug === slug)!.primarySoc;
  return newestRow(dataset.wages.filter((w) => w.soc === soc), area)!;
}

async function openBuilder(page: Page, path = '/guides/new/') {
  await page.goto(`${site.baseUrl}${path}`);
  await page.waitForSelector('#gb-form[data-ready="true"]');
}
async function openGuide(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('#guide[data-ready="true"]');
}
const chooseRole = (page: Page, slug: string) => page.locator(`#gb-role-options input[value="${slug}"]`).check();
/** The role titles of the order list, top to bottom. */
const order = (page: Page) => page.locator('#gb-order .gb-order-title').allTextContents();

/** Publish from the builder; the share and edit links it shows. */
async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish guide' }).click();
  await page.waitForSelector('#gb-share-link');
  return { share: await page.locator('#gb-share-link').inputValue(), edit: await page.locator('#gb-edit-link').inputValue() };
}

/** Pages in a PDF: its /Type /Page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

/** Two programs to compare: one with every cost published, one whose total is a floor. */
const PROGRAMS = ['medcode-logix-professional-medical-coding', 'sbcc-medical-coding-specialist'];
const CREDENTIALS = ['cpc', 'ccs', 'cpb'];
const NOTE = 'Maria, start with the coder role: it has the most openings near us.\nAsk me about fee waivers before you book an exam, and bring your transcript on Tuesday.';
const ROLES = ['medical-coder', 'medical-billing-specialist', 'records-analyst'];

describe('counselor guides', () => {
  let links: { share: string; edit: string };

  it('builds a three-role guide for Texas with a note, reorders roles by keyboard, previews it and publishes it with a QR code', async () => {
    const page = await site.newPage();
    await openBuilder(page);
    await expectNoAxeViolations(page);
    await page.getByLabel('Title').fill('Paths into billing and coding for Maria');
    await page.getByLabel('Your name').fill('Ms. Rivera');
    await page.getByLabel('Organisation').fill('Eastside Adult Learning Center');
    await page.getByLabel('Note to the student').fill(NOTE);

    // Search narrows the list; the chosen roles come in the order picked.
    await page.getByLabel('Find a role').fill('coder');
    await page.getByLabel('Find a role').press('Enter');
    expect(await page.locator('#gb-summary').isHidden()).toBe(true);
    expect(await page.locator('#gb-role-options li:not([hidden])').count()).toBeLessThan(dataset.roles.length);
    await chooseRole(page, 'medical-coder');
    await page.getByLabel('Find a role').fill('');
    for (const slug of ROLES.slice(1)) await chooseRole(page, slug);
    expect(await order(page)).toEqual(ROLES.map(roleTitle));

    // Keyboard: move Records analyst up; focus stays on the button pressed.
    await page.getByRole('button', { name: 'Move Records analyst up' }).focus();
    await page.keyboard.press('Enter');
    expect(await order(page)).toEqual(['Medical coder', 'Records analyst', 'Medical billing specialist']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Records analyst up');
    await page.keyboard.press('Enter');
    expect(await order(page)).toEqual(['Records analyst', 'Medical coder', 'Medical billing specialist']);
    await page.getByRole('button', { name: 'Move Records analyst down' }).press('Enter');
    expect(await order(page)).toEqual(['Medical coder', 'Records analyst', 'Medical billing specialist']);

    await page.getByLabel('Pay figures for').selectOption('TX');
    // Programs (shown because the API prices them) and credentials to mention.
    await page.getByLabel('Find a program').fill('medcode');
    await page.locator(`#gb-program-options input[value="${PROGRAMS[0]}"]`).check();
    await page.getByLabel('Find a program').fill('');
    await page.locator(`#gb-program-options input[value="${PROGRAMS[1]}"]`).check();
    for (const id of CREDENTIALS) await page.locator(`#gb-credentials input[value="${id}"]`).check();
    const preview = page.locator('#gb-preview');
    await expect.poll(() => preview.locator('h3').textContent()).toBe('Paths into billing and coding for Maria');
    await expect.poll(() => preview.textContent()).toContain(usd(payInData('medical-coder', 'TX').annual.median!));

    links = await publish(page);
    expect(links.share).toMatch(new RegExp(`^${site.baseUrl}/guides/\\?id=[A-Za-z0-9_-]{22}$`));
    expect(links.edit).toMatch(/\/guides\/new\/\?id=[A-Za-z0-9_-]{22}#edit=[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gb-published-h');
    const qr = page.locator('.gb-qr img');
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.getByText('Keep this link somewhere safe now.').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows the student the note, each role with pay, year and source exactly as data/ holds it, why roles of one occupation pay the same, read-only; on paper two pages with a 1.5-inch QR code beside the share link on page 1', async () => {
    const page = await site.newPage();
    await openGuide(page, links.share);
    expect(await page.title()).toContain('Paths into billing and coding for Maria');
    expect(await page.locator('h1').textContent()).toBe('Paths into billing and coding for Maria');
    expect(await page.locator('.gd-note').textContent()).toBe(NOTE);
    expect(await page.locator('.gd-from').textContent()).toBe('From Ms. Rivera, Eastside Adult Learning Center');
    const cards = page.locator('.gd-role');
    expect(await cards.locator('h3').allTextContents()).toEqual(['Medical coder', 'Records analyst', 'Medical billing specialist']);
    for (const [i, slug] of ['medical-coder', 'records-analyst', 'medical-billing-specialist'].entries()) {
      const row = payInData(slug, 'TX');
      const text = (await cards.nth(i).textContent())!;
      expect(text).toContain(`Median pay${usd(row.annual.median!)} a year`);
      expect(text).toContain(`${usd(row.annual.p25!)} to ${usd(row.annual.p75!)}`);
      expect(text).toContain(`${usd(row.annual.p10!)} to ${usd(row.annual.p90!)}`);
      expect(text).toContain(`Texas, May ${row.year}`);
      const source = dataset.sources.find((s) => s.id === row.sourceIds[0])!;
      expect(await cards.nth(i).getByRole('link', { name: source.title }).getAttribute('href')).toBe(source.url);
      expect(await cards.nth(i).getByRole('link', { name: 'Full guide to this role' }).getAttribute('href')).toBe(`/roles/${slug}/`);
    }
    // Medical coder and Records analyst are one BLS occupation: their identical pay says why; the billing specialist's is its own.
    expect(await cards.nth(0).locator('.gd-shared').textContent()).toBe('Same pay as Records analyst: BLS counts these roles in one occupation and does not report them separately.');
    expect(await cards.nth(1).locator('.gd-shared').textContent()).toContain('Same pay as Medical coder:');
    expect(await cards.nth(2).locator('.gd-shared').count()).toBe(0);
    // Credentials and programs, with the compare API's own totals.
    const credentials = page.locator('article.gd').getByRole('link', { name: /^(CPC|CCS|CPB) — / });
    // Listed in the catalog's order.
    const chosen = dataset.certifications.filter((c) => CREDENTIALS.includes(c.id));
    expect(await credentials.allTextContents()).toEqual(chosen.map((c) => `${c.acronym} — ${c.fullName}`));
    const compare = (await (await fetch(`${site.baseUrl}/api/programs/compare?ids=${PROGRAMS.join(',')}&area=TX`)).json()) as ProgramCompareResponse;
    await expect.poll(() => page.locator('.gd-list li').count()).toBeGreaterThan(CREDENTIALS.length + 3);
    const programText = await page.locator('.gd-list li').allTextContents();
    // Each program's total with the kind of its price: MedCode Logix publishes its own; SBCC's is a third party's report.
    const kinds = ['. Tuition: published by the provider. Source: ', '. Tuition: third-party report. Source: '];
    for (const [i, item] of compare.items.entries()) {
      expect(item.cost.total.amount).not.toBeNull();
      const line = programText.find((t) => t.startsWith(item.program!.name))!;
      expect(line).toContain(`${item.cost.total.lowerBound ? 'at least ' : ''}${usd(item.cost.total.amount!)} in all`);
      expect(line).toContain(kinds[i]);
      expect(line).toMatch(/prices as read [A-Z][a-z]+ \d{1,2}, \d{4}\. Tuition: /);
    }

    // Read-only: nothing to type into or press.
    expect(await page.locator('input, textarea, select, button').count()).toBe(0);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    await expectNoAxeViolations(page);

    // On paper, page 1 carries the way back online: the QR code at least 1.5 inch (144 CSS px) beside the share address.
    await page.emulateMedia({ media: 'print' });
    const qrBox = (await page.locator('.gd-share img').boundingBox())!;
    const urlBox = (await page.locator('.gd-url').boundingBox())!;
    expect(qrBox.width).toBeGreaterThanOrEqual(144);
    expect(qrBox.height).toBeGreaterThanOrEqual(144);
    // Letter less the page margins (1 cm top and bottom) is about 980 CSS px tall: the code ends well inside page 1.
    expect(qrBox.y + qrBox.height).toBeLessThan(600);
    expect(Math.abs(urlBox.x - qrBox.x)).toBeLessThan(qrBox.width);
    expect(urlBox.y - (qrBox.y + qrBox.height)).toBeLessThan(40);
    expect(await page.locator('.gd-share').evaluate((el) => el.closest('header') !== null)).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.gd-share').isHidden()).toBe(true);
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('opens the edit link in the builder, saves with the version read, and tells a stale editor to reload', async () => {
    const first = await site.newPage();
    const second = await site.newPage();
    const path = links.edit.slice(site.baseUrl.length);
    await openBuilder(first, path);
    await openBuilder(second, path);
    expect(await first.getByLabel('Title').inputValue()).toBe('Paths into billing and coding for Maria');
    expect(await order(first)).toEqual(['Medical coder', 'Records analyst', 'Medical billing specialist']);
    expect(await first.getByLabel('Pay figures for').inputValue()).toBe('TX');

    await first.getByLabel('Title').fill('Paths for Maria (updated)');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => first.locator('#gb-status').textContent()).toContain('Saved.');

    // The second tab still holds version 1.
    await second.getByLabel('Title').fill('A competing edit');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => second.locator('#gb-status').textContent()).toContain('changed elsewhere');
    await second.getByRole('button', { name: /Reload the guide/ }).click();
    await expect.poll(() => second.getByLabel('Title').inputValue()).toBe('Paths for Maria (updated)');

    const student = await site.newPage();
    await openGuide(student, links.share);
    expect(await student.locator('h1').textContent()).toBe('Paths for Maria (updated)');

    // Delete, after a confirmation step that can be backed out of.
    await first.reload();
    await first.waitForSelector('#gb-form[data-ready="true"]');
    await first.getByRole('button', { name: 'Delete guide…' }).click();
    await first.getByRole('button', { name: 'Keep the guide' }).click();
    await first.getByRole('button', { name: 'Delete guide…' }).click();
    await first.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => first.locator('.gb-gone').textContent()).toContain('The guide is deleted');
    // The share link (and so its QR code) now says the author deleted it, not that it never was.
    await openGuide(student, links.share);
    expect(await student.locator('h1').textContent()).toBe('This guide was deleted');
    expect(await student.getByRole('alert').textContent()).toContain('This guide was deleted by its author.');
    // The edit link, opened again, says the same.
    await first.reload();
    await expect.poll(() => first.locator('.gb-gone').textContent()).toContain('This guide was deleted by its author.');
    for (const p of [first, second, student]) await p.context().close();
  });

  it('shows hostile text literally, runs none of it, links none of it, and wraps very long words', async () => {
    const HOSTILE = {
      title: '<img src=x onerror="window.__pwned=1;alert(1)"> \u202eevil title',
      name: '<script>window.__pwned=1</script>',
      organisation: '"><svg onload=alert(1)> 🎓👩🏽‍⚕️ مدرسة',
      note: [
        '<script>window.__pwned = 1; alert("x")</script>',
        '<a href="javascript:window.__pwned=1">click me</a> javascript:alert(1) https://evil.example/steal',
        '<b onmouseover="window.__pwned=1">hover</b> {{constructor.constructor("alert(1)")()}}',
        `\u202b\u05e9\u05dc\u05d5\u05dd\u202c \u200f right-to-left \u200e 😀🎉 ${'Supercalifragilistic'.repeat(20)}`,
      ].join('\n'),
    };
    const dialogs: string[] = [];
    const page = await site.newPage({ viewport: { width: 320, height: 800 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openBuilder(page);
    await page.getByLabel('Title').fill(HOSTILE.title);
    await page.getByLabel('Your name').fill(HOSTILE.name);
    await page.getByLabel('Organisation').fill(HOSTILE.organisation);
    await page.getByLabel('Note to the student').fill(HOSTILE.note);
    await chooseRole(page, 'medical-coder');
    await expect.poll(() => page.locator('#gb-preview .gd-note').textContent()).toBe(HOSTILE.note);
    const { share } = await publish(page);

    const student = await site.newPage({ viewport: { width: 320, height: 800 } });
    student.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openGuide(student, share);
    // One-line fields are stored without bidi controls (U+202E would reverse what follows it); notes keep theirs.
    const storedTitle = HOSTILE.title.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    expect(storedTitle).not.toBe(HOSTILE.title);
    for (const p of [page, student]) {
      const doc = p.locator('article.gd');
      expect(await doc.locator('h1, h3').first().textContent()).toBe(storedTitle);
      expect(await doc.locator('.gd-note').textContent()).toBe(HOSTILE.note);
      expect(await doc.locator('.gd-from').textContent()).toBe(`From ${HOSTILE.name}, ${HOSTILE.organisation}`);
      expect(await doc.locator('script, img[src="x"], svg, [onerror], [onload], [onmouseover]').count()).toBe(0);
      // Only the site's own links: nothing the counselor typed became one.
      const hrefs = await doc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /javascript:|evil\.example/.test(h))).toEqual([]);
      await doc.locator('.gd-note').hover();
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    expect(dialogs).toEqual([]);
    await expectNoAxeViolations(student);
    for (const p of [page, student]) await p.context().close();
  });

  it('names what is missing before publishing, beside each field and in a summary that takes focus', async () => {
    const page = await site.newPage();
    await openBuilder(page);
    await page.getByLabel('A saved plan to link').fill('https://example.com/not-a-plan');
    await page.getByRole('button', { name: 'Publish guide' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gb-summary');
    expect(await page.locator('#gb-summary a').allTextContents()).toEqual([
      'Title: Give the guide a title.',
      'Roles: Choose at least one role.',
      expect.stringMatching(/^Saved plan: Paste the link of a saved plan/),
    ]);
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  for (const failure of ['offline', '503'] as const) {
    it(`backs off when pay figures fail to load (${failure}): a few requests, not a storm, then "Couldn't load pay figures — Retry" that loads them`, async () => {
      const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
      let requests = 0;
      await page.route('**/api/salaries*', (route) => {
        requests++;
        return failure === 'offline' ? route.abort('internetdisconnected') : route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Service Unavailable', status: 503 }) });
      });
      await openBuilder(page);
      await chooseRole(page, 'medical-coder');
      await page.waitForTimeout(3000);
      expect(requests).toBeGreaterThan(0);
      expect(requests).toBeLessThanOrEqual(5);
      const failed = page.locator('#gb-pay-failed');
      expect(await failed.textContent()).toContain('Couldn’t load pay figures');
      // The preview does not pretend to be loading under the Retry button.
      expect(await page.locator('#gb-preview').textContent()).toContain('Pay figures not loaded yet: press Retry above the preview.');
      expect(await page.locator('#gb-preview').textContent()).not.toContain('Loading pay figures');

      // Back online: Retry asks again, keeps focus in the preview (the button is gone) and the figure appears.
      await page.unroute('**/api/salaries*');
      await failed.getByRole('button', { name: 'Retry' }).press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('gb-preview-h');
      await expect.poll(() => page.locator('#gb-preview').textContent()).toContain(usd(payInData('medical-coder', 'US').annual.median!));
      expect(await failed.isHidden()).toBe(true);
      await page.context().close();
    });
  }

  it('turns the address into the edit link after publishing, so a reload reopens the guide for editing, offers the link by e-mail and the QR code as PNG', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await openBuilder(page);
    await page.getByLabel('Title').fill('Coding paths for Sam');
    await chooseRole(page, 'medical-coder');
    const { edit } = await publish(page);
    expect(page.url()).toBe(edit);
    await page.reload();
    await page.waitForSelector('#gb-form[data-ready="true"]');
    expect(await page.getByLabel('Title').inputValue()).toBe('Coding paths for Sam');
    expect(await order(page)).toEqual(['Medical coder']);
    expect(await page.getByRole('button', { name: 'Save changes' }).isVisible()).toBe(true);
    expect(await page.locator('#gb-edit-link').inputValue()).toBe(edit);
    // One step to e-mail the edit link to oneself: subject and body hold the guide and its link.
    const mail = new URL((await page.getByRole('link', { name: 'E-mail it' }).getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('Edit link for the guide “Coding paths for Sam”');
    expect(mail.searchParams.get('body')).toContain(`\n\n${edit}\n\n`);

    // The QR code downloads as PNG too (drawn in the browser), for document tools that refuse SVG.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download it as PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('guide-qr-code.png');
    const png = await readFile(await download.path());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1024);
    await page.context().close();
  });

  it('warns before leaving with changes not yet saved, and not once they are saved', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await openBuilder(page);
    await page.getByLabel('Title').fill('Billing paths for Lee');
    await chooseRole(page, 'medical-billing-specialist');
    await publish(page);
    // Just published: leaving asks nothing.
    await page.reload();
    await page.waitForSelector('#gb-form[data-ready="true"]');
    expect(dialogs).toEqual([]);

    await page.getByLabel('Title').fill('Billing paths for Lee (draft)');
    await page.goto(`${site.baseUrl}/privacy/`).catch(() => undefined);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    // Dismissed: the page and its unsaved change stay.
    expect(await page.getByLabel('Title').inputValue()).toBe('Billing paths for Lee (draft)');

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('#gb-status').textContent()).toContain('Saved.');
    await page.goto(`${site.baseUrl}/privacy/`);
    expect(dialogs).toEqual(['beforeunload']);
    await page.context().close();
  });

  it('fits the builder and a missing guide at 320 px without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/guides/new/', '/guides/?id=AAAAAAAAAAAAAAAAAAAAAA', '/guides/']) {
      await page.goto(`${site.baseUrl}${path}`);
      await page.waitForSelector(path.startsWith('/guides/new') ? '#gb-form[data-ready="true"]' : '#guide[data-ready="true"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    expect(await page.locator('h1').textContent()).toBe('This guide is not here');
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

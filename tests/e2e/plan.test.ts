import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleClaims, dataset } from '../../data/index.ts';
import { programLengths } from '../../functions/domain/planner-evidence.ts';
import { formatFor } from '../../site/i18n/format.ts';
import { expectNoAxeViolations, startTestSite, waitForIslands, type TestSite } from '../support/browser.ts';
import { checkTarget } from '../../functions/domain/planner-core.ts';
import { contextFor, plan as planOf } from '../unit/planner-fixtures.ts';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

/** The plan the test builds, as the domain computes it: the page must show the same dates. */
const INPUT = { startDate: '2027-01-04', programId: 'aapc-cpc-preparation-course', hoursPerWeek: 20, breaks: [{ start: '2027-01-18', end: '2027-01-24', label: 'Holiday' }] };
const expected = planOf(INPUT);
const formatDay = formatFor('en').longDate;

async function openPlanner(page: Page, path = '/plan/') {
  await page.goto(`${site.baseUrl}${path}`);
  await waitForIslands(page);
}
const summary = (page: Page) => page.locator('.pl-summary');

/** Build INPUT through the form, as a keyboard-and-mouse reader would. */
async function fillForm(page: Page) {
  await page.getByLabel('Training program').selectOption('aapc-cpc-preparation-course');
  await page.getByLabel('Start date', { exact: true }).fill('2027-01-04');
  await page.getByLabel('Hours a week', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Add a break' }).click();
  await page.getByLabel('First day off').fill('2027-01-18');
  await page.getByLabel('Last day off').fill('2027-01-24');
  await page.getByLabel('What it is (optional)').fill('Holiday');
}

describe('the plan page', () => {
  let shareLink = '';
  let editLink = '';

  it('previews a plan as you type, with errors beside the fields, and axe finds no violations', async () => {
    const page = await site.newPage();
    await openPlanner(page);
    await expectNoAxeViolations(page);
    await fillForm(page);
    await expect.poll(() => summary(page).textContent()).toContain(`exam on ${formatDay(expected.examDate)}`);
    // The live region speaks the same summary once typing pauses.
    await expect.poll(() => page.locator('.pl-sr[role="status"]').textContent(), { timeout: 5000 }).toContain(formatDay(expected.credentialDate));
    const exam = page.locator('.pl-k-exam');
    expect(await exam.locator('time').getAttribute('datetime')).toBe(expected.examDate);

    const hours = page.getByLabel('Hours a week', { exact: true });
    await hours.fill('0');
    // The reader has left this field before, so it is judged as they type.
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await hours.getAttribute('aria-describedby'))!.split(' ');
    const error = page.locator(`#${describedBy.at(-1)}`);
    expect(await error.textContent()).toContain('Between 1 and 80 hours a week');
    expect(await summary(page).textContent()).toContain('paused');
    await expectNoAxeViolations(page);
    await hours.fill('20');
    await expect.poll(() => summary(page).textContent()).toContain(formatDay(expected.examDate));

    await page.getByRole('button', { name: 'Save and get links' }).click();
    await expect.poll(() => page.locator('.pl-actions .pl-status').first().textContent()).toContain('Saved.');
    shareLink = await page.getByLabel('Share link (read-only)').inputValue();
    editLink = await page.getByLabel('Private edit link').inputValue();
    expect(shareLink).toMatch(/\/plan\/\?id=[A-Za-z0-9_-]{22}$/);
    expect(editLink).toBe(`${shareLink}#edit=${editLink.split('#edit=')[1]}`);
    expect(page.url()).toBe(editLink);
    await expectNoAxeViolations(page);

    // Add to calendar: the saved plan's feed from the API: one event per milestone, then coursework and exam prep as spans and the break as a multi-day event.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar (.ics)' }).click()]);
    const text = await readFile(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const spans = expected.phases.filter((p) => p.key === 'coursework' || p.key === 'exam-prep');
    expect(events.map((e) => e.startDate.toString())).toEqual([...expected.milestones.map((m) => m.date), ...spans.map((p) => p.start), ...expected.breaks.map((b) => b.start)]);
    const holiday = events.at(-1)!;
    expect(holiday.summary).toContain('Holiday');
    // DTEND of an all-day event is the day after its last day.
    expect(holiday.endDate.toString()).toBe('2027-01-25');
    const id = new URL(shareLink).searchParams.get('id')!;
    expect(events.find((e) => e.uid === `${id}-exam@billing-coding-explorer`)!.startDate.toString()).toBe(expected.examDate);
    await page.context().close();
  });

  it('opens the share link read-only for someone else', async () => {
    const page = await site.newPage();
    await page.goto(shareLink);
    await waitForIslands(page);
    await expect.poll(() => page.getByRole('heading', { name: /A shared plan/ }).count()).toBe(1);
    expect(await page.locator('form.pl-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save/ }).count()).toBe(0);
    expect(await summary(page).textContent()).toContain(formatDay(expected.examDate));
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('edits the plan through the private edit link', async () => {
    const page = await site.newPage();
    await page.goto(editLink);
    await waitForIslands(page);
    await expect.poll(() => page.getByLabel('Hours a week', { exact: true }).inputValue()).toBe('20');
    await page.getByLabel('Hours a week', { exact: true }).fill('10');
    const slower = planOf({ ...INPUT, hoursPerWeek: 10 });
    await expect.poll(() => summary(page).textContent()).toContain(formatDay(slower.examDate));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('.pl-actions .pl-status').first().textContent()).toContain('Saved (version 2)');
    const id = new URL(shareLink).searchParams.get('id');
    const saved = (await (await fetch(`${site.baseUrl}/api/plans/${id}`)).json()) as { version: number; input: { hoursPerWeek: number } };
    expect(saved).toMatchObject({ version: 2, input: { hoursPerWeek: 10 } });
    await page.context().close();
  });

  it('tells the second of two editors to reload instead of overwriting', async () => {
    const [a, b] = [await site.newPage(), await site.newPage()];
    for (const page of [a, b]) {
      await page.goto(editLink);
      await waitForIslands(page);
      await expect.poll(() => page.getByLabel('Hours a week', { exact: true }).inputValue()).toBe('10');
    }
    await a.getByLabel('Hours a week', { exact: true }).fill('12');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => a.locator('.pl-actions .pl-status').first().textContent()).toContain('Saved');
    await b.getByLabel('Hours a week', { exact: true }).fill('14');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => b.locator('.pl-actions .pl-status').first().textContent()).toContain('changed somewhere else');
    expect(await b.getByRole('button', { name: 'Reload the plan' }).count()).toBe(1);
    await a.context().close();
    await b.context().close();
  });

  it('checks an edit link on arrival: a wrong one says so at once and opens read-only, and neither check changes the plan (1366 px)', async () => {
    const id = new URL(shareLink).searchParams.get('id');
    const versionNow = async () => ((await (await fetch(`${site.baseUrl}/api/plans/${id}`)).json()) as { version: number }).version;
    const before = await versionNow();
    const page = await site.newPage({ viewport: { width: 1366, height: 768 } });
    await openPlanner(page, `/plan/?id=${id}#edit=not-the-token`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This edit link does not belong to this plan');
    expect(await page.getByRole('heading', { name: /A shared plan/ }).count()).toBe(1);
    expect(await page.locator('form.pl-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save/ }).count()).toBe(0);
    expect(page.url()).toBe(shareLink);
    await expectNoAxeViolations(page);
    await page.context().close();
    const owner = await site.newPage({ viewport: { width: 1366, height: 768 } });
    await owner.goto(editLink);
    await waitForIslands(owner);
    await expect.poll(() => owner.getByRole('button', { name: 'Save changes' }).count()).toBe(1);
    expect(await owner.getByText('This edit link does not belong to this plan').count()).toBe(0);
    expect(owner.url()).toBe(editLink);
    expect(await versionNow()).toBe(before);
    await owner.context().close();
  });

  it('says so when a link holds an id no plan can have, instead of a blank planner (1366 px)', async () => {
    const page = await site.newPage({ viewport: { width: 1366, height: 768 } });
    await openPlanner(page, '/plan/?id=garbage');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('There is no plan at this link: “garbage” is not a plan id.');
    expect(await page.locator('form.pl-form').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Start a new plan' }).getAttribute('href')).toBe('/plan/');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says so when a link names no plan', async () => {
    const page = await site.newPage();
    await openPlanner(page, '/plan/?id=AAAAAAAAAAAAAAAAAAAAAA');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('There is no plan at this link');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('shows the default path, built for a fixed example start, without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/plan/`);
    const example = planOf({ startDate: '2026-11-27' });
    expect(await page.locator('.pl-example').textContent()).toContain('November 27, 2026');
    expect(await summary(page).textContent()).toContain(`exam on ${formatDay(example.examDate)}`);
    expect(await page.locator('.pl-step').count()).toBe(example.milestones.length);
    await page.context().close();
  });

  it("sets the article's “about 11 months” beside the default result and real programs' stated hours and lengths, each with its source", async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/plan/`);
    const example = planOf({ startDate: '2026-11-27' });
    const claim = articleClaims.find((c) => c.id === 'months-to-certified')!;
    const section = page.locator('section:has(#article-claim)');
    const text = (await section.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(`“${claim.quote}”`);
    expect(text).toContain(`reaches the CPC in ${example.monthsToCredential} months`);
    expect(text).toContain(`The article says about ${claim.figure!.high} months`);
    const rows = programLengths(dataset.programs);
    expect(await section.locator('tbody tr').count()).toBe(rows.length);
    for (const id of ['aapc-cpc-preparation-course', 'medcode-logix-professional-medical-coding', 'mvcc-hit-associate', 'mercy-college-ohio-medical-coding-cert']) {
      const row = section.locator(`#length-${id}`);
      const program = dataset.programs.find((p) => p.id === id)!;
      expect((await row.textContent())!).toContain(program.hours.clock !== null ? program.hours.text! : program.length.text!);
      expect(await row.getByRole('link').count(), id).toBeGreaterThan(0);
    }
    // The home page says the same beside the planner's card, and links to the evidence.
    await page.goto(`${site.baseUrl}/`);
    const card = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
    expect(card).toContain(`about ${claim.figure!.high} months`);
    expect(card).toContain(`reaches the CPC in ${example.monthsToCredential} months`);
    expect(await page.locator('a[href="/plan/#article-claim"]').count()).toBe(1);
    await page.context().close();
  });

  it('fits 320 px without sideways scrolling, and prints without the form', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 700 } });
    await openPlanner(page);
    await page.getByRole('button', { name: 'Add a break' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.pl-form').isVisible()).toBe(false);
    expect(await page.locator('.pl-actions').isVisible()).toBe(false);
    expect(await page.locator('.pl-steps').isVisible()).toBe(true);
    await page.context().close();
  });

  it('works by keyboard: the mode switch reveals the exam date, and the plan gives the hours a week', async () => {
    const page = await site.newPage();
    await openPlanner(page);
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-04');
    await page.getByLabel(/Back from an exam date/).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Exam date', { exact: true }).fill('2027-06-01');
    const back = planOf({ startDate: '2027-01-04', targetExamDate: '2027-06-01' });
    await expect.poll(() => summary(page).textContent()).toContain(`at ${back.hoursPerWeek} hours a week`);
    await page.context().close();
  });
});

describe('the planner on a laptop (1366×768), by keyboard', () => {
  const LAPTOP = { viewport: { width: 1366, height: 768 } };
  /** Does leaving the page ask first? A cancelable beforeunload the page's guard cancels. */
  const asksBeforeLeaving = (page: Page) =>
    page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      dispatchEvent(e);
      return e.defaultPrevented;
    });
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  /** Tabs from where focus is until `done` says so (at most `max`). */
  async function tabsUntil(page: Page, done: () => Promise<boolean>, max = 120) {
    for (let n = 1; n <= max; n++) {
      await page.keyboard.press('Tab');
      if (await done()) return n;
    }
    return Infinity;
  }
  let editLink = '';

  it('sets the form and Save beside the plan, whose summary stays in view while the form scrolls', async () => {
    const page = await site.newPage(LAPTOP);
    await openPlanner(page);
    const box = (selector: string) => page.locator(selector).boundingBox();
    const [form, actions, result] = [(await box('form.pl-form'))!, (await box('.pl-actions'))!, (await box('.pl-result'))!];
    expect(form.x + form.width).toBeLessThanOrEqual(result.x);
    expect(Math.abs(form.y - result.y)).toBeLessThan(40);
    // Save sits under the form in the same column, not after the whole plan.
    expect(actions.x).toBe(form.x);
    expect(actions.y).toBeLessThan(form.y + form.height + 100);
    expect(await page.getByRole('button', { name: 'Save and get links' }).boundingBox().then((b) => b!.y)).toBeLessThan(form.y + form.height + 200);
    // Scrolled to the end of the form, the summary with the exam date, credential date and hours is still on screen.
    await page.getByLabel('Name this plan (optional)').focus();
    const summaryBox = (await summary(page).boundingBox())!;
    expect(summaryBox.y).toBeGreaterThanOrEqual(0);
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(768);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
    expect(await summary(page).textContent()).toMatch(/exam on .+, credential by .+ at 10 hours a week/);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('takes focus to the new break, flags none of its blank fields, and judges a field once it is left', async () => {
    const page = await site.newPage(LAPTOP);
    await openPlanner(page);
    await page.getByRole('button', { name: 'Add a break' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('breaks-0-start');
    // Leaving the blank break's fields flags nothing, and the preview carries on.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.locator('form.pl-form [aria-invalid="true"]').count()).toBe(0);
    expect(await summary(page).textContent()).not.toContain('paused');
    // Typed in by keyboard: the first day fills the last, and the plan counts the break.
    await page.getByLabel('First day off').focus();
    await page.keyboard.type('06012027');
    await expect.poll(() => page.getByLabel('Last day off').inputValue()).toBe('2027-06-01');
    await expect.poll(() => page.locator('.pl-key').textContent()).toContain('your breaks');
    // A field is judged once left: 0 hours a week shows its error only after Tab.
    const hours = page.getByLabel('Hours a week', { exact: true });
    await hours.fill('0');
    expect(await hours.getAttribute('aria-invalid')).toBeNull();
    expect(await summary(page).textContent()).toContain('until the field you are filling in is complete');
    await hours.press('Tab');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await summary(page).textContent()).toContain('until the highlighted fields are fixed');
    await page.context().close();
  });

  it('asks before leaving with unsaved changes, not before, and not once saved; after saving focus is on the result, three Tabs from the edit link', async () => {
    const page = await site.newPage(LAPTOP);
    await openPlanner(page);
    expect(await asksBeforeLeaving(page)).toBe(false);
    await page.getByLabel('Hours a week', { exact: true }).fill('12');
    expect(await asksBeforeLeaving(page)).toBe(true);
    await page.getByRole('button', { name: 'Save and get links' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('pl-save-status');
    expect(await page.locator('#pl-save-status').textContent()).toContain('Saved.');
    expect(await asksBeforeLeaving(page)).toBe(false);
    expect(await tabsUntil(page, async () => (await focusedId(page)) === 'pl-edit')).toBeLessThanOrEqual(3);
    editLink = page.url();
    expect(editLink).toContain('#edit=');
    await expectNoAxeViolations(page);
    // An edit after the save arms the browser's own prompt again.
    await page.getByLabel('Hours a week', { exact: true }).fill('14');
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    await page.context().close();
  });

  it('reaches "Save changes" on an edit link in a bounded number of Tabs, with the sources folded away (and printed)', async () => {
    const page = await site.newPage(LAPTOP);
    await page.goto(editLink);
    await waitForIslands(page);
    await expect.poll(() => page.getByRole('button', { name: 'Save changes' }).count()).toBe(1);
    expect(await page.locator('details.pl-fold').getAttribute('open')).toBeNull();
    expect(await page.locator('.pl-durations a').first().isVisible()).toBe(false);
    expect(await asksBeforeLeaving(page)).toBe(false);
    const tabs = await tabsUntil(page, () => page.getByRole('button', { name: 'Save changes' }).evaluate((b) => b === document.activeElement));
    // Skip link, header, the caveat's link, the form (a date input is three stops) and Save: no plan links on the way.
    expect(tabs).toBeLessThanOrEqual(30);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pl-durations').isVisible()).toBe(true);
    expect(await page.locator('form.pl-form').isVisible()).toBe(false);
    await page.context().close();
  });

  it('back-plans nothing until an exam date is given, and names the hours an impossible one needs instead of a plan', async () => {
    const page = await site.newPage(LAPTOP);
    await openPlanner(page);
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-04');
    await page.getByLabel(/Back from an exam date/).focus();
    await page.keyboard.press('Space');
    const exam = page.getByLabel('Exam date', { exact: true });
    expect(await exam.inputValue()).toBe('');
    expect(await exam.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => summary(page).textContent()).toContain('Give the exam date you are aiming for');
    expect(await page.locator('.pl-step').count()).toBe(0);

    const impossible = { startDate: '2027-01-04', targetExamDate: '2027-03-06' };
    const [refusal] = checkTarget(impossible, contextFor({}));
    const needed = refusal!.code === 'hours-over-max' ? refusal!.needed : null;
    await exam.fill(impossible.targetExamDate);
    await expect.poll(() => summary(page).textContent()).toContain(`needs ${needed} hours a week, more than the 80 a plan allows: choose a later date`);
    expect(await page.locator('.pl-step').count()).toBe(0);
    expect(await exam.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('80 hours a week, the most this planner allows').count()).toBe(0);
    await expectNoAxeViolations(page);

    await exam.fill('2027-06-01');
    const back = planOf({ startDate: '2027-01-04', targetExamDate: '2027-06-01' });
    await expect.poll(() => summary(page).textContent()).toContain(`at ${back.hoursPerWeek} hours a week`);
    expect(await exam.getAttribute('aria-invalid')).toBeNull();
    await page.context().close();
  });
});

describe('a saved plan walks with its reader (1366×768)', () => {
  const LAPTOP = { viewport: { width: 1366, height: 768 } };
  /** A calendar day this many days from today (UTC, the API's today). */
  const dayFrom = (days: number) => new Date(Date.now() + days * 864e5).toISOString().slice(0, 10);
  /** Ten hours a week from eight weeks ago: by today the plan expects about 80 hours, so 20 done is behind. */
  const BEHIND = { startDate: dayFrom(-56), hoursPerWeek: 10, title: 'Walking plan' };
  type Saved = { id: string; version: number; plan: { examDate: string }; progress: { state: string; options: { moveExam: { available: boolean; examDate: string } } } | null };
  let plan: { id: string; editToken: string };
  const read = async () => (await (await fetch(`${site.baseUrl}/api/plans/${plan.id}`)).json()) as Saved;
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const progress = (page: Page) => page.locator('.pl-progress');

  beforeAll(async () => {
    const res = await fetch(`${site.baseUrl}/api/plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BEHIND) });
    plan = (await res.json()) as typeof plan;
  });

  it('records progress through the edit link: a ticked step and the hours so far, saved, then "behind" after a reload', async () => {
    const page = await site.newPage(LAPTOP);
    await page.goto(`${site.baseUrl}/plan/?id=${plan.id}#edit=${plan.editToken}`);
    await waitForIslands(page);
    await expect.poll(() => progress(page).getByRole('heading', { name: 'Your progress' }).count()).toBe(1);
    expect(await page.locator('.pl-standing').textContent()).toContain('No progress recorded yet');
    // Ticking a step offers its day, today unless changed.
    await page.getByRole('checkbox', { name: /Start coursework/ }).check();
    expect(await page.getByLabel('Done on Start coursework').inputValue()).toBe(dayFrom(0));
    await page.getByLabel('Done on Start coursework').fill(BEHIND.startDate);
    // A blank total is refused beside its field, and focus goes there.
    await page.getByRole('button', { name: 'Save progress' }).click();
    const hours = page.getByLabel('Hours studied so far');
    await expect.poll(() => focusedId(page)).toBe('progress-hoursDone');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#progress-hoursDone-err').textContent()).toContain('Give the hours you have studied so far');
    await hours.fill('20');
    expect(await page.getByLabel('As of').inputValue()).toBe(dayFrom(0));
    await page.getByRole('button', { name: 'Save progress' }).click();
    await expect.poll(() => page.locator('#pl-progress-status').textContent()).toContain('Progress saved (version 2). Behind by');
    // Focus moves on the next frame after the answer is shown.
    await expect.poll(() => focusedId(page)).toBe('pl-progress-status');
    await expectNoAxeViolations(page);

    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => page.locator('.pl-standing .pl-badge').textContent()).toBe('Behind');
    const saved = await read();
    expect(saved.progress!.state).toBe('behind');
    const standing = (await page.locator('.pl-standing').textContent())!;
    expect(standing).toContain('20 hours studied by');
    expect(standing).toContain(`Planned exam${formatDay(saved.plan.examDate)}`);
    expect(standing).toContain('On track means within 10 hours of the plan either way');
    expect(await page.getByRole('checkbox', { name: /Start coursework/ }).isChecked()).toBe(true);
    expect(await page.locator('.pl-done').textContent()).toContain(`Start coursework, ${formatDay(BEHIND.startDate)}`);
    await page.context().close();
  });

  it('moves the exam in one step: the plan takes the new date and the history says what moved', async () => {
    const before = await read();
    const move = before.progress!.options.moveExam;
    expect(move.available).toBe(true);
    const page = await site.newPage(LAPTOP);
    await page.goto(`${site.baseUrl}/plan/?id=${plan.id}#edit=${plan.editToken}`);
    await waitForIslands(page);
    await page.getByRole('button', { name: `Move the exam to ${formatDay(move.examDate)}` }).click();
    await expect.poll(() => page.locator('#pl-progress-status').textContent()).toContain(`Plan changed (version 3): exam on ${formatDay(move.examDate)}`);
    await expect.poll(() => focusedId(page)).toBe('pl-progress-status');
    await expect.poll(() => summary(page).textContent()).toContain(`exam on ${formatDay(move.examDate)}`);
    expect((await read()).plan.examDate).toBe(move.examDate);
    const change = page.locator('.pl-changes li').first();
    expect(await change.textContent()).toContain(`Exam moved from ${formatDay(before.plan.examDate)} to ${formatDay(move.examDate)}`);
    expect(await change.textContent()).toContain('version 3');
    // Nothing is left unsaved: the form holds the re-planned input.
    expect(await page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      dispatchEvent(e);
      return e.defaultPrevented;
    })).toBe(false);
    await expectNoAxeViolations(page);
    // Saving the form afterwards keeps what it does not edit: the progress and the re-plan.
    await page.getByLabel('Name this plan (optional)').fill('Walking plan, moved');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('#pl-save-status').textContent()).toContain('Saved (version 4)');
    const input = ((await (await fetch(`${site.baseUrl}/api/plans/${plan.id}`)).json()) as { input: { title: string; progress?: { hoursDone: number; completed: { key: string }[] }; replan?: object } }).input;
    expect(input.title).toBe('Walking plan, moved');
    expect(input.progress).toMatchObject({ hoursDone: 20, completed: [{ key: 'start' }] });
    expect(input.replan).toBeDefined();
    expect((await read()).plan.examDate).toBe(move.examDate);
    await page.context().close();
  });

  it('offers the feed to subscribe to: a webcal:// link and the https address of the same feed, and reminders saved with the plan', async () => {
    const page = await site.newPage(LAPTOP);
    await page.goto(`${site.baseUrl}/plan/?id=${plan.id}#edit=${plan.editToken}`);
    await waitForIslands(page);
    const webcal = (await page.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href'))!;
    const https = await page.getByLabel('Calendar address').inputValue();
    const path = `/api/plans/${plan.id}/calendar.ics`;
    expect(https).toBe(`${site.baseUrl}${path}`);
    expect(webcal).toBe(`webcal://${new URL(site.baseUrl).host}${path}`);
    expect(new URL(webcal.replace(/^webcal:/, 'http:')).pathname).toBe(new URL(https).pathname);
    expect(await page.getByText('How to subscribe in Google Calendar, Apple Calendar or Outlook').count()).toBe(1);
    const feed = async () => new ICAL.Component(ICAL.parse(await (await fetch(https)).text()) as unknown[]);
    expect((await feed()).getAllSubcomponents('vevent').some((v) => v.getFirstSubcomponent('valarm'))).toBe(false);
    await page.getByLabel('Reminders the day before booking and the exam').check();
    await expect.poll(() => page.locator('.pl-subscribe [role="status"]').textContent()).toBe('Reminders on: saved.');
    const alarmed = (await feed()).getAllSubcomponents('vevent').filter((v) => v.getFirstSubcomponent('valarm')).map((v) => v.getFirstPropertyValue('uid'));
    expect(alarmed).toEqual([`${plan.id}-book-exam@billing-coding-explorer`, `${plan.id}-exam@billing-coding-explorer`]);
    await page.context().close();
  });

  it('shows progress and history read-only on the share link, with nothing to change them', async () => {
    const page = await site.newPage(LAPTOP);
    await page.goto(`${site.baseUrl}/plan/?id=${plan.id}`);
    await waitForIslands(page);
    await expect.poll(() => page.locator('.pl-standing .pl-badge').count()).toBe(1);
    expect(await progress(page).getByRole('heading', { name: 'Progress', exact: true }).count()).toBe(1);
    expect(await page.locator('.pl-done').textContent()).toContain('Start coursework');
    expect(await page.locator('.pl-changes li', { hasText: 'Exam moved from' }).count()).toBe(1);
    expect(await progress(page).locator('input, select, textarea, button').count()).toBe(0);
    expect(await page.getByLabel('Reminders the day before booking and the exam').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Subscribe in your calendar app' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pl-standing').isVisible()).toBe(true);
    expect(await page.locator('.pl-history').isVisible()).toBe(true);
    await page.context().close();
  });

  it('fits 320 px with the progress panel open, and prints where the reader stands without the controls', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.baseUrl}/plan/?id=${plan.id}#edit=${plan.editToken}`);
    await waitForIslands(page);
    await expect.poll(() => page.locator('.pl-progress-form').count()).toBe(1);
    await page.getByRole('checkbox', { name: /Checkpoint 1/ }).check();
    await page.getByText('How to subscribe in Google Calendar, Apple Calendar or Outlook').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pl-standing').isVisible()).toBe(true);
    expect(await page.locator('.pl-progress-form').isVisible()).toBe(false);
    expect(await page.locator('.pl-catch-up').isVisible()).toBe(false);
    await page.context().close();
  });
});

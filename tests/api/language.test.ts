/**
 * A saved plan's or guide's `language` (issue 16): accepted as "en" or "es" (default "en"), stored,
 * answered, refused otherwise with a problem naming `language`; a plan's words and its calendar
 * follow it (Spanish words from the Spanish catalog, es-US dates, links to the /es/ pages); items
 * saved before languages read as English.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import type { GuideView } from '../../functions/contract/guides.ts';
import type { PlanCreated, SavedPlan } from '../../functions/contract/plans.ts';
import { plannerCredentialOf, plannerRulesOf } from '../../functions/domain/planner-adapter.ts';
import { planTimeline, type Plan } from '../../functions/domain/planner.ts';
import { hashToken, newId } from '../../functions/http/edit-token.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { dataText } from '../../site/i18n/data-text.ts';
import { translatedStrings } from '../../site/i18n/data-text-table.ts';
import { formatFor } from '../../site/i18n/format.ts';
import type { Locale } from '../../site/i18n/locale.ts';
import { planMessagesOf } from '../../site/i18n/plan-words.ts';
import { planText } from '../../site/i18n/plan-text.ts';
import { useTestApi } from '../support/api.ts';

const NOW = new Date('2026-11-27T15:30:00Z');
const ORIGIN = 'https://coding.example.org';
const api = useTestApi({
  deps: {
    now: () => NOW,
    siteOrigin: () => ORIGIN,
    clientAddress: () => '198.51.100.16',
    planCreateLimiter: createRateLimiter({ limit: 10_000, windowMs: 60_000 }),
    guideCreateLimiter: createRateLimiter({ limit: 10_000, windowMs: 60_000 }),
  },
});

type Problem = { status: number; errors?: { name: string; in: string; code: string; allowed?: string[] }[] };

const send = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});

/** A plan with a break the reader left unlabelled and reminders on, so every word the feed adds shows. */
const PLAN = { startDate: '2026-11-30', breaks: [{ start: '2027-01-04', end: '2027-01-08' }], calendar: { reminders: true } };
const GUIDE = { title: 'Caminos a la facturación', roles: ['medical-coder', 'medical-billing-specialist'], area: 'TX' };

/** Each locale's plan messages, loaded as the API loads them. */
const MESSAGES = { en: await planMessagesOf('en'), es: await planMessagesOf('es') } satisfies Record<Locale, unknown>;
const planMessages = (locale: Locale) => MESSAGES[locale];

/** The plan the domain computes for PLAN, in a locale's words, its data words (credential and rule notes) too (the default credential, no program). */
function expectedPlan(locale: Locale): Plan {
  const words = dataText(locale);
  const rules = translatedStrings(plannerRules, words);
  const cpc = plannerCredentialOf(translatedStrings(dataset.certifications.find((c) => c.id === plannerRules.defaultCredentialId)!, words), rules);
  return planText(planTimeline({ startDate: PLAN.startDate, breaks: PLAN.breaks }, { credential: cpc, rules: plannerRulesOf(rules), today: '2026-11-27' }), planMessages(locale));
}

async function createPlan(body: object): Promise<PlanCreated> {
  const res = await api.app.request('/api/plans', send('POST', body));
  expect(res.status).toBe(201);
  return (await res.json()) as PlanCreated;
}
async function createGuide(body: object): Promise<GuideView & { editToken: string }> {
  const res = await api.app.request('/api/guides', send('POST', body));
  expect(res.status).toBe(201);
  return (await res.json()) as GuideView & { editToken: string };
}
const readPlan = async (id: string) => (await (await api.app.request(`/api/plans/${id}`)).json()) as SavedPlan;
const readGuide = async (id: string) => (await (await api.app.request(`/api/guides/${id}`)).json()) as GuideView;
const calendarOf = async (id: string) => {
  const res = await api.app.request(`/api/plans/${id}/calendar.ics`);
  expect(res.status).toBe(200);
  return res.text();
};

/** The calendar's events by UID, with the text of each property that carries words. */
function feedOf(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = new Map(
    cal.getAllSubcomponents('vevent').map((v) => [
      String(v.getFirstPropertyValue('uid')),
      {
        summary: String(v.getFirstPropertyValue('summary')),
        description: v.getFirstPropertyValue('description') as string | null,
        url: v.getFirstPropertyValue('url') as string | null,
        alarm: v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description') as string | undefined,
      },
    ]),
  );
  return { name: String(cal.getFirstPropertyValue('x-wr-calname')), events };
}

describe('language on a saved plan', () => {
  it.each(['en', 'es'] as const)('accepts %s, stores it with the input and answers it on create, read and preview', async (language) => {
    const created = await createPlan({ ...PLAN, language });
    expect(created.language).toBe(language);
    expect(created.input.language).toBe(language);
    const read = await readPlan(created.id);
    expect(read.language).toBe(language);
    expect(read.input.language).toBe(language);
    const stored = await createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName }).plans.get(created.id);
    expect(stored?.body.language).toBe(language);
    const preview = await api.app.request('/api/plans/preview', send('POST', { ...PLAN, language }));
    expect(((await preview.json()) as { language: Locale }).language).toBe(language);
  });

  it('defaults to English when a body sends none, storing the input as sent', async () => {
    const created = await createPlan(PLAN);
    expect(created.language).toBe('en');
    expect(created.input).not.toHaveProperty('language');
    expect(created.plan).toEqual(expectedPlan('en'));
  });

  it('words the plan from the Spanish catalog when the plan is in Spanish, figures and dates unchanged', async () => {
    const created = await createPlan({ ...PLAN, language: 'es' });
    const spanish = expectedPlan('es');
    expect(created.plan).toEqual(spanish);
    expect(created.plan.examDate).toBe(expectedPlan('en').examDate);
  });

  it("words a Spanish plan's data (the credential's membership note) in Spanish, never the English note", async () => {
    const note = dataset.certifications.find((c) => c.id === plannerRules.defaultCredentialId)!.membership.note!;
    const english = JSON.stringify((await createPlan(PLAN)).plan);
    const spanish = JSON.stringify((await createPlan({ ...PLAN, language: 'es' })).plan);
    expect(english).toContain(note);
    expect(spanish).not.toContain(note);
    expect(spanish).toContain(dataText('es')(note));
  });

  it('keeps its language across a PUT that sends it, and turns English when a PUT leaves it out', async () => {
    const created = await createPlan({ ...PLAN, language: 'es' });
    const put = (body: object, version: string) => api.app.request(`/api/plans/${created.id}`, send('PUT', body, { Authorization: `Bearer ${created.editToken}`, 'If-Match': version }));
    const kept = await put({ ...PLAN, hoursPerWeek: 12, language: 'es' }, '"1"');
    expect(kept.status).toBe(200);
    expect(((await kept.json()) as SavedPlan).language).toBe('es');
    const dropped = await put({ ...PLAN, hoursPerWeek: 12 }, '"2"');
    expect(((await dropped.json()) as SavedPlan).language).toBe('en');
  });

  it("words a refused field in the plan's language", async () => {
    const body = { startDate: '2027-01-04', breaks: [{ start: '2027-01-01', end: '2027-01-10' }] };
    for (const language of ['en', 'es'] as const) {
      const res = await api.app.request('/api/plans/preview', send('POST', { ...body, language }));
      const problem = (await res.json()) as { errors: { name: string; detail: string }[] };
      expect(problem.errors.find((e) => e.name === 'startDate')?.detail).toBe(planMessages(language).check['start-in-break']({ code: 'start-in-break' }));
    }
  });
});

describe('language on a saved guide', () => {
  it.each(['en', 'es'] as const)('accepts %s, stores it with the guide and answers it on create and read', async (language) => {
    const created = await createGuide({ ...GUIDE, language });
    expect(created.language).toBe(language);
    expect(created.guide.language).toBe(language);
    const read = await readGuide(created.id);
    expect(read.language).toBe(language);
    expect(read.guide.language).toBe(language);
  });

  it("defaults to English, and words each role in the guide's language while figures stay one set", async () => {
    const english = await createGuide(GUIDE);
    expect(english.language).toBe('en');
    expect(english.guide).not.toHaveProperty('language');
    const spanish = await createGuide({ ...GUIDE, language: 'es' });
    const roles = GUIDE.roles.map((slug) => dataset.roles.find((r) => r.slug === slug)!);
    expect(english.roles.map((r) => [r.title, r.summary])).toEqual(roles.map((r) => [r.title, r.summary]));
    expect(spanish.roles.map((r) => [r.title, r.summary])).toEqual(roles.map((r) => [dataText('es')(r.title), dataText('es')(r.summary)]));
    expect(spanish.roles.map((r) => r.pay)).toEqual(english.roles.map((r) => r.pay));
  });

  it("names the guide's area and each role's pay area in the guide's language, codes unchanged", async () => {
    const english = await createGuide({ ...GUIDE, area: 'NY' });
    const spanish = await readGuide((await createGuide({ ...GUIDE, area: 'NY', language: 'es' })).id);
    expect([english.area, english.areaName]).toEqual(['NY', 'New York']);
    expect([spanish.area, spanish.areaName]).toEqual(['NY', 'Nueva York']);
    expect(english.roles.map((r) => r.pay && [r.pay.area, r.pay.areaName])).toEqual(GUIDE.roles.map(() => ['NY', 'New York']));
    expect(spanish.roles.map((r) => r.pay && [r.pay.area, r.pay.areaName])).toEqual(GUIDE.roles.map(() => ['NY', 'Nueva York']));
    // Only the name is a word: every figure, year and source is the English guide's.
    expect(spanish.roles.map((r) => r.pay && { ...r.pay, areaName: 'New York' })).toEqual(english.roles.map((r) => r.pay));
  });
});

describe('a language that is not one', () => {
  const cases: [string, unknown][] = [
    ['"fr"', 'fr'],
    ['42', 42],
    ['an empty text', ''],
    ['null', null],
  ];
  describe.each([
    ['POST /api/plans', '/api/plans', PLAN],
    ['POST /api/plans/preview', '/api/plans/preview', PLAN],
    ['POST /api/guides', '/api/guides', GUIDE],
  ])('%s', (_what, path, body) => {
    it.each(cases)('refuses %s with a 400 problem naming language', async (_value, language) => {
      const res = await api.app.request(path, send('POST', { ...body, language }));
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const problem = (await res.json()) as Problem;
      expect(problem.errors?.map((e) => e.name)).toEqual(['language']);
      expect(problem.errors?.[0]?.in).toBe('body');
      expect(['not-allowed', 'invalid-type']).toContain(problem.errors?.[0]?.code);
    });
  });

  it('is refused on a PUT, and the plan keeps its language', async () => {
    const created = await createPlan({ ...PLAN, language: 'es' });
    const res = await api.app.request(`/api/plans/${created.id}`, send('PUT', { ...PLAN, language: 'fr' }, { Authorization: `Bearer ${created.editToken}`, 'If-Match': '"1"' }));
    expect(res.status).toBe(400);
    expect((await readPlan(created.id)).language).toBe('es');
  });
});

describe('plans and guides saved before languages', () => {
  const store = () => createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName });
  const at = '2026-11-01T00:00:00.000Z';

  it('read a plan without language as English, its calendar too', async () => {
    const id = newId();
    await store().plans.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken('an-old-token'), body: { ...PLAN } });
    const read = await readPlan(id);
    expect(read.language).toBe('en');
    expect(read.input).not.toHaveProperty('language');
    expect(read.plan).toEqual(expectedPlan('en'));
    const { name, events } = feedOf(await calendarOf(id));
    expect(name).toBe(planMessages('en').calendar.name('CPC'));
    expect(events.get(`${id}-start@billing-coding-explorer`)?.url).toBe(`${ORIGIN}/plan/?id=${id}`);
  });

  it('read a guide without language as English', async () => {
    const id = newId();
    await store().guides.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken('an-old-token'), body: { ...GUIDE, area: 'TX' } });
    const read = await readGuide(id);
    expect(read.language).toBe('en');
    expect(read.roles[0]!.title).toBe(dataset.roles.find((r) => r.slug === GUIDE.roles[0])!.title);
  });
});

describe("a plan's calendar in its language", () => {
  /** What the feed of a plan in a locale must say, from that locale's catalog and the plan the API answers. */
  function expectFeed(text: string, id: string, plan: Plan, locale: Locale, path: string) {
    const words = planMessages(locale).calendar;
    const name = words.name(plan.credential.acronym);
    const link = `${ORIGIN}${path}?id=${id}`;
    const feed = feedOf(text);
    expect(feed.name).toBe(name);
    for (const m of plan.milestones) {
      const event = feed.events.get(`${id}-${m.key}@billing-coding-explorer`)!;
      expect(event.summary).toBe(`${name}: ${m.title}`);
      expect(event.description).toBe(`${m.detail}\n\n${words.wholePlan(link)}`);
      expect(event.url).toBe(link);
      if (m.kind === 'exam' || m.kind === 'book-exam') expect(event.alarm).toBe(event.summary);
    }
    for (const p of plan.phases.filter((ph) => ph.key === 'coursework' || ph.key === 'exam-prep')) {
      expect(feed.events.get(`${id}-phase-${p.key}@billing-coding-explorer`)?.summary).toBe(`${name}: ${p.label}`);
    }
    expect(feed.events.get(`${id}-break-1@billing-coding-explorer`)?.summary).toBe(`${name}: ${words.break}`);
    return feed;
  }

  it('is in Spanish for a Spanish plan: names, titles, details, alarms and links to the /es/ plan page', async () => {
    const created = await createPlan({ ...PLAN, language: 'es' });
    const text = await calendarOf(created.id);
    const spanish = expectedPlan('es');
    const feed = expectFeed(text, created.id, spanish, 'es', '/es/plan/');
    // The booking step's details give the exam day as es-US writes it (e.g. "8 de octubre de 2027").
    const booking = spanish.milestones.find((m) => m.kind === 'book-exam')!;
    expect(feed.events.get(`${created.id}-${booking.key}@billing-coding-explorer`)?.description).toContain(booking.detail);
    expect(text).not.toContain(`${ORIGIN}/plan/`);
    expect(text).toContain(`URL:${ORIGIN}/es/plan/?id=${created.id}`);
  });

  it('formats the dates it writes in words for es-US', () => {
    const spanish = expectedPlan('es');
    const booking = spanish.milestones.find((m) => m.kind === 'book-exam')!;
    const examDay = formatFor('es').longDate(spanish.examDate);
    expect(examDay).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
    // Once the Spanish catalog words the booking step, its detail carries the es-US date and not the English one.
    if (planMessages('es') !== planMessages('en')) {
      expect(booking.detail).toContain(examDay);
      expect(booking.detail).not.toContain(formatFor('en').longDate(spanish.examDate));
    }
  });

  it('says the same as before for an English plan, links to the English page', async () => {
    const created = await createPlan({ ...PLAN, language: 'en' });
    const text = await calendarOf(created.id);
    const feed = expectFeed(text, created.id, expectedPlan('en'), 'en', '/plan/');
    expect(feed.name).toBe('CPC plan');
    expect(feed.events.get(`${created.id}-break-1@billing-coding-explorer`)?.summary).toBe('CPC plan: Break');
    expect(feed.events.get(`${created.id}-start@billing-coding-explorer`)?.description).toMatch(/\n\nThe whole plan: https:\/\/coding\.example\.org\/plan\/\?id=/);
  });

  it('differs from the English one wherever the Spanish catalog words differ', async () => {
    const [en, es] = await Promise.all([createPlan({ ...PLAN, language: 'en' }), createPlan({ ...PLAN, language: 'es' })]);
    const english = feedOf(await calendarOf(en.id));
    const spanish = feedOf(await calendarOf(es.id));
    const same = (a: string, b: string) => planMessages('es') === planMessages('en') || a !== b;
    expect(same(spanish.name, english.name)).toBe(true);
    const key = (id: string) => `${id}-exam@billing-coding-explorer`;
    expect(same(spanish.events.get(key(es.id))!.summary, english.events.get(key(en.id))!.summary)).toBe(true);
    expect(spanish.events.size).toBe(english.events.size);
  });
});

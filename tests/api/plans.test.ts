import ICAL from 'ical.js';
import { scanByPrefix } from '../support/api.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { plannerCredentialOf, plannerRulesOf } from '../../functions/domain/planner-adapter.ts';
import { planTimeline, type Plan, type PlanInput } from '../../functions/domain/planner.ts';
import { planWordsOf } from '../../site/i18n/plan-words.ts';
import { hashToken, newId } from '../../functions/http/edit-token.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { seedTable, datasetVersion } from '../../functions/store/seed.ts';
import { ensureTable } from '../../functions/store/table.ts';

// A real embedded table, seeded; "today" pinned to 2026-11-27 so the plans are fixed.
const NOW = new Date('2026-11-27T15:30:00Z');
const TABLE = 'plans-test';
let dynamo: EmbeddedDynamo;
let client: ReturnType<typeof createDocumentClient>;
let app: ReturnType<typeof createApp>;
let config: { endpoint: string; tableName: string };

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  config = { endpoint: dynamo.endpoint, tableName: TABLE };
  client = createDocumentClient(config, { requestTimeoutMs: 10_000 });
  await ensureTable(client, TABLE);
  await seedTable(client, TABLE, dataset, datasetVersion(dataset));
  app = createApp({ ...createDeps(config), now: () => NOW, planCreateLimiter: createRateLimiter({ limit: 10_000, windowMs: 60_000 }) });
});
afterAll(async () => {
  client.destroy();
  await dynamo.close();
});

interface PlanView {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  input: PlanInput;
  plan: Plan;
  editToken?: string;
}
interface ProblemBody {
  status: number;
  detail: string;
  errors: { name: string; in: string; detail: string; allowed?: string[] }[];
}

const jsonInit = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});
async function create(input: PlanInput = { startDate: '2026-11-27' }) {
  const res = await app.request('/api/plans', jsonInit('POST', input));
  expect(res.status).toBe(201);
  return (await res.json()) as PlanView & { editToken: string };
}
const read = async (id: string) => (await (await app.request(`/api/plans/${id}`)).json()) as PlanView;
const edit = (id: string, body: unknown, token: string, version: string) => app.request(`/api/plans/${id}`, jsonInit('PUT', body, { Authorization: `Bearer ${token}`, 'If-Match': version }));

/** Saved plans in the table: what a request may have stored. */
async function storedPlans(): Promise<number> {
  return (await scanByPrefix(client, TABLE, 'PLAN#')).length;
}

describe('POST /api/plans/preview', () => {
  it('computes the plan the domain computes, and stores nothing', async () => {
    const before = await storedPlans();
    const res = await app.request('/api/plans/preview', jsonInit('POST', { startDate: '2026-11-27' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = (await res.json()) as { input: PlanInput; plan: Plan };
    const cpc = plannerCredentialOf(dataset.certifications.find((c) => c.id === 'cpc')!, plannerRules);
    expect(body.plan).toEqual(await planWordsOf(planTimeline({ startDate: '2026-11-27' }, { credential: cpc, rules: plannerRulesOf(plannerRules), today: '2026-11-27' }), 'en'));
    expect(body.plan.examDate).toBe('2027-03-19');
    expect(await storedPlans()).toBe(before);
  });

  it("plans no program as AAPC's 80-hour course, citing AAPC and not the article's 11 months", async () => {
    const res = await app.request('/api/plans/preview', jsonInit('POST', { startDate: '2026-11-27' }));
    const { plan } = (await res.json()) as { plan: Plan };
    expect(plan.hours).toEqual({ coursework: 80, examPrep: 80, total: 160 });
    expect(plan.monthsToCredential).toBe(4.2);
    const coursework = plan.durations.find((d) => d.key === 'coursework')!;
    expect(coursework).toMatchObject({ origin: 'program', sourceIds: plannerRules.defaultCoursework.sourceIds });
    expect(plan.durations.flatMap((d) => d.sourceIds)).not.toContain('source-article');
    expect(JSON.stringify(plan)).not.toMatch(/11 months|article/i);
  });

  it('plans backwards from a target exam date', async () => {
    const res = await app.request('/api/plans/preview', jsonInit('POST', { startDate: '2026-11-27', programId: 'aapc-cpc-preparation-course', targetExamDate: '2027-03-01' }));
    const { plan } = (await res.json()) as { plan: Plan };
    expect(plan.mode).toBe('target');
    expect(plan.examDate).toBe('2027-03-01');
    expect(plan.hoursPerWeek).toBe(14.8);
  });
});

describe('a saved plan', () => {
  it('is created with 201, an id, an edit token shown once, and the plan', async () => {
    const res = await app.request('/api/plans', jsonInit('POST', { startDate: '2026-11-27', certificationId: 'cca', title: 'My CCA' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const body = (await res.json()) as PlanView;
    expect(res.headers.get('Location')).toBe(`/api/plans/${body.id}`);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(body.editToken!, 'base64url')).toHaveLength(32);
    expect(body.input).toEqual({ startDate: '2026-11-27', certificationId: 'cca', title: 'My CCA' });
    expect(body.plan.credential.id).toBe('cca');
    expect(body.plan.title).toBe('My CCA');
  });

  it('reads back the same input and plan, without the token', async () => {
    const created = await create({ startDate: '2027-01-04', hoursPerWeek: 15, breaks: [{ start: '2027-03-01', end: '2027-03-07', label: 'Spring break' }] });
    const res = await app.request(`/api/plans/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"1"');
    const body = (await res.json()) as PlanView;
    expect(body).not.toHaveProperty('editToken');
    expect(body.input).toEqual(created.input);
    expect(body.plan).toEqual(created.plan);
  });

  it('is replaced with its token and version: version 2, and a plan computed from the new input', async () => {
    const created = await create({ startDate: '2027-01-04' });
    const res = await edit(created.id, { startDate: '2027-01-04', hoursPerWeek: 20 }, created.editToken, '"1"');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
    const after = await read(created.id);
    expect(after.version).toBe(2);
    expect(after.input.hoursPerWeek).toBe(20);
    expect(after.plan.examDate < created.plan.examDate).toBe(true);
    expect(after.updatedAt >= created.updatedAt).toBe(true);
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { Authorization: `Bearer ${'x'.repeat(43)}` }, 403],
    ['no If-Match', { Authorization: 'TOKEN' }, 428],
    ['a stale If-Match', { Authorization: 'TOKEN', 'If-Match': '"2"' }, 412],
  ])('refuses a change with %s (PUT and DELETE) and keeps the plan', async (_case, headers: Record<string, string>, status) => {
    const created = await create({ startDate: '2027-01-04', title: 'Original' });
    const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'TOKEN' ? `Bearer ${created.editToken}` : v]));
    for (const method of ['PUT', 'DELETE']) {
      const res = await app.request(`/api/plans/${created.id}`, jsonInit(method, { startDate: '2027-02-01', title: 'Hijacked' }, h));
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect((await read(created.id)).input.title).toBe('Original');
  });

  it('lets exactly one of three concurrent edits of one version win', async () => {
    const created = await create();
    const responses = await Promise.all([20, 30, 40].map(async (hoursPerWeek) => edit(created.id, { startDate: '2026-11-27', hoursPerWeek }, created.editToken, '"1"')));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412]);
    expect((await read(created.id)).version).toBe(2);
  });

  it('refuses an invalid replacement with 400 and keeps the plan', async () => {
    const created = await create({ startDate: '2027-01-04' });
    const res = await edit(created.id, { startDate: '2027-01-04', hoursPerWeek: 81 }, created.editToken, '"1"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors[0]!.name).toBe('hoursPerWeek');
    expect((await read(created.id)).version).toBe(1);
  });

  it('is deleted with its token and version; then the plan says deleted (410) and its calendar is 404', async () => {
    const created = await create();
    const res = await app.request(`/api/plans/${created.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${created.editToken}`, 'If-Match': '"1"' } });
    expect(res.status).toBe(204);
    expect((await app.request(`/api/plans/${created.id}`)).status).toBe(410);
    expect((await app.request(`/api/plans/${created.id}/calendar.ics`)).status).toBe(404);
  });

  it.each(['AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id', '..%2F..%2Fetc'])('answers an unknown id (%s) with 404 problem+json', async (id) => {
    for (const path of [`/api/plans/${id}`, `/api/plans/${id}/calendar.ics`]) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });

  it('limits how many plans one address creates', async () => {
    const limited = createApp({ ...createDeps(config), now: () => NOW, planCreateLimiter: createRateLimiter({ limit: 2, windowMs: 60_000 }) });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.request('/api/plans', jsonInit('POST', { startDate: '2026-11-27' }))).status);
    expect(statuses).toEqual([201, 201, 429]);
  });
});

describe('a plan stored before credentialId became certificationId', () => {
  it('reads back under the new name, with its plan and calendar, and can be replaced', async () => {
    const store = createDeps(config).plans;
    const id = newId();
    const token = 'a-token-for-an-old-plan';
    const at = '2026-11-01T00:00:00.000Z';
    const old = { startDate: '2027-01-04', credentialId: 'cca', title: 'Saved long ago' } as unknown as PlanInput;
    await store.create({ id, version: 1, createdAt: at, updatedAt: at, editTokenHash: hashToken(token), body: old });
    const res = await app.request(`/api/plans/${id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as PlanView;
    expect(body.input).toEqual({ startDate: '2027-01-04', certificationId: 'cca', title: 'Saved long ago' });
    expect(body.plan.credential.id).toBe('cca');
    expect((await app.request(`/api/plans/${id}/calendar.ics`)).status).toBe(200);
    const put = await app.request(`/api/plans/${id}`, jsonInit('PUT', body.input, { Authorization: `Bearer ${token}`, 'If-Match': '"1"' }));
    expect(put.status).toBe(200);
    expect(((await put.json()) as PlanView).input.certificationId).toBe('cca');
  });
});

describe('bad input: a 400, 413 or 415 problem naming the field, and nothing stored', () => {
  const cases: [string, unknown, number, string, string?][] = [
    ['an impossible date', { startDate: '2027-02-30' }, 400, 'startDate'],
    ['a date in another format', { startDate: '27/11/2026' }, 400, 'startDate'],
    ['a start before 2000', { startDate: '1999-12-31' }, 400, 'startDate'],
    ['a start more than 5 years ahead', { startDate: '2031-11-28' }, 400, 'startDate'],
    ['no start date', { hoursPerWeek: 10 }, 400, 'startDate'],
    ['0 hours a week', { startDate: '2027-01-04', hoursPerWeek: 0 }, 400, 'hoursPerWeek'],
    ['more than 80 hours a week', { startDate: '2027-01-04', hoursPerWeek: 81 }, 400, 'hoursPerWeek'],
    ['hours a week as text', { startDate: '2027-01-04', hoursPerWeek: '10' }, 400, 'hoursPerWeek'],
    ['part of a prep week', { startDate: '2027-01-04', examPrepWeeks: 1.5 }, 400, 'examPrepWeeks'],
    ['an unknown certification', { startDate: '2027-01-04', certificationId: 'cpa' }, 400, 'certificationId'],
    ['the old field name credentialId', { startDate: '2027-01-04', credentialId: 'cca' }, 400, 'credentialId'],
    ['an unknown program', { startDate: '2027-01-04', programId: 'hogwarts-coding' }, 400, 'programId'],
    ['a break that ends before it starts', { startDate: '2027-01-04', breaks: [{ start: '2027-03-10', end: '2027-03-01' }] }, 400, 'breaks.0.end'],
    ['a start inside a break', { startDate: '2027-01-04', breaks: [{ start: '2027-01-01', end: '2027-01-10' }] }, 400, 'startDate'],
    ['an exam date before the start', { startDate: '2027-01-04', targetExamDate: '2026-12-01' }, 400, 'targetExamDate'],
    ['an exam date that needs more than 80 hours a week', { startDate: '2027-01-04', targetExamDate: '2027-03-06' }, 400, 'targetExamDate'],
    ['an exam date inside a break', { startDate: '2027-01-04', targetExamDate: '2027-06-05', breaks: [{ start: '2027-06-01', end: '2027-06-10' }] }, 400, 'targetExamDate'],
    ['a title over two lines', { startDate: '2027-01-04', title: 'one\ntwo' }, 400, 'title'],
    ['malformed JSON', '{"startDate":', 400, '(body)'],
    ['a body over 16 KB', { startDate: '2027-01-04', title: 'x'.repeat(17_000) }, 413, '(body)'],
    ['a body that is not JSON', 'startDate=2027-01-04', 415, 'Content-Type', 'application/x-www-form-urlencoded'],
  ];

  it.each(cases)('refuses %s', async (_case, body, status, field, type) => {
    const before = await storedPlans();
    for (const path of ['/api/plans', '/api/plans/preview']) {
      const init = jsonInit('POST', body, type ? { 'Content-Type': type } : {});
      const res = await app.request(path, init);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const problem = (await res.json()) as ProblemBody;
      expect(problem.errors.map((e) => e.name)).toContain(field);
    }
    expect(await storedPlans()).toBe(before);
  });

  it('names an unknown field in the problem (the shared body reader reports it against the body)', async () => {
    const res = await app.request('/api/plans/preview', jsonInit('POST', { startDate: '2027-01-04', hoursPerDay: 2 }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors[0]!.detail).toContain('hoursPerDay');
  });

  it('lists the known ids with an unknown certification', async () => {
    const res = await app.request('/api/plans/preview', jsonInit('POST', { startDate: '2027-01-04', certificationId: 'cpa' }));
    expect(((await res.json()) as ProblemBody).errors[0]!.allowed).toEqual(dataset.certifications.map((c) => c.id));
  });

  it('takes "today" from the injected clock', async () => {
    const later = createApp({ ...createDeps(config), now: () => new Date('2026-11-28T00:00:00Z') });
    const body = jsonInit('POST', { startDate: '2031-11-28' });
    expect((await app.request('/api/plans/preview', body)).status).toBe(400);
    expect((await later.request('/api/plans/preview', jsonInit('POST', { startDate: '2031-11-28' }))).status).toBe(200);
  });
});

describe('GET /api/plans/:id/calendar.ics', () => {
  it('is an RFC 5545 attachment with one dated all-day event per milestone that ical.js parses', async () => {
    const created = await create({ startDate: '2026-11-27', title: 'Plan, with; "marks"' });
    // The link's origin is the configured one; the request's Host and X-Forwarded-Host are not believed.
    const linked = createApp({ ...createDeps(config), now: () => NOW, siteOrigin: () => 'https://coding.example.org' });
    const res = await linked.request(`/api/plans/${created.id}/calendar.ics`, { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="cpc-plan\.ics"$/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    // Milestones first; the feed's spans (coursework, exam prep) and breaks follow them (tests/unit/ics-feed.test.ts).
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).filter((e) => !/-(phase|break)-/.test(e.uid));
    expect(events.map((e) => [e.uid, e.startDate.toString()])).toEqual(created.plan.milestones.map((m) => [`${created.id}-${m.key}@billing-coding-explorer`, m.date]));
    for (const v of cal.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe(created.updatedAt.replace(/\.\d{3}Z$/, 'Z'));
      expect(v.getFirstProperty('dtstart')!.type).toBe('date');
    }
    expect(events[0]!.summary).toBe(`Plan, with; "marks": ${created.plan.milestones[0]!.title}`);
    expect(text).toContain(`URL:https://coding.example.org/plan/?id=${created.id}`);
    expect(text).not.toContain('evil.example');
  });

  it('keeps each milestone\'s UID across an edit and bumps SEQUENCE, so calendars update the events', async () => {
    const created = await create({ startDate: '2026-11-27' });
    await edit(created.id, { startDate: '2026-11-27', hoursPerWeek: 15 }, created.editToken, '"1"');
    const text = await (await app.request(`/api/plans/${created.id}/calendar.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const exam = events.find((e) => e.uid === `${created.id}-exam@billing-coding-explorer`)!;
    expect(exam.sequence).toBe(1);
    expect(exam.startDate.toString() < created.plan.examDate).toBe(true);
  });
});

/**
 * A saved plan's progress, re-plans, history and calendar options through the API (app.request
 * against the embedded table, today pinned to 2026-11-27): GET answers progress computed by the domain,
 * every refused field is named, the history keeps the last 50 changes, plans saved without progress
 * read as before, and the item stays far under DynamoDB's 400 KB.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { MAX_COMPLETED, savedPlan, type PlanInputBody, type SavedPlan } from '../../functions/contract/plans.ts';
import { MAX_BREAKS, MAX_LABEL_LENGTH, MAX_TITLE_LENGTH } from '../../functions/domain/planner-check.ts';
import { MAX_HISTORY, type PlanChange } from '../../functions/domain/progress-history.ts';
import { createRateLimiter } from '../../functions/http/rate-limit.ts';
import { savedKey } from '../../functions/store/keys.ts';
import { useTestApi } from '../support/api.ts';

const NOW = new Date('2026-11-27T15:30:00Z');
const api = useTestApi({ deps: { now: () => NOW, planCreateLimiter: createRateLimiter({ limit: 10_000, windowMs: 60_000 }) } });

type Created = SavedPlan & { editToken: string };
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
async function create(input: unknown): Promise<Created> {
  const res = await api.app.request('/api/plans', json('POST', input));
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}
const put = (plan: { id: string; editToken: string }, version: number, body: unknown) => api.app.request(`/api/plans/${plan.id}`, json('PUT', body, { Authorization: `Bearer ${plan.editToken}`, 'If-Match': `"${version}"` }));
const read = async (id: string) => (await (await api.app.request(`/api/plans/${id}`)).json()) as SavedPlan;

// 5 hours a week from 2026-09-01: 16 weeks of coursework and 8 of exam prep; 30 hours done by 2026-11-23 where 60 were planned.
const BEHIND = { startDate: '2026-09-01', hoursPerWeek: 5, progress: { asOf: '2026-11-23', hoursDone: 30, completed: [{ key: 'start', date: '2026-09-01' }] } };

describe('GET /api/plans/:id with progress', () => {
  it('answers the progress the domain computes, exactly as the contract describes it', async () => {
    const created = await create(BEHIND);
    const got = await read(created.id);
    expect(savedPlan.safeParse(got).success).toBe(true);
    expect(got.progress).toMatchObject({ asOf: '2026-11-23', hoursDone: 30, hoursExpected: 60, state: 'behind', hoursBehind: 30, daysBehind: 42, plannedExamDate: '2027-02-16', projectedExamDate: '2027-06-11', projection: 'pace' });
    expect(got.progress!.options.keepDate).toMatchObject({ available: true, hoursPerWeek: 14, examDate: '2027-02-16' });
    expect(got.history).toEqual([]);
  });

  it('answers progress null and an empty history for a plan saved without progress, and for one stored before either existed', async () => {
    const created = await create({ startDate: '2026-11-27' });
    expect(await read(created.id)).toMatchObject({ progress: null, history: [] });
    // As stored before progress and history existed (and under the old field name).
    const item = (await api.client.send(new GetCommand({ TableName: api.tableName, Key: savedKey('PLAN', created.id) }))).Item!;
    expect(Object.keys(item.body as object)).toEqual(['startDate']);
    const old = await create({ startDate: '2026-11-27', certificationId: 'cca' });
    const oldItem = (await api.client.send(new GetCommand({ TableName: api.tableName, Key: savedKey('PLAN', old.id) }))).Item!;
    expect(oldItem.body).toEqual({ startDate: '2026-11-27', certificationId: 'cca' });
    expect((await read(old.id)).plan.credential.id).toBe('cca');
  });

  it('answers the progress of a preview too, so a change can be seen before it is saved', async () => {
    const res = await api.app.request('/api/plans/preview', json('POST', BEHIND));
    expect(res.status).toBe(200);
    expect(((await res.json()) as SavedPlan).progress!.state).toBe('behind');
  });
});

describe('applying a re-plan', () => {
  it.each(['keepDate', 'moveExam'] as const)('%s is a PUT of the option input: the plan then has the offered dates and the history says what moved', async (name) => {
    const created = await create(BEHIND);
    const option = created.progress!.options[name];
    if (!option.available) throw new Error(option.code);
    const res = await put(created, 1, option.input);
    expect(res.status).toBe(200);
    const after = (await res.json()) as SavedPlan;
    expect(after.plan.examDate).toBe(option.examDate);
    expect(after.plan.hoursPerWeek).toBe(option.hoursPerWeek);
    expect(after.progress!.state).toBe('on-track');
    const [change] = after.history as [PlanChange];
    expect(change).toMatchObject({ at: after.updatedAt, version: 2, hoursPerWeek: { from: 5, to: option.hoursPerWeek } });
    expect(change.changed).toContain('replan');
    if (name === 'moveExam') expect(change.examDate).toEqual({ from: '2027-02-16', to: option.examDate });
    // GET answers the input without the history the server keeps beside it.
    expect((await read(created.id)).input).toEqual(option.input);
  });
});

describe('refused progress, each a 400 naming its field', () => {
  const base = { startDate: '2026-09-01' };
  it.each([
    ['progress.asOf', 'before-start', { progress: { asOf: '2026-08-31', hoursDone: 0, completed: [] } }],
    ['progress.asOf', 'after-today', { progress: { asOf: '2026-11-28', hoursDone: 0, completed: [] } }],
    ['progress.asOf', 'invalid-format', { progress: { asOf: '2026-02-30', hoursDone: 0, completed: [] } }],
    ['progress.hoursDone', 'too-small', { progress: { asOf: '2026-11-01', hoursDone: -1, completed: [] } }],
    ['progress.hoursDone', 'hours-over-elapsed', { progress: { asOf: '2026-09-07', hoursDone: 81, completed: [] } }],
    ['progress.completed.1.key', 'unknown-milestone', { progress: { asOf: '2026-11-01', hoursDone: 10, completed: [{ key: 'start', date: '2026-09-01' }, { key: 'no-such-step', date: '2026-09-02' }] } }],
    ['progress.completed.0.date', 'before-start', { progress: { asOf: '2026-11-01', hoursDone: 10, completed: [{ key: 'start', date: '2026-08-01' }] } }],
    ['progress.extra', 'unknown-field', { progress: { asOf: '2026-11-01', hoursDone: 10, completed: [], extra: 1 } }],
    ['replan.from', 'after-today', { replan: { from: '2026-12-01', hoursDone: 0 } }],
    ['replan.hoursDone', 'hours-over-elapsed', { replan: { from: '2026-09-08', hoursDone: 81 } }],
    ['replan', 'fixed-length', { programId: 'mchc-coderclass-online-cpc-coc', replan: { from: '2026-11-27', hoursDone: 10 } }],
    ['calendar.reminders', 'invalid-type', { calendar: { reminders: 'yes' } }],
    ['history', 'unknown-field', { history: [] }],
  ])('%s (%s)', async (name, code, extra) => {
    const res = await api.app.request('/api/plans', json('POST', { ...base, ...extra }));
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await res.json()) as { errors: { name: string; code: string }[] };
    expect(problem.errors.map((e) => [e.name, e.code])).toEqual([[name, code]]);
  });
});

describe('the history', () => {
  it(`keeps the last ${MAX_HISTORY} changes, oldest first, and records none for a PUT that changes nothing`, async () => {
    const created = await create({ startDate: '2026-09-01' });
    let version = 1;
    expect((await put(created, version++, { startDate: '2026-09-01' })).status).toBe(200);
    expect((await read(created.id)).history).toEqual([]);
    for (let hours = 1; hours <= MAX_HISTORY + 5; hours++) {
      const res = await put(created, version++, { startDate: '2026-09-01', progress: { asOf: '2026-11-27', hoursDone: hours, completed: [] } });
      expect(res.status).toBe(200);
    }
    const { history } = await read(created.id);
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: MAX_HISTORY }, (_, i) => version - MAX_HISTORY + 1 + i));
    expect(history.every((h) => h.changed.join() === 'progress')).toBe(true);
  });
});

describe('the item size', () => {
  /**
   * The worst case, stated: every field at its longest (title and break labels of 4-byte characters,
   * 12 breaks, 200 ticked milestones of 40-character keys) and 50 history entries naming every field with
   * both moves: 33,138 bytes of JSON when written. The stored item adds its keys and bookkeeping (under 400 bytes).
   */
  it('stays under 40 KB at its largest: a tenth of DynamoDB’s 400 KB', () => {
    const wide = (n: number) => '𝒜'.repeat(n / 2);
    const body: PlanInputBody = {
      certificationId: 'x'.repeat(20),
      programId: 'x'.repeat(80),
      startDate: '2026-09-01',
      hoursPerWeek: 12.345678901234,
      examPrepWeeks: 52,
      breaks: Array.from({ length: MAX_BREAKS }, () => ({ start: '2026-12-01', end: '2026-12-31', label: wide(MAX_LABEL_LENGTH) })),
      targetExamDate: '2027-09-01',
      title: wide(MAX_TITLE_LENGTH),
      progress: { asOf: '2026-11-27', hoursDone: 123.456789012345, completed: Array.from({ length: MAX_COMPLETED }, () => ({ key: 'k'.repeat(40), date: '2026-11-27' })) },
      replan: { from: '2026-11-28', hoursDone: 123.456789012345 },
      calendar: { reminders: true },
      history: Array.from({ length: MAX_HISTORY }, (_, i) => ({
        at: '2026-11-27T15:30:00.000Z',
        version: 1_000_000 + i,
        changed: ['breaks', 'calendar', 'certificationId', 'examPrepWeeks', 'hoursPerWeek', 'programId', 'progress', 'replan', 'startDate', 'targetExamDate', 'title'],
        examDate: { from: '2027-09-01', to: '2027-10-01' },
        hoursPerWeek: { from: 12.345678901234, to: 23.456789012345 },
      })),
    };
    const bytes = Buffer.byteLength(JSON.stringify(body));
    expect(bytes).toBeLessThan(40 * 1024);
    expect(bytes).toBeGreaterThan(20 * 1024);
  });
});

describe('GET /api/plans/:id/calendar.ics as a feed', () => {
  it('answers 304 to its own ETag, and after an edit choosing reminders a new ETag and VALARMs', async () => {
    const created = await create({ startDate: '2026-11-27' });
    const url = `/api/plans/${created.id}/calendar.ics`;
    const first = await api.app.request(url);
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(await first.text()).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n');
    expect((await api.app.request(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await put(created, 1, { startDate: '2026-11-27', calendar: { reminders: true } })).status).toBe(200);
    const second = await api.app.request(url, { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(200);
    expect(second.headers.get('ETag')).not.toBe(etag);
    expect((await second.text()).match(/BEGIN:VALARM/g)).toHaveLength(2);
  });
});

/**
 * Who the client is, and where the site is, on Lambda: only a request carrying the origin secret
 * (X-Origin-Verify, added by CloudFront) is answered, and only such a request may name the viewer
 * (CloudFront-Viewer-Address) and the site (X-Site-Origin). Host and X-Forwarded-Host never make links.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lambdaApp } from '../../functions/edges/lambda-handler.ts';
import { plansGroup } from '../../functions/routes/group-plans.ts';
import { referenceGroup } from '../../functions/routes/group-reference.ts';
import { secretMatches } from '../../functions/http/viewer.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const SECRET = 'origin-secret-from-secrets-manager';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const env = (extra: Record<string, string> = {}) => ({ DYNAMODB_ENDPOINT: api.dynamo.endpoint, TABLE_NAME: api.tableName, RATE_KEY_SECRET: 'k'.repeat(32), ...extra });
const event = { event: { requestContext: { http: { sourceIp: '192.0.2.9' } } } };

describe('the origin secret', () => {
  it('refuses requests without X-Origin-Verify, or with another value, with a 403 problem; answers those with it', async () => {
    const app = lambdaApp(referenceGroup, env({ ORIGIN_VERIFY_SECRET: SECRET }));
    for (const headers of [{}, { 'X-Origin-Verify': '' }, { 'X-Origin-Verify': `${SECRET}x` }, { 'X-Origin-Verify': SECRET.slice(0, -1) }]) {
      const res = await app.request('/api/roles', { headers: headers as Record<string, string> }, event);
      expect(res.status).toBe(403);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(((await res.json()) as { instance: string }).instance).toBe('/api/roles');
    }
    expect((await app.request('/api/roles', { headers: { 'X-Origin-Verify': SECRET } }, event)).status).toBe(200);
  });

  it('is refused everywhere when it is not configured on Lambda (fail closed), with a log line saying why', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = lambdaApp(referenceGroup, env({ AWS_LAMBDA_FUNCTION_NAME: 'reference' }));
    expect(log.mock.calls.flat().join('\n')).toMatch(/ORIGIN_VERIFY_SECRET is not set/);
    log.mockRestore();
    expect((await app.request('/api/roles', { headers: { 'X-Origin-Verify': 'anything' } }, event)).status).toBe(403);
  });

  it('is not asked for outside Lambda when unset (tests, the bench)', async () => {
    expect((await lambdaApp(referenceGroup, env()).request('/api/roles', {}, event)).status).toBe(200);
  });

  it('is compared whole, in constant time over equal-length digests', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches(SECRET.toUpperCase(), SECRET)).toBe(false);
    expect(secretMatches(`${SECRET}\0`, SECRET)).toBe(false);
  });
});

describe('the calendar\'s links', () => {
  const plan = { startDate: '2027-01-04' };
  const hostile = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' };

  async function calendarOf(app: ReturnType<typeof lambdaApp>, headers: Record<string, string>) {
    const created = await app.request('/api/plans', { method: 'POST', body: JSON.stringify(plan), headers: { ...headers, 'Content-Type': 'application/json' } }, event);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const res = await app.request(`/api/plans/${id}/calendar.ics`, { headers }, event);
    expect(res.status).toBe(200);
    return { id, text: await res.text() };
  }

  it('take X-Site-Origin when the request carries the origin secret, never Host or X-Forwarded-Host', async () => {
    const app = lambdaApp(plansGroup, env({ ORIGIN_VERIFY_SECRET: SECRET, SITE_ORIGIN: 'https://configured.example' }));
    const { id, text } = await calendarOf(app, { ...hostile, 'X-Origin-Verify': SECRET, 'X-Site-Origin': 'https://coding.example.org' });
    expect(text).toContain(`URL:https://coding.example.org/plan/?id=${id}`);
    expect(text).not.toContain('evil.example');
  });

  it('take SITE_ORIGIN when X-Site-Origin is missing or not an origin', async () => {
    const app = lambdaApp(plansGroup, env({ ORIGIN_VERIFY_SECRET: SECRET, SITE_ORIGIN: 'https://configured.example' }));
    for (const siteOrigin of [undefined, 'javascript:alert(1)', 'https://coding.example.org/path', 'not a url']) {
      const { id, text } = await calendarOf(app, { ...hostile, 'X-Origin-Verify': SECRET, ...(siteOrigin ? { 'X-Site-Origin': siteOrigin } : {}) });
      expect(text).toContain(`URL:https://configured.example/plan/?id=${id}`);
      expect(text).not.toContain('evil.example');
    }
  });

  it('ignore an X-Site-Origin nobody vouched for, and leave the link out when no origin is configured', async () => {
    const configured = lambdaApp(plansGroup, env({ SITE_ORIGIN: 'https://configured.example' }));
    const a = await calendarOf(configured, { ...hostile, 'X-Site-Origin': 'https://evil.example' });
    expect(a.text).toContain(`URL:https://configured.example/plan/?id=${a.id}`);
    expect(a.text).not.toContain('evil.example');
    const bare = lambdaApp(plansGroup, env());
    const b = await calendarOf(bare, { ...hostile, 'X-Site-Origin': 'https://evil.example' });
    expect(b.text).not.toMatch(/^URL:/m);
    expect(b.text).not.toContain('evil.example');
  });
});

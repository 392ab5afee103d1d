/**
 * Unknown paths and methods under /api are problem+json: 404 for a path no route has, 405 with
 * Allow for a path that exists under other methods. The same from the app, from the local server
 * (the site's HTML 404 must not answer for the API) over real HTTP, and from a Lambda entry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { guidesGroup } from '../../functions/routes/group-guides.ts';
import { lambdaApp } from '../../functions/edges/lambda-handler.ts';
import { createLocalApp } from '../../functions/edges/server.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let server: ServerType;
let port: number;
let siteDir: string;

beforeAll(async () => {
  api = await startTestApi();
  siteDir = mkdtempSync(join(tmpdir(), 'bce-site-'));
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><title>Not found</title>');
  const local = createLocalApp(createApp(createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName })), siteDir);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: local.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(siteDir, { recursive: true, force: true });
  await api.close();
});

/** One request to the local server over HTTP (any method, TRACE included, which fetch refuses to send). */
function send(method: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ID = 'AAAAAAAAAAAAAAAAAAAAAA';

const CASES: [method: string, path: string, status: number, allow?: string][] = [
  ['GET', '/api/nothing-here', 404],
  ['DELETE', '/api/roles/medical-coder/extra', 404],
  ['OPTIONS', '/api/guides', 405, 'POST'],
  ['OPTIONS', '/api/roles', 405, 'GET, HEAD'],
  ['TRACE', '/api/roles', 405, 'GET, HEAD'],
  ['POST', `/api/guides/${ID}`, 405, 'GET, HEAD, PUT, DELETE'],
  ['PATCH', `/api/plans/${ID}`, 405, 'GET, HEAD, PUT, DELETE'],
  ['DELETE', '/api/health', 405, 'GET, HEAD'],
  ['POST', `/api/plans/${ID}/calendar.ics`, 405, 'GET, HEAD'],
];

describe('the local server (npm start) over HTTP', () => {
  it.each(CASES)('answers %s %s with a %i problem (Allow: %s)', async (method, path, status, allow) => {
    const res = await send(method, path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status, instance: path });
    expect(res.headers.allow).toBe(allow);
  });

  it('still answers pages that do not exist with the site\'s HTML 404', async () => {
    const res = await send('GET', '/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('<title>Not found</title>');
  });
});

describe('a Lambda entry', () => {
  it.each(CASES.filter(([method, path]) => method !== 'TRACE' && path.startsWith('/api/guides')))('answers %s %s with a %i problem (Allow: %s)', async (method, path, status, allow) => {
    const app = lambdaApp(guidesGroup, { DYNAMODB_ENDPOINT: api.dynamo.endpoint, TABLE_NAME: api.tableName, RATE_KEY_SECRET: 'k'.repeat(32) });
    const res = await app.request(path, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Allow')).toBe(allow ?? null);
  });
});

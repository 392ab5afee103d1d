/**
 * Bodies are limited while they stream: a chunked body far over 16 KB is refused with the same 413
 * problem as a declared one, without the server holding it in memory. The app runs behind the real
 * Node server (@hono/node-server, as `npm start` runs it) in this process, so its memory is ours to measure.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const MB = 1024 * 1024;
const BODY_BYTES = 24 * MB;

let api: TestApi;
let server: ServerType;
let port: number;

beforeAll(async () => {
  api = await startTestApi();
  const app = createApp(createDeps({ endpoint: api.dynamo.endpoint, tableName: api.tableName }));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

/**
 * POST `total` bytes of JSON-looking text in 64 KB chunks with Transfer-Encoding: chunked (no
 * Content-Length), writing on as a careless or hostile client would until the server hangs up.
 */
function postChunked(path: string, total: number): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let stopped = false;
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      res.on('end', () => {
        stopped = true;
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body });
      });
    });
    // The server may close the connection on a body it will not read: that is fine once the answer is in.
    req.on('error', (error) => (stopped ? undefined : reject(error)));
    req.write('{"startDate":"2027-01-04","title":"');
    const pump = () => {
      while (!stopped && sent < total) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      if (!stopped) req.end('"}');
    };
    pump();
  });
}

/** The largest growth of the process's memory (RSS and ArrayBuffers, in bytes) while `work` runs. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; rss: number; arrayBuffers: number }> {
  const base = process.memoryUsage();
  let rss = 0;
  let arrayBuffers = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - base.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - base.arrayBuffers);
  };
  const timer = setInterval(sample, 2);
  try {
    const result = await work();
    sample();
    return { result, rss, arrayBuffers };
  } finally {
    clearInterval(timer);
  }
}

describe('a chunked body far over 16 KB', () => {
  it('gets the 413 problem a declared one gets, and the server holds no more than a few MB of it', async () => {
    // Warm up the route and its caches so the measure is about the body only.
    expect((await postChunked('/api/plans/preview', 0)).status).toBe(200);
    const { result, rss, arrayBuffers } = await peakGrowth(() => postChunked('/api/plans/preview', BODY_BYTES));
    expect(result.status).toBe(413);
    expect(result.contentType).toBe('application/problem+json');
    expect(JSON.parse(result.body)).toMatchObject({ status: 413, errors: [{ name: '(body)', in: 'body' }] });
    expect(arrayBuffers).toBeLessThan(4 * MB);
    expect(rss).toBeLessThan(8 * MB);
  });

  it.each(['/api/plans', '/api/guides'])('is refused at %s too, before anything is counted or stored', async (path) => {
    const { status } = await postChunked(path, 2 * MB);
    expect(status).toBe(413);
  });

  it('lets a chunked body under 16 KB through to validation', async () => {
    const { status, body } = await postChunked('/api/plans/preview', 8 * 1024);
    // The title is too long for its field: the body was read and checked, not refused for its size.
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ name: 'title' }] });
  });
});

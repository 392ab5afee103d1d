import { describe, expect, it } from 'vitest';

import { dataset } from '../../data/index.ts';
import { datasetVersion } from '../../functions/store/seed.ts';
import { createApp } from '../../functions/routes/app.ts';
import { createDeps } from '../../functions/routes/deps.ts';
import { getJson, startTestApi, useTestApi } from '../support/api.ts';

const api = useTestApi();

describe('GET /api/health', () => {
  it('reports ok with the dataset version the table holds', async () => {
    const { res, body } = await getJson<{ status: string; datasetVersion: string }>(api.app, '/api/health');
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', datasetVersion: datasetVersion(dataset) });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers 503 problem+json when the table is reachable but was never seeded', async () => {
    const empty = await startTestApi({ seed: false });
    try {
      const { res, body } = await getJson<{ health: string }>(empty.app, '/api/health');
      expect(res.status).toBe(503);
      expect(body.health).toBe('not-seeded');
      const roles = await empty.app.request('/api/roles');
      expect(roles.status).toBe(503);
    } finally {
      await empty.close();
    }
  });

  it('answers 503 problem+json when the endpoint is closed', async () => {
    // A port that was just freed: connections are refused.
    const gone = await startTestApi({ seed: false });
    const { endpoint } = gone.dynamo;
    await gone.close();
    const app = createApp(createDeps({ endpoint, tableName: 'test-table' }));
    for (const path of ['/api/health', '/api/roles', '/api/roles/medical-coder']) {
      const res = await app.request(path);
      expect(res.status).toBe(503);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Certification } from '../../data/schemas.ts';
import { pricedCertification, type PricedCertification } from '../../functions/domain/exam-fee.ts';
import { getJson, useTestApi } from '../support/api.ts';

const api = useTestApi();

describe('GET /api/certifications', () => {
  it('lists the twelve credentials in the data file order, as the data holds them, each price with its kind', async () => {
    const { res, body } = await getJson<{ items: PricedCertification[] }>(api.app, '/api/certifications');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toContain('s-maxage');
    expect(body.items).toEqual(dataset.certifications.map(pricedCertification));
  });

  it('names the kind of every exam fee and membership price, and keeps the price to join apart from the renewal price', async () => {
    const { body } = await getJson<{ items: PricedCertification[] }>(api.app, '/api/certifications');
    for (const c of body.items) {
      for (const figure of [c.examFee.member, c.examFee.nonMember, c.examFee.student, c.membership.join, c.membership.renewal]) {
        for (const v of figure.versions) expect(['published', 'computed', 'third-party', 'bound', 'older-page'], c.id).toContain(v.figureKind);
      }
    }
    const byId = (id: string) => body.items.find((c) => c.id === id)!;
    expect(byId('cpc-p').examFee.member.versions[0]).toMatchObject({ amount: 350, figureKind: 'older-page' });
    expect(byId('ccs').examFee.nonMember.versions.map((v) => v.figureKind)).toEqual(['older-page', 'third-party']);
    expect(byId('cpb').membership).toMatchObject({ join: { versions: [] }, renewal: { versions: [{ amount: 190, figureKind: 'published' }] } });
    expect(byId('cpc').examFee.reportedRange).toMatchObject({ low: 399, high: 499, figureKind: 'third-party' });
  });

  it('answers 304 to a client that already has this dataset version', async () => {
    const first = await api.app.request('/api/certifications');
    const again = await api.app.request('/api/certifications', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/certifications/:id', () => {
  it('gives one credential with the programs that prepare for it, cheapest first', async () => {
    const { res, body } = await getJson<Certification & { programs: { id: string }[] }>(api.app, '/api/certifications/cpc');
    expect(body.membership.renewal.versions[0]).toMatchObject({ amount: 190, figureKind: 'published' });
    expect(res.status).toBe(200);
    expect(body.apprentice?.designation).toBe('CPC-A');
    expect(body.programs.slice(0, 3).map((p) => p.id)).toEqual(['rutgers-njaes-certified-professional-medical-coder', 'chronicles-billing-cpc-pmcc-16-week', 'foundation-bmc-cpc-course']);
    expect(body.programs).toHaveLength(dataset.programs.filter((p) => p.certificationIds.includes('cpc')).length);
  });

  it('accepts an id in capitals', async () => {
    expect((await api.app.request('/api/certifications/CCS-P')).status).toBe(200);
  });

  it('answers an unknown id with a 404 problem naming id and listing the known ones', async () => {
    const { res, body } = await getJson<{ errors: { name: string; allowed: string[] }[] }>(api.app, '/api/certifications/cpa');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors[0]).toMatchObject({ name: 'id', allowed: dataset.certifications.map((c) => c.id) });
  });

  it('answers an id over 40 characters with a 400 problem naming id', async () => {
    const { res, body } = await getJson<{ errors: { name: string }[] }>(api.app, `/api/certifications/${'x'.repeat(41)}`);
    expect(res.status).toBe(400);
    expect(body.errors[0]!.name).toBe('id');
  });
});

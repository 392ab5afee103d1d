import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { getJson, useTestApi } from '../support/api.ts';

const api = useTestApi();

describe('GET /api/roles', () => {
  it('lists the nine roles in the order of the source article, each with its BLS occupation', async () => {
    const { res, body } = await getJson<{ items: { slug: string; occupation: { soc: string; title: string } }[] }>(api.app, '/api/roles');
    expect(res.status).toBe(200);
    expect(body.items.map((r) => r.slug)).toEqual(dataset.roles.map((r) => r.slug));
    for (const role of body.items) {
      const expected = dataset.roles.find((r) => r.slug === role.slug)!;
      expect(role.occupation.soc).toBe(expected.primarySoc);
      expect(role.occupation.title).toBe(dataset.occupations.find((o) => o.soc === expected.primarySoc)!.title);
    }
  });

  it('marks the list cacheable with an ETag of the dataset version and the query, and answers 304 to it', async () => {
    const first = await api.app.request('/api/roles');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{16}-[\w-]{16}"$/);
    expect(first.headers.get('Cache-Control')).toContain('s-maxage=');
    const again = await api.app.request('/api/roles', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/roles/:slug', () => {
  it.each(dataset.roles.map((r) => [r.slug]))('returns the role %s as in data/', async (slug) => {
    const { res, body } = await getJson<{ slug: string; title: string; primarySoc: string }>(api.app, `/api/roles/${slug}`);
    expect(res.status).toBe(200);
    const expected = dataset.roles.find((r) => r.slug === slug)!;
    expect(body).toMatchObject({ slug, title: expected.title, primarySoc: expected.primarySoc });
  });

  it('answers an unknown slug with a 404 problem naming the slug and the known ones', async () => {
    const { res, body } = await getJson<{ status: number; errors: { name: string; allowed: string[] }[] }>(api.app, '/api/roles/astronaut');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.status).toBe(404);
    expect(body.errors[0]!.name).toBe('slug');
    expect(body.errors[0]!.allowed).toContain('medical-coder');
  });

  it('answers a slug over 80 characters with a 400 problem naming slug', async () => {
    const { res, body } = await getJson<{ errors: { name: string; in: string }[] }>(api.app, `/api/roles/${'a'.repeat(81)}`);
    expect(res.status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ name: 'slug', in: 'path' })]);
  });
});

describe('unknown routes', () => {
  it('answers an unknown API route with a 404 problem', async () => {
    const { res, body } = await getJson<{ title: string; instance: string }>(api.app, '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.instance).toBe('/api/nothing-here');
  });

});

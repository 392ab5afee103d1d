/**
 * One-line text fields (guide title, counselor, organisation; plan title and break labels) take
 * only well-formed Unicode and lose bidirectional controls; a guide's note keeps what it was given.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api.ts';

const api = useTestApi();

const post = (path: string, body: unknown) =>
  api.app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

const GUIDE = { title: 'Paths into coding', roles: ['medical-coder'], area: 'TX' };
const PLAN = { startDate: '2027-01-04' };
// Every bidi control the rule names: embeddings and overrides, isolates, the marks, the Arabic letter mark.
const BIDI = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';

describe('one-line fields', () => {
  it.each([
    ['/api/guides', GUIDE, 'title'],
    ['/api/guides', GUIDE, 'counselorName'],
    ['/api/guides', GUIDE, 'organisation'],
    ['/api/plans', PLAN, 'title'],
    ['/api/plans/preview', PLAN, 'title'],
  ])('%s refuses a lone surrogate in %s with a 400 naming the field', async (path, body, field) => {
    for (const text of ['Coder \ud800 path', 'trailing \udfff', '\udc00\ud800']) {
      const res = await post(path, { ...body, [field]: text });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { name: string; in: string }[] };
      expect(problem.errors).toContainEqual(expect.objectContaining({ name: field, in: 'body' }));
    }
  });

  it('accepts a well-formed pair (an emoji) in a one-line field', async () => {
    const res = await post('/api/guides', { ...GUIDE, title: 'Coding 😀 paths' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { guide: { title: string } }).guide.title).toBe('Coding 😀 paths');
  });

  it('strips bidi controls from a guide\'s one-line fields and stores them without', async () => {
    const res = await post('/api/guides', { ...GUIDE, title: `Paths${BIDI} into coding`, counselorName: `Ms.\u202e Rivera`, organisation: `\u2067Eastside\u2069` });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const stored = (await (await api.app.request(`/api/guides/${id}`)).json()) as { guide: Record<string, string> };
    expect(stored.guide).toMatchObject({ title: 'Paths into coding', counselorName: 'Ms. Rivera', organisation: 'Eastside' });
  });

  it('strips bidi controls from a plan\'s title and break labels', async () => {
    const res = await post('/api/plans/preview', { ...PLAN, title: `My\u202e plan`, breaks: [{ start: '2027-03-01', end: '2027-03-07', label: `Spring\u200f break` }] });
    expect(res.status).toBe(200);
    const { input } = (await res.json()) as { input: { title: string; breaks: { label: string }[] } };
    expect(input.title).toBe('My plan');
    expect(input.breaks[0]!.label).toBe('Spring break');
  });

  it('refuses a title made only of bidi controls as an empty title', async () => {
    const res = await post('/api/guides', { ...GUIDE, title: '\u202e\u2066' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { name: string }[] }).errors.map((e) => e.name)).toEqual(['title']);
  });

  it('leaves a guide\'s note as sent: line breaks and bidi controls kept', async () => {
    const note = 'Line one\nLine two \u202e reversed';
    const res = await post('/api/guides', { ...GUIDE, note });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { guide: { note: string } }).guide.note).toBe(note);
  });
});

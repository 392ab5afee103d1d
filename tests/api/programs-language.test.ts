/**
 * A cost comparison in the reader's language (issue 16): /api/programs/compare takes `language`
 * ("en" default, "es"); a Spanish comparison words each line, its kind and the data notes it carries
 * (a program's price note) in Spanish, with the same figures; anything else is a 400 naming `language`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { CostLine, CostTotal } from '../../functions/domain/program-cost.ts';
import { dataText } from '../../site/i18n/data-text.ts';
import { costMessages } from '../../site/i18n/cost-words.ts';
import { getJson, startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Compare = { caveat: string; items: { cost: { lines: CostLine[]; total: CostTotal } }[] };
type Problem = { status: number; errors: { name: string; in: string }[] };

/** A program whose tuition carries a note of ours, which the Spanish table translates. */
const PROGRAM = dataset.programs.find((p) => p.tuition.versions.some((v) => v.note && dataText('es')(v.note) !== v.note))!;
const NOTE = PROGRAM.tuition.versions.find((v) => v.note && dataText('es')(v.note) !== v.note)!.note!;
const compare = (language?: string) => getJson<Compare>(api.app, `/api/programs/compare?ids=${PROGRAM.id}&area=TX${language === undefined ? '' : `&language=${language}`}`);

describe('a cost comparison in a language', () => {
  it('answers in English by default, the data note as data writes it', async () => {
    const { res, body } = await compare();
    expect(res.status).toBe(200);
    expect(body.caveat).toBe(costMessages('en').percentileCaveat);
    expect(JSON.stringify(body.items)).toContain(NOTE);
  });

  it('answers in Spanish when asked: the caveat, the data note in Spanish, never the English note, the same figures', async () => {
    const [{ body: en }, { res, body: es }] = await Promise.all([compare(), compare('es')]);
    expect(res.status).toBe(200);
    expect(es.caveat).toBe(costMessages('es').percentileCaveat);
    const words = JSON.stringify(es.items);
    expect(words).not.toContain(NOTE);
    expect(words).toContain(dataText('es')(NOTE));
    expect(es.items.map((i) => i.cost.total)).toEqual(en.items.map((i) => i.cost.total));
    expect(es.items[0]!.cost.lines.map((l) => [l.kind, l.amount, l.status])).toEqual(en.items[0]!.cost.lines.map((l) => [l.kind, l.amount, l.status]));
    expect(es.items[0]!.cost.lines.map((l) => l.detail)).not.toEqual(en.items[0]!.cost.lines.map((l) => l.detail));
  });

  it.each(['fr', 'ES', ''])('refuses language=%s with a problem naming language', async (language) => {
    const { res, body } = await getJson<Problem>(api.app, `/api/programs/compare?ids=${PROGRAM.id}&language=${language}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(body.errors.map((e) => e.name)).toContain('language');
  });
});

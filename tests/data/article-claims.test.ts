import { describe, expect, it } from 'vitest';
import { articleClaims, dataset } from '../../data/index.ts';

describe('the source article’s claims', () => {
  it('holds the three claims pages set beside the evidence, each citing the article', () => {
    expect(articleClaims.map((c) => c.id)).toEqual(['months-to-certified', 'exam-cost', 'specialist-pay']);
    const article = dataset.sources.find((s) => s.id === 'source-article');
    expect(article).toBeDefined();
    for (const claim of articleClaims) expect(claim.sourceIds).toContain('source-article');
  });

  it.each(articleClaims.filter((c) => c.figure !== null).map((c) => [c.id, c] as const))('gives %s a figure its own quote states', (_id, claim) => {
    const { low, high, unit } = claim.figure!;
    expect(low).toBeLessThanOrEqual(high);
    const numbers = [...claim.quote.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replaceAll(',', '')));
    // "$30-$40,000" writes the low end in thousands.
    const stated = unit === 'usd-per-year' ? numbers.map((n) => (n < 1000 ? n * 1000 : n)) : numbers;
    expect(stated).toContain(low);
    expect(stated).toContain(high);
  });

  it('records "a few hundred dollars" as a claim with no figure, so nothing is read into it', () => {
    expect(articleClaims.find((c) => c.id === 'exam-cost')?.figure).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { articleClaims, dataset, plannerRules } from '../../data/index.ts';
import { buildRegistry, DOLLAR_KINDS, periodsIn, publishedPrices, traceDollar, unpublishedOfferPrices, untracedDollars, untracedYears, yearsIn, type PageTexts } from '../support/figure-registry.ts';
import { pageOf } from './built-pages.ts';

const registry = buildRegistry({ dataset, articleClaims, plannerRules, planDates: ['2026-11-27', '2027-04-02'] });
const page = (main: string, jsonLd: unknown[] = []): PageTexts => ({ title: 'A page', description: 'About it', main, jsonLd });

describe('the figure registry', () => {
  it.each([
    ['$51,140', 'wage'],
    ['$24.59', 'wage'],
    ['$3,880.56', 'record text'],
    ['$2,500', 'program price'],
    ['$3,881', 'program price'],
    ['$190', 'credential fee'],
    ['$40,000', 'article claim'],
  ])('traces %s to the kind %s', (token, kind) => {
    expect(traceDollar(token, registry)).toContain(kind);
  });

  it('gives every kind a rule in words and at least one figure from the data', () => {
    const input = { dataset, articleClaims, plannerRules, planDates: [] };
    for (const spec of DOLLAR_KINDS) {
      expect(spec.rule.length, spec.kind).toBeGreaterThan(10);
      expect([...spec.figures(input)].length, spec.kind).toBeGreaterThan(0);
    }
  });

  it('reads years but not SOC codes, and spans of years in full', () => {
    expect(yearsIn('May 2024 wages for 29-2072 and 43-4071, SOC 2018')).toEqual([2024, 2018]);
    expect(periodsIn('projections 2024–34, rates 2018-19, catalog 2016-2017')).toEqual([
      { text: '2024–34', from: 2024, to: 2034 },
      { text: '2018-19', from: 2018, to: 2019 },
      { text: '2016-2017', from: 2016, to: 2017 },
    ]);
  });
});

describe('the page checks', () => {
  it('pass a page whose figures all trace', () => {
    const p = page('The median was $51,140 in May 2024; projections 2024–34. The article says around $30-$40,000 per year.');
    expect(untracedDollars(p, registry)).toEqual([]);
    expect(untracedYears(p, registry)).toEqual([]);
  });

  it('name a figure that traces to nothing, with the page words around it', () => {
    const [finding] = untracedDollars(page('Coders earn $12,345 a year on average.'), registry);
    expect(finding).toMatch(/^\$12,345 in main: “…Coders earn \$12,345 a year/);
  });

  it('fail on a $0 that stands for an unknown price, as the API and pages once showed it', () => {
    expect(untracedDollars(page('Total: $0 (price not published)'), registry)).toEqual([expect.stringContaining('$0 (a $0)')]);
    expect(untracedDollars(page('x', [{ '@type': 'Offer', price: 0, priceCurrency: 'USD' }]), registry)).toEqual(['0 as JSON-LD price (a 0)']);
  });

  it('fail on a year that traces to nothing, and on a span that is no period of the data', () => {
    expect(untracedYears(page('Wages as of May 2031.'), registry)).toEqual([expect.stringMatching(/^2031 in main/)]);
    expect(untracedYears(page('Projections 2024–29.'), registry)).toEqual([expect.stringMatching(/^2024–29 in main/)]);
  });

  it('check dollar figures in JSON-LD, as text and as numbers priced in USD', () => {
    const ld = [{ '@type': 'Occupation', name: 'OEWS May 2031', estimatedSalary: { '@type': 'MonetaryAmountDistribution', currency: 'USD', median: 51_141 } }];
    expect(untracedDollars(page('x', ld), registry)).toEqual(['51141 as JSON-LD median']);
    expect(untracedYears(page('x', ld), registry)).toEqual([expect.stringMatching(/^2031 in JSON-LD/)]);
  });

  it('refuse a JSON-LD Offer.price that is not a published price (SBCC’s third-party $1,748, FSCJ’s computed $3,881), and accept one that is', () => {
    const published = publishedPrices(dataset);
    const offer = (price: number) => [{ '@type': 'EducationalOccupationalProgram', offers: { '@type': 'Offer', price, priceCurrency: 'USD' } }];
    expect(unpublishedOfferPrices(page('x', offer(1748)), published)).toEqual(['Offer.price 1748']);
    expect(unpublishedOfferPrices(page('x', offer(3881)), published)).toEqual(['Offer.price 3881']);
    expect(unpublishedOfferPrices(page('x', offer(2500)), published)).toEqual([]);
  });

  it('read a built page: title, description, <main> text with entities decoded, and JSON-LD', () => {
    const p = pageOf('/x/', '<html><head><title>Pay &amp; outlook</title><meta name="description" content="May 2024"><script type="application/ld+json">{"@type":"Thing"}</script></head><body><nav>$99</nav><main><h1>Coder</h1><p>$51,140&nbsp;a&#160;year</p><script>var x="$1"</script></main></body></html>');
    expect(p).toEqual({ path: '/x/', title: 'Pay & outlook', description: 'May 2024', main: 'Coder $51,140 a year', jsonLd: [{ '@type': 'Thing' }] });
  });
});

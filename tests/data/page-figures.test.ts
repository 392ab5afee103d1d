/**
 * The data-truth suite (issue 11): every dollar figure and every year printed on every built page (its
 * title, description, <main> text and JSON-LD) traces to a record in data/ or to a named computation
 * over records (tests/support/figure-registry.ts); no $0 stands for an unknown; JSON-LD offers carry a
 * price only when the provider published it. Runs on dist/site, after `astro build`.
 */
import { describe, expect, it } from 'vitest';
import { articleClaims, dataset, plannerRules } from '../../data/index.ts';
import { EXAMPLE_START, examplePlan, plannerCatalog } from '../../site/islands/plan/example.ts';
import { buildRegistry, publishedPrices, unpublishedOfferPrices, untracedDollars, untracedYears } from '../support/figure-registry.ts';
import { builtPages } from './built-pages.ts';

const pages = builtPages();
const registry = buildRegistry({ dataset, articleClaims, plannerRules, planDates: [EXAMPLE_START, ...examplePlan(plannerCatalog('en')).milestones.map((m) => m.date)] });
const published = publishedPrices(dataset);

describe('the built site', () => {
  it('has pages to check, each with main text', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) expect(p.main.length, p.path).toBeGreaterThan(0);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('prints no dollar figure that traces to nothing in data/, and no $0', () => {
    expect(untracedDollars(page, registry)).toEqual([]);
  });

  it('prints no year or span of years that traces to nothing in data/', () => {
    expect(untracedYears(page, registry)).toEqual([]);
  });

  it('gives a JSON-LD Offer a price only when the provider published it', () => {
    expect(unpublishedOfferPrices(page, published)).toEqual([]);
  });
});

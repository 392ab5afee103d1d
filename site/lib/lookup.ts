/** Build-time lookups over the typed dataset for the static pages. */
import { articleClaims, dataset } from '../../data/index.ts';
import { sourcesMessages } from '../i18n/sources-messages.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { newestRow } from '../../functions/domain/salary.ts';
import type { AreaCode, Occupation, Projection, Role, Source, WageRow } from '../../data/schemas.ts';

/** A role by slug; throws so a broken link between roles fails the build. */
export function roleBySlug(slug: string): Role {
  const role = dataset.roles.find((r) => r.slug === slug);
  if (!role) throw new Error(`Unknown role slug: ${slug}`);
  return role;
}

/** The BLS occupation for a SOC code; throws when the dataset lacks it. */
export function occupationBySoc(soc: string): Occupation {
  const occupation = dataset.occupations.find((o) => o.soc === soc);
  if (!occupation) throw new Error(`Unknown SOC code: ${soc}`);
  return occupation;
}

/** The OEWS row shown for an occupation in an area (the salary rule of functions/domain/salary.ts). */
export function newestWage(soc: string, area: AreaCode = 'US'): WageRow | undefined {
  return newestRow(dataset.wages.filter((row) => row.soc === soc), area);
}

/** The Employment Projections record for an occupation, or undefined when it was not gathered. */
export function projectionBySoc(soc: string): Projection | undefined {
  return dataset.projections.find((p) => p.soc === soc);
}

/** Sources by id, in the order given, without repeats; throws on an unknown id. */
export function sourcesById(ids: readonly string[]): Source[] {
  return [...new Set(ids)].map((id) => {
    const source = dataset.sources.find((s) => s.id === id);
    if (!source) throw new Error(`Unknown source id: ${id}`);
    return source;
  });
}

/** The article the site is built around ("What Is Medical Billing and Coding?"), if listed in sources. */
export const articleSource: Source | undefined = dataset.sources.find((s) =>
  /what is medical billing and coding/i.test(s.title),
);

/**
 * How to date the source article in text: its text carries no date, so use the date its address
 * gives when the sources list records one, e.g. "undated; its web address carries October 29, 2020".
 */
export function articleDateIn(locale: Locale): string {
  const m = sourcesMessages(locale);
  const vintage = articleSource?.vintage;
  if (!vintage) return m.articleUndated;
  const fromAddress = /^(.*) \(date in the address\)$/.exec(vintage);
  return fromAddress ? m.articleDatedByAddress(fromAddress[1]!) : vintage;
}

/** The article's date in English (see articleDateIn). */
export const articleDate: string = articleDateIn(DEFAULT_LOCALE);

/** Newest May reference year among national rows and among state rows. */
export function wageYears(): { national: number; state: number | undefined } {
  let national = 0;
  let state: number | undefined;
  for (const row of dataset.wages) {
    if (row.area === 'US') national = Math.max(national, row.year);
    else state = Math.max(state ?? 0, row.year);
  }
  return { national, state };
}

/** The source article's pay claim, word for word, with its range (data/article-claims.json `specialist-pay`). */
export const articlePay = (() => {
  const claim = articleClaims.find((c) => c.id === 'specialist-pay');
  if (!claim?.figure) throw new Error('data/article-claims.json has no specialist-pay figure');
  return { quote: claim.quote, low: claim.figure.low, high: claim.figure.high };
})();

/** The OEWS row of an occupation in an area and year exactly (no fallback), e.g. May 2024 beside the 2024 projections. */
export function wageIn(soc: string, area: AreaCode, year: number): WageRow | undefined {
  return dataset.wages.find((row) => row.soc === soc && row.area === area && row.year === year);
}

/** The Employment Projections period as BLS writes it, e.g. "2024–34"; undefined with no projections. */
export function projectionPeriod(): string | undefined {
  const first = dataset.projections[0];
  if (!first) return undefined;
  return `${first.baseYear}\u2013${String(first.projectedYear).slice(-2)}`;
}

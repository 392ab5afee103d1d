/**
 * What kind of figure a price is (pure): who published it, and whether this site computed it.
 * Every price the site shows carries one of these kinds, in words on the page and as a code in the API.
 */
import type { Certification, FigureVersion } from '../../data/schemas.ts';

/**
 * published: the provider's or issuer's own page; computed: this site's arithmetic on a published
 * rate (the version's note gives the formula, `dated` the rate's year); third-party: anyone else's
 * report; bound: a floor or ceiling, not a quote; older-page: an older copy of a page that has a newer one;
 * state-registry: what the provider reported to a state registry, as the state publishes it.
 */
export const FIGURE_KINDS = ['published', 'computed', 'third-party', 'bound', 'older-page', 'state-registry'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * The kind of one version. What a reader must hear first wins: a bound is never a quote, an older
 * page may be out of date, a state registry's copy is the provider's own report, a third party is not
 * the provider, and only then whether we computed it.
 */
export function figureKindOf(version: FigureVersion): FigureKind {
  if (version.bound) return 'bound';
  if (version.olderCopy) return 'older-page';
  if (version.stateRegistry) return 'state-registry';
  if (version.basis === 'third-party') return 'third-party';
  if (version.computed) return 'computed';
  return 'published';
}

/** How many figures are of each kind, every kind listed (0 where none), in FIGURE_KINDS order. */
export function countByKind(versions: readonly (FigureVersion | undefined)[]): Record<FigureKind, number> {
  const counts = Object.fromEntries(FIGURE_KINDS.map((kind) => [kind, 0])) as Record<FigureKind, number>;
  for (const version of versions) if (version) counts[figureKindOf(version)] += 1;
  return counts;
}

/** A registry's or an older page's price this many years older than the day it was read says so beside it. */
export const STALE_AFTER_YEARS = 2;

/**
 * The year of a state-registry or older-page price whose date is more than two years before the day
 * it was read (YYYY-MM-DD); null when it is newer, undated, of another kind, or the day is not known.
 */
export function staleYearOf(version: Pick<FigureVersion, 'dated' | 'stateRegistry' | 'olderCopy'>, seen: string | undefined): string | null {
  if (!version.dated || !seen || !(version.stateRegistry || version.olderCopy)) return null;
  // A year alone or a month alone stands for its last day: the price is at least that recent.
  const [year, month = '12', day = month === '12' ? '31' : '28'] = version.dated.split('-');
  const limit = `${Number(year) + STALE_AFTER_YEARS}-${month}-${day}`;
  return limit < seen ? year! : null;
}

/** The range of the exam prices third parties report: always of kind third-party. */
export interface ReportedRange {
  low: number;
  high: number;
  figureKind: 'third-party';
  /** The years of the reports the range is taken from (YYYY), oldest first; empty when none is dated. */
  years: string[];
  /** Undated reports left out because dated ones exist (older pages). */
  leftOut: number;
  sourceIds: string[];
}

/**
 * The range of the reported exam prices: over the reports that carry a date when any do (the undated
 * ones are older pages), else over all; null when no report gives a price.
 */
export function reportedRange(reported: Certification['examFee']['reported']): ReportedRange | null {
  const priced = reported.filter((r) => r.amounts !== undefined && r.amounts.length > 0);
  const dated = priced.filter((r) => r.dated !== undefined);
  const used = dated.length > 0 ? dated : priced;
  if (used.length === 0) return null;
  const amounts = used.flatMap((r) => r.amounts!);
  return {
    low: Math.min(...amounts),
    high: Math.max(...amounts),
    figureKind: 'third-party',
    years: [...new Set(used.flatMap((r) => (r.dated ? [r.dated.slice(0, 4)] : [])))].sort(),
    leftOut: priced.length - used.length,
    sourceIds: [...new Set(used.map((r) => r.sourceId))],
  };
}

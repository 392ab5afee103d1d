/**
 * data/ with its words in a locale, for pages: every text the locale's table translates
 * (site/i18n/data-text.ts) is replaced, and nothing else changes — ids, figures, dates, source
 * titles and quoted evidence stay the same values, so both languages' pages show one set of data.
 * Sources keep their titles and publishers in their original language; only our notes on them change.
 */
import { dataset, plannerRules } from '../../data/index.ts';
import type { Dataset, PlannerRulesData, Role } from '../../data/schemas.ts';
import { dataText } from '../i18n/data-text.ts';
import { translatedStrings } from '../i18n/data-text-table.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';

function build(locale: Locale): { dataset: Dataset; plannerRules: PlannerRulesData } {
  if (locale === DEFAULT_LOCALE) return { dataset, plannerRules };
  const words = dataText(locale);
  return {
    dataset: {
      ...dataset,
      roles: translatedStrings(dataset.roles, words),
      codeSets: translatedStrings(dataset.codeSets, words),
      projections: translatedStrings(dataset.projections, words),
      certifications: translatedStrings(dataset.certifications, words),
      programs: translatedStrings(dataset.programs, words),
      sources: dataset.sources.map((s) => (s.note === undefined ? s : { ...s, note: words(s.note) })),
    },
    plannerRules: translatedStrings(plannerRules, words),
  };
}

const BY_LOCALE = new Map(LOCALES.map((l) => [l, build(l)]));

/** The dataset in a locale's words. */
export const datasetIn = (locale: Locale): Dataset => BY_LOCALE.get(locale)!.dataset;

/** The planner's rules in a locale's words. */
export const plannerRulesIn = (locale: Locale): PlannerRulesData => BY_LOCALE.get(locale)!.plannerRules;

/** A role by slug, in a locale's words. */
export function roleIn(locale: Locale, slug: string): Role {
  const role = datasetIn(locale).roles.find((r) => r.slug === slug);
  if (!role) throw new Error(`No role ${slug} in data/roles.json`);
  return role;
}

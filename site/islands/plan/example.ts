/**
 * The planner's catalog built from data/ at build time, and the worked example the pages show: this
 * site's default path (nothing chosen but a start date) from a fixed start. The plan page hands the
 * catalog to its island; the plan page and the home page set the example's result beside the source
 * article's "about 11 months". Build time only: it imports the whole dataset.
 */
import { articleClaims, dataset } from '../../../data/index.ts';
import type { ArticleClaim } from '../../../data/schemas.ts';
import { plannerCredentialOf, plannerProgramOf, plannerRulesOf } from '../../../functions/domain/planner-adapter.ts';
import { lengthSpan, programLengths } from '../../../functions/domain/planner-evidence.ts';
import { planTimeline, type PlanFacts } from '../../../functions/domain/planner.ts';
import type { Locale } from '../../i18n/locale.ts';
import { dataText } from '../../i18n/data-text.ts';
import { datasetIn, plannerRulesIn } from '../../lib/data-in.ts';
import type { Catalog } from './api.ts';

/** The example start the static pages show (the day this planner was first published). */
export const EXAMPLE_START = '2026-11-27';

/** The planner's credentials, programs and rules in a locale's words, and every source a plan can cite. */
export function plannerCatalog(locale: Locale): Catalog {
  const dataset = datasetIn(locale);
  const plannerRules = plannerRulesIn(locale);
  const rules = plannerRulesOf(plannerRules);
  const credentials = dataset.certifications.map((c) => plannerCredentialOf(c, plannerRules));
  const programs = dataset.programs.map((p) => plannerProgramOf(p, plannerRules));
  // Only the sources a plan can cite travel with the page.
  const cited = new Set([
    ...[rules.defaultCoursework, rules.hoursPerWeek, rules.examPrepWeeks, rules.hoursPerWeekWarnAbove, rules.resultsDays, rules.windowMarginDays].flatMap((r) => r.sourceIds),
    ...credentials.flatMap((c) => [c.examWindow, c.membership, c.renewal, c.apprentice, c.eligibility, c.statusNote, c.resultsDays].flatMap((r) => r?.sourceIds ?? [])),
    ...programs.flatMap((p) => [...p.sourceIds, ...(p.deadline?.sourceIds ?? [])]),
  ]);
  const sources: Catalog['sources'] = Object.fromEntries(dataset.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, { title: s.title, publisher: s.publisher, url: s.url }]));
  return { credentials, programs, rules, sources };
}

/** The default path from the example start, as facts. */
export function examplePlan(catalog: Catalog): PlanFacts {
  const { rules } = catalog;
  const credential = catalog.credentials.find((c) => c.id === rules.defaultCredentialId)!;
  return planTimeline({ startDate: EXAMPLE_START }, { credential, rules, today: EXAMPLE_START });
}

/** The article's "about 11 months", its one home being data/article-claims.json. */
export const monthsClaim: ArticleClaim = articleClaims.find((c) => c.id === 'months-to-certified')!;

/** What a reader needs to weigh the article's months: the claim, the default plan's result and its inputs, and real programs' hours and lengths. */
export function monthsEvidence(catalog: Catalog, locale: Locale) {
  const { programs } = datasetIn(locale);
  const words = dataText(locale);
  const plan = examplePlan(catalog);
  // Which lengths are stated is read from the English data (its one wording); the rows carry the locale's words.
  const rows = programLengths(dataset.programs).map((r) => ({ ...r, hoursText: r.hoursText && words(r.hoursText), lengthText: r.lengthText && words(r.lengthText) }));
  const defaultProgram = programs.find((p) => p.id === catalog.rules.defaultCoursework.programId)!;
  return {
    claim: monthsClaim,
    plan,
    defaultProgram: { provider: defaultProgram.provider, name: defaultProgram.name, hours: catalog.rules.defaultCoursework.value },
    prepWeeks: catalog.rules.examPrepWeeks.value,
    resultsDays: catalog.rules.resultsDays.value,
    rows,
    span: lengthSpan(rows, catalog.rules.defaultCredentialId),
    overall: lengthSpan(rows),
  };
}

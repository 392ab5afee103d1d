/** The Spanish catalog: every group of Spanish messages, of the English catalog's type. */
import type { en } from './en.ts';
import { billingVsCoding } from './es/billing-vs-coding.ts';
import { certifications } from './es/certifications.ts';
import { common } from './es/common.ts';
import { cost, kindWords } from './es/cost.ts';
import { totalWords } from './es/totals.ts';
import { courses, coursesPage } from './es/courses.ts';
import { coursesComparison } from './es/courses-comparison.ts';
import { coursesOwn } from './es/courses-own.ts';
import { glossary } from './es/glossary.ts';
import { guides } from './es/guides.ts';
import { home } from './es/home.ts';
import { methodology } from './es/methodology.ts';
import { notFound } from './es/not-found.ts';
import { plan } from './es/plan.ts';
import { planPage, planProse } from './es/plan-page.ts';
import { planProgress } from './es/plan-progress.ts';
import { roles } from './es/roles.ts';
import { salaries } from './es/salaries.ts';
import { salariesPage } from './es/salaries-page.ts';
import { shell } from './es/shell.ts';
import { sources } from './es/sources.ts';
import { trainingSources } from './es/training-sources.ts';
import { wages } from './es/wages.ts';

/** Every Spanish message, by group. */
export const es: typeof en = { shell, common, plan, planPage, planProse, planProgress, cost, kindWords, totalWords, courses, coursesComparison, coursesOwn, coursesPage, certifications, salaries, salariesPage, wages, roles, sources, guides, methodology, home, billingVsCoding, notFound, trainingSources, glossary };

/** The English catalog: every group of English messages. Its type is the contract every locale's catalog satisfies. */
import { billingVsCoding } from './en/billing-vs-coding.ts';
import { certifications } from './en/certifications.ts';
import { common } from './en/common.ts';
import { cost, kindWords } from './en/cost.ts';
import { totalWords } from './en/totals.ts';
import { courses, coursesPage } from './en/courses.ts';
import { coursesComparison } from './en/courses-comparison.ts';
import { coursesOwn } from './en/courses-own.ts';
import { glossary } from './en/glossary.ts';
import { guides } from './en/guides.ts';
import { home } from './en/home.ts';
import { methodology } from './en/methodology.ts';
import { notFound } from './en/not-found.ts';
import { plan } from './en/plan.ts';
import { planPage, planProse } from './en/plan-page.ts';
import { planProgress } from './en/plan-progress.ts';
import { roles } from './en/roles.ts';
import { salaries } from './en/salaries.ts';
import { salariesPage } from './en/salaries-page.ts';
import { shell } from './en/shell.ts';
import { sources } from './en/sources.ts';
import { trainingSources } from './en/training-sources.ts';
import { wages } from './en/wages.ts';

/** Every English message, by group. */
export const en = { shell, common, plan, planPage, planProse, planProgress, cost, kindWords, totalWords, courses, coursesComparison, coursesOwn, coursesPage, certifications, salaries, salariesPage, wages, roles, sources, guides, methodology, home, billingVsCoding, notFound, trainingSources, glossary };

/** The courses comparison's messages by locale (table, cards, bars, payback): a picker of their own, so they load with the comparison. */
import { coursesComparison as enCoursesComparison } from './en/courses-comparison.ts';
import type { Locale } from './locale.ts';
import { coursesComparison as esCoursesComparison } from './es/courses-comparison.ts';

/** The comparison's messages; the English group's type is the contract every locale satisfies. */
export type CoursesComparisonMessages = typeof enCoursesComparison;
const COURSES_COMPARISON: Record<Locale, CoursesComparisonMessages> = { en: enCoursesComparison, es: esCoursesComparison };

/** The comparison's messages in a locale. */
export const coursesComparisonMessages = (locale: Locale): CoursesComparisonMessages => COURSES_COMPARISON[locale];

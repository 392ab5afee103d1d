/** The courses page's own-program form messages by locale: a picker of their own, so they load with the form. */
import { coursesOwn as enCoursesOwn } from './en/courses-own.ts';
import type { Locale } from './locale.ts';
import { coursesOwn as esCoursesOwn } from './es/courses-own.ts';

/** The own-program form's messages; the English group's type is the contract every locale satisfies. */
export type CoursesOwnMessages = typeof enCoursesOwn;
const COURSES_OWN: Record<Locale, CoursesOwnMessages> = { en: enCoursesOwn, es: esCoursesOwn };

/** The own-program form's messages in a locale. */
export const coursesOwnMessages = (locale: Locale): CoursesOwnMessages => COURSES_OWN[locale];

/** The courses island's messages by locale (an island imports only its own groups, so it bundles no other page's words). */
import { courses as enCourses, coursesPage as enCoursesPage } from './en/courses.ts';
import type { Locale } from './locale.ts';
import { courses as esCourses, coursesPage as esCoursesPage } from './es/courses.ts';

/** The courses island's messages; the English group's type is the contract every locale satisfies. */
export type CoursesMessages = typeof enCourses;
const COURSES: Record<Locale, CoursesMessages> = { en: enCourses, es: esCourses };

/** The courses island's messages in a locale. */
export const coursesMessages = (locale: Locale): CoursesMessages => COURSES[locale];

/** The /courses/ page's own text (build time); the English group's type is the contract. */
export type CoursesPageMessages = typeof enCoursesPage;
const COURSES_PAGE: Record<Locale, CoursesPageMessages> = { en: enCoursesPage, es: esCoursesPage };

/** The /courses/ page's own text in a locale. */
export const coursesPageMessages = (locale: Locale): CoursesPageMessages => COURSES_PAGE[locale];

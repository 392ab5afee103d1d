/** The courses island's messages by locale (an island imports only its own groups, so it bundles no other page's words). */
import { courses as enCourses } from './en/courses.ts';
import type { Locale } from './locale.ts';

/** The courses island's messages; the English group's type is the contract every locale satisfies. */
export type CoursesMessages = typeof enCourses;
const COURSES: Record<Locale, CoursesMessages> = { en: enCourses };

/** The courses island's messages in a locale. */
export const coursesMessages = (locale: Locale): CoursesMessages => COURSES[locale];

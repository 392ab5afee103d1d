/** The course comparison in Spanish: the Spanish catalog's groups given to the shared component; the table's and the own-program form's words load with those parts. */
import { common } from '../../i18n/es/common.ts';
import { courses } from '../../i18n/es/courses.ts';
import { totalWords } from '../../i18n/es/totals.ts';
import { formatFor } from '../../i18n/format.ts';
import { lazyWords, withWords } from '../shared/words.tsx';
import CourseCompare from './CourseCompare.tsx';
import { CoursesWordsProvider, type CoursesWords } from './words.ts';

const words: CoursesWords = {
  locale: 'es',
  m: courses,
  common,
  price: totalWords,
  format: formatFor('es'),
  comparison: lazyWords(() => import('../../i18n/es/courses-comparison.ts').then((g) => g.coursesComparison)),
  own: lazyWords(() => import('../../i18n/es/courses-own.ts').then((g) => g.coursesOwn)),
};

/** The course comparison on a Spanish page. */
export default withWords(CoursesWordsProvider, words, CourseCompare);

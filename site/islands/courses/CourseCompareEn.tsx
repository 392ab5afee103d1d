/** The course comparison in English: the English catalog's groups given to the shared component; the table's and the own-program form's words load with those parts. */
import { common } from '../../i18n/en/common.ts';
import { courses } from '../../i18n/en/courses.ts';
import { totalWords } from '../../i18n/en/totals.ts';
import { formatFor } from '../../i18n/format.ts';
import { lazyWords, withWords } from '../shared/words.tsx';
import CourseCompare from './CourseCompare.tsx';
import { CoursesWordsProvider, type CoursesWords } from './words.ts';

const words: CoursesWords = {
  locale: 'en',
  m: courses,
  common,
  price: totalWords,
  format: formatFor('en'),
  comparison: lazyWords(() => import('../../i18n/en/courses-comparison.ts').then((g) => g.coursesComparison)),
  own: lazyWords(() => import('../../i18n/en/courses-own.ts').then((g) => g.coursesOwn)),
};

/** The course comparison on an English page. */
export default withWords(CoursesWordsProvider, words, CourseCompare);

/** The course comparison's words: what each locale's entry (CourseCompareEn.tsx, CourseCompareEs.tsx) gives its components. */
import type { CommonMessages } from '../../i18n/common-messages.ts';
import type { CoursesComparisonMessages } from '../../i18n/courses-comparison-messages.ts';
import type { CoursesMessages } from '../../i18n/courses-messages.ts';
import type { CoursesOwnMessages } from '../../i18n/courses-own-messages.ts';
import type { Format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { TotalMessages } from '../../i18n/total-words.ts';
import { wordsContext } from '../shared/words.tsx';

/** One locale's words and formatters for the course comparison. */
export interface CoursesWords {
  locale: Locale;
  /** The island's own messages (filters, list, the comparison's controls). */
  m: CoursesMessages;
  /** How an area is named in a sentence. */
  common: CommonMessages;
  /** The words of a total and of a reported range. */
  price: TotalMessages;
  format: Format;
  /** The comparison table's words: they load with the table (table.tsx), in this locale only. */
  comparison: () => Promise<CoursesComparisonMessages>;
  /** The own-program form's words: they load with the form (own-form.tsx), in this locale only. */
  own: () => Promise<CoursesOwnMessages>;
}

/** The provider an entry renders, and the hook the comparison's components read their words with. */
export const [CoursesWordsProvider, useCoursesWords] = wordsContext<CoursesWords>('The course comparison');

/** The salary explorer's words: what each locale's entry (SalaryExplorerEn.tsx, SalaryExplorerEs.tsx) gives its components. */
import type { CommonMessages } from '../../i18n/common-messages.ts';
import type { Format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SalariesMessages } from '../../i18n/salaries-messages.ts';
import type { WagesMessages } from '../../i18n/wages-messages.ts';
import { wordsContext } from '../shared/words.tsx';

/** One locale's words and formatters for the explorer. */
export interface SalariesWords {
  locale: Locale;
  /** The explorer's own messages. */
  t: SalariesMessages;
  /** Wage words (measures, blanks, money). */
  w: WagesMessages;
  /** How an area is named in a sentence. */
  common: CommonMessages;
  format: Format;
}

/** The provider an entry renders, and the hook the explorer's components read their words with. */
export const [SalariesWordsProvider, useSalariesWords] = wordsContext<SalariesWords>('The salary explorer');

/** The salary explorer in English: the English catalog's groups, given to the shared component. */
import { common } from '../../i18n/en/common.ts';
import { salaries } from '../../i18n/en/salaries.ts';
import { wages } from '../../i18n/en/wages.ts';
import { formatFor } from '../../i18n/format.ts';
import SalaryExplorer from './SalaryExplorer.tsx';
import { SalariesWordsProvider, type SalariesWords } from './words.ts';
import { withWords } from '../shared/words.tsx';

const words: SalariesWords = { locale: 'en', t: salaries, w: wages, common, format: formatFor('en') };

/** The salary explorer on an English page. */
export default withWords(SalariesWordsProvider, words, SalaryExplorer);

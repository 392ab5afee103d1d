/** The salary explorer in Spanish: the Spanish catalog's groups, given to the shared component. */
import { common } from '../../i18n/es/common.ts';
import { salaries } from '../../i18n/es/salaries.ts';
import { wages } from '../../i18n/es/wages.ts';
import { formatFor } from '../../i18n/format.ts';
import SalaryExplorer from './SalaryExplorer.tsx';
import { SalariesWordsProvider, type SalariesWords } from './words.ts';
import { withWords } from '../shared/words.tsx';

const words: SalariesWords = { locale: 'es', t: salaries, w: wages, common, format: formatFor('es') };

/** The salary explorer on a Spanish page. */
export default withWords(SalariesWordsProvider, words, SalaryExplorer);

/** The planner in Spanish: the Spanish catalog's groups given to the shared component; a saved plan's progress words load with its progress panel. */
import { common } from '../../i18n/es/common.ts';
import { formatFor } from '../../i18n/format.ts';
import { plan } from '../../i18n/es/plan.ts';
import { planPage } from '../../i18n/es/plan-page.ts';
import { lazyWords, withWords } from '../shared/words.tsx';
import PlanBuilder from './PlanBuilder.tsx';
import { PlanWordsProvider, type PlanWords } from './words.ts';

const words: PlanWords = {
  locale: 'es',
  m: planPage,
  plan,
  format: formatFor('es'),
  http: common.http,
  progress: lazyWords(() => import('../../i18n/es/plan-progress.ts').then((g) => g.planProgress)),
};

/** The planner on a Spanish page. */
export default withWords(PlanWordsProvider, words, PlanBuilder);

/** The planner in English: the English catalog's groups given to the shared component; a saved plan's progress words load with its progress panel. */
import { common } from '../../i18n/en/common.ts';
import { formatFor } from '../../i18n/format.ts';
import { plan } from '../../i18n/en/plan.ts';
import { planPage } from '../../i18n/en/plan-page.ts';
import { lazyWords, withWords } from '../shared/words.tsx';
import PlanBuilder from './PlanBuilder.tsx';
import { PlanWordsProvider, type PlanWords } from './words.ts';

const words: PlanWords = {
  locale: 'en',
  m: planPage,
  plan,
  format: formatFor('en'),
  http: common.http,
  progress: lazyWords(() => import('../../i18n/en/plan-progress.ts').then((g) => g.planProgress)),
};

/** The planner on an English page. */
export default withWords(PlanWordsProvider, words, PlanBuilder);

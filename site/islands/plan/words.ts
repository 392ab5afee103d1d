/** The planner's words: what each locale's entry (PlanBuilderEn.tsx, PlanBuilderEs.tsx) gives its components. */
import type { Format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';
import type { PlanMessages } from '../../i18n/plan-text.ts';
import type { HttpWords } from '../shared/http.ts';
import { wordsContext } from '../shared/words.tsx';

/** One locale's words and formatters for the planner. */
export interface PlanWords {
  locale: Locale;
  /** The planner's own messages (form, result, save, links, chart). */
  m: PlanPageMessages;
  /** A plan's milestones, warnings, durations, phases, field checks and calendar words. */
  plan: PlanMessages;
  format: Format;
  /** What a failed request to /api/plans says when the API gave no words of its own. */
  http: HttpWords;
  /** A saved plan's progress words: they load with the progress panel and the subscription (ProgressPanel.tsx), in this locale only. */
  progress: () => Promise<PlanProgressMessages>;
}

/** The provider an entry renders, and the hook the planner's components read their words with. */
export const [PlanWordsProvider, usePlanWords] = wordsContext<PlanWords>('The planner');

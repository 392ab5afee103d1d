/**
 * What the plans API loads for a Spanish plan (site/i18n/plan-words.ts; built beside the plans Lambda as
 * its own file): the plan words, and the Spanish of the data texts a plan can show — the credentials',
 * programs' and planner rules' notes — so a Spanish plan and its calendar carry no English data words.
 */
import type { DataTextTable } from '../data-text-table.ts';
import { certificationsText } from './data/certifications.ts';
import { plannerRulesText } from './data/planner-rules.ts';
import { programsText } from './data/programs.ts';

export { plan } from './plan.ts';

/** The Spanish of the data texts a plan shows. */
export const planDataText: DataTextTable = { ...certificationsText, ...programsText, ...plannerRulesText };

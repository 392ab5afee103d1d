/** Every Spanish data-text table (English text → Spanish), one file per data file; see site/i18n/data-text.ts. */
import type { DataTextTable } from '../../data-text-table.ts';
import { certificationsText } from './certifications.ts';
import { codeSetsText } from './code-sets.ts';
import { plannerRulesText } from './planner-rules.ts';
import { programsText } from './programs.ts';
import { projectionsText } from './projections.ts';
import { rolesText } from './roles.ts';
import { sourcesText } from './sources.ts';

/** The Spanish of every data text a page shows. */
export const ES_DATA_TEXT: DataTextTable = { ...rolesText, ...codeSetsText, ...projectionsText, ...plannerRulesText, ...programsText, ...sourcesText, ...certificationsText };

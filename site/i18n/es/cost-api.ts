/**
 * What the reference API loads for a Spanish cost comparison (built beside the reference Lambda as its
 * own file): the Spanish of the program and credential data texts a cost line shows, so a Spanish
 * comparison carries no English data words.
 */
import type { DataTextTable } from '../data-text-table.ts';
import { certificationsText } from './data/certifications.ts';
import { programsText } from './data/programs.ts';

/** The Spanish of the data texts a cost comparison shows. */
export const costDataText: DataTextTable = { ...programsText, ...certificationsText };

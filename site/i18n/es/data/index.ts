/** Every Spanish data-text table (English text → Spanish), one file per data file; see site/i18n/data-text.ts. */
import type { DataTextTable } from '../../data-text.ts';

/** The Spanish of every data text a page shows. */
export const ES_DATA_TEXT: DataTextTable = {};

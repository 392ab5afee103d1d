/** The guide scripts' words in Spanish (a chunk of its own: only Spanish pages load it). */
import { common } from '../../i18n/es/common.ts';
import { kindWords } from '../../i18n/es/cost.ts';
import { guides } from '../../i18n/es/guides.ts';
import { totalWords } from '../../i18n/es/totals.ts';
import { formatFor } from '../../i18n/format.ts';
import type { GuidesWords } from './words-shape.ts';

/** Every word the guide builder and reader show, in Spanish. */
export const words: GuidesWords = { locale: 'es', g: guides, common, price: { ...kindWords, ...totalWords }, format: formatFor('es') };

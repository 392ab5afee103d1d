/** The guide scripts' words in English (a chunk of its own: only English pages load it). */
import { common } from '../../i18n/en/common.ts';
import { kindWords } from '../../i18n/en/cost.ts';
import { guides } from '../../i18n/en/guides.ts';
import { totalWords } from '../../i18n/en/totals.ts';
import { formatFor } from '../../i18n/format.ts';
import type { GuidesWords } from './words-shape.ts';

/** Every word the guide builder and reader show, in English. */
export const words: GuidesWords = { locale: 'en', g: guides, common, price: { ...kindWords, ...totalWords }, format: formatFor('en') };

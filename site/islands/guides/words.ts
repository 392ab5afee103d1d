/**
 * The guide scripts' words in the page's language (its `<html lang>`): each locale's words are their own
 * chunk (words-en.ts, words-es.ts), loaded by one dynamic import, so a page fetches its language only.
 * Every guide script waits for them here before it draws anything.
 */
import { pageLocale, type Locale } from '../../i18n/locale.ts';
import type { GuidesWords } from './words-shape.ts';

export type { GuidesWords };

const LOAD: Record<Locale, () => Promise<GuidesWords>> = {
  en: () => import('./words-en.ts').then((w) => w.words),
  es: () => import('./words-es.ts').then((w) => w.words),
};

/** The words of the page the script runs in. */
export const words: GuidesWords = await LOAD[pageLocale()]();

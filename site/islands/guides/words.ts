/**
 * The guide scripts' words in the page's language (its `<html lang>`): each locale's words are their own
 * chunk (words-en.ts, words-es.ts), loaded by one dynamic import, so a page fetches its language only.
 * Every guide script waits for them here before it draws anything.
 */
import type { CommonMessages } from '../../i18n/common-messages.ts';
import type { KindMessages } from '../../i18n/cost-words.ts';
import type { Format } from '../../i18n/format.ts';
import type { GuidesMessages } from '../../i18n/guides-messages.ts';
import { pageLocale, type Locale } from '../../i18n/locale.ts';
import type { TotalMessages } from '../../i18n/total-words.ts';

/** One locale's words and formatters for the guide builder and reader. */
export interface GuidesWords {
  locale: Locale;
  /** The guides' own messages (builder, publish, reader, the guide itself). */
  g: GuidesMessages;
  /** Role sides and levels, and how an area is named in a sentence. */
  common: CommonMessages;
  /** The words beside a price: its kind, a total, a reported range. */
  price: KindMessages & TotalMessages;
  format: Format;
}

const LOAD: Record<Locale, () => Promise<GuidesWords>> = {
  en: () => import('./words-en.ts').then((w) => w.words),
  es: () => import('./words-es.ts').then((w) => w.words),
};

/** The words of the page the script runs in. */
export const words: GuidesWords = await LOAD[pageLocale()]();

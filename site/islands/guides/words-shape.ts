/** What a locale's guide words hold (words-en.ts, words-es.ts give it; words.ts loads the page's). */
import type { CommonMessages } from '../../i18n/common-messages.ts';
import type { KindMessages } from '../../i18n/cost-words.ts';
import type { Format } from '../../i18n/format.ts';
import type { GuidesMessages } from '../../i18n/guides-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
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

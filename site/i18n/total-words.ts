/** The words of a total and of a reported range by locale (islands import this group alone: it carries no cost notes and no kinds). */
import type { Locale } from './locale.ts';
import { totalWords as enTotalWords } from './en/totals.ts';
import { totalWords as esTotalWords } from './es/totals.ts';

/** The words of a total and of a reported range: the English ones' type is the contract. */
export type TotalMessages = typeof enTotalWords;
const TOTAL_MESSAGES: Record<Locale, TotalMessages> = { en: enTotalWords, es: esTotalWords };

/** The words of a total and of a reported range in a locale. */
export const totalMessages = (locale: Locale): TotalMessages => TOTAL_MESSAGES[locale];

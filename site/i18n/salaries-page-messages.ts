/** The /salaries/ page's own text by locale (build time; the island imports salaries-messages.ts instead). */
import { salariesPage as enSalariesPage } from './en/salaries-page.ts';
import { salariesPage as esSalariesPage } from './es/salaries-page.ts';
import type { Locale } from './locale.ts';

/** The /salaries/ page's text; the English group's type is the contract every locale satisfies. */
export type SalariesPageMessages = typeof enSalariesPage;
const SALARIES_PAGE: Record<Locale, SalariesPageMessages> = { en: enSalariesPage, es: esSalariesPage };

/** The /salaries/ page's text in a locale. */
export const salariesPageMessages = (locale: Locale): SalariesPageMessages => SALARIES_PAGE[locale];

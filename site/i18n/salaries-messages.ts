/** The salaries island's messages by locale (an island imports only its own groups, so it bundles no other page's words). */
import { salaries as enSalaries } from './en/salaries.ts';
import { salaries as esSalaries } from './es/salaries.ts';
import type { Locale } from './locale.ts';

/** The salaries island's messages; the English group's type is the contract every locale satisfies. */
export type SalariesMessages = typeof enSalaries;
const SALARIES: Record<Locale, SalariesMessages> = { en: enSalaries, es: esSalaries };

/** The salaries island's messages in a locale. */
export const salariesMessages = (locale: Locale): SalariesMessages => SALARIES[locale];

/** Wage words by locale, for the salaries island and the static pages (an island imports only its own groups). */
import { wages as enWages } from './en/wages.ts';
import { wages as esWages } from './es/wages.ts';
import type { Locale } from './locale.ts';

/** Wage words; the English group's type is the contract every locale satisfies. */
export type WagesMessages = typeof enWages;
const WAGES: Record<Locale, WagesMessages> = { en: enWages, es: esWages };

/** Wage words in a locale. */
export const wagesMessages = (locale: Locale): WagesMessages => WAGES[locale];

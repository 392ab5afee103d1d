/** The methodology page's words by locale (build time only: no island uses them). */
import { methodology as enMethodology } from './en/methodology.ts';
import { methodology as esMethodology } from './es/methodology.ts';
import type { Locale } from './locale.ts';

/** The methodology page's words; the English group's type is the contract every locale satisfies. */
export type MethodologyMessages = typeof enMethodology;
const METHODOLOGY: Record<Locale, MethodologyMessages> = { en: enMethodology, es: esMethodology };

/** The methodology page's words in a locale. */
export const methodologyMessages = (locale: Locale): MethodologyMessages => METHODOLOGY[locale];

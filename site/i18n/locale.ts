/**
 * The languages the site speaks. Adding one: add its code here, its BCP 47 tag below, and a catalog
 * `site/i18n/<code>/` of the English catalog's type (tsc names every group and message still missing).
 */

/** A language the site has a catalog for. */
export type Locale = 'en' | 'es';

/** Every locale, the default first. */
export const LOCALES: readonly Locale[] = ['en', 'es'];

/** The language of pages and API words when nothing else is chosen. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag Intl formats numbers and dates with: the one place it is written. */
const FORMAT_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The tag for Intl formatters. */
export const formatTag = (locale: Locale): string => FORMAT_TAGS[locale];

/** The value of `<html lang>` for a page in this locale. */
export const htmlLang = (locale: Locale): string => locale;

/** The locale of the page a script runs in (its `<html lang>`), or the default outside a browser or for an unknown tag. */
export function pageLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return LOCALES.find((l) => htmlLang(l) === lang) ?? DEFAULT_LOCALE;
}

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

/** The path prefix of a locale's pages: none for the default, "/es" for Spanish. */
const prefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** A site path in a locale: the same path after the locale's prefix (`localePath('es', '/plan/?id=x') === '/es/plan/?id=x'`). */
export const localePath = (locale: Locale, path: string): string => `${prefix(locale)}${path}`;

/** The locale a site path belongs to, and the path without its prefix (`/es/roles/` → es, `/roles/`). */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE && (path === `/${l}` || path.startsWith(`/${l}/`)));
  return locale ? { locale, path: path.slice(prefix(locale).length) || '/' } : { locale: DEFAULT_LOCALE, path };
}

/** The built 404 page of a locale: /404.html, which Astro builds from pages/404.astro; /es/404/index.html from pages/es/404.astro. */
export const notFoundPage = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '/404.html' : `/${locale}/404/index.html`);

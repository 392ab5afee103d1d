/**
 * Every page is built once per locale from one file under site/pages/[...locale]/: English at
 * today's paths (the rest parameter left out), Spanish under /es/. A page exports
 * `getStaticPaths = () => localePaths()` and reads `Astro.props as LocaleProps`, or returns
 * `localePaths(itsOwnPaths)` when it has parameters of its own.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';

/** The props every page built by `localePaths()` gets. */
export interface LocaleProps {
  locale: Locale;
}

/** A page's own static path (a dynamic route's parameters and props). */
interface OwnPath<P> {
  params: Record<string, string>;
  props: P;
}

/** The `locale` route parameter of a locale: undefined (no prefix) for the default. */
const localeParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);

/** The static paths of a page in every locale, each with `locale` among its props. */
export function localePaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[];
export function localePaths<P extends object>(own: readonly OwnPath<P>[]): { params: Record<string, string | undefined>; props: P & { locale: Locale } }[];
export function localePaths<P extends object>(own?: readonly OwnPath<P>[]) {
  if (!own) return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
  return LOCALES.flatMap((locale) => own.map((p) => ({ params: { ...p.params, locale: localeParam(locale) }, props: { ...p.props, locale } })));
}

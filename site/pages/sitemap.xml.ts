/**
 * sitemap.xml: every page in every language — the static pages that exist in site/pages/[...locale],
 * one per role guide and per credential — each URL listing its translations as hreflang alternates.
 */
import type { APIRoute } from 'astro';
import { dataset } from '../../data/index.ts';
import { DEFAULT_LOCALE, htmlLang, LOCALES, localePath } from '../i18n/locale.ts';

const LOCALE_DIR = './[...locale]/';

/** Page files as URL paths: ./[...locale]/roles/index.astro → /roles/; dynamic routes and the 404 pages are left out. */
function pagePaths(files: readonly string[]): string[] {
  return files
    .filter((file) => file.startsWith(LOCALE_DIR) && !file.slice(LOCALE_DIR.length).includes('['))
    .map((file) => {
      const route = file.slice(LOCALE_DIR.length).replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
      return route === '' ? '/' : `/${route}/`;
    });
}

const pageFiles = Object.keys(import.meta.glob('./**/*.astro'));

export const GET: APIRoute = ({ site }) => {
  const paths = [
    ...pagePaths(pageFiles),
    ...dataset.roles.map((role) => `/roles/${role.slug}/`),
    ...dataset.certifications.map((cert) => `/certifications/${cert.id}/`),
  ].sort();
  const href = (locale: (typeof LOCALES)[number], path: string) => new URL(localePath(locale, path), site).href;
  const alternates = (path: string) =>
    [...LOCALES.map((l) => ({ lang: htmlLang(l), href: href(l, path) })), { lang: 'x-default', href: href(DEFAULT_LOCALE, path) }]
      .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${a.href}"/>`)
      .join('');
  const urls = LOCALES.flatMap((locale) => paths.map((path) => `  <url><loc>${href(locale, path)}</loc>${alternates(path)}</url>`)).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};

/** sitemap.xml: every static page that exists in site/pages, plus one URL per role guide and per credential. */
import type { APIRoute } from 'astro';
import { dataset } from '../../data/index.ts';

/** Page files as URL paths: ./roles/index.astro → /roles/; dynamic routes and 404 are left out. */
function pagePaths(files: readonly string[]): string[] {
  return files
    .filter((file) => !file.includes('[') && file !== './404.astro')
    .map((file) => {
      const route = file.replace(/^\.\//, '').replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
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
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};

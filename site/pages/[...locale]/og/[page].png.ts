/**
 * /og/<page>.png and /es/og/<page>.png: the share image of the home page, the three tools and the
 * counselor's guides (1200 × 630), in each locale's words.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locale.ts';
import { pageShareSvg, renderPng, SHARE_PAGES, type SharePage } from '../../../lib/og.ts';
import { localePaths } from '../../../lib/locale-paths.ts';

export function getStaticPaths() {
  return localePaths(SHARE_PAGES.map((page) => ({ params: { page }, props: {} })));
}

/** One page's image in one locale. */
export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) =>
  new Response(new Uint8Array(renderPng(pageShareSvg(params.page as SharePage, props.locale))), { headers: { 'Content-Type': 'image/png' } });

/** /og/<page>.png: the share image of the home page, the three tools and the counselor's guides (1200 × 630). */
import type { APIRoute } from 'astro';
import { pageShareSvg, renderPng, SHARE_PAGES, type SharePage } from '../../lib/og.ts';

export function getStaticPaths() {
  return SHARE_PAGES.map((page) => ({ params: { page } }));
}

/** One page's image. */
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(renderPng(pageShareSvg(params.page as SharePage))), { headers: { 'Content-Type': 'image/png' } });

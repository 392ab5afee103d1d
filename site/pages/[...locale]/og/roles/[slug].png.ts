/** /og/roles/<slug>.png: a role's share image (1200 × 630): title, national median and year, state map, source. */
import type { APIRoute } from 'astro';
import { dataset } from '../../../../data/index.ts';
import { renderPng, roleShareSvg } from '../../../lib/og.ts';
import { roleBySlug } from '../../../lib/lookup.ts';

export function getStaticPaths() {
  return dataset.roles.map((role) => ({ params: { slug: role.slug } }));
}

/** One role's image. */
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(renderPng(roleShareSvg(roleBySlug(params.slug!)))), { headers: { 'Content-Type': 'image/png' } });

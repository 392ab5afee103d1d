/**
 * /og/roles/<slug>.png and /es/og/roles/<slug>.png: a role's share image (1200 × 630) in each
 * locale's words: title, national median and year, state map, source.
 */
import type { APIRoute } from 'astro';
import { dataset } from '../../../../../data/index.ts';
import type { Locale } from '../../../../i18n/locale.ts';
import { renderPng, roleShareSvg } from '../../../../lib/og.ts';
import { localePaths } from '../../../../lib/locale-paths.ts';

export function getStaticPaths() {
  return localePaths(dataset.roles.map((role) => ({ params: { slug: role.slug }, props: {} })));
}

/** One role's image in one locale. */
export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) =>
  new Response(new Uint8Array(renderPng(roleShareSvg(params.slug!, props.locale))), { headers: { 'Content-Type': 'image/png' } });

/**
 * /maps/states.svg: the outlines of the 50 states and DC, one `<path id="XX">` each (USPS code), with
 * no color of their own. Pay maps draw them with `<use href="/maps/states.svg#TX">` and color each
 * by class, so every role page carries a few bytes per state and the browser fetches the shapes once.
 */
import type { APIRoute } from 'astro';
import { MAP_HEIGHT, MAP_WIDTH, stateShapes } from '../../lib/us-map.ts';

/** The shared outline file. */
export const GET: APIRoute = () => {
  const paths = stateShapes().map((s) => `<path id="${s.code}" d="${s.d}"/>`).join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><defs>\n${paths}\n</defs></svg>\n`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

/**
 * /maps/pay.json: every occupation's annual pay by state (10th to 90th percentile, one May year per
 * occupation, null where BLS published none), for the salaries island to recolor its map without the API.
 */
import type { APIRoute } from 'astro';
import { payMapFile } from '../../lib/pay-map.ts';

/** The figures behind the salaries page's map. */
export const GET: APIRoute = () => new Response(JSON.stringify(payMapFile()), { headers: { 'Content-Type': 'application/json' } });

/** /api/openapi.json, written at build time from the contract's zod schemas (the Lambdas stay small without a JSON Schema generator); `npm run lint:openapi` checks it. */
import { openApiDocument } from '../../../functions/contract/openapi.ts';

export function GET() {
  return new Response(JSON.stringify(openApiDocument(), null, 2), { headers: { 'Content-Type': 'application/json' } });
}

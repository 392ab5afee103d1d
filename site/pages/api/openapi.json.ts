/** /api/openapi.json, written at build time from the zod schemas (the Lambda stays small without a JSON Schema generator). */
import { openApiDocument } from '../../../functions/contract/openapi.ts';

export function GET() {
  return new Response(JSON.stringify(openApiDocument(), null, 2), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * Area parameters, for every route that takes one: the text is read by the domain's parseArea, and
 * whatever it cannot serve is the same 400 everywhere, naming the parameter, with the same words
 * and the same allowed list. A metro (5-digit CBSA) code is understood, but no metro wages exist
 * yet: it is refused with 400 "no wages for this area" (the request names an area the data lacks).
 */
import * as z from 'zod/mini';
import type { AreaCode } from '../../data/schemas.ts';
import { AREA_CODES, hasWages, parseArea, type Area } from '../domain/areas.ts';

/** Why an area text is refused: the one wording every route uses. */
export function areaRefusal(text: string, area: Area | undefined = parseArea(text)): string {
  return area
    ? `No wages for this area: ${area.kind} area ${area.code} has no data here yet; give US or a state code.`
    : `"${text.slice(0, 12)}" is not an area: give US, a state code such as TX, or a 5-digit metro (CBSA) code.`;
}

type Ctx = z.core.ParsePayload<unknown>;
const refuse = (ctx: Ctx, text: string, area?: Area) => ctx.issues.push({ code: 'invalid_value', values: [...AREA_CODES], input: text, message: areaRefusal(text, area) });

/** The area code with wages a text names, or an issue on the context. */
function wageAreaOf(text: string, ctx: Ctx): AreaCode | undefined {
  const area = parseArea(text);
  if (area && hasWages(area)) return area.code;
  refuse(ctx, text, area);
  return undefined;
}

/** One area with wages, as text in (US, tx, 12420), its canonical code out (US, TX). */
export const wageAreaParam = (description: string) =>
  z
    .pipe(
      z.string(),
      z.transform((text: string, ctx): AreaCode => wageAreaOf(text, ctx) ?? z.NEVER),
    )
    .check(z.describe(description));

/** A comma-separated list of 1 to `max` areas with wages; duplicates are dropped, the order kept. */
export const wageAreaListParam = (max: number, description: string) =>
  z
    .pipe(
      z.string().check(z.maxLength(max * 8)),
      z.transform((text: string, ctx): AreaCode[] => {
        const list = text.split(',').map((a) => a.trim()).filter(Boolean);
        if (list.length < 1 || list.length > max) {
          ctx.issues.push({ code: 'custom', input: text, message: `Give 1 to ${max} areas; ${list.length} given.` });
          return z.NEVER;
        }
        const codes = list.map((a) => wageAreaOf(a, ctx));
        return ctx.issues.length > 0 ? z.NEVER : [...new Set(codes as AreaCode[])];
      }),
    )
    .check(z.describe(description));

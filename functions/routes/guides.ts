/**
 * /api/guides: a counselor's bundle of roles, pay and next steps. Anyone may create one (rate-limited
 * per client address) and read it; only its edit token changes or deletes it (savedResourceRoutes).
 * A read carries each role's pay from the reference data, so the student's page needs one request.
 */
import * as z from 'zod/mini';
import { STATE_CODES, type AreaCode, type Occupation, type Role, type Source, type WageRow } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { AREA_NAMES } from '../domain/areas.ts';
import { guideRole, type GuideRole } from '../domain/guide.ts';
import { GUIDE_LIMITS, PLAN_ID_PATTERN } from '../domain/guide-limits.ts';
import type { InvalidParam } from '../http/problem.ts';
import { clientAddressOf, createRateLimiter, rateLimit } from '../http/rate-limit.ts';
import { savedResourceRoutes } from './saved-resource.ts';

/** Default: 10 new guides per 10 minutes per client address. */
export const GUIDE_CREATE_LIMIT = { limit: 10, windowMs: 10 * 60_000 } as const;

const NO_CONTROLS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const oneLine = (max: number, description: string) =>
  z.string().check(z.maxLength(max), z.regex(ONE_LINE, { error: 'Use one line, without control characters.' }), z.describe(description));
const idList = (max: number, description: string) => z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(max), z.describe(description));

/** What a counselor sends: the guide as they wrote it. Every text is shown to students as text, never as HTML. */
export const guideInput = z.strictObject({
  title: z.string().check(
    z.maxLength(GUIDE_LIMITS.title),
    z.regex(/\S/, { error: 'Give the guide a title.' }),
    z.regex(ONE_LINE, { error: 'Use one line, without control characters.' }),
    z.describe(`The guide's title, up to ${GUIDE_LIMITS.title} characters`),
  ),
  counselorName: z.optional(oneLine(GUIDE_LIMITS.counselorName, "The counselor's name as students should see it")),
  organisation: z.optional(oneLine(GUIDE_LIMITS.organisation, 'School or organisation')),
  note: z.optional(
    z.string().check(
      z.maxLength(GUIDE_LIMITS.note),
      z.regex(NO_CONTROLS, { error: 'Remove control characters (line breaks and tabs are fine).' }),
      z.describe(`A note to the student, plain text, up to ${GUIDE_LIMITS.note} characters`),
    ),
  ),
  roles: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.minLength(1), z.maxLength(GUIDE_LIMITS.roles), z.describe(`1 to ${GUIDE_LIMITS.roles} role slugs, in the order to show them`)),
  area: z.optional(z.enum(['US', ...STATE_CODES] as const).check(z.describe('Where pay figures are for: US or a state code (default US)'))),
  programs: z.optional(idList(GUIDE_LIMITS.programs, `Up to ${GUIDE_LIMITS.programs} program ids to compare`)),
  credentials: z.optional(idList(GUIDE_LIMITS.credentials, `Up to ${GUIDE_LIMITS.credentials} certification ids to mention`)),
  planId: z.optional(z.string().check(z.regex(PLAN_ID_PATTERN, { error: 'Not a saved plan id.' }), z.describe('A saved plan to link to'))),
});
export type GuideInput = z.infer<typeof guideInput>;

/** Ids that are not in the catalog, or given twice: one named failure each. */
function checkIds(field: string, ids: readonly string[] | undefined, known: readonly string[], noun: string): InvalidParam[] {
  const seen = new Set<string>();
  return (ids ?? []).flatMap((id, i) => {
    const name = `${field}.${i}`;
    if (seen.has(id)) return [{ name, in: 'body' as const, detail: `"${id}" is listed twice.` }];
    seen.add(id);
    return known.includes(id) ? [] : [{ name, in: 'body' as const, detail: `"${id.slice(0, 80)}" is not a ${noun} we carry.`, allowed: known }];
  });
}

export function guidesRoutes(deps: AppDeps) {
  const { reference } = deps;
  const idsOf = async (kind: 'program' | 'certification', wanted: readonly string[] | undefined) =>
    wanted && wanted.length > 0 ? (await reference.listCatalog<{ id: string }>(kind)).map((x) => x.id) : [];

  return savedResourceRoutes({
    noun: 'guide',
    store: deps.guides,
    body: guideInput,
    async check(body) {
      const [roles, programs, credentials] = await Promise.all([
        reference.listCatalog<Role>('role'),
        idsOf('program', body.programs),
        idsOf('certification', body.credentials),
      ]);
      return [
        ...checkIds('roles', body.roles, roles.map((r) => r.slug), 'role'),
        ...checkIds('programs', body.programs, programs, 'program'),
        ...checkIds('credentials', body.credentials, credentials, 'credential'),
      ];
    },
    async present(saved) {
      const area = saved.body.area ?? 'US';
      const [roles, occupations, sources] = await Promise.all([
        reference.listCatalog<Role>('role'),
        reference.listCatalog<Occupation>('occupation'),
        reference.listCatalog<Source>('source'),
      ]);
      // A role the dataset no longer has is left out rather than failing the whole guide.
      const chosen = saved.body.roles.flatMap((slug) => roles.filter((r) => r.slug === slug));
      const guideRoles = await Promise.all(
        chosen.map(async (role) =>
          guideRole(role, occupations.find((o) => o.soc === role.primarySoc), await reference.wagesOf<WageRow>(role.primarySoc), area, sources),
        ),
      );
      const view: Omit<GuideView, 'id' | 'version' | 'createdAt' | 'updatedAt'> = { guide: saved.body, area, areaName: AREA_NAMES[area], roles: guideRoles };
      return view;
    },
    beforeCreate: rateLimit(deps.guideCreateLimiter ?? createRateLimiter(GUIDE_CREATE_LIMIT), deps.clientAddress ?? clientAddressOf, 'new guides'),
  });
}

/** What GET /api/guides/:id answers (POST and PUT too; POST adds editToken, shown once). */
export interface GuideView {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  guide: GuideInput;
  area: AreaCode;
  areaName: string;
  roles: GuideRole[];
}

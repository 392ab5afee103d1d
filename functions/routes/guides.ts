/**
 * /api/guides: a counselor's bundle of roles, pay and next steps. Anyone may create one (rate-limited
 * per client address) and read it; only its edit token changes or deletes it (savedResourceRoutes).
 * A read carries each role's pay from the reference data, so the student's page needs one request,
 * and the roles' words in the guide's language (`language`, English for a guide saved without one).
 */
import type { Occupation, Role, Source, WageRow } from '../../data/schemas.ts';
import { limiterFor, type AppDeps } from './deps.ts';
import { guideInput, type GuideView } from '../contract/guides.ts';
import { guideRole } from '../domain/guide.ts';
import type { InvalidParam } from '../http/problem.ts';
import { clientAddressOf, countCreate } from '../http/rate-limit.ts';
import { savedResourceRoutes } from './saved-resource.ts';
import { languageOf } from '../contract/shared.ts';
import { areaNames } from '../../site/i18n/area-names.ts';
import { roleText } from '../../site/i18n/role-text.ts';

/** Default: 10 new guides per 10 minutes per client address. */
export const GUIDE_CREATE_LIMIT = { limit: 10, windowMs: 10 * 60_000 } as const;

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
      const [roles, programs, certifications] = await Promise.all([
        reference.listCatalog<Role>('role'),
        idsOf('program', body.programs),
        idsOf('certification', body.certifications),
      ]);
      return [
        ...checkIds('roles', body.roles, roles.map((r) => r.slug), 'role'),
        ...checkIds('programs', body.programs, programs, 'program'),
        ...checkIds('certifications', body.certifications, certifications, 'certification'),
      ];
    },
    async present(saved): Promise<Omit<GuideView, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'expiresAt'>> {
      const area = saved.body.area ?? 'US';
      const [roles, occupations, sources] = await Promise.all([
        reference.listCatalog<Role>('role'),
        reference.listCatalog<Occupation>('occupation'),
        reference.listCatalog<Source>('source'),
      ]);
      const language = languageOf(saved.body);
      const say = roleText(language);
      const names = areaNames(language);
      // A role the dataset no longer has is left out rather than failing the whole guide.
      const chosen = saved.body.roles.flatMap((slug) => roles.filter((r) => r.slug === slug));
      const guideRoles = await Promise.all(
        chosen.map(async (role) => {
          const read = guideRole(role, occupations.find((o) => o.soc === role.primarySoc), await reference.wagesOf<WageRow>(role.primarySoc), area, sources);
          // The role's words and its pay's area in the guide's language; figures, sources and the BLS occupation title stay as published.
          return { ...read, title: say(read.title), summary: say(read.summary), pay: read.pay && { ...read.pay, areaName: names[read.pay.area] } };
        }),
      );
      return { guide: saved.body, language, area, areaName: names[area], roles: guideRoles };
    },
    limitCreate: countCreate(deps.guideCreateLimiter ?? limiterFor(deps, 'guides', GUIDE_CREATE_LIMIT), deps.clientAddress ?? clientAddressOf, 'new guides'),
  });
}

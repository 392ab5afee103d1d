/** GET /api/roles and /api/roles/:slug: the nine role guides with their BLS occupation. */
import { Hono } from '../http/hono.ts';
import type { Occupation, Role } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { roleParams, type RoleList, type RoleView } from '../contract/roles.ts';
import { problemOf, ProblemError } from '../http/problem.ts';
import { parseParams } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

export function rolesRoutes(deps: AppDeps) {
  const withOccupation = async (role: Role): Promise<RoleView> => ({
    ...role,
    occupation: (await deps.reference.getCatalogEntry<Occupation>('occupation', role.primarySoc)) ?? null,
  });
  return new Hono()
    .use(referenceCache(deps))
    .get('/', async (c) => {
      // Both catalogs at once (two Queries side by side, not one GetItem per role after the roles): the first answer of a cold Lambda waits for one round trip, not two.
      const [roles, occupations] = await Promise.all([deps.reference.listCatalog<Role>('role'), deps.reference.listCatalog<Occupation>('occupation')]);
      const items = roles.map((role): RoleView => ({ ...role, occupation: occupations.find((o) => o.soc === role.primarySoc) ?? null }));
      return c.json({ items } satisfies RoleList);
    })
    .get('/:slug', async (c) => {
      const { slug } = parseParams(c, roleParams);
      const role = await deps.reference.getCatalogEntry<Role>('role', slug);
      if (!role) {
        const known = (await deps.reference.listCatalog<Role>('role')).map((r) => r.slug);
        throw new ProblemError(problemOf(404, `There is no role "${slug}".`, { errors: [{ name: 'slug', in: 'path', detail: 'Unknown role.', allowed: known }] }));
      }
      return c.json((await withOccupation(role)) satisfies RoleView);
    });
}

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
      const roles = await deps.reference.listCatalog<Role>('role');
      return c.json({ items: await Promise.all(roles.map(withOccupation)) } satisfies RoleList);
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

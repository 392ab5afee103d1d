/** The reference-reads group (ROUTE_GROUPS.reference): health and the read-only catalogs. */
import { certificationsRoutes } from './certifications.ts';
import { mountGroup } from './groups.ts';
import { healthRoutes } from './health.ts';
import { programsRoutes } from './programs.ts';
import { rolesRoutes } from './roles.ts';
import { salariesRoutes } from './salaries.ts';

export const referenceGroup = mountGroup('reference', {
  '/health': healthRoutes,
  '/roles': rolesRoutes,
  '/salaries': salariesRoutes,
  '/certifications': certificationsRoutes,
  '/programs': programsRoutes,
});

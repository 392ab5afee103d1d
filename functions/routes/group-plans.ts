/** The saved-plans group (ROUTE_GROUPS.plans): the planner and its writes. */
import { mountGroup } from './groups.ts';
import { plansRoutes } from './plans.ts';

export const plansGroup = mountGroup('plans', { '/plans': plansRoutes });

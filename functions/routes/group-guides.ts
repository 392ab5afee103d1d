/** The counselor-guides group (ROUTE_GROUPS.guides): guide writes and the student's view. */
import { mountGroup } from './groups.ts';
import { guidesRoutes } from './guides.ts';

export const guidesGroup = mountGroup('guides', { '/guides': guidesRoutes });

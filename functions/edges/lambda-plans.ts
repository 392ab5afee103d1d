/** Lambda entry for saved plans (ROUTE_GROUPS.plans): the planner and its writes. */
import { plansGroup } from '../routes/group-plans.ts';
import { lambdaHandler } from './lambda-handler.ts';

export const handler = lambdaHandler(plansGroup);

/** Lambda entry for saved plans (/api/plans): the planner and its writes. */
import type { Routes } from './api.ts';
import { lambdaHandler } from './lambda-handler.ts';
import { plansRoutes } from './routes/plans.ts';

export const planRoutes = { '/plans': plansRoutes } satisfies Routes;

export const handler = lambdaHandler(planRoutes);

/** Lambda entry for counselor guides (/api/guides): their writes and the student's view. */
import type { Routes } from './api.ts';
import { lambdaHandler } from './lambda-handler.ts';
import { guidesRoutes } from './routes/guides.ts';

export const guideRoutes = { '/guides': guidesRoutes } satisfies Routes;

export const handler = lambdaHandler(guideRoutes);

/** Lambda entry for the reference API: health, roles, salaries, certifications, programs (read-only). */
import type { Routes } from './api.ts';
import { lambdaHandler } from './lambda-handler.ts';
import { certificationsRoutes } from './routes/certifications.ts';
import { healthRoutes } from './routes/health.ts';
import { programsRoutes } from './routes/programs.ts';
import { rolesRoutes } from './routes/roles.ts';
import { salariesRoutes } from './routes/salaries.ts';

export const referenceRoutes = {
  '/health': healthRoutes,
  '/roles': rolesRoutes,
  '/salaries': salariesRoutes,
  '/certifications': certificationsRoutes,
  '/programs': programsRoutes,
} satisfies Routes;

export const handler = lambdaHandler(referenceRoutes);

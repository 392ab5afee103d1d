/** createApp(deps): the whole API in one app, for the local server and the tests (AWS runs it as three functions). */
import type { AppDeps } from './deps.ts';
import { createApi } from './api.ts';
import { guideRoutes } from './lambda-guides.ts';
import { planRoutes } from './lambda-plans.ts';
import { referenceRoutes } from './lambda.ts';

export function createApp(deps: AppDeps) {
  return createApi(deps, { ...referenceRoutes, ...planRoutes, ...guideRoutes });
}

export type App = ReturnType<typeof createApp>;

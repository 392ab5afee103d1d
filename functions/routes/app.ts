/** createApp(deps): every route group in one app, for the local server and the tests (AWS runs one function per group). */
import { createApi } from './create-api.ts';
import type { AppDeps } from './deps.ts';
import { guidesGroup } from './group-guides.ts';
import { plansGroup } from './group-plans.ts';
import { referenceGroup } from './group-reference.ts';

export function createApp(deps: AppDeps) {
  return createApi(deps, [referenceGroup, plansGroup, guidesGroup]);
}

export type App = ReturnType<typeof createApp>;

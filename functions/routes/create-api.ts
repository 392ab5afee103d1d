/**
 * createApi(deps, groups): one Hono app under /api with the given route groups mounted, and the error
 * handling every answer shares. It knows nothing of where it runs; app.ts mounts every group,
 * each Lambda entry only its own, so each bundle carries only its own code.
 */
import { Hono } from '../http/hono.ts';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps.ts';
import type { AnyMountedGroup, RouteFactory } from './groups.ts';
import { limitBody } from '../http/body.ts';
import { problemOf, ProblemError, sendProblem } from '../http/problem.ts';
import { answerUnmatched } from '../http/unmatched.ts';
import { StoreUnavailableError } from '../store/errors.ts';
import { DatasetMissingError } from '../store/reference-store.ts';

/** The API over `deps` with `groups` mounted under /api. */
export function createApi(deps: AppDeps, groups: readonly AnyMountedGroup[]) {
  const app = new Hono().basePath('/api');
  for (const group of groups) {
    // The body limit goes before each group that takes bodies, not before the reference reads: a GET never
    // pays for it (asking a request for its body costs @hono/node-server a whole Request).
    if (group.id !== 'reference') app.use(limitBody());
    for (const [path, make] of Object.entries<RouteFactory>(group.mounts)) app.route(path, make(deps));
  }

  // Last: whatever no route took under /api is a problem (404, or 405 with Allow), also where this app is mounted inside another (the local server).
  const unmatched = answerUnmatched(() => app.routes);
  app.all('*', unmatched);
  app.notFound(unmatched);
  app.onError((error, c) => {
    if (error instanceof ProblemError) return sendProblem(c, error.problem, error.headers);
    if (error instanceof StoreUnavailableError || error instanceof DatasetMissingError) {
      return sendProblem(c, problemOf(503, 'The data store is unavailable; try again shortly.'), { 'Retry-After': '5' });
    }
    if (error instanceof HTTPException) return sendProblem(c, problemOf(error.status, error.message || 'The request was refused.'));
    // Unexpected: log it for the operator, tell the client nothing internal.
    console.error(error);
    return sendProblem(c, problemOf(500, 'Something went wrong on our side.'));
  });
  return app;
}

/**
 * createApi(deps, routes): one Hono app under /api with the given resources mounted, and the error
 * handling every answer shares. It knows nothing of where it runs; app.ts mounts every resource,
 * each Lambda entry only its own group, so each bundle carries only its own code.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps.ts';
import { problemOf, ProblemError, sendProblem } from './problem.ts';
import { StoreUnavailableError } from './store/errors.ts';
import { DatasetMissingError } from './store/reference-store.ts';

/** Path under /api → the resource's routes. */
export type Routes = Record<`/${string}`, (deps: AppDeps) => Hono>;

export function createApi(deps: AppDeps, routes: Routes) {
  const app = new Hono().basePath('/api');
  for (const [path, make] of Object.entries(routes)) app.route(path, make(deps));

  app.notFound((c) => sendProblem(c, problemOf(404, `There is no API resource at ${c.req.method} ${c.req.path}.`)));
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

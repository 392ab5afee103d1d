/** createApp(deps): the one Hono app, with no knowledge of where it runs (Lambda, local server, tests). */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps.ts';
import { problemOf, ProblemError, sendProblem } from './problem.ts';
import { certificationsRoutes } from './routes/certifications.ts';
import { guidesRoutes } from './routes/guides.ts';
import { healthRoutes } from './routes/health.ts';
import { plansRoutes } from './routes/plans.ts';
import { programsRoutes } from './routes/programs.ts';
import { rolesRoutes } from './routes/roles.ts';
import { salariesRoutes } from './routes/salaries.ts';
import { StoreUnavailableError } from './store/errors.ts';
import { DatasetMissingError } from './store/reference-store.ts';

export function createApp(deps: AppDeps) {
  const app = new Hono()
    .basePath('/api')
    .route('/health', healthRoutes(deps))
    .route('/roles', rolesRoutes(deps))
    .route('/salaries', salariesRoutes(deps))
    .route('/certifications', certificationsRoutes(deps))
    .route('/programs', programsRoutes(deps))
    .route('/guides', guidesRoutes(deps))
    .route('/plans', plansRoutes(deps));
  // /api/openapi.json is a static file of the built site (site/pages/api/openapi.json.ts).

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

export type App = ReturnType<typeof createApp>;

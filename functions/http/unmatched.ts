/**
 * The answer to a request no route took: 405 with Allow when the path exists under another
 * method (OPTIONS and TRACE included), else 404. Both as problem+json, the same locally as on Lambda.
 */
import type { Context } from 'hono';
import { problemOf, sendProblem } from './problem.ts';

/** A route as Hono lists it (app.routes): its method ('ALL' for middleware) and path pattern. */
export interface ListedRoute {
  method: string;
  path: string;
}

/** A Hono path pattern ("/api/plans/:id/calendar.ics", "/x/*") as a regular expression for whole paths. */
function patternOf(path: string): RegExp {
  const source = path
    .split(/(:[A-Za-z0-9_]+(?:\{[^}]*\})?\??|\*)/)
    .map((part) => {
      if (part === '*') return '.*';
      const param = /^:[A-Za-z0-9_]+(?:\{([^}]*)\})?(\?)?$/.exec(part);
      if (param) return `${param[1] ? `(?:${param[1]})` : '[^/]+'}${param[2] ? '?' : ''}`;
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The methods some route answers at `path` (HEAD wherever GET is), in a stable order. */
export function allowedMethods(routes: readonly ListedRoute[], path: string): string[] {
  const methods = new Set(routes.filter((r) => r.method !== 'ALL' && patternOf(r.path).test(path)).map((r) => r.method));
  if (methods.has('GET')) methods.add('HEAD');
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => methods.has(m));
}

/** A handler for every request no route took, over the app's route list (read at request time, so every route is in it). */
export const answerUnmatched = (routes: () => readonly ListedRoute[]) => (c: Context) => {
  const allowed = allowedMethods(routes(), c.req.path);
  if (allowed.length > 0) {
    return sendProblem(c, problemOf(405, `${c.req.path} answers ${allowed.join(', ')}, not ${c.req.method}.`), { Allow: allowed.join(', ') });
  }
  return sendProblem(c, problemOf(404, `There is no API resource at ${c.req.method} ${c.req.path}.`));
};

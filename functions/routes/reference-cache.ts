/** HTTP caching for reference reads: the dataset version is the ETag; CloudFront may keep them an hour. */
import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from './deps.ts';

/** Answer 304 when the client has this dataset version; otherwise mark the response cacheable. */
export function referenceCache(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const etag = `"${await deps.reference.currentVersion()}"`;
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ETag: etag });
    await next();
    if (c.res.status === 200) {
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=300, s-maxage=3600');
    }
  };
}

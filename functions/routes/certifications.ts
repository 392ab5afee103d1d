/** GET /api/certifications and /api/certifications/:id: each credential with its fees, exam, prerequisites and renewal. */
import { Hono } from '../http/hono.ts';
import type { Certification, Program } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { certificationParams, type CertificationDetail, type CertificationList } from '../contract/certifications.ts';
import { pricedCertification } from '../domain/exam-fee.ts';
import { problemOf, ProblemError } from '../http/problem.ts';
import { parseParams } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

export function certificationsRoutes(deps: AppDeps) {
  const { reference } = deps;
  return new Hono()
    .use(referenceCache(deps))
    .get('/', async (c) => c.json({ items: (await reference.listCatalog<Certification>('certification')).map(pricedCertification) } satisfies CertificationList))
    .get('/:id', async (c) => {
      const { id } = parseParams(c, certificationParams);
      const cert = await reference.getCatalogEntry<Certification>('certification', id.toLowerCase());
      if (!cert) {
        const known = (await reference.listCatalog<Certification>('certification')).map((x) => x.id);
        throw new ProblemError(problemOf(404, `There is no certification "${id}".`, { errors: [{ name: 'id', in: 'path', detail: 'Unknown certification.', allowed: known }] }));
      }
      // Programs that prepare for it, cheapest first (GSI1).
      const programs = (await reference.programsForCertification<Program>(cert.id)).map(({ id: pid, provider, name }) => ({ id: pid, provider, name }));
      return c.json({ ...pricedCertification(cert), programs } satisfies CertificationDetail);
    });
}

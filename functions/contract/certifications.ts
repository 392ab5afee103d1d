/** GET /api/certifications and /api/certifications/:id: each credential with its fees, exam, prerequisites and renewal. */
import * as z from 'zod/mini';
import { certificationSchema } from '../../data/schemas.ts';

// Any string up to 40 characters: an unknown id is a 404, not a 400.
export const certificationParams = /* @__PURE__ */ (() => z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(40), z.describe('Certification id, e.g. cpc')) }))();

/** Every credential. */
export const certificationList = /* @__PURE__ */ (() => z.object({ items: z.array(certificationSchema) }))();
export type CertificationList = z.infer<typeof certificationList>;

/** One credential, with the programs that prepare for it, cheapest first. */
export const certificationDetail = /* @__PURE__ */ (() =>
  z.extend(certificationSchema, {
    programs: z.array(z.object({ id: z.string(), provider: z.string(), name: z.string() })),
  }))();
export type CertificationDetail = z.infer<typeof certificationDetail>;

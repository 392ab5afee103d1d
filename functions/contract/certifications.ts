/** GET /api/certifications and /api/certifications/:id: each credential with its fees, exam, prerequisites and renewal. */
import * as z from 'zod/mini';
import { certificationSchema, figureSchema, figureVersionSchema } from '../../data/schemas.ts';
import type { PricedCertification } from '../domain/exam-fee.ts';
import { FIGURE_KINDS } from '../domain/figure-kind.ts';
import { reportedRangeSchema } from './programs.ts';
import type { Assert, Mirrors } from './shared.ts';

// Any string up to 40 characters: an unknown id is a 404, not a 400.
export const certificationParams = /* @__PURE__ */ (() => z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(40), z.describe('Certification id, e.g. cpc')) }))();

/** A figure whose every version names its kind (domain/figure-kind.ts). */
const pricedFigure = /* @__PURE__ */ (() =>
  z.extend(figureSchema, {
    versions: z.array(
      z.extend(figureVersionSchema, {
        figureKind: z.enum(FIGURE_KINDS).check(z.describe('published: by the issuer; computed: by this site from a published rate; third-party: someone else reports it; bound: at most or at least; older-page: from an older copy of a page')),
      }),
    ),
  }))();

/** A credential with the kind of every price: exam fees, membership to join and to renew (kept apart), and the exam-fee range third parties report. */
export const pricedCertificationSchema = /* @__PURE__ */ (() =>
  z.extend(certificationSchema, {
    examFee: z.extend(certificationSchema.shape.examFee, {
      member: pricedFigure,
      nonMember: pricedFigure,
      student: pricedFigure,
      reportedRange: z.nullable(reportedRangeSchema).check(z.describe('The range of the exam prices third parties report; never counted as the price')),
    }),
    membership: z.extend(certificationSchema.shape.membership, { join: pricedFigure, renewal: pricedFigure }),
  }))();
export type PricedCertificationMirrorsDomain = Assert<Mirrors<PricedCertification, z.infer<typeof pricedCertificationSchema>>>;

/** Every credential. */
export const certificationList = /* @__PURE__ */ (() => z.object({ items: z.array(pricedCertificationSchema) }))();
export type CertificationList = z.infer<typeof certificationList>;

/** One credential, with the programs that prepare for it, cheapest first. */
export const certificationDetail = /* @__PURE__ */ (() =>
  z.extend(pricedCertificationSchema, {
    programs: z.array(z.object({ id: z.string(), provider: z.string(), name: z.string() })),
  }))();
export type CertificationDetail = z.infer<typeof certificationDetail>;

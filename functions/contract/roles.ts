/** GET /api/roles and /api/roles/:slug: the nine role guides, each with its BLS occupation. */
import * as z from 'zod/mini';
import { occupationSchema, roleSchema } from '../../data/schemas.ts';

// Any string up to 80 characters: an unknown slug is a 404, not a 400.
export const roleParams = /* @__PURE__ */ (() => z.strictObject({ slug: z.string().check(z.minLength(1), z.maxLength(80), z.describe('Role slug, e.g. medical-coder')) }))();

/** A role with its primary occupation's official title. */
export const roleView = /* @__PURE__ */ (() => z.extend(roleSchema, { occupation: z.nullable(occupationSchema) }))();
export type RoleView = z.infer<typeof roleView>;

/** Every role, in the source article's order. */
export const roleList = /* @__PURE__ */ (() => z.object({ items: z.array(roleView) }))();
export type RoleList = z.infer<typeof roleList>;

/**
 * /api/guides: a counselor's bundle of roles, pay and next steps. What a counselor sends (guideInput,
 * also what is stored) and what a reader gets back; a guide stored under older field names is read
 * by saved-bodies.ts.
 */
import * as z from 'zod/mini';
import { areaCode, roleSchema } from '../../data/schemas.ts';
import type { GuideRole } from '../domain/guide.ts';
import { GUIDE_LIMITS } from '../domain/guide-limits.ts';
import { wageAreaParam } from './areas.ts';
import { salaryView } from './salaries.ts';
import { editTokenField, languageAnswer, languageField, oneLine, savedId, savedMeta, type Assert, type Mirrors } from './shared.ts';

const NO_CONTROLS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const idList = (max: number, description: string) => z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(max), z.describe(description));

const guideFields = /* @__PURE__ */ (() => ({
  title: oneLine(GUIDE_LIMITS.title, `The guide's title, up to ${GUIDE_LIMITS.title} characters`, z.regex(/\S/, { error: 'Give the guide a title.' })),
  counselorName: z.optional(oneLine(GUIDE_LIMITS.counselorName, "The counselor's name as students should see it")),
  organisation: z.optional(oneLine(GUIDE_LIMITS.organisation, 'School or organisation')),
  note: z.optional(
    z.string().check(
      z.maxLength(GUIDE_LIMITS.note),
      z.regex(NO_CONTROLS, { error: 'Remove control characters (line breaks and tabs are fine).' }),
      z.describe(`A note to the student, plain text, up to ${GUIDE_LIMITS.note} characters`),
    ),
  ),
  roles: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.minLength(1), z.maxLength(GUIDE_LIMITS.roles), z.describe(`1 to ${GUIDE_LIMITS.roles} role slugs, in the order to show them`)),
  area: z.optional(wageAreaParam('Where pay figures are for: US or a state code (default US); stored as its canonical code')),
  programs: z.optional(idList(GUIDE_LIMITS.programs, `Up to ${GUIDE_LIMITS.programs} program ids to compare`)),
  certifications: z.optional(idList(GUIDE_LIMITS.certifications, `Up to ${GUIDE_LIMITS.certifications} certification ids to mention`)),
  planId: z.optional(savedId('A saved plan to link to', 'Not a saved plan id.')),
  language: languageField(),
}))();

/** What a counselor sends: the guide as they wrote it. Every text is shown to students as text, never as HTML. */
export const guideInput = /* @__PURE__ */ (() => z.strictObject(guideFields))();
/** A guide as stored and read back (the area in its canonical code). */
export type GuideInput = z.infer<typeof guideInput>;
/** The same guide as an answer carries it: the area is a code, not text to be read. */
export const storedGuide = /* @__PURE__ */ (() => z.strictObject({ ...guideFields, area: z.optional(areaCode) }))();
export type StoredGuideMirrorsInput = Assert<Mirrors<GuideInput, z.infer<typeof storedGuide>>>;

/** One chosen role as the student reads it (domain/guide.ts). */
export const guideRoleSchema = /* @__PURE__ */ (() =>
  z.object({
    slug: z.string(),
    title: z.string(),
    side: roleSchema.shape.side,
    level: roleSchema.shape.level,
    summary: z.string(),
    credentials: z.array(z.string()).check(z.describe('Certifications commonly asked for, by id')),
    pay: z.nullable(salaryView).check(z.describe("Pay in the guide's area, newest year; the national figures when the area publishes none (pay.area then differs); null when neither")),
  }))();
export type GuideRoleMirrorsDomain = Assert<Mirrors<GuideRole, z.infer<typeof guideRoleSchema>>>;

/** What GET /api/guides/:id answers (PUT too). */
export const guideView = /* @__PURE__ */ (() =>
  z.object({
    ...savedMeta,
    guide: storedGuide,
    ...languageAnswer,
    area: areaCode,
    areaName: z.string(),
    roles: z.array(guideRoleSchema),
  }))();
export type GuideView = z.infer<typeof guideView>;

/** What POST /api/guides answers: the guide and its edit token, shown once. */
export const guideCreated = /* @__PURE__ */ (() => z.extend(guideView, editTokenField))();
export type GuideCreated = z.infer<typeof guideCreated>;

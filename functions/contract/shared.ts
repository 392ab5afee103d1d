/**
 * Pieces every resource's contract uses: one-line text, saved ids, the bookkeeping of saved objects,
 * source references, and the compile-time check that a schema and its domain type agree.
 * Every schema in contract/ is built in an IIFE marked @__PURE__, as in data/schemas.ts: a Lambda then
 * bundles only the schemas it parses with, not the answers that only openapi.ts and the tests parse
 * (tests/infra/bundles.test.ts checks it).
 */
import * as z from 'zod/mini';
import { withoutBidiControls } from '../domain/text.ts';
import { sourceSchema } from '../../data/schemas.ts';
import { SAVED_ID_PATTERN } from '../domain/saved-id.ts';
import { KEPT_DAYS } from '../domain/retention.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../site/i18n/locale.ts';

/**
 * True when A and B are assignable both ways. `Assert<Mirrors<DomainType, z.infer<typeof schema>>>`
 * makes tsc fail right there when a response schema and the domain type it describes drift apart.
 */
export type Mirrors<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when given true (see Mirrors). */
export type Assert<T extends true> = T;

/** One line: no line breaks, tabs or other control characters. */
export const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;


/**
 * A one-line text field of at most `max` characters (UTF-16 units), with any further checks before
 * the one-line rule. Text that is not well-formed Unicode (a lone surrogate) is refused; bidi
 * controls are removed before the other checks see it.
 */
export const oneLine = (max: number, description: string, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(
    z.refine((text) => text.isWellFormed(), { error: 'Use well-formed Unicode text (this has a lone surrogate).', abort: true }),
    z.overwrite(withoutBidiControls),
    z.maxLength(max, { error: `At most ${max} characters.` }),
    ...checks,
    z.regex(ONE_LINE, { error: 'Use one line, without control characters.' }),
    z.describe(description),
  );

/** A saved plan's or guide's id (22 base64url characters). */
export const savedId = (description: string, error = 'Not a saved id.') => z.string().check(z.regex(SAVED_ID_PATTERN, { error }), z.describe(description));

const LANGUAGES = LOCALES as [Locale, ...Locale[]];
const languageError = { error: `One of: ${LOCALES.join(', ')}.` };

/** The language a saved plan or guide is written in, as a body sends it: optional, English when absent. */
export const languageField = () =>
  z.optional(
    z.enum(LANGUAGES, languageError).check(
      z.describe(`The language of its words and of the pages it links to: ${LOCALES.join(' or ')} (default ${DEFAULT_LOCALE})`),
    ),
  );

/** A saved body's language: what it was saved with, or the default for one saved before languages (or sent without). */
export const languageOf = (body: { language?: Locale | undefined }): Locale => body.language ?? DEFAULT_LOCALE;

/** The language every answer about a saved plan or guide names: always present, the default for one saved without. */
export const languageAnswer = /* @__PURE__ */ (() => ({
  language: z.enum(LANGUAGES).check(z.describe(`The language its words are in (${DEFAULT_LOCALE} when it was saved without one)`)),
}))();

/** What every saved object carries besides its body. */
export const savedMeta = /* @__PURE__ */ (() => ({
  id: z.string().check(z.describe('The public id: 22 base64url characters (128 random bits)')),
  version: z.int().check(z.describe('Rises by one with every change; send it back as If-Match "<version>"')),
  createdAt: z.string().check(z.describe('ISO 8601 time of the first save')),
  updatedAt: z.string().check(z.describe('ISO 8601 time of the last change')),
  expiresAt: z.string().check(z.describe(`ISO 8601 time after which it is deleted: ${KEPT_DAYS} days after the last edit or read (a read moves it on at most once a day)`)),
}))();

/** The path of one saved plan or guide; an id that is not one is a 404, like an unknown one. */
export const savedIdParams = (noun: string) => z.strictObject({ id: z.string().check(z.describe(`The ${noun} id (22 base64url characters)`)) });

/** Headers a change (PUT, DELETE) sends besides the edit token (Authorization: Bearer, see the editToken security scheme). */
export const editHeaders = /* @__PURE__ */ (() =>
  z.strictObject({
    'If-Match': z.string().check(z.describe('The version read, as its ETag, e.g. "1": a change to a version that moved on is refused (412)')),
  }))();

/** Added to the answer of a create, and never shown again: only its SHA-256 is stored. */
export const editTokenField = /* @__PURE__ */ (() => ({
  editToken: z.string().check(z.describe('Send as Authorization: Bearer <editToken> to change or delete; shown once')),
}))();

/** A source as an answer cites it. */
export const sourceRef = /* @__PURE__ */ (() => z.pick(sourceSchema, { id: true, title: true, publisher: true, url: true, vintage: true }))();
/** A source with the day its copy was read. */
export const sourceRefSeen = /* @__PURE__ */ (() => z.pick(sourceSchema, { id: true, title: true, publisher: true, url: true, seen: true, vintage: true }))();

/** A role named in an answer. */
export const roleRef = /* @__PURE__ */ (() => z.object({ slug: z.string(), title: z.string() }))();

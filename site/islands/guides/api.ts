/**
 * The guide pages' plumbing: the API's shapes from the contract (types only, so nothing of
 * functions/ is bundled), requests that turn problem+json into words, the share and edit links,
 * and money in words.
 */
import type { GuideCreated, GuideInput, GuideView } from '../../../functions/contract/guides.ts';
import type { SalaryResponse } from '../../../functions/contract/salaries.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { requestJson } from '../shared/http.ts';
import { words } from './words.ts';

export type { GuideInput, GuideView };
/** One chosen role as the student reads it. */
export type GuideRole = GuideView['roles'][number];
/** A role's pay in one area, as GET /api/salaries answers it (the guide's roles carry the same shape). */
export type SalaryView = Omit<SalaryResponse, 'role'>;
/** What a publish answers: the guide and its edit token, shown once. */
export type Created = GuideCreated;

/** A role as the builder knows it before its pay has loaded (pay undefined = loading). */
export type RoleInfo = Omit<GuideRole, 'pay'>;
/** A role with its pay: the figures, null when BLS publishes none, undefined while loading, 'failed' when the request failed (the builder offers Retry). */
export type PreviewRole = RoleInfo & { pay: SalaryView | null | undefined | 'failed' };

/** A credential as the guides name it (built into the pages from data/certifications.json). */
export interface CredentialInfo {
  id: string;
  acronym: string;
  fullName: string;
  issuingBody?: string;
}

export { asFailure, Failure } from '../shared/http.ts';

/** Send a request; the JSON answer and its ETag, or a Failure thrown in the page's language. */
export async function call<T>(url: string, init: RequestInit = {}): Promise<{ data: T; etag: string | null }> {
  const { data, etag } = await requestJson<T>(url, words.common.http, init);
  return { data, etag };
}

/** The page a student opens, in the guide's language: /guides/?id=<id>, /es/guides/?id=<id> */
export const shareUrl = (origin: string, id: string, locale: Locale) => `${origin}${localePath(locale, `/guides/?id=${encodeURIComponent(id)}`)}`;
/** The builder with the edit token in the fragment, which browsers never send to a server. */
export const editUrl = (origin: string, id: string, token: string, locale: Locale) => `${origin}${localePath(locale, `/guides/new/?id=${encodeURIComponent(id)}#edit=${encodeURIComponent(token)}`)}`;

/** The id and edit token of an edit link, when the address is one. */
export function readEditLink(search: string, hash: string): { id: string; token: string } | undefined {
  const id = new URLSearchParams(search).get('id');
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('edit');
  return id && token ? { id, token } : undefined;
}


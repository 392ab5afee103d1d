/**
 * The limits of a counselor's guide and how a plan link is read: shared by the API's schema and
 * the builder, so both refuse the same things. Imports nothing heavy: the builder's bundle stays small.
 */
import { isSavedId } from './saved-id.ts';

/** Upper bounds of each field (characters as JavaScript counts them, UTF-16 units). */
export const GUIDE_LIMITS = {
  title: 120,
  counselorName: 80,
  organisation: 120,
  note: 2000,
  roles: 9,
  programs: 4,
  certifications: 12,
} as const;

/** The plan id in what a counselor pasted: a bare id, or a link whose `id` parameter is one; else undefined. */
export function planIdFrom(input: string): string | undefined {
  const text = input.trim();
  if (isSavedId(text)) return text;
  const query = /[?&]id=([^&#\s]+)/.exec(text)?.[1];
  return query !== undefined && isSavedId(query) ? query : undefined;
}

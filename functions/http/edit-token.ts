/**
 * Ids and edit tokens for saved plans and guides. An id has 128 random bits; an edit token is
 * 32 random bytes shown once to its creator. Only the token's SHA-256 is stored, and a presented
 * token is compared with it in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new public id: 16 random bytes, base64url (22 characters; domain/saved-id.ts says what an id looks like). */
export const newId = () => randomBytes(16).toString('base64url');

/** A new edit token (32 random bytes, base64url) and the hash to store. */
export function newEditToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Does the presented token hash to the stored hash? Constant time in the hash comparison. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A saved plan's or guide's public id: 16 random bytes as base64url, 22 characters (functions/http/edit-token.ts makes them). No imports. */

/** Ids are exactly what newId makes; anything else cannot exist. */
export const SAVED_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Could this text be a saved plan's or guide's id? */
export const isSavedId = (text: string): boolean => SAVED_ID_PATTERN.test(text);

/**
 * The whole catalog of a locale, for build-time pages. Islands import their groups through the pickers (*-messages.ts)
 * instead, so they bundle only the words they use. Adding a language: a catalog `<code>.ts` typed
 * `Messages` (tsc fails on a missing or mistyped message) and its entry below.
 */
import { en } from './en.ts';
import { es } from './es.ts';
import type { Locale } from './locale.ts';

/** The shape every locale's catalog has: the English catalog's. */
export type Messages = typeof en;

const CATALOGS: Record<Locale, Messages> = { en, es };

/** Every message of a locale. */
export const messagesFor = (locale: Locale): Messages => CATALOGS[locale];

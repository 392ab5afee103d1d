/** The page shell's messages by locale (build time only: the layout renders them). */
import type { Locale } from './locale.ts';
import { shell as enShell } from './en/shell.ts';
import { shell as esShell } from './es/shell.ts';

/** The page shell's messages; the English group's type is the contract every locale satisfies. */
export type ShellMessages = typeof enShell;
const SHELL: Record<Locale, ShellMessages> = { en: enShell, es: esShell };

/** The page shell's messages in a locale. */
export const shellMessages = (locale: Locale): ShellMessages => SHELL[locale];

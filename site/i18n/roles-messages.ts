/** The role guides' words by locale (build time). */
import { roles as enRoles } from './en/roles.ts';
import { roles as esRoles } from './es/roles.ts';
import type { Locale } from './locale.ts';

/** Role guide words; the English group's type is the contract every locale satisfies. */
export type RolesMessages = typeof enRoles;
const ROLES: Record<Locale, RolesMessages> = { en: enRoles, es: esRoles };

/** Role guide words in a locale. */
export const rolesMessages = (locale: Locale): RolesMessages => ROLES[locale];

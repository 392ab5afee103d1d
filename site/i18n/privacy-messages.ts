/** The privacy page's words by locale (build time only), and the numbers it states. */
import { DELETED_NOTICE_DAYS, KEPT_DAYS, LOG_RETENTION_DAYS, BACKUP_DAYS } from '../../functions/domain/retention.ts';
import { privacy as enPrivacy, type PrivacyTerms } from './en/privacy.ts';
import { privacy as esPrivacy } from './es/privacy.ts';
import type { Locale } from './locale.ts';

/** The privacy page's words; the English group's type is the contract every locale satisfies. */
export type PrivacyMessages = typeof enPrivacy;
const PRIVACY: Record<Locale, PrivacyMessages> = { en: enPrivacy, es: esPrivacy };

/** The privacy page's words in a locale. */
export const privacyMessages = (locale: Locale): PrivacyMessages => PRIVACY[locale];

/** What the page promises in numbers: the same constants the store, the API and the tests use. */
export const PRIVACY_TERMS: PrivacyTerms = { keptDays: KEPT_DAYS, deletedDays: DELETED_NOTICE_DAYS, logDays: LOG_RETENTION_DAYS, backupDays: BACKUP_DAYS };

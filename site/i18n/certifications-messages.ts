/** The credential pages' words by locale (build time only: the pages ship no JavaScript). */
import { certifications as enCertifications } from './en/certifications.ts';
import { certifications as esCertifications } from './es/certifications.ts';
import type { Locale } from './locale.ts';

/** The credential pages' words; the English group's type is the contract every locale satisfies. */
export type CertificationsMessages = typeof enCertifications;
const CERTIFICATIONS: Record<Locale, CertificationsMessages> = { en: enCertifications, es: esCertifications };

/** The credential pages' words in a locale. */
export const certificationsMessages = (locale: Locale): CertificationsMessages => CERTIFICATIONS[locale];

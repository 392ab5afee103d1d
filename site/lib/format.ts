/** Display helpers the static pages share in every language (figures and words come from site/i18n/format.ts and the catalogs). */

/** A certification id as people write it, e.g. cpc-p → CPC-P. */
export function credentialLabel(id: string): string {
  return id.toUpperCase();
}

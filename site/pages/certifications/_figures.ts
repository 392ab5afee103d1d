/** Words for credential and program figures on the static pages (a helper file: the underscore keeps it off the routes). */
import type { Certification, Figure, FigureVersion } from '../../../data/schemas.ts';
import { chosenVersion } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../../i18n/format.ts';

/** $1,748 or $104.88 */
export const usdExact = formatFor('en').usdExact;

/** YYYY, YYYY-MM or YYYY-MM-DD in words. */
export const partialDate = (dated: string) => formatFor('en').partialDate(dated, 'long');

/** "official page, computed, June 24, 2024" style qualifiers of a version. */
export function versionLabel(v: FigureVersion): string {
  return [
    v.basis === 'official' ? 'official page' : 'third-party page',
    v.computed && 'our calculation',
    v.olderCopy && 'older copy',
    v.bound === 'at-most' && 'a ceiling',
    v.bound === 'at-least' && 'more on top',
    v.dated && `dated ${partialDate(v.dated)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The amount shown for a figure, with "at most"/"at least"; undefined when unknown. */
export function shown(figure: Figure): { version: FigureVersion; text: string; others: FigureVersion[] } | undefined {
  const version = chosenVersion(figure);
  if (!version) return undefined;
  const prefix = version.bound === 'at-most' ? 'at most ' : version.bound === 'at-least' ? 'at least ' : '';
  return { version, text: `${prefix}${usdExact(version.amount)}`, others: figure.versions.filter((v) => v !== version) };
}

const FOCUS: Record<Certification['focus'][number], string> = { billing: 'Billing', coding: 'Coding', records: 'Health records', management: 'Management' };
/** "Billing and coding" */
export const focusLabel = (focus: Certification['focus']) => focus.map((f, i) => (i === 0 ? FOCUS[f] : FOCUS[f].toLowerCase())).join(' and ');

/** A one-line exam fee for lists: non-member / member, or "not published". */
export function feeSummary(c: Certification): string {
  const non = shown(c.examFee.nonMember);
  const mem = shown(c.examFee.member);
  if (!non && !mem) return c.examFee.reported.length > 0 ? 'Not published by the issuer (third-party reports only)' : 'Not published';
  return [mem && `${mem.text} members`, non && `${non.text} non-members`].filter(Boolean).join(', ');
}

/** "Required ($190 a year)", "Optional", "Not stated". */
export function membershipSummary(c: Certification): string {
  const dues = shown(c.membership.renewal);
  if (c.membership.required === null) return 'Not stated';
  if (!c.membership.required) return `Optional (${c.issuer})`;
  return `Required: ${c.issuer}${dues ? `, ${dues.text} a year` : ', dues not published'}`;
}

/**
 * Display helpers for the English static pages: figures are shown as published, never rounded. The
 * formats come from site/i18n/format.ts and the words from the English catalog.
 */
import type { Role } from '../../data/schemas.ts';
import { formatFor } from '../i18n/format.ts';
import { commonMessages } from '../i18n/common-messages.ts';

const f = formatFor('en');
const common = commonMessages('en');

/** Whole-dollar amount, e.g. $51,140. */
export const usd = f.usd;

/** Hourly wage with cents, e.g. $24.59. */
export const usdHourly = f.usdHourly;

/** A count with thousands separators, e.g. 194,720. */
export const formatCount = f.count;

/** An ISO calendar day as words, e.g. "November 26, 2026". */
export const formatDate = f.longDate;

/** A percent change with its sign, e.g. "+7.1%" or "−0.4%". */
export function formatPercentChange(pct: number): string {
  if (pct > 0) return `+${pct}%`;
  if (pct < 0) return `\u2212${Math.abs(pct)}%`;
  return '0%';
}

/** A certification id as people write it, e.g. cpc-p → CPC-P. */
export function credentialLabel(id: string): string {
  return id.toUpperCase();
}

/** Which side of the work a role is on, in words. */
export function sideLabel(side: Role['side']): string {
  return common.side[side];
}

/** How senior a role is, in words. */
export function levelLabel(level: Role['level']): string {
  return common.level[level];
}

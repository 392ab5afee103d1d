/** Display helpers for the static pages: figures are shown as published, never rounded. */
import type { Role } from '../../data/schemas.ts';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const hourlyMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Whole-dollar amount, e.g. $51,140. */
export function usd(amount: number): string {
  return money.format(amount);
}

/** Hourly wage with cents, e.g. $24.59. */
export function usdHourly(amount: number): string {
  return hourlyMoney.format(amount);
}

/** A count with thousands separators, e.g. 194,720. */
export function formatCount(n: number): string {
  return count.format(n);
}

/** An ISO calendar day as words, e.g. "November 26, 2026". */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

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

const SIDES: Record<Role['side'], string> = {
  billing: 'Billing',
  coding: 'Coding',
  records: 'Health records',
  'records-coding': 'Health records and coding',
};
/** Which side of the work a role is on, in words. */
export function sideLabel(side: Role['side']): string {
  return SIDES[side];
}

const LEVELS: Record<Role['level'], string> = {
  entry: 'Entry level',
  'entry-mid': 'Entry to mid level',
  mid: 'Mid level',
  leadership: 'Leadership',
};
/** How senior a role is, in words. */
export function levelLabel(level: Role['level']): string {
  return LEVELS[level];
}

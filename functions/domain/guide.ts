/** Counselor role guides (pure): what a student reads for each role a counselor chose. */
import type { AreaCode, Occupation, Role, Source, WageRow } from '../../data/schemas.ts';
import { rowFor, salaryView, type SalaryView } from './salary.ts';

/** One chosen role as the student reads it. */
export interface GuideRole {
  slug: string;
  title: string;
  side: Role['side'];
  level: Role['level'];
  summary: string;
  /** Credentials commonly asked for, by certification id. */
  credentials: string[];
  /**
   * Pay of the role's BLS occupation in the guide's area, newest year, by the salary rules (a
   * suppressed year falls back with `fallbackFrom`, hourly computed apart, PRSE caution); the national
   * figures when the area publishes none for it (pay.area then differs from the guide's area); null when neither.
   */
  pay: SalaryView | null;
}

/** Assemble one role of a guide from the reference data. */
export function guideRole(role: Role, occupation: Occupation | undefined, rows: readonly WageRow[], area: AreaCode, sources: readonly Source[]): GuideRole {
  const chosen = rowFor(rows, area) ?? (area === 'US' ? undefined : rowFor(rows, 'US'));
  return {
    slug: role.slug,
    title: role.title,
    side: role.side,
    level: role.level,
    summary: role.summary,
    credentials: role.credentials,
    pay: chosen ? salaryView(chosen.row, occupation?.title ?? role.primarySoc, sources, chosen.fallbackFrom) : null,
  };
}

/** English labels pages and islands share: role sides and levels, and how an area is named in a sentence. */
import type { Role } from '../../../data/schemas.ts';

const theArea = (name: string) => (name === 'United States' || name === 'District of Columbia' ? `the ${name}` : name);

/** The shared labels in English. */
export const common = {
  side: { billing: 'Billing', coding: 'Coding', records: 'Health records', 'records-coding': 'Health records and coding' } satisfies Record<Role['side'], string>,
  level: { entry: 'Entry level', 'entry-mid': 'Entry to mid level', mid: 'Mid level', leadership: 'Leadership' } satisfies Record<Role['level'], string>,
  /** "Texas", "the United States": an area as a sentence names it. */
  theArea,
  /** "in Texas", "in the United States". */
  inArea: (name: string) => `in ${theArea(name)}`,
};

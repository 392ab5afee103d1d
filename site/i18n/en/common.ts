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
  /** What a tool says when a request to the API fails without the API's own words (islands/shared/http.ts). */
  http: {
    unreachable: 'The server could not be reached. Check your connection and try again.',
    answered: (status: number) => `The server answered ${status}.`,
  },
};

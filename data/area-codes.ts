/**
 * The area codes wages are published for: the nation (US) and the 50 states + DC by USPS code.
 * The one list of codes; no imports, so the islands can read it without bundling zod.
 */

/** The 50 states and DC, by USPS code. */
export const STATE_CODES = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS',
  'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV',
  'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY',
] as const;
/** A state (or DC) by USPS code. */
export type StateCode = (typeof STATE_CODES)[number];

/** The nation's code. */
export const NATION_CODE = 'US';

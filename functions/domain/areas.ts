/** The areas wages are published for: the nation and the 50 states + DC, by USPS code. */
import { STATE_CODES, type AreaCode } from '../../data/schemas.ts';

export const AREA_NAMES: Readonly<Record<AreaCode, string>> = {
  US: 'United States',
  AK: 'Alaska', AL: 'Alabama', AR: 'Arkansas', AZ: 'Arizona', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DC: 'District of Columbia', DE: 'Delaware', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', IA: 'Iowa', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', MA: 'Massachusetts', MD: 'Maryland', ME: 'Maine', MI: 'Michigan', MN: 'Minnesota',
  MO: 'Missouri', MS: 'Mississippi', MT: 'Montana', NC: 'North Carolina', ND: 'North Dakota',
  NE: 'Nebraska', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NV: 'Nevada', NY: 'New York',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia', VT: 'Vermont',
  WA: 'Washington', WI: 'Wisconsin', WV: 'West Virginia', WY: 'Wyoming',
};

/** US first, then the states in alphabetical order of their names. */
export const AREA_CODES: readonly AreaCode[] = [
  'US',
  ...[...STATE_CODES].sort((a, b) => AREA_NAMES[a].localeCompare(AREA_NAMES[b])),
];

export const isAreaCode = (code: string): code is AreaCode => code in AREA_NAMES;

/**
 * The areas' names in Spanish, as USA.gov en español names the states (site/i18n/es/terms.ts, "state
 * names"): a name Spanish writes the same way stays as it is (Texas, Florida, California). A sentence adds
 * the article through common.theArea: "los Estados Unidos", "el Distrito de Columbia".
 */
import type { areas as english } from '../en/areas.ts';

/** Each area's name in Spanish, by code. */
export const areas: typeof english = {
  US: 'Estados Unidos',
  AK: 'Alaska', AL: 'Alabama', AR: 'Arkansas', AZ: 'Arizona', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DC: 'Distrito de Columbia', DE: 'Delaware', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawái', IA: 'Iowa', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Luisiana', MA: 'Massachusetts', MD: 'Maryland', ME: 'Maine', MI: 'Míchigan', MN: 'Minnesota',
  MO: 'Misuri', MS: 'Misisipi', MT: 'Montana', NC: 'Carolina del Norte', ND: 'Dakota del Norte',
  NE: 'Nebraska', NH: 'Nuevo Hampshire', NJ: 'Nueva Jersey', NM: 'Nuevo México', NV: 'Nevada', NY: 'Nueva York',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregón', PA: 'Pensilvania', RI: 'Rhode Island', SC: 'Carolina del Sur',
  SD: 'Dakota del Sur', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia', VT: 'Vermont',
  WA: 'Washington', WI: 'Wisconsin', WV: 'Virginia Occidental', WY: 'Wyoming',
};

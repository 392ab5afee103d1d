/** Spanish of data/projections.json: BLS's typical education to enter each occupation (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/** BLS education categories in Spanish. */
export const projectionsText: DataTextTable = {
  'Postsecondary nondegree award': 'Certificado postsecundario sin título universitario',
  'High school diploma or equivalent': 'Diploma de escuela secundaria o equivalente',
  "Associate's degree": 'Título de asociado',
  "Bachelor's degree": 'Licenciatura',
};

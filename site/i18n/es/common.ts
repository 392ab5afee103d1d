/** Spanish labels pages and islands share: role sides and levels, and how an area is named in a sentence. */
import type { common as english } from '../en/common.ts';

/**
 * The areas a Spanish sentence names with an article, by their Spanish names (site/i18n/es/areas.ts: pages,
 * islands and the API's Spanish guides all give this catalog those): "los Estados Unidos", "el Distrito de
 * Columbia". A message that puts "de" or "a" before the result must contract "de el" to "del".
 */
const WITH_ARTICLE: Readonly<Record<string, string>> = {
  'Estados Unidos': 'los Estados Unidos',
  'Distrito de Columbia': 'el Distrito de Columbia',
};

const theArea = (name: string) => WITH_ARTICLE[name] ?? name;

/** The shared labels in Spanish. */
export const common: typeof english = {
  side: { billing: 'Facturación', coding: 'Codificación', records: 'Expedientes médicos', 'records-coding': 'Expedientes médicos y codificación' },
  level: { entry: 'Nivel inicial', 'entry-mid': 'Nivel inicial a intermedio', mid: 'Nivel intermedio', leadership: 'Liderazgo' },
  /** "Texas", "los Estados Unidos": an area as a sentence names it. */
  theArea,
  /** "en Texas", "en los Estados Unidos", "en el Distrito de Columbia". */
  inArea: (name: string) => `en ${theArea(name)}`,
  /** What a tool says when a request to the API fails without the API's own words (islands/shared/http.ts). */
  http: {
    unreachable: 'No se pudo conectar con el servidor. Revise su conexión e intente de nuevo.',
    answered: (status: number) => `El servidor respondió ${status}.`,
  },
};

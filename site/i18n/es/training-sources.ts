/** Spanish words of /methodology/training-sources/: the pages behind every program price and credential rule. */
import type { trainingSources as english } from '../en/training-sources.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');

/** The training sources page in Spanish. */
export const trainingSources: typeof english = {
  /** The window title and the last breadcrumb. */
  title: 'Fuentes de capacitación',
  description: 'Las páginas detrás de cada precio de programa de capacitación y de cada regla de credencial en Billing & Coding Explorer. Cada una tiene la fecha en que se leyó.',
  crumbs: { label: 'Ruta de navegación', home: 'Inicio', methodology: 'Fuentes y metodología' },
  heading: 'Fuentes de programas y credenciales',
  lead: {
    before: 'Los precios cambian y muchas veces se publican solo en parte. Cada cifra de las páginas de ',
    courses: 'cursos',
    and: ' y ',
    certifications: 'credenciales',
    after:
      ' nombra una de estas páginas y el día en que se leyó. Si las páginas no coinciden, se guardan todas las versiones. Se muestra primero la página del propio emisor y luego la más reciente.',
  },
  /** The groups' names, by the group's id in site/lib/sources.ts. */
  groups: { credentials: 'Credenciales', programs: 'Programas de capacitación', other: 'Otras páginas' },
  /** "Credenciales (61 páginas)" */
  workedOut: 'Cifras que este sitio calculó para los programas',
  groupHeading: (name: string, pages: number) => `${name} (${f.count(pages)} ${pages === 1 ? 'página' : 'páginas'})`,
};

/** Spanish words of the courses page's own-program form: apart, so they load when the reader opens it. */
import type { coursesOwn as english } from '../en/courses-own.ts';
import { plural } from './courses.ts';

/** The own-program form's words: its code and these load when the reader opens it. */
export const coursesOwn: typeof english = {
  note: 'Se agrega solo a la comparación y al enlace de esta página. No se envía nada al servidor. Los costos que no escriba quedan como desconocidos.',
  name: 'Nombre del programa',
  price: 'Precio ($)',
  months: 'Duración (meses)',
  credential: 'Credencial para la que prepara',
  noCredential: 'Ninguna o no lo sé',
  includes: 'El precio incluye',
  books: 'Libros',
  exam: 'El examen',
  membership: 'Membresía',
  booksCost: 'Libros que se compran aparte ($, si lo sabe)',
  add: 'Agregar a la comparación',
  /** Said after a program is added; the count is the comparison's new size. */
  added: (name: string, n: number) => `Se agregó “${name}” a la comparación: ahora compara ${plural(n, 'programa')}. Está en la comparación de arriba.`,
  /** With four already compared: what to do, not a failure. */
  full: 'La comparación ya muestra cuatro programas, el máximo a la vez. Para agregar el suyo, primero quite uno con su botón “Quitar” en la comparación de arriba. Lo que escriba aquí se conserva.',
  errors: {
    name: 'Escriba un nombre para el programa.',
    price: 'Escriba el precio como una cantidad de dólares mayor que 0. Si no lo sabe, déjelo en blanco.',
    months: 'Escriba la duración como un número de meses, mayor que 0 y hasta 120.',
    books: 'Escriba el costo de los libros como una cantidad de dólares mayor que 0, o déjelo en blanco.',
  },
};

/** Spanish words of the 404 page: what happened, and where to go instead. */
import type { notFound as english } from '../en/not-found.ts';

/** The 404 page in Spanish. */
export const notFound: typeof english = {
  /** The window title and the page's heading. */
  title: 'No se encontró la página',
  description: 'La página que usted buscó no está en el Billing & Coding Explorer.',
  lead: 'No hay ninguna página en esta dirección. Puede que la dirección tenga un error, o que el enlace que lo trajo aquí ya no esté al día.',
  tryHeading: 'Pruebe una de estas',
  try: {
    home: { link: 'Inicio', after: ': qué son la facturación y la codificación médica.' },
    billingVsCoding: { link: 'Facturación vs. codificación', after: ', lado a lado.' },
    salaries: { link: 'Salarios', after: ' por puesto y estado.' },
    courses: { link: 'Cursos', after: ' comparados por su costo total.' },
    plan: { link: 'Plan', after: ': planifique su camino hacia una credencial.' },
    methodology: { link: 'Fuentes y metodología', after: '.' },
  },
  rolesHeading: 'Guías de puestos',
};

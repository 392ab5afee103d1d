/** Spanish words of the share images (Open Graph): each page's title and line, figures' labels, sources and alt text. */
import type { share as english } from '../en/share.ts';

/** A page's share image in words. */
type SharePage = Parameters<typeof english.pageAlt>[0];

/** Share images in Spanish. */
export const share: typeof english = {
  pages: {
    home: { title: 'Carreras en facturación y codificación médica', line: 'Nueve puestos, salarios en cada estado, el costo total de los cursos y un plan con fechas hasta el examen.' },
    salaries: { title: 'Rangos de salario por puesto y estado', line: 'Salarios de BLS para nueve puestos de facturación, codificación y expedientes, en todo el país y en cada estado.' },
    courses: { title: 'Compare programas de capacitación', line: 'Cada costo real lado a lado: matrícula, libros, examen, membresía y cuánto tarda en recuperar la inversión.' },
    plan: { title: 'Planee su camino hacia una credencial', line: 'Plan con fechas, desde su fecha de inicio y sus horas semanales hasta el examen y más allá, en su calendario.' },
    guide: { title: 'Guía de un consejero sobre puestos de facturación y codificación', line: 'Puestos, credenciales y salarios en su estado, elegidos por un consejero y compartidos en un enlace.' },
  } satisfies Record<string, SharePage>,
  /** The big figure on a role's image. */
  pay: (money: string) => `${money} al año`,
  payLabel: (year: number) => `mediana nacional, mayo de ${year}`,
  noPay: 'No se publicó una mediana nacional',
  /** Above the map. */
  mapLabel: (who: string, year: number) => `${who}: mediana por estado, mayo de ${year}`,
  lower: 'más bajo',
  higher: 'más alto',
  /** The source line at the bottom. */
  source: (publisher: string, survey: string, years: string) => `Fuente: ${publisher}, ${survey}, ${years}`,
  survey: 'Occupational Employment and Wage Statistics',
  years: (years: number[]) => years.map((y) => `mayo de ${y}`).join(' y '),
  /** og:image:alt */
  roleAlt: (title: string, pay: string | null, year: number, mapYear: number) =>
    `${title}: ${pay === null ? 'no se publicó una mediana nacional' : `salario mediano nacional de ${pay} al año, mayo de ${year}`}, con un mapa de la mediana por estado, mayo de ${mapYear}. Fuente: BLS.`,
  pageAlt: (page: SharePage) => `${page.title}. ${page.line}`,
};

/**
 * Spanish words of the courses comparison (table, cards, bars, payback): apart from the island's other
 * words so they load with the comparison, once programs are picked.
 */
import type { Payback, Percentile } from '../../../functions/domain/payback.ts';
import type { coursesComparison as english } from '../en/courses-comparison.ts';
import { formatFor } from '../format.ts';
import { atPercentile, months, ofPercentile } from './courses.ts';

const f = formatFor('es');

/** The comparison's words (table, cards, bars, payback): its code and these load once programs are picked. */
export const coursesComparison: typeof english = {
  /** The name of a cost line. */
  line: {
    tuition: 'Matrícula',
    fees: 'Cuotas',
    books: 'Libros y materiales',
    supplies: 'Útiles y herramientas',
    other: 'Otros costos',
    exam: 'Cuota del examen',
    membership: 'Membresía',
    retake: 'Costo de volver a tomar el examen',
  },
  caption: 'Costo de cada programa, línea por línea',
  /** The comparison as one card per program on narrow screens. */
  cards: 'Cada programa de la comparación',
  /** A card's disclosure of its cost lines (tuition, fees, books, exam, membership, retake). */
  cardLines: 'Costo línea por línea',
  yourProgram: 'Su programa (se guarda solo en este navegador y en su enlace)',
  remove: 'Quitar',
  status: { included: 'Incluido', unknown: 'Se desconoce', 'not-needed': 'No hace falta' },
  /** A line a state registry lists as 0: the provider reported nothing for it. */
  noneReported: 'No se informó nada',
  /** A line another program's source lists apart (supplies, other costs) that this one does not. */
  notSeparate: 'No aparece por separado',
  source: 'Fuente: ',
  datedAt: (day: string) => `, con fecha de ${f.partialDate(day, 'medium')}`,
  readAt: (day: string) => `, leída el ${f.mediumDate(day)}`,
  /** Why a total is a floor: "Un límite inferior: no incluye las líneas que se desconocen (libros, cuota del examen)." */
  lowerBound: (lines: string[]) => `Un límite inferior: no incluye las líneas que se desconocen (${lines.join(', ') || 'un mínimo de cuotas'}).`,
  noPerMonth: 'No se calculó (se desconoce la duración o el precio)',
  yourProgramShort: 'Su programa',
  bars: {
    unknown: 'Se desconoce (no a escala)',
    caption: 'Costos conocidos de cada programa en una misma escala, por línea. Las líneas que un programa incluye están dentro de su matrícula.',
  },

  payback: {
    loading: 'Cargando salarios…',
    noIncome: 'Escriba arriba su ingreso actual para verlo.',
    /** "Salario en el percentil 25 para Medical coder (BLS: Medical Records Specialists) en Texas, mayo de 2024: $38,000 al año, $3,167 al mes." */
    wage: (pct: Percentile, role: string, occupation: string, area: string, year: number | null, annual: number, monthly: number) =>
      `Salario ${atPercentile(pct)} para ${role} (BLS: ${occupation}) en ${area}${year ? `, mayo de ${year}` : ''}: ${f.usd(annual)} al año, ${f.usd(monthly)} al mes.`,
    gain: (monthly: number) => ` Son ${f.usd(monthly)} más al mes que ahora.`,
    head: (p: Pick<Payback, 'months' | 'reason' | 'lowerBound'>, pct: Percentile, occupation: string, area: string) => {
      if (p.reason === 'price-not-published') return 'No se calculó: el precio no está publicado.';
      if (p.reason === 'wage-not-published') return `No se calculó: BLS no publica un salario ${ofPercentile(pct)} para ${occupation} en ${area}.`;
      if (p.reason === 'no-gain') return 'Nunca, con este salario: no es mayor que su ingreso actual.';
      return `${p.lowerBound ? 'Al menos' : 'Aproximadamente'} ${months(p.months)} desde el inicio`;
    },
    /** "4.2 meses de estudio, luego 7 meses de ingresos para recuperar el costo." */
    split: (study: number | null, recovery: number) =>
      study === null
        ? `${months(recovery)} de ingresos después de estudiar. El programa no indica su duración, así que sume sus meses de estudio.`
        : `${months(study)} de estudio, luego ${months(recovery)} de ingresos para recuperar el costo.`,
    unknownCosts: 'Algunos costos se desconocen, así que podría tardar más.',
  },
};

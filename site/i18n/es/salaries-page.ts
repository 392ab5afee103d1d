/** Spanish words of the /salaries/ page around its island: the lead, caveats, how to read the figures and the static national table. */
import type { WageField } from '../../../data/schemas.ts';
import type { salariesPage as english } from '../en/salaries-page.ts';

/** The /salaries/ page's own text in Spanish. */
export const salariesPage: typeof english = {
  title: 'Cuánto pagan los empleos de facturación y codificación en su estado',
  description:
    'Cuánto pagan los puestos de facturación médica, codificación médica y expedientes médicos, en todo el país y en cada estado. Percentiles 10 a 90, mediana y promedio de BLS OEWS, con el año y la fuente de cada cifra.',
  lead: 'Lo que pagan los nueve puestos, en todo el país y en cada estado. Son las cifras que publica la Oficina de Estadísticas Laborales de EE. UU. (BLS). Verá del percentil 10 al 90, la mediana y el promedio, cada uno con su año y su fuente.',
  caveat:
    'Los percentiles de OEWS (estadísticas de empleo y salarios por ocupación) no son niveles de experiencia. Describen a todas las personas de la ocupación a la vez, nuevas y con experiencia. Varios puestos comparten una ocupación de BLS, así que comparten sus cifras. ',
  caveatLink: 'Cómo se asignaron los puestos y qué significan las cifras',
  /** The comparison rule, said once before the explorer. */
  years: (national: number, state: number) =>
    `Las cifras más recientes de los estados son de mayo de ${state}; las del país, de mayo de ${national}. Al comparar áreas, todas se muestran para el mismo año (mayo de ${state}). El año nacional más reciente se ofrece aparte, indicado.`,
  /** How to read the explorer's marks, said once in static HTML (the island's labels stay short). */
  readingHeading: 'Cómo leer las cifras',
  reading: [
    'Donde BLS pone un símbolo en lugar de una cifra, el explorador lo dice con palabras. El símbolo * indica que la estimación de salario no está disponible (suprimida). El símbolo ** indica que la estimación de empleo no está disponible. El símbolo # indica que el salario es igual o mayor que el tope de BLS.',
    'Las cifras por hora marcadas como “calculado” son cálculos de este sitio: anual ÷ 2,080, la convención de BLS (BLS calcula sus salarios anuales como salario por hora × 2,080). BLS publica estas cifras por hora para los estados. La copia estatal de mayo de 2024 que leyó este sitio solo tenía la mediana por hora. Esa mediana se muestra tal como se publicó.',
    'Empleos marcados como “incierto”: el error estándar relativo (RSE) de BLS para la estimación de empleo es mayor que 20 %. Por eso, la cifra puede estar muy lejos de la real.',
    'Un área cuyos salarios más recientes suprimió BLS muestra un año anterior, indicado como otro año y con el motivo.',
  ],
  noJs: 'Para elegir otro puesto u otra área se necesita JavaScript. Las cifras nacionales de los nueve puestos están en la tabla de abajo.',
  nationalHeading: 'Salario nacional de los nueve puestos',
  nationalNote: (year: string) =>
    `Salario anual en todo Estados Unidos para la ocupación de BLS asignada a cada puesto, mayo de ${year}. Es una sola área, así que hay un solo año: el nacional más reciente.`,
  nationalRegion: 'Tabla nacional de salarios',
  nationalCaption: (year: string) => `Salario anual por puesto, Estados Unidos, mayo de ${year}`,
  roleHeader: 'Puesto y ocupación de BLS',
  /** Short measure names for the table's narrow headers. */
  fieldShort: { p10: 'Percentil 10', p25: 'Percentil 25', median: 'Mediana', p75: 'Percentil 75', p90: 'Percentil 90', mean: 'Promedio' } satisfies Record<WageField, string>,
  yearHeader: 'Año y fuente',
  sourceShort: 'BLS OEWS',
  articleHeading: 'La cifra de salario del artículo junto al salario de nivel inicial',
};

/** Spanish words of the salaries island: controls, results, the comparison's year, the ranking and problems. */
import type { salaries as english } from '../en/salaries.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');

/** The salaries island in Spanish. */
export const salaries: typeof english = {
  /** "Codificador médico en Texas, mayo de 2024: mediana $47,230 al año (Medical Records Specialists)." */
  summary: ({ who, area, year, figure, pay, occupation }: Parameters<typeof english.summary>[0]) =>
    `${who} ${area}, mayo de ${year}: ${figure ?? `no hay cifras de salario ${pay} aquí`}${occupation ? ` (${occupation})` : ''}.`,
  measure: { median: 'mediana', mean: 'promedio' },
  loading: 'Cargando cifras…',
  empty: (occupation: string, inArea: string) => `La BLS no publica salarios de ${occupation} ${inArea}. Elija otra área u otro puesto.`,
  failed: 'No se pudieron cargar las cifras.',
  retry: 'Intentar de nuevo',
  pick: 'Puesto u ocupación de BLS',
  rolesGroup: 'Puestos',
  occupationsGroup: 'Ocupaciones de BLS',
  area: 'Área',
  payLegend: 'Salario',
  addLabel: 'Comparar con otra área',
  addPlaceholder: 'Elija un área…',
  add: 'Agregar',
  /** Drawn before the chips (the style sheet shows it; the list's label says it to screen readers). */
  chipsLead: 'En el gráfico:',
  chips: 'Áreas en el gráfico',
  remove: (area: string) => `Quitar ${area}`,
  tooMany: (max: number) => `El gráfico admite ${max} áreas como máximo: quite una para agregar otra.`,
  chooseFirst: 'Primero elija un área para agregar.',
  added: (area: string) => `Se agregó ${area}.`,
  removed: (area: string) => `Se quitó ${area}.`,
  link: 'Enlace a esta vista',
  copy: 'Copiar enlace',
  copied: 'Copiado.',
  /** What a link named that is not known, and what is shown instead: one sentence each. */
  badLink: {
    pick: (text: string, shown: string) => `“${text}” no es un puesto ni una ocupación de BLS de este sitio; se muestra ${shown} en su lugar.`,
    area: (text: string, shown: string) => `“${text}” no es un estado de EE. UU. ni todo el país; se muestra ${shown} en su lugar.`,
    compare: (texts: string[]) =>
      `${texts.map((x) => `“${x}”`).join(', ')} ${texts.length > 1 ? 'no son estados de EE. UU. ni todo el país, así que quedan' : 'no es un estado de EE. UU. ni todo el país, así que queda'} fuera de la comparación.`,
    pay: (text: string) => `“${text}” no es salario anual ni por hora; se muestra el salario anual.`,
    fixed: 'Se corrigió la dirección.',
  },
  copyByHand: 'Presione Ctrl+C (⌘C en una Mac) para copiar el enlace seleccionado.',
  /** The result heading: "Codificador médico en Texas, en comparación con California, New York". */
  heading: (who: string, area: string, others: string[]) => `${who} ${area}${others.length > 0 ? `, en comparación con ${others.join(', ')}` : ''}`,
  occupation: 'Ocupación de BLS:',
  soc: (code: string) => `SOC ${code}`,
  /** Caption of the figures table and the chart's name. */
  caption: (occupation: string, soc: string, pay: string) => `${occupation} (SOC ${soc}), salario ${pay}`,
  noneOfKind: (pay: string, areas: string) => `No hay cifras de salario ${pay} para ${areas}.`,
  showAnnual: 'Mostrar el salario anual en su lugar',
  /** The comparison's one year, named above the chart. */
  oneYear: (year: number) => `Todas las áreas se muestran para mayo de ${year}, el año más reciente que tienen todas.`,
  /** Where an area still stands in another year. */
  twoYears: (year: number, others: string) =>
    `Dos años lado a lado: ${others} no ${others.includes(',') ? 'tienen' : 'tiene'} mayo de ${year}, sino un año anterior, indicado donde se muestra.`,
  /** The newest national year, offered apart from a comparison. */
  newestNational: (year: number, figure: string) => `Año nacional más reciente, aparte de la comparación: Estados Unidos, mayo de ${year}, ${figure}.`,
  table: 'Tabla de salarios',
  measureHeader: 'Medida',
  year: 'Año',
  jobs: 'Empleos (OEWS)',
  jobsName: 'empleos',
  /** Heading of the list of blanks under the table. */
  notPublishedFor: (area: string) => `No publicado para ${area}:`,
  computedFor: (area: string) => `Calculado por este sitio para ${area}:`,
  source: 'Fuente:',
  rankHeading: (who: string) => `Dónde es más alto el salario de ${who.toLowerCase()}`,
  rankNote: 'La mediana donde BLS la publica; si no, el promedio (indicado). Elija un área para ver su rango.',
  rankCaption: (occupation: string, soc: string, year: number) => `${occupation} (SOC ${soc}): salario anual en cada área, mayo de ${year}`,
  rankTable: 'Salario en cada área',
  rankArea: 'Área',
  rankPay: 'Salario anual',
  /** "20,390" */
  count: f.count,
  /** The state pay map (role pages and this page): caption, key, state names with figures, small states, table. */
  map: {
    heading: 'Salario en cada estado',
    /** "Mediana del salario anual, Medical Records Specialists, en cada estado y DC, mayo de 2024" */
    caption: (measure: string, occupation: string, year: number) => `${measure} del salario anual, ${occupation}, en cada estado y DC, mayo de ${year}`,
    /** How to read it, after the caption. */
    reading: 'Un azul más oscuro indica un salario más alto; rayado: sin cifra publicada. Cada color agrupa cerca de una quinta parte de los estados. Este sitio redondea sus límites a $1,000.',
    /** After `reading` where a state's figure is only a lower bound. */
    readingBound: 'Azul más oscuro con rayas claras: igual o por encima del tope de BLS, que no tiene cifra exacta.',
    /** The map's name for assistive technology. */
    label: (caption: string) => `Mapa: ${caption}`,
    /** A state's hover text and name: "Texas: $47,230", or why there is no figure. */
    state: (name: string, figure: string | null) => (figure === null ? `${name}: sin cifra publicada` : `${name}: ${figure}`),
    key: 'Leyenda',
    /** A class's dollar range in the key: "menos de $48,000", "de $48,000 a $48,999", "$58,000 o más". */
    range: (from: string | null, below: string | null, through: string | null) =>
      from === null ? `menos de ${below}` : through === null ? `${from} o más` : `de ${from} a ${through}`,
    none: 'sin cifra publicada',
    /** A top-coded state's figure: "al menos $239,200". */
    atLeast: (figure: string) => `al menos ${figure}`,
    /** The key's entry for top-coded states. */
    bound: (figure: string) => `al menos ${figure} (tope de BLS)`,
    small: 'Estados pequeños',
    table: 'Todos los estados en una tabla',
    tableCaption: (caption: string) => caption,
    stateHeader: 'Estado',
    payHeader: 'Salario anual',
    /** The control on /salaries/ that picks the measure the map is colored by. */
    measure: 'Colorear el mapa según',
    /** Under the map on /salaries/: a state is a link that chooses it. */
    pick: 'Elija un estado en el mapa o en la lista para ver su rango arriba.',
    /** Where the map's figures came from. */
    source: 'Fuente',
  },
  chart: {
    key: 'Leyenda del gráfico',
    outer: 'Percentil 10 a 90',
    band: 'Percentil 25 a 75 (la mitad central)',
    median: 'mediana',
    mean: 'promedio, donde BLS no da mediana',
    computed: 'cifras en cursiva: calculadas por este sitio, anual ÷ 2,080',
    /** On the chart, a blank end or missing percentiles: the table below says why in words. */
    tenthBlank: 'Sin percentil 10',
    ninetiethBlank: 'Sin percentil 90',
    noPercentiles: 'Sin percentiles',
    /** A blank figure in the chart's description. */
    blank: 'no se muestra (vea la tabla)',
    /** "Mediana $47,230" on the chart. */
    at: (name: string, figure: string) => `${name} ${figure}`,
  },
};

/**
 * Spanish words of the courses page: its island (filters, list, the comparison's controls) and, apart,
 * the page's own text (build time only, so the island does not bundle it). The comparison's table and
 * payback words are in courses-comparison.ts and the own-program form's in courses-own.ts, so each loads
 * with its part.
 */
import type { FigureKind } from '../../../functions/domain/figure-kind.ts';
import type { Percentile } from '../../../functions/domain/payback.ts';
import type { courses as english, coursesPage as englishPage } from '../en/courses.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
/** "1 programa", "3 programas". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "4.2 meses", "1 mes", or "no se indica". */
export const months = (m: number | null) => (m === null ? 'no se indica' : `${f.decimal(m)} ${m === 1 ? 'mes' : 'meses'}`);
/** Fields of study by CIP 2020 code, as this site words them (codes the registry gives without a title show the code alone). */
const CIP_FIELDS: Readonly<Record<string, string>> = {
  '51.0706': 'administración de información de salud',
  '51.0707': 'tecnología de información de salud',
  '51.0710': 'asistencia en consultorio médico',
  '51.0713': 'codificación de seguros médicos',
  '51.0714': 'facturación de seguros médicos',
  '51.0716': 'asistencia administrativa médica',
  '51.0801': 'asistencia médica',
};
/** A wage percentile in a sentence: "percentil 25", "mediana". */
export const percentile: Record<Percentile, string> = { p10: 'percentil 10', p25: 'percentil 25', median: 'mediana', p75: 'percentil 75', p90: 'percentil 90' };
/** A percentile after "de", with its article: "del percentil 25", "de la mediana". */
export const ofPercentile = (p: Percentile) => (p === 'median' ? 'de la mediana' : `del ${percentile[p]}`);
/** A percentile after "en", with its article: "en el percentil 25", "en la mediana". */
export const atPercentile = (p: Percentile) => (p === 'median' ? 'en la mediana' : `en el ${percentile[p]}`);

/** The courses island in Spanish. */
export const courses: typeof english = {
  format: {
    'self-paced-online': 'En línea, a su ritmo',
    'instructor-led-online': 'En línea, con instructor',
    'in-person': 'En persona',
    'community-college-certificate': 'Certificado de colegio comunitario',
    'associate-degree': 'Título de asociado',
  },
  sort: { total: 'Costo total', months: 'Duración', 'cost-per-month': 'Costo por mes', name: 'Nombre' },
  /** "percentil 25", "mediana" (in a sentence). */
  percentile,
  /** The options of the percentile choice, the default (p25, DEFAULT_PERCENTILE) said as such. */
  percentileOption: { p10: 'Percentil 10', p25: 'Percentil 25 (predeterminado)', median: 'Mediana', p75: 'Percentil 75', p90: 'Percentil 90' },
  /** $3,895 (cents kept only where the figure has them). */
  usd: f.usdExact,
  /** 4.2 meses, 24 meses */
  months,
  incomeNotNumber: 'Escriba su ingreso como una cantidad de dólares al año (0 si no tiene).',
  incomeTooHigh: (max: number) => `Escriba un ingreso de hasta ${f.count(max)} dólares al año.`,

  /** Lengths: "80 horas", "37 créditos", "38 créditos (calculado por nosotros: precio ÷ tarifa por crédito)". */
  length: {
    hours: (n: number) => `${f.decimal(n)} ${n === 1 ? 'hora' : 'horas'}`,
    credits: (n: number, computed: boolean) => `${f.decimal(n)} ${n === 1 ? 'crédito' : 'créditos'}${computed ? ' (calculado por nosotros: precio ÷ tarifa por crédito)' : ''}`,
  },
  /** Column and row names of the list and the comparison. */
  col: {
    program: 'Programa',
    compare: 'Comparar',
    credential: 'Credencial',
    format: 'Formato',
    length: 'Duración',
    price: 'Precio',
    total: 'Total',
    perMonth: 'Costo por mes',
    accreditation: 'Acreditación o aprobación',
    source: 'Fuente',
    payback: 'Recuperación de la inversión',
  },
  notPublished: 'Precio no publicado',
  /** A program's field of study from its CIP code: "Área de estudio: codificación de seguros médicos (CIP 51.0713)". */
  field: (cip: string) => `Área de estudio: ${CIP_FIELDS[cip] ? `${CIP_FIELDS[cip]} (CIP ${cip})` : `CIP ${cip}`}`,
  noneNamed: 'No se nombra ninguna',
  notStated: 'No se indica',
  programPage: 'Página del programa',
  read: (day: string) => `leída el ${f.mediumDate(day)}`,
  yourInput: 'Dato ingresado por usted',

  list: {
    heading: 'Busque un programa',
    any: 'Cualquiera',
    maxCost: 'Total máximo ($)',
    maxMonths: 'Meses como máximo',
    exam: 'Examen incluido en el precio',
    either: 'Da igual',
    included: 'Incluido',
    notIncluded: 'No incluido o no se indica',
    sortBy: 'Ordenar por',
    /** The place filter: a state or online, each with its count. */
    place: 'Dónde se enseña',
    anywhere: 'En cualquier lugar',
    online: 'En línea',
    placeOption: (name: string, n: number) => `${name} (${n})`,
    /** A state with no program: what to do instead. */
    noneIn: (state: string) => `Todavía no hay programas en la lista para ${state}. Vea los programas en línea y cómo consultar a un colegio local:`,
    showOnline: 'Mostrar los programas en línea',
    localCollege: (state: string) =>
      `Busque la lista de ${state} de proveedores de capacitación aprobados para fondos de empleo (su Eligible Training Provider List). También puede preguntar en la oficina de educación continua de un colegio comunitario cuánto cuesta en total su programa de facturación y codificación.`,
    clear: 'Borrar filtros',
    showing: (shown: number, all: number, maxCost: boolean) =>
      `Se muestran ${shown} de ${all} programas.${maxCost ? ' Con un costo máximo, se dejan fuera los programas sin precio publicado.' : ''}`,
    full: ' Ya eligió cuatro programas: quite uno para elegir otro.',
    noMatch: 'Ningún programa cumple estos filtros.',
    caption: 'Programas de capacitación: precio y tipo de cifra, total y duración',
    /** A row's disclosure on a phone: its credential, format, length, price and source. */
    details: 'Detalles',
  },

  compare: {
    heading: (picked: number) => (picked > 0 ? `Comparar ${plural(picked, 'programa')}` : 'Comparar programas'),
    state: 'Su estado',
    income: 'Su ingreso actual ($ al año)',
    percentile: 'Salario para comparar',
    examPrice: 'Precio del examen',
    memberIfRequired: 'Miembro si se exige',
    member: 'Precio para miembros',
    nonMember: 'Precio para no miembros',
    retake: 'Sumar el costo de volver a tomar el examen',
    update: 'Actualizar',
    empty: 'Elija hasta cuatro programas con las casillas Comparar de abajo, o agregue uno que esté pensando tomar.',
    failed: 'No se pudo cargar la comparación.',
    retry: 'Intentar de nuevo',
    loading: 'Cargando la comparación…',
    copy: 'Copiar el enlace de esta comparación',
    copied: 'Enlace copiado.',
    copyThis: (href: string) => `Copie este enlace: ${href}`,
    atMost: (usd: string) => `como máximo ${usd}`,
    atLeast: (usd: string) => `al menos ${usd}`,
    /** What a link named that is not known, and what is shown instead (one sentence per value, in this order). */
    badLink: {
      compare: (ids: string[]) =>
        ids.length > 1
          ? `Los programas ${ids.map((id) => `“${id}”`).join(', ')} no están en el catálogo, así que quedan fuera de la comparación.`
          : `El programa ${ids.map((id) => `“${id}”`).join(', ')} no está en el catálogo, así que queda fuera de la comparación.`,
      overflow: (names: string[]) => `Se pueden comparar cuatro programas a la vez, así que ${names.join(', ')} ${names.length > 1 ? 'quedan' : 'queda'} fuera.`,
      own: (n: number) =>
        n === 1 ? 'No se pudo leer un programa propio del enlace, así que queda fuera.' : `No se pudieron leer ${n} programas propios del enlace, así que quedan fuera.`,
      area: (text: string, shown: string) => `“${text}” no es un estado de EE. UU. ni el país; se muestra ${shown}.`,
      income: (text: string) => `“${text}” no es una cantidad de dólares al año, así que no se usa ningún ingreso.`,
      percentile: (text: string, shown: Percentile) =>
        `“${text}” no es un percentil de salario que use esta página (p10, p25, median, p75 o p90). Por eso, la recuperación de la inversión usa el salario ${ofPercentile(shown)}.`,
      examPrice: (text: string) =>
        `“${text}” no es un precio de examen que esta página conozca (member o non-member). Por eso, se usa el precio para miembros donde se exige la membresía.`,
      retake: (text: string) => `“${text}” no es 1 ni 0 para volver a tomar el examen, así que no se suma nada.`,
      certification: (text: string) => `No hay ninguna credencial “${text}” en la lista, así que se muestran programas para todas las credenciales.`,
      state: (text: string) => `“${text}” no es un estado de EE. UU. ni “online”, así que se muestran programas de cualquier lugar.`,
      format: (text: string) => `“${text}” no es un formato de programa que esta página conozca, así que se muestran programas de todos los formatos.`,
      maxCost: (text: string) => `“${text}” no es una cantidad de dólares, así que no se usa un total máximo.`,
      maxMonths: (text: string, max: number) => `“${text}” no es un número de meses de 0 a ${max}, así que no se usa una duración máxima.`,
      includesExam: (text: string) => `“${text}” no es true ni false para “examen incluido en el precio”, así que se muestran todos los programas.`,
      sort: (text: string, shown: string) => `“${text}” no es una forma de ordenar la lista, así que se ordena por ${shown.toLowerCase()}.`,
      fixed: 'Se corrigió la dirección.',
    },
    /** The bar at the foot of the screen while programs are picked, and what it announces when their number changes. */
    tray: {
      label: 'Programas elegidos para comparar',
      count: (n: number) => `Comparando ${n}`,
      of: (max: number) => ` de ${max}`,
      view: 'Ver la comparación',
      announce: (n: number) => (n === 0 ? 'No hay programas en la comparación.' : `Comparando ${plural(n, 'programa')}.`),
    },
  },

  own: {
    summary: 'Agregue un programa que esté pensando tomar',
  },
};

/** The /courses/ page's own text in Spanish (build time). */
export const coursesPage: typeof englishPage = {
  title: 'Compare programas de capacitación',
  /** Who publishes a program's own price. */
  provider: 'el proveedor',
  /** The day the pages were read: 26 nov 2026. */
  seen: f.mediumDate,
  description: (n: number) =>
    `Compare ${n} programas de facturación y codificación médica. Sumamos matrícula, cuotas, libros, examen, membresía y el costo de volver a tomar el examen. Cada precio dice qué tipo de cifra es. Vea la duración, el costo por mes y cuánto tarda en recuperar la inversión en su estado.`,
  lead: 'Vea cuánto cuesta de verdad un programa. Sumamos la matrícula, las cuotas, los libros, el examen, una membresía exigida y volver a tomar el examen. Cada costo dice si está incluido, si es aparte o si se desconoce. También dice de dónde viene y qué tipo de cifra es. Luego vea cuánto tarda en recuperar la inversión en su estado.',
  /** The headline count of price kinds: "2 publicados por el proveedor, 4 calculados por nosotros a partir de tarifas publicadas, 1 informe de terceros, 1 límite superior (como máximo); 22 no publicados". */
  kindCount: (n: Record<FigureKind, number>, atLeast: number, unpublished: number) => {
    const parts = [
      n.published > 0 && `${n.published} ${n.published === 1 ? 'publicado' : 'publicados'} por el proveedor`,
      n.computed > 0 && `${n.computed} ${n.computed === 1 ? 'calculado' : 'calculados'} por nosotros a partir de tarifas publicadas`,
      n['third-party'] > 0 && `${plural(n['third-party'], 'informe de terceros', 'informes de terceros')}`,
      n.bound - atLeast > 0 && `${plural(n.bound - atLeast, 'límite superior', 'límites superiores')} (como máximo)`,
      atLeast > 0 && `${plural(atLeast, 'límite inferior', 'límites inferiores')} (al menos)`,
      n['older-page'] > 0 && `${n['older-page']} de una página anterior`,
      n['state-registry'] > 0 && `${n['state-registry']} ${n['state-registry'] === 1 ? 'informado' : 'informados'} por el proveedor a un registro estatal`,
    ].filter(Boolean);
    return `${parts.join(', ')}; ${unpublished} ${unpublished === 1 ? 'no publicado' : 'no publicados'}`;
  },
  /** The headline on the page. */
  kinds: (total: number, counts: string, seen: string) =>
    `De los precios de ${total} programas, leídos hasta el ${seen}: ${counts}. Un precio no publicado nunca se muestra como número. Un total al que le falta un costo dice “al menos”. Si las páginas no coinciden, mostramos primero la página oficial y luego la más reciente. Consulte la página de la escuela antes de inscribirse.`,
  /** The catalog's counts on the methodology page: "Los precios de los 55 programas: …. Por dónde se enseñan: …". */
  programCounts: (total: number, kinds: string, places: string) => `Los precios de los ${total} programas: ${kinds}. ${places}`,
  /** Programs by where they are taught: the headline beside the kinds, and the list that works without JavaScript. */
  places: {
    heading: 'Dónde se enseñan los programas, por estado',
    /** "Por dónde se enseñan: 23 en New Jersey, 16 en línea, 5 en Florida …; 1 no se indica." */
    count: (places: { name: string; count: number }[], unstated: number) =>
      `Por dónde se enseñan: ${places.map((p) => `${p.count} ${p.name === 'online' ? 'en línea' : `en ${p.name}`}`).join(', ')}${unstated > 0 ? `; ${unstated} sin indicar` : ''}.`,
    lead: 'Abra un estado para ver sus programas. Cada nombre lleva a su fila en la lista. Puede tomar programas en línea desde cualquier estado. Los de New Jersey vienen de la lista estatal de proveedores de capacitación aprobados (2021).',
    summary: (name: string, n: number) => `${name}: ${plural(n, 'programa')}`,
    online: 'En línea',
    /** Before the list of states with no program: "Todavía no hay programas en la lista para estos 30 lugares:" */
    none: (n: number) => `Todavía no hay programas en la lista para estos ${n} lugares:`,
    /** After that list. */
    noneAfter: 'Para estos, use los programas en línea de arriba. También puede buscar la lista de proveedores de capacitación aprobados de su estado. O pregunte en la oficina de educación continua de un colegio comunitario.',
    filterHint: 'Con JavaScript, la lista de abajo también se filtra por estado (por ejemplo, /es/courses/?state=NJ).',
  },
  examClaimSummary: 'Cuotas del examen: ¿son “unos cientos de dólares”?',
  examClaim: { before: 'El artículo del que partió este sitio dice (en inglés): “', after: '” Estas son las cuotas del examen que encontramos, cada una con su tipo:' },
  examClaimMore: 'Las cuotas de cada credencial, con sus fuentes',
  noJs: 'Para filtrar, ordenar y comparar se necesita JavaScript. Todos los programas están en la tabla de arriba.',
  more: { before: 'Lo que cuesta el examen de cada credencial y mantenerla: ', certifications: 'certificaciones', middle: '. Cuánto tarda el camino: ', plan: 'haga su plan', after: '.' },
  /** JSON-LD description of a price that is not the provider's own. */
  offerDescription: (kind: string, rule: string | null) => `Matrícula, ${kind}${rule ? `: ${rule.replace(/\.$/, '')}` : ''}. No es un precio publicado por el proveedor.`,
};

/**
 * Spanish words of the role guides and the wage components they share with other pages: the wage
 * range table, the three-year trend, the outlook, and the article's pay claim set beside entry-level pay.
 */
import type { roles as english } from '../en/roles.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');

/** "+7.1%" or "−0.4%" */
const signedPercent = (pct: number) => (pct > 0 ? `+${pct}%` : pct < 0 ? `\u2212${Math.abs(pct)}%` : '0%');
/** "+13,800" or "−1,900" */
const signedCount = (n: number) => `${n >= 0 ? '+' : '\u2212'}${f.count(Math.abs(n))}`;
/** "1 empleo", "13,800 empleos": the noun agrees with the count. */
const jobsWord = (n: number) => (Math.abs(n) === 1 ? 'empleo' : 'empleos');

/** The role guides in Spanish. */
export const roles: typeof english = {
  index: {
    title: 'Guías de puestos',
    description: 'Guías de los nueve puestos de facturación médica, codificación médica y expedientes médicos: qué hace cada uno, su nivel, credenciales, escalera profesional, rango de salarios y perspectivas.',
    lead: 'Nueve carreras en facturación médica, codificación médica y expedientes médicos, desde auxiliar de nivel inicial hasta director. Cada guía dice en qué consiste el trabajo y qué credenciales piden los empleadores. También dice qué puestos vienen antes y después, y cuánto paga la ocupación de la Oficina de Estadísticas Laborales (BLS) que le corresponde.',
    note: 'El salario que aparece abajo es la mediana nacional de la ocupación de la BLS que corresponde a cada puesto. Varios puestos comparten una ocupación, así que comparten una cifra.',
    howMatched: 'Cómo se relacionaron los puestos',
    /** "Mediana: $51,140 al año (Medical Records Specialists, mayo de 2025)." */
    median: (money: string, occupation: string, year: number) => `Mediana: ${money} al año (${occupation}, mayo de ${year}).`,
    noWages: (occupation: string) => `No hay datos de salarios para ${occupation}.`,
  },
  crumbs: { label: 'Ruta de navegación', home: 'Inicio', roles: 'Puestos' },
  facts: {
    side: 'Área',
    level: 'Nivel',
    credentials: 'Credenciales habituales',
    noCredentials: 'No se suele pedir ninguna',
    occupation: 'Ocupación de la BLS',
    median: 'Mediana nacional del salario',
    /** "$51,140 al año (mayo de 2025)" */
    medianValue: (money: string, year: number) => `${money} al año (mayo de ${year})`,
  },
  headings: { duties: 'En qué consiste el trabajo', credentials: 'Credenciales', ladder: 'Escalera profesional', pay: 'Salario', trend: 'Salario en tres años',
    article: 'La cifra de salario del artículo', outlook: 'Perspectivas', mapping: 'Cómo se relaciona este puesto con los datos de la BLS' },
  credentials: {
    askFor: 'Los empleadores suelen pedir ',
    or: ' o ',
    compare: 'Compare cursos',
    between: ' que preparan para ellas, o ',
    plan: 'planifique su ruta',
    end: ' hasta el examen.',
    none: 'Para este puesto no se indica ninguna credencial en particular. Las guías de los puestos a los que lleva indican las credenciales que esos puestos piden.',
  },
  ladder: {
    before: 'Puestos anteriores',
    after: 'Lleva a',
    start: 'Un punto de partida: no necesita ningún puesto anterior de estas guías.',
    top: 'El puesto más alto de esta escalera en estas guías.',
  },
  /** The career ladder figure (/roles/ whole, a role guide's excerpt). */
  ladderFigure: {
    caption: (year: number) => `La escalera profesional: tres carriles, del nivel inicial (izquierda) al liderazgo (derecha). Las flechas muestran qué puesto lleva a cuál. El salario es la mediana nacional de la ocupación de la BLS de cada puesto, mayo de ${year}.`,
    excerptCaption: (title: string, year: number) => `Dónde se ubica el puesto de ${title.toLowerCase()} en la escalera: los puestos justo antes y después. El salario es la mediana nacional de la ocupación de la BLS de cada puesto, mayo de ${year}.`,
    lanes: { billing: 'Facturación', coding: 'Codificación', records: 'Expedientes médicos' },
    /** Under a role's name in its box. */
    median: (money: string) => `mediana ${money}`,
    noMedian: 'sin mediana nacional',
    /** The arrows in words. */
    wordsHeading: 'La escalera en palabras',
    leadsTo: (from: string, to: string[]) => `${from} lleva a ${to.join(' o ')}.`,
    whole: 'Toda la escalera',
  },
  pay: {
    intro: (occupation: string) => `Rango nacional de salarios de ${occupation}, la ocupación de la Oficina de Estadísticas Laborales (BLS) que corresponde a este puesto. `,
    byState: 'Véalo por estado',
    none: (occupation: string) => `No hay cifras nacionales de salarios para ${occupation} `,
    /** The JSON-LD salary distribution's name. */
    jsonLdName: (year: number) => `OEWS mayo de ${year}`,
  },
  mapping: {
    before: (title: string) => `La BLS no publica cifras para “${title.toLowerCase()}” con ese nombre. Por eso, esta guía usa `,
    judgement: 'La correspondencia es una decisión de criterio, no una clasificación de la BLS: ',
    howMatched: 'cómo se relacionaron los puestos',
    sources: (count: number) => (count > 1 ? 'Fuentes de esta guía' : 'Fuente de esta guía'),
  },
  wageRange: {
    region: (occupation: string) => `Percentiles de salario, ${occupation}`,
    percentile: 'Percentil',
    /** Row names under "Percentil": "10" … "90". */
    field: { p10: '10', p25: '25', median: 'Mediana (50)', p75: '75', p90: '90', mean: 'Promedio' },
    /** Under a table with computed hourly figures. */
    computedNote: (area: string) =>
      `Las cifras por hora con la marca “calculado” para ${area} son cálculos de este sitio: salario anual ÷ 2,080. Es la convención de la propia BLS (la BLS calcula sus salarios anuales como salario por hora × 2,080). La BLS publica estas cifras por hora para los estados. La copia que leyó este sitio solo guardó la mediana por hora, que se muestra tal como se publicó.`,
    spread: 'La mitad de estos trabajadores ganó entre el percentil 25 y el 75. Uno de cada diez ganó menos que el percentil 10, y uno de cada diez ganó más que el 90. Los percentiles describen a todas las personas de la ocupación a la vez. No son niveles de experiencia.',
    jobs: (n: number, year: number) => `La encuesta OEWS (estadísticas de empleo y salarios por ocupación) contó ${f.count(n)} ${n === 1 ? 'empleo asalariado' : 'empleos asalariados'} en esta ocupación en mayo de ${year}.`,
    noJobs: (why: string) => `Empleo: ${why}.`,
  },
  trend: {
    caption: (occupation: string, soc: string, from: number, to: number) => `Mediana nacional del salario, ${occupation} (SOC ${soc}), de mayo de ${from} a mayo de ${to}`,
    label: (points: string) => `Mediana nacional del salario: ${points}`,
    point: (year: number, money: string) => `mayo de ${year}: ${money}`,
    /** The change is this site's subtraction of two published medians. */
    note: (from: number, to: number, change: number) =>
      `Cada mediana es la cifra que publicó la BLS para su año, en dólares de ese año (sin ajustar por inflación). De mayo de ${from} a mayo de ${to}, la mediana ${change >= 0 ? 'subió' : 'bajó'} ${f.usd(Math.abs(change))} (resta hecha por este sitio).`,
  },
  outlook: {
    change: (period: string) => `Cambio en el número de empleos, ${period}`,
    changeValue: (pct: number, jobs: number) => `${signedPercent(pct)} (${signedCount(jobs)} ${jobsWord(jobs)})`,
    openings: 'Vacantes al año',
    education: 'Estudios típicos para empezar',
    about: (period: string, occupation: string, soc: string) =>
      `Employment Projections (proyecciones de empleo) de la BLS, ${period}, para ${occupation} (SOC ${soc}). Las vacantes son un promedio anual de los diez años. Incluyen los empleos que dejan quienes se jubilan o cambian de ocupación, no solo los empleos nuevos.`,
    /** Projections' base year beside OEWS's count of the same year. */
    counts: (projected: number, baseYear: number, oews: number | null) =>
      `Las proyecciones cuentan ${f.count(projected)} ${jobsWord(projected)} en ${baseYear}, incluidos los trabajadores por cuenta propia${oews === null ? '' : `. La OEWS contó ${f.count(oews)} ${oews === 1 ? 'empleo asalariado' : 'empleos asalariados'} en mayo de ${baseYear}, el mismo año`}. Las dos encuestas cuentan cosas distintas, así que las cifras no coinciden.`,
    none: (period: string, occupation: string, soc: string) =>
      `No disponible: este sitio no recopiló las Employment Projections (proyecciones de empleo) de la BLS, ${period}, para ${occupation} (SOC ${soc}). Por eso no se muestran perspectivas. Vea `,
    missingLink: 'qué falta',
    related: 'Ocupaciones relacionadas de la BLS',
    relatedCaption: (period: string) => `Employment Projections ${period} de ocupaciones relacionadas`,
    relatedOccupation: 'Ocupación',
    relatedNone: 'no se recopiló',
  },
  article: {
    link: 'El artículo de origen',
    says: ' dice: “',
    endQuote: '”',
    /** Why entry-level percentiles are the fair comparison. */
    fair: ' El artículo habla de especialistas en general. Por eso, lo justo es compararlo con la parte baja del salario de la BLS en las dos ocupaciones que corresponden a la facturación y la codificación: los percentiles 10 y 25.',
    caption: (low: number, high: number, year: number) => `Salario de nivel inicial (percentiles 10 y 25) junto al rango de ${f.usd(low)}–${f.usd(high)} del artículo, Estados Unidos, mayo de ${year}`,
    occupation: 'Ocupación de la BLS',
    p10: 'Percentil 10',
    p25: 'Percentil 25',
    against: { below: 'por debajo del rango', inside: 'dentro del rango', above: 'por encima del rango' },
    /** "El percentil 10 de Medical Records Specialists, $37,000 en mayo de 2025, está dentro del rango del artículo." */
    inside: (occupation: string, money: string, year: number) => `El percentil 10 de ${occupation}, ${money} en mayo de ${year}, está dentro del rango del artículo.`,
    notLevels: 'Los percentiles no son niveles de experiencia, pero quienes empiezan suelen ganar cerca de la parte baja.',
    /** On leadership guides: the claim is about specialists, not leaders. */
    notCompared: (low: number, high: number) =>
      `Los ${f.usd(low)}–${f.usd(high)} al año del artículo de origen son para especialistas en facturación y codificación en general. Por eso no se comparan con el salario de este puesto de liderazgo. Se comparan con el salario de nivel inicial en las guías de `,
    and: ' y ',
    guides: '.',
  },
};

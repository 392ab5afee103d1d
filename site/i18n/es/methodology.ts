/**
 * Spanish words of /methodology/: the sources, the role-to-occupation match, what percentiles and the
 * two employment counts mean, the data years, what is missing, and every figure this site computes or
 * assumes with the rule it uses. Figures come in as parameters from data/ and the domain's constants.
 */
import type { methodology as english } from '../en/methodology.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
/** "un año", "2 años". */
const yearsApart = (n: number) => (n === 1 ? 'un año' : `${n} años`);
/** "1 programa", "12 programas". */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** /methodology/ in Spanish. */
export const methodology: typeof english = {
  title: 'Fuentes y metodología',
  description:
    'Cada fuente del Billing & Coding Explorer y su fecha. Cómo se emparejaron los nueve puestos con ocupaciones de la BLS, qué significan las cifras de salarios y perspectivas, y cada cifra que este sitio calcula o supone, con su regla.',
  lead: 'De dónde viene cada cifra de este sitio, qué antigüedad tiene y cómo leerla. La mayoría de las cifras se copian tal como las publica su fuente. Algunas son cálculos o supuestos de este sitio. Cada uno aparece abajo con la regla que sigue, y se marca donde aparece.',
  toc: {
    label: 'En esta página',
    sources: 'Fuentes',
    computed: 'Cifras que este sitio calcula o supone',
    mapping: 'Cómo se emparejan los puestos con ocupaciones de la BLS',
    percentiles: 'Qué significan los percentiles de salario',
    employment: 'Dos conteos distintos de empleo',
    years: 'Años de los datos',
    missing: 'Lo que falta',
  },
  sources: {
    groups: { article: 'El artículo', wages: 'Salarios y perspectivas', roles: 'Puestos y ocupaciones' },
    builtAround: 'El sitio se basa en un artículo en inglés sobre qué son la facturación y la codificación médica:',
    articleTitle: '“What Is Medical Billing and Coding?”',
    afterArticle:
      '. Sus afirmaciones se marcan como suyas dondequiera que aparecen, y cada una se pone junto a la evidencia. Los salarios y las perspectivas laborales vienen de la Oficina de Estadísticas Laborales de los EE. UU. (BLS).',
    trainingHeading: 'Programas de capacitación y credenciales',
    training: (p) =>
      `Los precios, las cuotas de los exámenes, la duración y las reglas de ${counted(p.programs, 'programa', 'programas')} y ${counted(p.certifications, 'credencial', 'credenciales')} vienen de ${counted(p.pages, 'página', 'páginas')}. Cada página se leyó en la fecha indicada:`,
    trainingLink: 'ver todas las fuentes de capacitación',
    codeSets:
      'Los sistemas de códigos ICD-10-CM (CIE-10), CPT, HCPCS Level II e ICD-10-PCS se describen solo en la página de facturación y codificación, con las páginas de donde se leyeron. La API no tiene una ruta para ellos, y este sitio no da cifras sobre ellos.',
    codeSetsLink: 'Sistemas de códigos en la página de facturación y codificación',
  },
  computed: {
    intro:
      'Cada cifra de abajo es de este sitio: un cálculo con cifras publicadas, o un supuesto donde ninguna fuente da un número. Dondequiera que aparezca, en una página o en la API, lo dice y da la regla.',
    where: 'Dónde aparece',
    rows: {
      perCredit: {
        kind: 'Matrícula calculada con una tarifa por crédito o por período',
        rule: 'Créditos (o períodos) × la tarifa publicada, y se indica el año de la tarifa. Si la tarifa es de otro año que el total de créditos, o de un tercero, se dice. Cada caso en los datos:',
        where: 'Cursos (lista y comparación), /api/programs',
      },
      creditsHours: {
        kind: 'Créditos, horas o duraciones calculados con otras cifras',
        rule: 'Si un programa da un precio y una tarifa pero no el total de créditos, o da semanas pero no meses, la cifra que falta se obtiene dividiendo. Se marca “calculado” a su lado. Cada caso en los datos:',
        where: 'Cursos, la tabla de duración de los programas en la página del plan',
      },
      hourly: {
        kind: 'Salarios por hora de los estados que la BLS publica pero que faltan en la copia leída',
        rule: (hours) =>
          `Salario anual ÷ ${f.count(hours)}, al centavo (la misma regla de la BLS: anual = por hora × ${f.count(hours)}). Se marca “calculado: anual ÷ ${f.count(hours)}”. Solo se hace donde el salario anual está publicado, nunca sobre un símbolo de la BLS. La mediana por hora de los estados es la cifra de la propia BLS.`,
        where: 'Salarios (vista por hora, estados), guías de puestos, /api/salaries',
      },
      comparisonYear: {
        kind: 'El año de una comparación',
        rule: (stateYear) =>
          `Un solo año para todas las áreas comparadas: el año más reciente de datos de mayo que tienen todas (mayo de ${stateYear} cuando se comparan estados, porque los datos estatales llegan hasta ahí). El año nacional más reciente se muestra aparte, y el texto dice su año.`,
        where: 'Salarios (comparación, “dónde se paga más”), /api/salaries/compare',
      },
      fallback: {
        kind: 'Un año anterior cuando la BLS suprime una cifra',
        rule: 'Cuando la BLS suprime todos los salarios del año más reciente de un área (“*”), se muestra el año anterior más reciente que tenga salarios. Se marca con su propio año y el motivo.',
        where: 'Salarios, guías de puestos, /api/salaries',
      },
      prse: {
        kind: 'Advertencia sobre un conteo de empleos incierto',
        rule: (above) => `Si el error estándar relativo del empleo (PRSE, publicado por la BLS) pasa de ${above} %, se muestra una advertencia en palabras.`,
        where: 'Salarios, /api/salaries',
      },
      symbols: {
        kind: 'Símbolos de la BLS',
        rule: '“*” (salario no disponible), “**” (empleo no disponible) y “#” (salario igual o mayor que el tope que publica la BLS) se dicen en palabras donde iría una cifra. Nunca se muestran como número.',
        where: 'Salarios, guías de puestos, /api/salaries',
      },
      totals: {
        kind: 'Totales de los programas',
        rule: 'La suma de los costos conocidos (matrícula, cuotas, libros, examen, membresía). Si falta un precio, el total dice “al menos $X” y nombra lo que falta. Sin ningún precio, no hay total, y se dice por qué. Lo desconocido nunca cuenta como cero.',
        where: 'Cursos, /api/programs',
      },
      examRange: {
        kind: 'Cuotas de examen conocidas solo por terceros',
        rule: 'Del precio más bajo al más alto que dan los informes fechados de terceros. Se marca “informe de terceros” y nunca se suma a un total como si estuviera publicado.',
        where: 'Cursos, credenciales',
      },
      membership: {
        kind: 'La membresía en un total',
        rule: 'El precio de inscripción, donde la organización lo publica. Donde solo publica el precio de renovación, se usa ese precio, y se dice en palabras.',
        where: 'Cursos, credenciales',
      },
      payback: {
        kind: 'Recuperación de la inversión',
        rule: (percentile) =>
          `Primero, los meses de estudio del programa (todavía sin ingresos nuevos). Luego, su total ÷ la ganancia mensual. La ganancia mensual es el salario anual del ${percentile} del puesto elegido en el área ÷ 12, menos su ingreso actual ÷ 12. No hay resultado si la ganancia no es positiva. Dice “al menos” si el total tiene un concepto desconocido o si el programa no indica su duración. Los percentiles no son niveles de experiencia: el ${percentile} es el salario más probable de quien empieza, no un salario inicial.`,
        where: 'Cursos (comparación), /api/programs/compare',
      },
      trend: {
        kind: 'Cambio en la mediana nacional',
        rule: 'Las medianas anuales nacionales de tres años de datos de mayo, cada una publicada por la BLS. El cambio entre los años es una resta que hace este sitio.',
        where: 'Guías de puestos (“Salario en tres años”)',
      },
      plannerCoursework: {
        kind: 'Planificador: horas de curso sin un programa elegido',
        rule: (p) => `${p.hours} horas, una regla con fuente, no un supuesto: ${p.note}`,
        where: 'Plan, /api/plans',
      },
      plannerArithmetic: {
        kind: 'Planificador: fechas a partir de las horas',
        rule: 'Días de estudio = horas × 7 ÷ horas por semana, redondeado hacia arriba (cada día tiene un séptimo de las horas de la semana). Los meses enteros se cuentan en el calendario; las fracciones de mes, a 30.4375 días. Las pausas detienen el estudio. Los meses hasta la credencial se cuentan en el calendario, con un decimal.',
        where: 'Plan, /api/plans, archivos de calendario',
      },
      plannerAssumption: {
        kind: (value) => `Supuesto del planificador: ${value}`,
        where: 'Plan, /api/plans',
      },
      plannerGuide: {
        kind: (value) => `Planificador: ${value}, según una guía publicada`,
        where: 'Plan, /api/plans',
      },
      articleClaims: {
        kind: 'Las afirmaciones del artículo de origen',
        rule: 'Se citan al pie de la letra, en inglés (“about 11 months”, “a few hundred dollars”, “around $30-$40,000 per year”), junto a la evidencia. Nunca se usan para calcular una cifra.',
        where: 'Inicio, plan, guías de puestos, credenciales',
      },
    },
    /** One planner rule's value in words. */
    plannerValue: {
      hoursPerWeek: (v) => `${counted(v, 'hora', 'horas')} por semana, de forma predeterminada`,
      examPrepWeeks: (v) => `${counted(v, 'semana', 'semanas')} de preparación para el examen, de forma predeterminada`,
      hoursPerWeekWarnAbove: (v) => `una advertencia con más de ${counted(v, 'hora', 'horas')} por semana`,
      resultsDays: (v) => `${counted(v, 'día', 'días')} desde el examen hasta los resultados`,
      windowMarginDays: (v) => `${counted(v, 'día', 'días')} de margen dentro de un período de examen`,
    },
    /** One computed price in the data: its program, rule and kind. */
    example: (p) => `${p.program}: ${p.note} (${p.kind})`,
    /** One computed credit, hour or length figure in the data. */
    listedLink: 'La cifra de cada programa, con las páginas de donde sale',
    derived: (p) => `${p.program}: ${p.text}`,
  },
  mapping: {
    heading: 'Cómo se emparejan los puestos con ocupaciones de la BLS',
    intro:
      'La BLS publica salarios y proyecciones por código SOC 2018 (clasificación estándar de ocupaciones), no por título de puesto. Cada puesto se empareja con la ocupación más cercana, cuyo título aparece junto a cada salario del sitio.',
    caption: 'Los nueve puestos y la ocupación de la BLS usada para cada uno',
    role: 'Puesto',
    soc: 'Código SOC',
    occupation: 'Ocupación de la BLS',
    why: 'Por qué',
    onetHeading: 'La evidencia de O*NET',
    onetTitles:
      'O*NET, para 29-2071.00 (el código SOC 2010 que pasó a ser 29-2072 en SOC 2018), da esta “muestra de títulos de puestos” en inglés: Coder, Health Information Clerk, Health Information Specialist, Health Information Technician, Medical Records Analyst, Medical Records Clerk, Medical Records Coordinator, Medical Records Director, Medical Records Technician y Registered Health Information Technician (RHIT).',
    onetLink: 'O*NET OnLine, 29-2071.00',
    onetTasks:
      'Las tareas de O*NET para 29-2072 incluyen la codificación (“identificar, reunir, resumir y codificar datos de pacientes, con sistemas de clasificación estándar”) y la facturación (“registrar las facturas al seguro médico”).',
    onetExcludes:
      'La definición SOC de 29-2072 excluye a File Clerks (43-4071) y a Health Information Technologists and Medical Registrars (29-9021). Por eso, esas solo aparecen como ocupaciones relacionadas.',
    judgementLead: 'El emparejamiento es una cuestión de criterio.',
    judgement:
      ' La BLS puede contar un empleo llamado “medical records director” en la ocupación que indique el empleador. Además, el salario de una ocupación abarca muchos títulos de puesto. Lea las cifras de un puesto como el salario de la ocupación con la que se empareja, no del título del puesto en sí.',
  },
  percentiles: {
    heading: 'Qué significan los percentiles de salario',
    intro:
      'Los salarios vienen de la encuesta OEWS (estadísticas de empleo y salarios por ocupación) que la BLS hace a los empleadores. Para cada ocupación y área, la BLS publica el salario bajo el cual está el 10, 25, 50 (la mediana), 75 y 90 por ciento de los trabajadores, y el promedio.',
    spread: 'El percentil 10 significa que uno de cada diez trabajadores ganó menos que esa cifra. El percentil 90 significa que uno de cada diez ganó más.',
    notLevelsLead: 'Los percentiles no son niveles de experiencia.',
    notLevels:
      ' El percentil 10 no es un salario inicial, y el percentil 90 no es lo que usted ganará después de diez años. Cada percentil mezcla personas de todos los niveles de experiencia, tamaños de empleador, industrias y ciudades.',
    gross: 'Los salarios de OEWS son pago bruto por horas normales (antes de impuestos y sin horas extra). Solo cuentan a los empleados, no a quienes trabajan por cuenta propia.',
    symbols:
      'La BLS deja algunas cifras en blanco: “*”, salario no disponible; “**”, empleo no disponible; “#”, salario de al menos $115.00 por hora o $239,200 al año (el tope). El sitio explica cada blanco con palabras y nunca lo rellena.',
  },
  employment: {
    heading: 'Dos conteos distintos de empleo',
    intro: (period) =>
      `El sitio muestra dos conteos de empleos y los mantiene aparte. El empleo de OEWS cuenta los empleos asalariados en establecimientos no agrícolas. Las Employment Projections de la BLS (proyecciones de empleo, ${period}) vienen de la National Employment Matrix. Esta también incluye a trabajadores por cuenta propia y a otros trabajadores, así que su conteo es más alto.`,
    example: (p) =>
      `Por ejemplo, para ${p.title} en ${p.baseYear}, OEWS contó ${f.count(p.oews)} empleos (mayo de ${p.oewsYear}). En cambio, la base de las Employment Projections es ${f.count(p.projectionsBase)}.`,
    openings:
      'Las vacantes proyectadas incluyen los empleos que quedan libres cuando alguien se jubila o cambia de ocupación. Por eso, una ocupación que se reduce aún puede tener muchas vacantes cada año.',
  },
  years: {
    heading: 'Años de los datos',
    national: (year, newest) => `Salarios nacionales: OEWS de mayo de ${year}${newest ? ', la publicación nacional más reciente que se encontró' : ''}.`,
    state: (p) =>
      `Salarios de los estados: OEWS de mayo de ${p.state}. No se encontró una copia legible de datos estatales más nuevos. Por eso, las cifras estatales son ${yearsApart(p.apart)} más antiguas que las nacionales más recientes. Las comparaciones usan mayo de ${p.state} para todas las áreas, y lo dicen.${p.meanOnly ? ' Algunas filas estatales más antiguas solo tienen el salario promedio.' : ''}`,
    outlook: (period) => `Perspectivas: Employment Projections de la BLS ${period}, las proyecciones más recientes que se encontraron.`,
    smallStates: 'Las cifras de los estados pequeños pueden cambiar mucho de un año a otro, porque se basan en muestras más pequeñas. Compare la cifra de un estado con la nacional antes de citarla.',
    article: (date) => `El artículo de origen: ${date}. Sus afirmaciones se citan y se ponen junto a la evidencia actual. Nunca se usan como cifras.`,
  },
  missing: {
    heading: 'Lo que falta',
    industries: 'Qué industrias emplean a estos trabajadores (por ejemplo, qué parte de los especialistas en expedientes médicos trabaja en hospitales o en consultorios médicos): no se encontró en las fuentes leídas.',
    stateYear: (national, state) => `Salarios estatales de mayo de ${national}: no se encontró una copia legible; las cifras estatales siguen siendo de mayo de ${state}.`,
    supervisors:
      'Las Employment Projections de First-Line Supervisors of Office and Administrative Support Workers (SOC 43-1011), la ocupación usada para el gerente de facturación médica: no se reunieron, así que esa guía no muestra perspectivas.',
    stateHourly: (hours) =>
      `Percentiles y promedios por hora de los estados: la BLS los publica, pero la copia estatal de mayo de 2024 que leyó este sitio solo tenía la mediana por hora. Los demás se muestran como anual ÷ ${f.count(hours)}, marcados como calculados.`,
    other: 'Las cifras de mayo de 2023 de Wyoming para Health Information Technologists and Medical Registrars, y los territorios de los EE. UU.',
    ooh: 'No se usaron las páginas de texto ni de salarios del Occupational Outlook Handbook (manual de perspectivas laborales) de la BLS.',
  },
};

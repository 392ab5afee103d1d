/** Spanish words of the plan page and its island: the form, the saved-plan states, the plan view and the chart. */
import type { planPage as english, planProse as englishProse } from '../en/plan-page.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
const months = (n: number) => `${f.decimal(n)} ${n === 1 ? 'mes' : 'meses'}`;

const ORIGIN: typeof english.view.origin = {
  program: 'La cifra que indica el programa',
  reader: 'Su dato',
  credential: 'Las reglas de la credencial',
  rule: 'Una guía publicada',
  assumption: 'Supuesto de este sitio',
  computed: 'Calculado a partir de lo anterior',
};

/** The plan page in Spanish. */
export const planPage: typeof english = {
  /** Before a field's error message, so it reads as one even without its colour ("Error: …"). */
  errorLead: 'Error:',
  load: {
    loading: 'Cargando el plan…',
    missing: 'No hay ningún plan en este enlace.',
    missingHelp: 'Puede que lo hayan borrado, o que el enlace esté incompleto.',
    /** An id not of the form plan ids have. */
    malformed: (id) => `No hay ningún plan en este enlace: “${id.length > 40 ? `${id.slice(0, 40)}…` : id}” no es un identificador de plan.`,
    deleted: 'El dueño de este plan lo borró.',
    deletedHelp: 'Su enlace para compartir y su enlace de edición ya no funcionan, y no se guarda nada del plan.',
    failed: 'No se pudo cargar el plan.',
    failedHelp: 'Revise su conexión e inténtelo de nuevo.',
    retry: 'Intentar de nuevo',
    startNew: 'Empezar un plan nuevo',
  },
  form: {
    headingNew: 'Su fecha de inicio y sus horas',
    headingEdit: 'Editar su plan',
    aimLegend: 'Su meta',
    credential: 'Credencial',
    program: 'Programa de formación',
    noProgram: (hours) => `Ninguno: planear con el curso por defecto de este sitio (${hours} horas)`,
    preparesFor: (acronym) => `Preparan para la credencial ${acronym}`,
    otherPrograms: 'Otros programas',
    programOption: (p) => `${p.provider}: ${p.name}${p.hours ? ` (${p.hours} horas)` : p.months ? ` (${p.months} meses)` : ''}`,
    programHint: 'Las horas o la duración que indica un programa fijan el curso.',
    comparePrograms: 'Comparar programas',
    datesLegend: 'Fechas y horas',
    modeLabel: 'Cómo planear',
    modeForward: 'Desde una fecha de inicio y horas por semana',
    modeTarget: 'Hacia atrás desde una fecha de examen: ¿cuántas horas por semana?',
    startDate: 'Fecha de inicio',
    examDate: 'Fecha del examen',
    hoursPerWeek: 'Horas por semana',
    prepWeeks: 'Semanas de preparación del examen',
    /** The hint under a number field: its range and what an empty field means. */
    numberHint: ({ min, max, fallback }) => `De ${min} a ${max}. Si lo deja vacío, se usa ${fallback}.`,
    title: 'Nombre del plan (opcional)',
    targetMissing: 'Escriba la fecha del examen desde la que quiere planear.',
  },
  breaks: {
    legend: 'Pausas (el estudio se detiene; ningún paso cae en una pausa)',
    none: 'Sin pausas. Agregue vacaciones, una mudanza o cualquier cosa que detenga su estudio por un tiempo.',
    name: (n) => `Pausa ${n}`,
    start: 'Primer día libre',
    end: 'Último día libre',
    label: 'Qué es (opcional)',
    remove: (n) => `Quitar la pausa ${n}`,
    add: 'Agregar una pausa',
  },
  shared: {
    heading: (title) => `Un plan compartido${title ? `: ${title}` : ''}`,
    intro: 'Alguien compartió este plan con usted para que lo lea. Para cambiarlo, haga su propia copia; el original queda igual.',
    copy: 'Hacer mi propia copia',
  },
  result: {
    yours: 'Su plan',
    theirs: 'El plan',
    example: (startDate) =>
      `Un ejemplo: el camino por defecto de este sitio hacia la credencial CPC, sin otras opciones, desde el ${f.longDate(startDate)} (calculado cuando se creó esta página). Use el formulario de arriba y el plan empieza desde hoy y sigue sus opciones.`,
    paused: 'La vista previa está detenida hasta que corrija los campos marcados. Este es el último plan que funcionó.',
    fixToSee: 'Corrija los campos marcados para ver su plan.',
    announcePaused: 'Vista previa detenida: corrija los campos marcados.',
    /** The preview waits on a field still being filled in (its error shows once the reader leaves it). */
    pausedTyping: 'La vista previa está detenida hasta que complete el campo que está llenando. Este es el último plan que funcionó.',
    finishToSee: 'Complete el campo que está llenando para ver su plan.',
    announcePausedTyping: 'Vista previa detenida hasta que el campo esté completo.',
    /** Back-planning before an exam date is given. */
    needTarget: 'Escriba la fecha del examen que busca: el plan mostrará las horas por semana que necesita.',
    /** Back-planning to an exam date no plan can meet; the reason follows. */
    noPlan: 'No hay plan posible para esta fecha de examen.',
  },
  save: {
    headingKeep: 'Guardar este plan',
    heading: 'Guardar, compartir y agregar a su calendario',
    saveChanges: 'Guardar los cambios',
    saveNew: 'Guardar y obtener los enlaces',
    calendar: 'Agregar al calendario (.ics)',
    print: 'Imprimir',
    reload: 'Volver a cargar el plan',
    about: 'Al guardar, este sitio guarda sus opciones (no su nombre) y le da dos enlaces: uno para compartir, de solo lectura, y otro para editar.',
    fixFirst: 'Corrija los campos marcados antes de guardar.',
    saving: 'Guardando…',
    savedVersion: (version) => `Guardado (versión ${version}). El enlace para compartir muestra esta versión.`,
    savedNew: 'Guardado. No comparta el enlace de edición: cualquier persona que lo tenga puede cambiar el plan.',
    stale: 'Este plan cambió en otro lugar desde que lo abrió. Vuelva a cargarlo para ver la última versión y luego haga su cambio otra vez.',
    notYours: 'Este enlace de edición no es de este plan, así que no puede cambiarlo aquí. Haga su propia copia.',
    copied: 'Ahora esta es su propia copia: cámbiela y guárdela para obtener sus propios enlaces.',
    /** Beside the share link: when the plan is deleted unless opened or edited before. */
    keptUntil: (iso) => `Se guarda hasta el ${f.longDate(iso)}. Si lo edita o lo abre, se guarda por más tiempo.`,
    privacy: 'Qué se guarda y por cuánto tiempo',
    exportJson: 'Descargar el plan (JSON)',
    delete: 'Borrar el plan…',
    confirm: '¿Borrar este plan? Su contenido se elimina de inmediato. Su enlace para compartir, su enlace de edición y su calendario dejan de funcionar. No se puede deshacer.',
    keep: 'Conservar el plan',
    deleteYes: 'Borrar para siempre',
    deleting: 'Borrando…',
  },
  links: {
    share: 'Enlace para compartir (solo lectura)',
    copyShare: 'Copiar el enlace para compartir',
    shareName: 'Enlace para compartir',
    edit: 'Enlace de edición privado',
    editHint: 'Cualquier persona con este enlace puede cambiar el plan: no lo comparta. Es la única forma de volver a editarlo.',
    copyEdit: 'Copiar el enlace de edición',
    editName: 'Enlace de edición',
    // Both names are "enlace" (masculine): "copiado", "seleccionado".
    copiedIt: (what) => `${what} copiado.`,
    copyByHand: (what) => `Copie el ${what.toLowerCase()} seleccionado con Ctrl+C (⌘C en una Mac).`,
  },
  view: {
    /** A milestone's day. */
    date: (iso) => f.longDate(iso),
    /** Hours in the hours table. */
    hoursFigure: (h) => f.decimal(h),
    summary: (p) =>
      `Examen ${p.acronym}: ${f.longDate(p.examDate)}. Credencial para el ${f.longDate(p.credentialDate)}. ` +
      `Son ${months(p.months)} desde el ${f.longDate(p.startDate)}, a ${f.decimal(p.hoursPerWeek)} horas por semana (${f.decimal(p.totalHours)} horas en total).` +
      (p.warnings > 0 ? ` Revise ${p.warnings === 1 ? '1 advertencia' : `${p.warnings} advertencias`}.` : ''),
    credential: 'Credencial',
    program: 'Programa',
    noProgram: 'Ninguno elegido: el curso por defecto de este sitio',
    exam: 'Examen',
    credentialBy: 'Credencial obtenida',
    months,
    study: 'Estudio',
    studyHours: (hoursPerWeek, total) => `${f.decimal(hoursPerWeek)} horas por semana, ${f.decimal(total)} horas en total`,
    warningsHeading: 'Revise esto antes de confiar en estas fechas',
    notesHeading: 'Para tener en cuenta',
    warning: 'Advertencia:',
    note: 'Nota:',
    timeline: 'El plan mes a mes',
    key: 'Barra sólida: curso. Barra rayada: preparación del examen. Barra con borde: espera de resultados.',
    keyBreaks: ' Franja punteada: sus pausas.',
    afterOne: (date) => ` El paso después de la credencial (${f.longDate(date)}) está en la lista de abajo.`,
    afterMany: (n, last) => ` Los ${n} pasos después de la credencial (hasta el ${f.longDate(last)}) están en la lista de abajo.`,
    milestones: 'Etapas',
    moved: ' (Se movió al primer día después de su pausa.)',
    hours: 'Horas',
    hoursCaption: 'Horas de estudio del plan',
    coursework: 'Curso',
    examPrep: 'Preparación del examen',
    total: 'Total',
    durations: 'De dónde sale cada duración',
    origin: ORIGIN,
    source: 'Fuente: ',
    sources: 'Fuentes: ',
  },
  chart: {
    describe: (p) => {
      const phases = p.phases.map((ph) => `${ph.label.toLowerCase()} del ${f.longDate(ph.start)} al ${f.longDate(ph.end)}`);
      const breaks = p.breaks > 0 ? `; ${p.breaks === 1 ? 'una pausa' : `${p.breaks} pausas`}` : '';
      return `El plan mes a mes: ${phases.join('; ')}${breaks}; examen el ${f.longDate(p.examDate)}; credencial ${p.acronym} el ${f.longDate(p.credentialDate)}. La lista de etapas de abajo da cada paso.`;
    },
    exam: 'Examen',
    /** A month on the chart's axis. */
    month: (iso) => f.monthShort(iso),
  },
};

/** The plan page's own text in Spanish (build time only: not in the island's bundle). */
export const planProse: typeof englishProse = {
  title: 'Planee su camino hacia una credencial',
  description:
    'Planee su camino hacia una credencial de codificación o facturación médica. Vea etapas con fecha, desde su fecha de inicio y sus horas por semana hasta el examen, los resultados, el fin de la designación de aprendiz y la renovación. Guárdelo en un enlace y en su calendario.',
  lead: 'Escriba su fecha de inicio, las horas por semana que tiene y sus pausas. Verá cada paso con su fecha: el curso, la preparación del examen, la reserva, el examen, los resultados y lo que viene después.',
  claimLink: (n) => `¿Cuánto tiempo toma? Los “unos ${n} meses” del artículo fuente, junto a programas reales`,
  caveat: (p) =>
    `Cada duración dice de dónde sale. Puede ser la cifra de horas o la duración que indica un programa, sus propias cifras, las reglas publicadas de la credencial o una guía publicada. Si ninguna fuente da una cifra, es un supuesto de este sitio. Si no elige un programa, el plan cuenta el curso de ${p.hours} horas de ${p.provider}. Confirme las fechas con la entidad que da el examen antes de reservar.`,
  noJs: 'Para cambiar el plan, guardarlo y agregarlo a un calendario se necesita JavaScript. El plan de arriba es el ejemplo resuelto.',
  claim: {
    heading: '¿Unos 11 meses? El artículo junto a los datos',
    articleRef: 'El artículo fuente',
    says: 'dice:',
    /** The default plan's result, compared with the claim. */
    comparison: (p) =>
      `A ${f.decimal(p.hoursPerWeek)} horas por semana, el camino por defecto de este planificador llega a la credencial ${p.acronym} en ${months(p.months)} (desde el ${f.longDate(p.startDate)}). Incluye ${p.course} de ${p.provider}, de ${p.courseHours} horas según ${p.provider}. Luego vienen ${p.prepWeeks} semanas de preparación del examen y unos ${p.resultsDays} días para los resultados. El artículo dice unos ${p.claimMonths} meses.`,
    why: (p) =>
      `El artículo no nombra ningún programa ni da horas, así que este planificador no planea a partir de sus ${p.claimMonths} meses. El tiempo depende sobre todo del programa. Los de los datos de este sitio van desde un curso de ${p.fewestHours} horas hasta ${p.longestMonths % 12 === 0 ? `un título de ${p.longestMonths / 12} años` : `${p.longestMonths} meses`}.`,
    /** The sources of a row, under the program's name. */
    sources: 'Fuente:',
    caption: 'Programas que indican sus horas o su duración, tal como lo dicen sus páginas',
    program: 'Programa',
    prepares: 'Prepara para',
    hours: 'Horas',
    length: 'Duración',
    none: 'no nombra ninguna credencial',
    notStated: 'no lo indica',
  },
  /** The home page's sentence on the plan tool: the claim, the default result, the span of real programs. */
  home: (p) =>
    `El artículo fuente dice “unos ${p.claimMonths} meses”. A ${f.decimal(p.hoursPerWeek)} horas por semana, el camino por defecto de este planificador (el curso de ${p.courseHours} horas de ${p.provider}) llega a la credencial ${p.acronym} en ${months(p.months)}. En los datos de este sitio, los programas van desde cursos de ${p.fewestHours} horas para la credencial ${p.acronym} hasta ${p.longestMonths % 12 === 0 ? `títulos de ${p.longestMonths / 12} años` : `${p.longestMonths} meses`}.`,
  homeLink: 'Lo que dice el artículo junto a los datos',
};

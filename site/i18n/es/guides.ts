/** Spanish words of the guide builder and reader islands: the guide a student reads, money, dates and the note's length. */
import type { guides as english } from '../en/guides.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');

/** "puesto", "programas": the noun of a list the builder filters, by count. */
const listNoun = (noun: 'roles' | 'programs', n: number) => (noun === 'roles' ? 'puesto' : 'programa') + (n === 1 ? '' : 's');

/** The guide islands in Spanish. */
export const guides: typeof english = {
  /** $47,230 */
  usd: f.usd,
  /** "2026-11-26" (or a timestamp) → "26 de noviembre de 2026" */
  longDate: f.longDate,
  /** "12 de 2,000 caracteres." */
  noteCount: (used: number, max: number) => `${f.count(used)} de ${f.count(max)} caracteres.`,

  /** The guide as a student reads it (render.ts). */
  doc: {
    untitled: 'Guía sin título',
    from: 'De ',
    noteLabel: 'Nota de su consejero',
    noteHeading: 'Una nota de su consejero',
    roles: (n: number) => (n === 1 ? 'El puesto' : `${n} puestos para conocer`),
    payLead: (area: string) =>
      `El salario es el que informa la Oficina de Estadísticas Laborales de EE. UU. (BLS) para ${area}, en el año más reciente publicado. Es el de la ocupación de BLS asignada a cada puesto. La mitad de los trabajadores gana entre el percentil 25 y el 75. Los percentiles no son niveles de experiencia.`,
    tags: (side: string, level: string) => `Área de ${side.toLowerCase()} · ${level}`,
    credentialsLead: 'Credenciales que llevan a este puesto: ',
    noCredentials: 'no se indica ninguna en particular para este puesto.',
    roleGuide: 'Guía completa de este puesto',
    otherStates: 'Salario en otros estados',
    credentials: 'Credenciales para conocer',
    programs: 'Programas para comparar',
    /** The program's total in a sentence: "$3,895 en total", "al menos $2,690 en total" (the "al menos" says a cost is not published). */
    programTotal: (total: string) => `${total} en total`,
    programNoPrice: 'matrícula no publicada',
    /** " Matrícula: calculado por este sitio a partir de una tarifa publicada: 37 créditos × …; tarifa de 2018." */
    programKind: (kind: string, rule: string | null) => ` Matrícula: ${kind}${rule ? `: ${rule}` : ''}.`,
    programMonths: (m: number) => `, hasta ${f.decimal(m)} ${m === 1 ? 'mes' : 'meses'}`,
    pricesRead: (day: string) => `; precios consultados el ${f.longDate(day)}`,
    source: ' Fuente: ',
    next: 'Próximos pasos',
    savedPlan: 'Su plan guardado',
    savedPlanAfter: ': el camino a una credencial, con fecha en cada etapa.',
    planRoute: 'Planee su camino',
    planRouteAfter: ' hacia una credencial, desde su fecha de inicio y las horas que tiene cada semana.',
    compare: 'Compare programas de capacitación',
    compareAfter: ': cada costo lado a lado y cuánto tarda cada uno en recuperar la inversión.',
    sideBySide: 'Facturación y codificación lado a lado',
    and: ' y ',
    allRoles: 'los nueve puestos',
    paySources: 'Fuentes de las cifras de salario',
    shareOnline: 'Esta guía en línea, con todos los enlaces: escanee el código o abra ',
    loadingPay: 'Cargando cifras de salario…',
    /** In the preview when the pay request failed (the Retry button above the preview asks again). */
    payNotLoaded: 'Las cifras de salario aún no se cargan: presione Reintentar arriba de la vista previa.',
    /** Under a role's pay when other chosen roles share its BLS occupation (so the same figures). */
    sharedOccupation: (others: string) => `Mismo salario que ${others}: BLS cuenta estos puestos en una sola ocupación y no los informa por separado.`,
    listJoin: ', ',
    noPay: 'BLS no publica cifras de salario para la ocupación de este puesto.',
    nationalFallback: (area: string) => `BLS no publica cifras para esta ocupación en ${area}; estas son nacionales.`,
    notPublished: (meaning: string | undefined) => `no publicado${meaning ? ` (${meaning})` : ''}`,
    median: 'Salario mediano',
    mean: 'Salario promedio',
    aYear: ' al año',
    meanNoMedian: ' al año (BLS no da mediana aquí)',
    middleHalf: 'Mitad central',
    tenthToNinetieth: 'Percentil 10 a 90',
    to: ' a ',
    payLine: (occupation: string, soc: string, area: string, year: number) => `${occupation} (SOC ${soc}), ${area}, mayo de ${year}. `,
    sourceLabel: 'Fuente: ',
    printedSource: (publisher: string, title: string) => `Fuente: ${publisher}, ${title} (dirección abajo).`,
  },
  /** Who publishes a program's own price. */
  provider: 'el proveedor',

  /** The builder (builder.ts): field names for the error summary, role order, searches, saving. */
  builder: {
    field: {
      title: 'Título',
      counselorName: 'Su nombre',
      organisation: 'Organización',
      note: 'Nota para el estudiante',
      roles: 'Puestos',
      area: 'Cifras de salario para',
      programs: 'Programas',
      certifications: 'Credenciales',
      plan: 'Plan guardado',
      language: 'Idioma de la guía',
    },
    moveUp: (title: string) => `Subir ${title}`,
    moveDown: (title: string) => `Bajar ${title}`,
    remove: (title: string) => `Quitar ${title}`,
    up: '↑ Subir',
    down: '↓ Bajar',
    removeShort: 'Quitar',
    moved: (title: string, n: number, of: number) => `${title} pasó al número ${n} de ${of}.`,
    removed: (title: string) => `Se quitó ${title}.`,
    added: (title: string, n: number) => `Se agregó ${title} como número ${n}.`,
    shown: (shown: number, all: number, noun: 'roles' | 'programs') =>
      shown === all
        ? all === 1
          ? `Se muestra 1 ${listNoun(noun, 1)}.`
          : `Se muestran los ${all} ${listNoun(noun, all)}.`
        : `${shown === 1 ? 'Se muestra' : 'Se muestran'} ${shown} de ${all} ${listNoun(noun, all)}.`,
    hint: 'Dé un título a la guía y elija puestos: la vista del estudiante aparece aquí mientras escribe.',
    defaultArea: 'Estados Unidos',
    errors: {
      title: 'Dé un título a la guía.',
      roles: 'Elija al menos un puesto.',
      plan: 'Pegue el enlace de un plan guardado (termina en /plan/?id= y 22 letras y dígitos), o solo su id.',
    },
    checkThese: (n: number, editing: boolean) => `Revise ${n === 1 ? 'esto' : 'estos puntos'} antes de ${editing ? 'guardar' : 'publicar'}:`,
    reload: 'Volver a cargar la guía (se pierden sus cambios sin guardar)',
    changedElsewhere:
      'Esta guía cambió en otro lugar (en otra pestaña o en otro dispositivo) desde que la abrió. Vuelva a cargarla para obtener la versión más reciente. Luego haga sus cambios de nuevo.',
    notYours: 'Este enlace de edición no corresponde a esta guía, así que no se puede cambiar desde aquí.',
    deleted: 'Esta guía ya no existe: se eliminó.',
    deletedByAuthor: 'Su autor eliminó esta guía. Su enlace para compartir y su enlace de edición ya no funcionan.',
    notSaved: (detail: string) => `No se guardó: ${detail}`,
    editHeading: 'Edite la guía',
    save: 'Guardar cambios',
    saved: 'Guardado. Los estudiantes con el enlace para compartir ven la nueva versión.',
    /** After a save that changed the guide's language: its share link now leads to that language's page. */
    savedIn: {
      en: 'Guardado. El enlace para compartir y el código QR ahora abren la guía en inglés; el enlace anterior todavía lleva a ella.',
      es: 'Guardado. El enlace para compartir y el código QR ahora abren la guía en español; el enlace anterior todavía lleva a ella.',
    },
    gone: 'La guía se eliminó. Su enlace para compartir y su enlace de edición ya no funcionan.',
    startNew: 'Crear una guía nueva',
    noGuide: 'No hay ninguna guía en este enlace de edición: es posible que se haya eliminado.',
    notLoaded: (detail: string) => `No se pudo cargar la guía: ${detail}`,
    /** Above the preview when /api/salaries failed (offline, 503) after a retry: the button asks again. */
    payFailed: 'No se pudieron cargar las cifras de salario —',
    retryPay: 'Reintentar',
    /** In the same status line while Retry is asking again. */
    retryingPay: 'Cargando de nuevo las cifras de salario…',
    /** Under the preview's heading: the language the student reads the guide in, by the language chosen. */
    studentReads: {
      en: 'El estudiante lee esta guía en inglés: allí sus encabezados, las palabras del salario y los enlaces están en inglés. Su título y su nota se muestran tal como los escribió.',
      es: 'El estudiante lee esta guía en español, como en esta vista previa.',
    },
  },

  /** The builder page's own words (pages/guides/new/index.astro): the static form around the island. */
  newPage: {
    title: 'Cree una guía de puestos para un estudiante',
    description:
      'Para consejeros: elija puestos de facturación y codificación médica, el salario en el estado del estudiante y una nota. Luego comparta la guía con un enlace corto, un código QR o en papel.',
    lead: 'Elija los puestos que quiere mostrar, el estado para las cifras de salario y una nota. Publique para obtener un enlace y un código QR para compartir. La página del estudiante se imprime en una o dos hojas.',
    noscript: ['El creador de guías necesita JavaScript para publicar. Las ', 'guías de puestos', ' funcionan sin él.'],
    loading: 'Cargando su guía…',
    formHeading: 'Arme la guía',
    optional: '(opcional)',
    titleHint: 'Lo primero que ve el estudiante, por ejemplo: “Carreras en codificación médica para María”.',
    noteHint: 'Texto simple; se conservan los saltos de línea.',
    noteNotice: 'No ponga en la nota el nombre completo de un estudiante ni datos de su salud.',
    rolesLegend: (n: number) => `Puestos que se incluyen (de 1 a ${n})`,
    findRole: 'Buscar un puesto',
    /** "(codificación, nivel inicial)" after a role's title. */
    roleTags: (side: string, level: string) => `(${side.toLowerCase()}, ${level.toLowerCase()})`,
    orderLabel: 'Orden en que el estudiante los lee',
    noRoles: 'Aún no eligió puestos.',
    national: 'Todo Estados Unidos (nacional)',
    areaHint: 'El estado del estudiante, o cifras nacionales.',
    programsLegend: 'Programas para comparar',
    upTo: (n: number) => `(opcional, hasta ${n})`,
    findProgram: 'Buscar un programa',
    credentialsLegend: 'Credenciales que quiere mencionar',
    planLabel: 'Un plan guardado para enlazar',
    planHint: ['Pegue el enlace de un plan hecho con ', 'el planificador', ', o su id.'],
    publish: 'Publicar la guía',
    delete: 'Eliminar la guía…',
    confirm: '¿Eliminar esta guía? Su contenido se borra de inmediato. Su enlace para compartir solo dirá que se eliminó. Esto no se puede deshacer.',
    keep: 'Conservar la guía',
    deleteYes: 'Eliminar para siempre',
    privacy: ['Qué se guarda, quién puede leerlo y por cuánto tiempo: ', 'privacidad'],
    previewHeading: 'Vista previa: lo que ve el estudiante',
    /** Each language the guide can be in, in its own words (marked with its lang on the page). */
    languageNames: { en: 'English', es: 'Español' },
    languageHint: 'El enlace para compartir, su código QR y la versión impresa se abren en este idioma. Escriba también su título y su nota en este idioma.',
  },
  /** The shared guide's page (pages/guides/index.astro) before its script has loaded the guide. */
  readerPage: {
    title: 'Guía de puestos de un consejero',
    description: 'Puestos de facturación y codificación médica elegidos por un consejero. Incluye el salario en su estado, las credenciales que llevan a ellos y los próximos pasos.',
    loading: 'Cargando la guía…',
    noscript: ['Esta guía necesita JavaScript para cargarse. Mientras tanto, las ', 'nueve guías de puestos', ' funcionan sin él.'],
  },
  /** "Elegidos: 3 de 4." under the programs. */
  programCount: (n: number, max: number) => `Elegidos: ${n} de ${max}.`,

  /** After publishing (publish.ts). */
  publish: {
    copied: 'Copiado.',
    selected: 'Seleccionado: presione Ctrl+C (o ⌘C) para copiar.',
    copy: 'Copiar',
    qrAlt: (url: string) => `Código QR del enlace para compartir ${url}`,
    qrDownload: 'Descargar el código QR (SVG)',
    qrDownloadPng: 'Descargarlo como PNG',
    qrPngFailed: 'Este navegador no pudo crear el PNG: descargue el SVG en su lugar.',
    /** Beside the share link: when the guide is deleted unless opened or edited before. */
    keptUntil: (iso: string) => `Se guarda hasta el ${f.longDate(iso)}. Si la edita o la abre, se guarda por más tiempo.`,
    privacy: 'Qué se guarda y por cuánto tiempo',
    exportJson: 'Descargar esta guía (JSON)',
    exportHint: 'Una copia de lo que se guardó, para conservarla o volver a publicarla como guía nueva.',
    published: 'Publicada: compártala con su estudiante',
    shareLink: 'Enlace para compartir',
    shareLabel: 'Enlace para compartir (quien lo tenga puede leer la guía)',
    open: 'Abrir la vista del estudiante',
    newTab: ' (pestaña nueva)',
    editLabel: 'Su enlace de edición privado',
    /** Beside Copy: the edit link in an e-mail the counselor sends to herself. */
    email: 'Enviarlo por correo',
    mailSubject: (title: string) => `Enlace de edición de la guía “${title}”`,
    mailBody: (title: string, edit: string) =>
      `El enlace de edición privado de la guía “${title}” (Billing & Coding Explorer):\n\n${edit}\n\nEs la única forma de cambiar o eliminar la guía. No se lo dé a los estudiantes: cualquier persona que lo tenga puede cambiar la guía.\n`,
    keep: 'Guarde este enlace en un lugar seguro ahora.',
    keepWhy:
      ' Es la única forma de cambiar o eliminar esta guía, y la dirección de esta página ahora es ese enlace. Agréguelo a sus favoritos, cópielo o envíeselo por correo. No guardamos ninguna copia del enlace y no podemos volver a enviárselo. No se lo dé a los estudiantes: cualquier persona que lo tenga puede cambiar la guía.',
  },

  /** The student's view when the guide cannot be shown (reader.ts). */
  reader: {
    siteName: 'Billing & Coding Explorer',
    retry: 'Intentar de nuevo',
    meanwhile: 'Mientras tanto: ',
    roles: 'los nueve puestos',
    salaries: 'salarios por estado',
    or: ' o ',
    make: 'crear una guía',
    notHere: 'Esta guía no está aquí',
    deletedTitle: 'Esta guía se eliminó',
    deleted: 'Su autor eliminó esta guía. Pida a su consejero un enlace nuevo si todavía lo necesita.',
    noId: 'Esta dirección no tiene un id de guía. Revise el enlace que compartió su consejero: termina en ?id= y 22 letras y dígitos.',
    unknownId: 'Ninguna guía tiene este id. Puede que el enlace esté incompleto, o que el consejero haya eliminado la guía.',
    notLoaded: 'No se pudo cargar la guía',
  },
};

/**
 * Spanish words of /billing-vs-coding/: the side-by-side table, the code sets, claim forms and rules
 * under it, and where to go next. Code-set names, what they cover and who maintains them are data
 * (data/code-sets.json); a sentence with a link is split into the words around the link's text.
 */
import type { billingVsCoding as english } from '../en/billing-vs-coding.ts';

/** /billing-vs-coding/ in Spanish. */
export const billingVsCoding: typeof english = {
  title: 'Facturación o codificación',
  description:
    'La facturación médica y la codificación médica lado a lado: el trabajo diario, los sistemas de códigos y formularios de reclamación, quién contrata, las credenciales, el trabajo desde casa, el salario y tener su propia agencia.',
  heading: 'Facturación médica o codificación médica',
  /** The lead, with a link to the glossary's entry for claims between `before` and `after`. */
  lead: {
    before: 'La codificación convierte la atención de un paciente en códigos estándar. La facturación convierte los códigos en ',
    claims: 'reclamaciones',
    after: ' y cuentas, y guarda los expedientes de forma segura. Así se comparan los dos trabajos.',
  },
  /** Between the items of a list of links or credentials. */
  separator: ', ',
  table: {
    caption: 'Codificación médica y facturación médica comparadas',
    aspect: 'Aspecto',
    side: { coding: 'Codificación médica', billing: 'Facturación médica' },
    /** The label of a cell that spans both sides (shown on narrow screens). */
    both: 'Las dos',
  },
  dailyWork: {
    label: 'Trabajo diario',
    coding:
      'Lee lo que se anotó sobre la atención de un paciente y lo convierte en códigos: el diagnóstico, los tratamientos necesarios, lo que ya se brindó y cualquier circunstancia poco común o complicación. Un auxiliar de codificación también puede procesar y archivar expedientes antes de pasarlos a facturación.',
    billing:
      'Es el paso que sigue a la codificación. Prepara y envía reclamaciones y facturas a partir del expediente codificado. También guarda los expedientes como se debe, porque la privacidad y la seguridad de los expedientes médicos son un requisito.',
  },
  /** Rows built from the code sets' data; `none` says what a side does when it uses none of its own. */
  kinds: {
    'code-set': {
      label: 'Sistemas de códigos',
      none: { coding: 'No asigna códigos propios.', billing: 'Trabaja con los códigos que asignó el codificador, en lugar de asignarlos.' },
    },
    'claim-form': {
      label: 'Formularios de reclamación',
      none: { coding: 'Pasa los expedientes codificados a facturación, en lugar de presentar reclamaciones.', billing: 'No presenta reclamaciones propias.' },
    },
    rule: { label: 'Reglas', none: { coding: 'Ninguna solo para esta parte.', billing: 'Ninguna solo para esta parte.' } },
  },
  /** Before the items both sides use, under a side's own. */
  bothSides: 'Las dos partes: ',
  whoHires: {
    label: 'Quién contrata',
    text: 'Los empleadores suelen contratar juntos a especialistas en facturación y en codificación, y los agrupan en equipos. O crean un solo puesto que hace las dos cosas. Las organizaciones grandes suelen tener un equipo. En un negocio pequeño, puede haber una sola persona que hace la facturación y la codificación. Los codificadores también pueden trabajar en oficinas de abogados, con reclamaciones médicas.',
  },
  credentials: {
    label: 'Credenciales habituales',
    none: 'Las guías de puestos no indican ninguna.',
    /** Before the role guides the credentials come from, then `after`. */
    fromGuides: 'Según las guías de ',
    after: '.',
    /** A role's name inside the sentence. */
    role: (title: string) => title.toLowerCase(),
  },
  pay: {
    /** "Salario (mediana nacional)", the word mediana linked to the glossary. */
    label: 'Salario (',
    median: 'mediana',
    labelAfter: ' nacional)',
    /** After the median: "al año, mayo de 2025, para Medical Records Specialists (SOC 29-2072), la ocupación que se usa para el puesto de codificador médico." */
    perYear: (year: number) => ` al año, mayo de ${year}, para `,
    beforeSoc: ' (',
    usedFor: '), la ocupación que se usa para el puesto de ',
    role: (title: string) => title.toLowerCase(),
    after: '.',
    /** "No disponible para Medical Records Specialists (SOC 29-2072)." */
    none: 'No disponible para ',
    noneAfter: ').',
  },
  fromHome: {
    label: 'Trabajar desde casa',
    text: 'El artículo de origen dice que esta carrera “podría permitirle trabajar desde casa”. Con qué frecuencia pasa esto depende del empleador. El artículo no da cifras.',
  },
  agency: {
    label: 'Su propia agencia',
    text: 'El mismo artículo dice que este camino podría llevarle “incluso a dirigir su propia agencia una vez que tenga algo de experiencia”. Ninguna de las nueve guías de puestos trata el trabajo por cuenta propia. Las cifras de salarios de la Oficina de Estadísticas Laborales (BLS) no incluyen a quienes trabajan por cuenta propia.',
  },
  /** Under the table: the article link's default text comes between `before` and `middle`. */
  source: {
    before: 'Las filas sobre el trabajo diario, quién contrata, trabajar desde casa y su propia agencia vienen de ',
    middle: '. El salario viene de la encuesta de la ',
    bls: 'BLS',
    survey: ' llamada ',
    oews: 'OEWS',
    afterOews: ' (estadísticas de empleo y salarios por ocupación). Vea cada ',
    roles: 'guía de puestos',
    between: ' para el rango completo, y el ',
    salaries: 'explorador de salarios',
    after: ' para cada estado.',
  },
  codeSets: {
    heading: 'Qué cubre cada sistema de códigos, formulario de reclamación y regla',
    intro: 'Cada estándar de la tabla de arriba: qué cubre y quién lo mantiene al día.',
    kind: { 'code-set': 'Sistema de códigos', 'claim-form': 'Formulario de reclamación', rule: 'Regla' },
    usedBy: { coding: 'se usa sobre todo en codificación', billing: 'se usa sobre todo en facturación', both: 'se usa en facturación y en codificación' },
    /** "Sistema de códigos, se usa sobre todo en codificación. Revisado el 26 de noviembre de 2026." */
    about: (kind: string, usedBy: string, checked: string) => `${kind}, ${usedBy}. Revisado el ${checked}.`,
    maintainedBy: 'Quién lo mantiene:',
    sourcesHeading: 'De dónde vienen estas descripciones',
  },
  next: {
    heading: 'Qué hacer después',
    roles: { link: 'Las nueve guías de puestos', after: ', desde auxiliar de expedientes hasta director de facturación.' },
    courses: { link: 'Compare cursos', after: ' por su costo total.' },
    plan: { link: 'Planifique su ruta', after: ' hasta una credencial.' },
  },
};

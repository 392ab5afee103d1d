/**
 * Spanish words of the home page: what coding and billing are (after the source article), how they
 * connect, the three tools and the nine roles. A sentence with a link is split into the words before,
 * the link's text and the words after, so no catalog text is ever HTML.
 */
import type { home as english } from '../en/home.ts';

/** The home page in Spanish. */
export const home: typeof english = {
  description:
    'Qué son la facturación médica y la codificación médica, cómo se relacionan y los nueve puestos del campo. Con herramientas para comparar salarios, cursos y un plan hasta la certificación.',
  heading: 'Facturación y codificación médica, explicadas',
  /** The first screen on a phone: what the work pays, and the three tools to start with. */
  start: {
    payHeading: 'Cuánto se gana',
    coding: 'Codificación médica',
    billing: 'Facturación médica',
    /** After the figure: "$51,140 al año". */
    perYear: ' al año',
    /** What the two figures are, with their year and kind: the glossary link's text, then the rest. */
    median: 'Mediana',
    payNote: (year: number, coding: string, billing: string) =>
      ` del salario anual en Estados Unidos, mayo de ${year}, según publica la Oficina de Estadísticas Laborales (BLS). La mitad ganó más y la mitad, menos. La codificación es el grupo ${coding} de la BLS; la facturación es ${billing}.`,
    toolsHeading: 'Cómo empezar',
    salaries: { name: 'Salarios', text: 'el salario en su estado' },
    courses: { name: 'Cursos', text: 'compare el costo total de los programas' },
    plan: { name: 'Plan', text: 'pasos con fecha hasta una credencial' },
  },
  lead: 'La facturación médica y la codificación médica son dos trabajos que dependen uno del otro. La codificación convierte la atención de un paciente en códigos estándar. La facturación usa esos códigos para que se pague la atención, y guarda los expedientes de forma segura.',
  intro:
    'Muchas veces se agrupan en una sola descripción de empleo porque están muy relacionadas, pero no son lo mismo. Este sitio explica las dos, los nueve puestos del campo, cuánto pagan y cómo prepararse para ellos.',
  coding: {
    heading: 'Qué es la codificación médica',
    intro:
      'Cada procedimiento, visita o receta tiene un código. Esto vale para todo lo que se puede facturar en la atención médica. Los códigos le dicen a la compañía de seguros qué está pagando. Un codificador lee lo que se anotó sobre la atención del paciente y lo convierte en códigos. Los códigos cubren cuatro tipos de información:',
    /** The four kinds of information a coder turns into codes, in the article's order. */
    kinds: [
      { term: 'El diagnóstico del paciente.', text: 'El codificador convierte un diagnóstico complejo en un código más sencillo para la facturación.' },
      {
        term: 'Los tratamientos necesarios.',
        text: 'Qué tratamiento se necesita para aliviar los síntomas o curar la enfermedad. El tratamiento puede durar días, semanas o años. También puede cambiar si la enfermedad mejora o empeora.',
      },
      { term: 'Lo que ya se brindó.', text: 'Los medicamentos y tratamientos que el paciente ya recibió: desde recetas hasta operaciones y visitas al médico.' },
      { term: 'Cualquier circunstancia poco común o complicación.', text: 'Algo poco común en un diagnóstico o tratamiento puede cambiar la facturación y lo que cubre el seguro.' },
    ],
    records: {
      before:
        'La codificación también incluye procesar y guardar expedientes. Un auxiliar de codificación puede procesar, archivar y codificar expedientes, y luego pasarlos a un especialista en facturación. En Estados Unidos, los códigos vienen de sistemas de códigos estándar. ICD-10-CM (CIE-10) es para diagnósticos. CPT y HCPCS Level II son para servicios, procedimientos y suministros. ICD-10-PCS es para procedimientos a pacientes internados en hospitales. ',
      codeSets: 'Qué cubre cada sistema de códigos',
      after: '.',
    },
  },
  billing: {
    heading: 'Qué es la facturación médica',
    paragraphs: [
      'La facturación es el paso que sigue a la codificación. Cuando todo está bien codificado, el departamento de facturación prepara y envía las reclamaciones y las facturas. También guarda los expedientes como se debe.',
      'Guardarlos bien no es solo una forma de mantener el orden: es un requisito. La privacidad y la seguridad de los expedientes médicos son una prioridad. Las organizaciones médicas pueden tener que rendir cuentas si guardan mal los expedientes.',
    ],
  },
  connect: {
    heading: 'Cómo se relacionan',
    /** The step before either side's work. */
    care: 'Un paciente recibe atención y tratamiento, y la atención se anota en el expediente.',
    steps: [
      { term: 'Codificación:', text: 'el codificador convierte en códigos el diagnóstico, los tratamientos necesarios, lo que se brindó y cualquier complicación.' },
      { term: 'Facturación:', text: 'el especialista en facturación pone esos códigos en una reclamación o factura y la envía a la aseguradora o al paciente.' },
      { term: 'Expedientes:', text: 'los expedientes se archivan y se guardan de forma segura, como exigen las reglas de privacidad.' },
    ],
    teams: {
      before:
        'Cada parte depende de la otra. Por eso, los empleadores suelen contratar juntos a especialistas en facturación y en codificación, y los agrupan en equipos. Las organizaciones grandes suelen tener un equipo. En un consultorio pequeño, puede haber una sola persona que hace la facturación y la codificación. ',
      sideBySide: 'Facturación y codificación lado a lado',
      after: '.',
    },
  },
  tools: {
    heading: 'Herramientas',
    salaries: {
      name: 'Salarios',
      text: 'Rangos de salarios de cada puesto, para todo el país o un estado. Usan datos de la Oficina de Estadísticas Laborales (BLS) de EE. UU. y muestran el año.',
    },
    courses: {
      name: 'Cursos',
      text: 'Programas de formación lado a lado con cada costo (matrícula, libros, examen, membresía, volver a tomar el examen). También muestran su duración y cuánto tarda en recuperarse el costo.',
    },
    /** The plan card: this text, then the plan page's months claim and its link, then `after`. */
    plan: {
      name: 'Plan',
      text: 'Un plan con fechas, según su fecha de inicio y las horas que tiene cada semana. Va etapa por etapa hasta el examen y después.',
      after: '.',
    },
    roles: {
      name: 'Guías de puestos',
      text: 'Nueve carreras, desde auxiliar de expedientes hasta director de facturación. Qué hace cada puesto, qué credenciales piden, a dónde lleva y cuánto paga.',
    },
  },
  roles: {
    heading: 'Los nueve puestos',
    /** "(nivel inicial a intermedio)" after a role's name. */
    level: (level: string) => `(${level.toLowerCase()})`,
  },
  source: {
    /** The title's meaning comes before it, as the gloss of a title kept in English. */
    before: 'Las descripciones de la codificación y la facturación en esta página siguen un artículo sobre qué son la facturación y la codificación médica: ',
    /** The article's title as the link's text: it stays in English, as source titles do. */
    article: '“What Is Medical Billing and Coding?”',
    middle: '. Este sitio se basa en ese artículo. ',
    methodology: 'Fuentes y metodología',
    after: '.',
  },
};

/**
 * The Spanish terms this site uses, one per English term, so every page, tool, guide and calendar
 * says the same thing the same way. Translators read it first; `tests/data/spanish-terms.test.ts`
 * fails when an /es/ page uses a word listed in `avoid`. Register: the reader is addressed as
 * *usted*, as US federal Spanish sites (USA.gov en español, CuidadoDeSalud.gov) do.
 */

/** One term: the English word, the Spanish used here, why, and where the Spanish comes from when a body publishes it. */
export interface Term {
  en: string;
  es: string;
  /** Why this choice, or how to use it. */
  note?: string;
  /** An official Spanish usage this follows, when there is one. */
  source?: string;
  /** Spanish variants this site does not use, so pages stay consistent (matched as whole words, case-insensitive). */
  avoid?: readonly string[];
}

/** The glossary of Spanish terms, by topic. */
export const TERMS: readonly Term[] = [
  // Work and pay
  { en: 'medical billing', es: 'facturación médica', avoid: ['cobranza médica'] },
  { en: 'medical coding', es: 'codificación médica' },
  { en: 'role', es: 'puesto', note: 'A job role; "guía de puestos" for role guides.' },
  { en: 'pay, wage', es: 'salario', note: 'Annual or hourly, always said: "salario anual", "salario por hora".', avoid: ['sueldo'] },
  { en: 'median', es: 'mediana', note: 'Half earn more, half less.' },
  { en: 'mean', es: 'promedio', note: 'BLS "mean wage": "salario promedio".' },
  { en: 'percentile', es: 'percentil' },
  { en: 'employment', es: 'empleo' },
  { en: 'projection', es: 'proyección' },
  { en: 'state', es: 'estado' },
  { en: 'state names (New York, North Carolina, District of Columbia)', es: 'Nueva York, Carolina del Norte, Distrito de Columbia', note: 'Every area\'s name is in site/i18n/es/areas.ts; a name Spanish writes the same stays (Texas, Florida, California). USPS codes (TX) and addresses stay as they are.', source: 'USA.gov en español (usa.gov/es), its names of the states' },
  { en: 'metropolitan area', es: 'área metropolitana' },
  { en: 'entry level / mid level / leadership', es: 'nivel inicial / nivel intermedio / liderazgo' },
  { en: 'occupation (BLS/SOC)', es: 'ocupación', note: 'BLS occupation titles keep their English name, with the Spanish title of Mi Próximo Paso the first time where it has one.', source: 'O*NET, Mi Próximo Paso (miproximopaso.org)' },
  { en: 'Bureau of Labor Statistics (BLS)', es: 'Oficina de Estadísticas Laborales (BLS)', note: 'The body keeps "BLS"; the Spanish name is a gloss the first time.' },
  { en: 'Occupational Employment and Wage Statistics (OEWS)', es: 'OEWS (estadísticas de empleo y salarios por ocupación)', note: 'Publication title stays in English; the parenthesis is a gloss.' },
  { en: 'Occupational Outlook Handbook', es: 'Occupational Outlook Handbook (manual de perspectivas laborales)', note: 'Publication title stays in English.' },
  { en: 'My Next Move', es: 'Mi Próximo Paso', source: 'O*NET, miproximopaso.org' },
  // Codes and claims
  { en: 'claim', es: 'reclamación', note: 'A claim sent to an insurer.', source: 'CuidadoDeSalud.gov glossary', avoid: ['reclamo'] },
  { en: 'insurer, payer', es: 'aseguradora' },
  { en: 'health insurance', es: 'seguro médico', source: 'CuidadoDeSalud.gov' },
  { en: 'denied claim', es: 'reclamación denegada' },
  { en: 'revenue cycle', es: 'ciclo de ingresos' },
  { en: 'health records', es: 'expedientes médicos', note: '"Información de salud" for health information.' },
  { en: 'ICD-10-CM', es: 'ICD-10-CM (CIE-10)', note: 'Code-set names keep their US names; CIE-10 is the Spanish name of the WHO classification, given once as a gloss.', source: 'OPS/OMS, CIE-10' },
  { en: 'CPT, HCPCS', es: 'CPT, HCPCS', note: 'Names of US code sets: not translated.' },
  { en: 'code set', es: 'sistema de códigos' },
  // Credentials and exams
  { en: 'credential', es: 'credencial' },
  { en: 'certification', es: 'certificación' },
  { en: 'exam', es: 'examen' },
  { en: 'exam fee', es: 'cuota del examen', avoid: ['tarifa del examen'] },
  { en: 'membership', es: 'membresía' },
  { en: 'continuing education units (CEUs)', es: 'unidades de educación continua (CEU)' },
  { en: 'renewal', es: 'renovación' },
  { en: 'retake', es: 'volver a tomar el examen' },
  { en: 'apprentice (CPC-A)', es: 'aprendiz (CPC-A)', note: 'AAPC\'s designation keeps its name.' },
  { en: 'AAPC, AHIMA, NHA, AMBA', es: 'AAPC, AHIMA, NHA, AMBA', note: 'Body names are proper names: not translated.' },
  { en: 'Certified Professional Coder (CPC)', es: 'Certified Professional Coder (CPC)', note: 'Credential names stay in English (they are what employers ask for); a Spanish gloss the first time on a page: "codificador profesional certificado".' },
  // Courses and costs
  { en: 'course, program', es: 'curso, programa', note: '"Programa" for a training program with a price; "curso" in general.' },
  { en: 'tuition', es: 'matrícula', avoid: ['colegiatura'] },
  { en: 'books', es: 'libros' },
  { en: 'cost', es: 'costo', avoid: ['coste'] },
  { en: 'full cost', es: 'costo total' },
  { en: 'payback', es: 'recuperación de la inversión' },
  { en: 'online / in person', es: 'en línea / en persona' },
  // Plans, guides, calendar
  { en: 'plan, timeline', es: 'plan', note: '"Calendario" only for the calendar feed.' },
  { en: 'milestone', es: 'etapa', avoid: ['hito'] },
  { en: 'study hours', es: 'horas de estudio' },
  { en: 'break', es: 'pausa' },
  { en: 'target date', es: 'fecha objetivo' },
  { en: 'progress', es: 'avance', avoid: ['progreso'] },
  { en: 'calendar feed, subscribe', es: 'suscripción de calendario, suscribirse' },
  { en: 'counselor', es: 'consejero', note: 'School or career counselor.', avoid: ['orientador'] },
  { en: 'guide', es: 'guía' },
  { en: 'share link / edit link', es: 'enlace para compartir / enlace de edición' },
  { en: 'source', es: 'fuente' },
  { en: 'published / computed by us / third-party / bound / older page', es: 'publicado / calculado por nosotros / de terceros / límite / página anterior', note: 'The kinds of figure, as badges and notes name them.' },
  // Chosen while translating (one word each, kept everywhere)
  { en: 'biller / coder', es: 'facturador / codificador', note: 'Masculine as the generic form; role titles likewise ("Codificador médico").' },
  { en: 'provider (health care or training)', es: 'proveedor' },
  { en: 'fees / membership dues', es: 'cuotas / cuotas de membresía' },
  { en: 'rate (per credit)', es: 'tarifa' },
  { en: 'take (an exam)', es: 'presentar (el examen)' },
  { en: 'book (an exam) / booking', es: 'reservar / reserva' },
  { en: 'exam window', es: 'plazo del examen' },
  { en: 'outlook / openings', es: 'perspectivas / vacantes' },
  { en: 'median pay / mean pay', es: 'salario mediano / salario promedio' },
  { en: 'top-code (BLS #)', es: 'tope de BLS' },
  { en: 'suppressed (BLS)', es: 'suprimido' },
  { en: 'computed (a figure)', es: 'calculado', note: '"Calculado por nosotros" where the kind of figure is named.' },
  { en: 'third-party report', es: 'informe de terceros' },
  { en: 'clock hours / credit hours / contact hours', es: 'horas reloj / horas de crédito / horas de contacto' },
  { en: 'planner', es: 'planificador' },
  { en: 'career ladder', es: 'escalera profesional' },
];

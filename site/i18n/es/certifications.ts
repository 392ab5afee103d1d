/**
 * Spanish words of the credential pages (/certifications/ and /certifications/<id>/, build time):
 * fees with their kind, membership to join apart from renewal, and the article's exam-cost claim
 * beside the evidence. Credential and body names stay in English (they come from the data).
 */
import type { certifications as english } from '../en/certifications.ts';
import type { ExamPrice } from '../../../functions/domain/exam-fee.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
const notStated = 'No se indica en las páginas leídas';
/** Who a price is for, after "para": "$199 para miembros". */
const price: Record<ExamPrice, string> = { member: 'miembros', nonMember: 'no miembros', student: 'estudiantes' };

/** The credential pages in Spanish. */
export const certifications: typeof english = {
  focus: { billing: 'Facturación', coding: 'Codificación', records: 'Expedientes médicos', management: 'Administración' },
  /** "$1,748", "$104.88" */
  usd: f.usdExact,
  atMost: (usd: string) => `como máximo ${usd}`,
  atLeast: (usd: string) => `como mínimo ${usd}`,
  /** "$399–$499", "$350" */
  range: (low: number, high: number) => (low === high ? f.usdExact(low) : `${f.usdExact(low)}–${f.usdExact(high)}`),
  /** YYYY, YYYY-MM or YYYY-MM-DD in words: "junio de 2024". */
  partialDate: (dated: string) => f.partialDate(dated, 'long'),
  longDate: f.longDate,
  /** "publicado por AHIMA, con fecha de junio de 2024" */
  withDate: (kind: string, dated: string | undefined) => `${kind}${dated ? `, con fecha de ${f.partialDate(dated, 'long')}` : ''}`,
  price,
  priceLabel: { member: 'Miembros', nonMember: 'No miembros', student: 'Estudiantes' },

  index: {
    title: 'Certificaciones',
    description:
      'Las doce credenciales de facturación médica, codificación médica y expedientes médicos (CPC, CPB, COC, CRC, CPC-P, CCA, CCS, CCS-P, RHIT, RHIA, CBCS, CMRS): quién las otorga, la cuota del examen y qué tipo de cifra es, la membresía para unirse y para renovar, el formato del examen y la renovación. Cada dato tiene su fuente.',
    lead: 'Doce credenciales de cuatro organizaciones. Cada página da la cuota del examen y la membresía que se necesita. También da los requisitos previos, el examen, la puntuación para aprobar, las reglas para aprendices, la renovación y cómo volver a tomar el examen. Cada cifra tiene su fuente y su fecha.',
    note: (seen: string) =>
      `Las cifras se leyeron el ${seen} en copias guardadas de las páginas indicadas. Cada precio dice qué tipo de cifra es: publicado por quien otorga la credencial, de una página anterior o de un informe de terceros. Si quien otorga la credencial no publica un precio, se indica “no publicado”. Los precios que solo dan terceros nunca se cuentan como el precio. Consulte el sitio de la organización antes de pagar.`,
    columns: { credential: 'Credencial', focus: 'Área', examFee: 'Cuota del examen', membership: 'Membresía', renewal: 'Renovación' },
    compare: 'Compare los programas que preparan para ellas',
    compareAfter: ', con todos los costos sumados.',
  },

  /** A one-line exam fee for the index, each price with its kind. */
  fee: {
    /** "$199 para miembros, $299 para no miembros" */
    prices: (parts: { amount: number; price: ExamPrice }[]) => parts.map((p) => `${f.usdExact(p.amount)} para ${price[p.price]}`).join(', '),
    /** "$350 para miembros (de una página anterior)" */
    withKind: (prices: string, kind: string) => `${prices} (${kind})`,
    missing: (p: ExamPrice) => `no se publica precio para ${price[p]}`,
    /** "AAPC no lo publica; $399–$499, informes de terceros (2026)" */
    reportedOnly: (issuer: string, reported: string) => `${issuer} no lo publica; ${reported}`,
    notPublished: 'No publicado',
    notPublishedReports: (issuer: string) => `${issuer} no lo publica (solo hay informes de terceros, sin precio)`,
  },

  /** Membership, the price to join kept apart from the renewal price. */
  membership: {
    notStated: 'No se indica',
    optional: (issuer: string) => `Opcional (${issuer})`,
    required: (issuer: string) => `Obligatoria: ${issuer}`,
    /** "$190 al año para renovar (publicado por AAPC)" */
    renewal: (usd: string, kind: string) => `${usd} al año para renovar (${kind})`,
    join: (usd: string, kind: string) => `${usd} para unirse (${kind})`,
    /** First after "Obligatoria: AAPC. ", so it starts with a capital. */
    noJoin: (issuer: string) => `Las páginas de ${issuer} no dan un precio para unirse`,
    noDues: 'cuotas no publicadas',
    // Detail page
    isRequired: (issuer: string) => `Debe ser miembro de ${issuer}.`,
    isOptional: (issuer: string) => `No tiene que hacerse miembro de ${issuer}.`,
    joinLabel: 'Para unirse',
    renewalLabel: 'Para renovar',
    notPublishedBy: (issuer: string) => `${issuer} no lo publica`,
    reportedJoin: (usd: string, kind: string) => `Otra fuente (${kind}) da ${usd} al año. Este sitio no usa esa cifra como precio para unirse.`,
    totalsUse: (issuer: string, usd: string) => `Las páginas de ${issuer} no dan un precio para unirse. Por eso, los totales de cursos en este sitio cuentan ${usd}, el precio para renovar, y lo indican.`,
    alsoFound: 'También se encontró: ',
  },

  /** The article's "a few hundred dollars" beside each credential's exam fee. */
  claim: {
    heading: 'Cuánto cuesta el examen: comprobamos los “unos cientos de dólares” del artículo',
    says: 'El artículo del que partió este sitio dice:',
    evidence: 'Las cuotas del examen que se encontraron en las páginas leídas, cada una con su tipo:',
    /** "CPC: $399–$499 (informes de terceros (2026); las páginas de AAPC no dan precio)" */
    item: (acronym: string, range: string, kind: string) => `${acronym}: ${range} (${kind})`,
    issuerNone: (issuer: string) => `las páginas de ${issuer} no dan precio`,
    notFound: (acronym: string, issuer: string) => `${acronym}: no se encontró precio, ni de ${issuer} ni de otra fuente`,
    /** The spread of every fee found, and which rest on third parties alone. */
    summary: (low: string, high: string, thirdPartyOnly: string[]) =>
      `Todas las cuotas del examen encontradas están entre ${low} y ${high}, así que “unos cientos de dólares” es correcto${thirdPartyOnly.length > 0 ? `. Pero para ${thirdPartyOnly.join(', ')} la cifra solo viene de informes de terceros, porque las páginas de quien la otorga no dan precio` : ''}. La membresía o volver a tomar el examen se suman aparte.`,
    more: 'La página de cada credencial da cada cifra con su fuente.',
  },

  detail: {
    description: (acronym: string, fullName: string, issuer: string) =>
      `${acronym} (${fullName}), de ${issuer}: cuota del examen, membresía, requisitos previos, formato del examen, puntuación para aprobar, renovación y cómo volver a tomar el examen. Cada dato tiene su fuente.`,
    home: 'Inicio',
    breadcrumb: 'Ruta de navegación',
    status: 'Estado:',
    issuingBody: 'Quién la otorga',
    focus: 'Qué abarca',
    roles: 'Puestos que la piden',
    accreditation: 'Acreditación',
    figuresRead: 'Cifras revisadas',
    figuresReadValue: (seen: string) => `${seen}, en copias guardadas de las páginas indicadas`,
    fee: 'Cuánto cuesta el examen',
    notPublished: 'no publicado',
    notPublishedBy: (issuer: string) => `${issuer} no lo publica en las páginas leídas.`,
    reportedLead: (issuer: string) => `Informes de terceros: otros sitios dan estos precios. ${issuer} no los ha confirmado, así que este sitio nunca los cuenta como el precio:`,
    reportedRange: (range: string, leftOut: number) =>
      `Rango de los informes con fecha: ${range}${leftOut > 0 ? ` (se ${leftOut > 1 ? 'omiten' : 'omite'} ${leftOut} ${leftOut > 1 ? 'informes anteriores' : 'informe anterior'} sin fecha)` : ''}.`,
    undated: ', sin fecha',
    membership: '¿Necesita hacerse miembro?',
    prerequisites: 'Qué necesita antes del examen',
    notStated: notStated,
    exam: 'Cómo es el examen',
    questions: 'Preguntas',
    time: 'Tiempo',
    openBook: 'Examen a libro abierto',
    yes: 'Sí',
    closedBook: 'No (a libro cerrado)',
    codeBooks: 'Libros de códigos',
    delivery: 'Dónde se toma',
    passingScore: 'Puntuación para aprobar',
    passRates: 'Cuántos aprueban',
    formatSources: (n: number) => (n > 1 ? 'Fuentes del formato del examen' : 'Fuente del formato del examen'),
    noFormat: 'Ninguna página leída dice cómo es el examen.',
    scoreSources: (n: number) => (n > 1 ? 'Fuentes de la puntuación para aprobar' : 'Fuente de la puntuación para aprobar'),
    apprentice: 'Si aprueba sin experiencia laboral',
    apprenticeGives: 'Si aprueba sin la experiencia laboral que se pide, recibe el título de aprendiz ',
    noApprentice: (acronym: string) => `Según las páginas leídas, la credencial ${acronym} no tiene título de aprendiz.`,
    renewal: 'Cómo mantenerla',
    cycle: 'Cada cuánto',
    ceus: 'Clases que debe tomar',
    renewalFee: 'Cuota de renovación',
    retakes: 'Si no aprueba',
    programs: 'Cursos de preparación',
    noPrograms: (acronym: string) => `Ninguno de los cursos de este sitio menciona la credencial ${acronym}.`,
    compare: 'Compare cursos',
    compareAfter: ' con todos los costos sumados, o ',
    plan: 'planifique su ruta',
    planAfter: ' hasta el examen.',
    aboutSources: 'Sobre las fuentes: ',
  },
};

/**
 * Spanish words of /glossary/ (/es/glossary/): one short, plain entry for each technical word the site
 * uses. Keys are the anchors and stay as in English (/es/glossary/#percentile); `term` and `also` are
 * the Spanish spellings the Spanish pages use (site/i18n/es/terms.ts), so a page's text finds them.
 */
import type { glossary as english } from '../en/glossary.ts';

/** /glossary/ in Spanish. */
export const glossary: typeof english = {
  title: 'Glosario',
  description: 'Significados sencillos de las palabras que usa este sitio sobre salarios, códigos, reclamaciones, credenciales, exámenes y cursos, cada una con su fuente cuando alguna la define.',
  heading: 'Palabras que usa este sitio, en español sencillo',
  lead: 'Los salarios, los códigos, los exámenes y los cursos tienen sus propias palabras. Aquí está lo que significa cada una. Las páginas enlazan aquí la primera vez que usan una.',
  groups: {
    pay: 'Palabras sobre salarios y empleos',
    codes: 'Palabras sobre códigos y reclamaciones',
    credentials: 'Palabras sobre credenciales y exámenes',
    courses: 'Palabras sobre cursos y costos',
  },
  jump: 'Ir a un grupo:',
  /** "Más sobre CPT". */
  more: (term) => `Más sobre ${term}`,
  used: {
    before: 'Palabras nuevas en esta página: ',
    after: '. Cada enlace da un significado breve y sencillo.',
  },
  terms: {
    percentile: {
      term: 'percentil',
      text: 'Un punto en una lista de salarios, del más bajo al más alto. En el percentil 25, 25 de cada 100 trabajadores ganan menos y 75 ganan más.',
      also: ['percentiles'],
    },
    median: {
      term: 'mediana',
      text: 'El salario del medio: la mitad de los trabajadores gana más y la otra mitad gana menos. Es lo mismo que el percentil 50.',
    },
    mean: {
      term: 'promedio',
      text: 'El salario promedio: se suma todo lo que se paga y se reparte por igual entre los trabajadores. Unos pocos salarios altos lo suben, así que suele estar por encima de la mediana.',
    },
    oews: {
      term: 'OEWS',
      text: 'Occupational Employment and Wage Statistics (estadísticas de empleo y salarios por ocupación). Es una encuesta de la BLS a los empleadores. Da el salario y el número de empleos de cada tipo de trabajo, en mayo de cada año, para todo el país y cada estado. No incluye a quienes trabajan por cuenta propia.',
    },
    bls: {
      term: 'BLS',
      text: 'La Oficina de Estadísticas Laborales (Bureau of Labor Statistics) de EE. UU. Es la agencia federal que cuenta los empleos y los salarios. Los salarios y las perspectivas de empleo de este sitio vienen de ella.',
    },
    projections: {
      term: 'proyecciones de empleo',
      text: 'Un pronóstico de la BLS (su programa Employment Projections) de cuántos empleos tendrá un tipo de trabajo dentro de diez años. A diferencia de OEWS, también cuenta a quienes trabajan por cuenta propia.',
      also: ['proyecciones', 'proyección', 'Employment Projections', 'perspectivas'],
    },
    soc: {
      term: 'código SOC',
      text: 'Un número que el gobierno federal da a cada tipo de trabajo, como 29-2072 para Medical Records Specialists (especialistas en expedientes médicos). Las tablas de salarios ordenan los empleos por este código. SOC significa Standard Occupational Classification (clasificación ocupacional estándar).',
      also: ['SOC'],
    },
    prse: {
      term: 'PRSE',
      text: 'Error estándar relativo en porcentaje (percent relative standard error). Dice qué tan segura está la BLS de una cifra de salario: cuanto más alto, menos segura. Si pasa del 20 %, este sitio agrega una advertencia en palabras.',
    },
    'code-set': {
      term: 'sistema de códigos',
      text: 'Una lista de códigos estándar, cada uno para un diagnóstico, un servicio o un artículo. Los codificadores usan sistemas de códigos para que todos los planes de salud lean un expediente de la misma forma.',
      also: ['sistemas de códigos'],
    },
    'icd-10-cm': {
      term: 'ICD-10-CM (CIE-10)',
      text: 'El sistema de códigos para diagnósticos: lo que tiene un paciente, o por qué vino. Se usa en todo tipo de atención médica en EE. UU. Sus códigos tienen de 3 a 7 caracteres.',
    },
    'icd-10-pcs': {
      term: 'ICD-10-PCS',
      text: 'El sistema de códigos para los procedimientos que se hacen a pacientes internados en un hospital. Sus códigos tienen 7 caracteres.',
    },
    cpt: {
      term: 'CPT',
      text: 'Current Procedural Terminology (terminología de procedimientos actuales). Es el sistema de códigos de la AMA para lo que hacen los médicos y otros trabajadores de la salud, como exámenes, pruebas y cirugías. Sus códigos tienen cinco caracteres.',
    },
    hcpcs: {
      term: 'HCPCS',
      text: 'El Healthcare Common Procedure Coding System (sistema común de códigos de procedimientos de atención médica). Su nivel I (Level I) es CPT. El nivel II (Level II) cubre lo que CPT no cubre, como equipos, suministros, viajes en ambulancia y algunos medicamentos. Un código del nivel II tiene una letra y cuatro dígitos.',
    },
    modifier: {
      term: 'modificador',
      text: 'Dos caracteres que se agregan a un código CPT o HCPCS para dar más datos del servicio, como el lado del cuerpo. No cambian lo que significa el código, pero algunos cambian lo que se paga.',
      also: ['modificadores'],
    },
    claim: {
      term: 'reclamación',
      text: 'Una factura que se envía a un plan de salud, como una aseguradora o Medicare, para pedirle que pague la atención de un paciente. Los facturadores preparan las reclamaciones con los códigos que eligió un codificador.',
      also: ['reclamaciones'],
    },
    'cms-1500': {
      term: 'CMS-1500',
      text: 'El formulario estándar de reclamación en papel para médicos y otros proveedores que no son hospitales. Su versión electrónica se llama 837P.',
    },
    'ub-04': {
      term: 'UB-04',
      text: 'El formulario de reclamación para hospitales y otros lugares de atención, como los hogares de ancianos. También se llama CMS-1450. Su versión electrónica se llama 837I.',
    },
    cms: {
      term: 'CMS',
      text: 'Los Centers for Medicare & Medicaid Services (Centros de Servicios de Medicare y Medicaid). Es la agencia federal que administra Medicare y Medicaid. También mantiene HCPCS Level II e ICD-10-PCS.',
    },
    hipaa: {
      term: 'HIPAA',
      text: 'Una ley federal sobre los expedientes médicos. Sus reglas dicen quién puede ver los expedientes de un paciente y cómo se deben proteger. También nombran los sistemas de códigos que debe usar una reclamación electrónica.',
    },
    phi: {
      term: 'PHI',
      text: 'Información de salud protegida (protected health information): cualquier expediente médico que se pueda vincular a una persona. HIPAA la protege.',
    },
    credential: {
      term: 'credencial',
      text: 'Un título que usted obtiene al aprobar un examen, como CPC o RHIT. Lo mantiene al renovarlo. Este sitio también llama certificaciones a las credenciales.',
      also: ['credenciales', 'certificación', 'certificaciones'],
    },
    aapc: {
      term: 'AAPC',
      text: 'La American Academy of Professional Coders (academia estadounidense de codificadores profesionales), una asociación de miembros para codificadores y facturadores. Ofrece los exámenes CPC, CPB, COC, CRC y CPC-P.',
    },
    ahima: {
      term: 'AHIMA',
      text: 'La American Health Information Management Association (asociación estadounidense de gestión de la información de salud), una asociación de miembros para quienes trabajan con expedientes médicos. Ofrece los exámenes CCA, CCS, CCS-P, RHIT y RHIA por medio de su propia comisión, CCHIIM.',
    },
    nha: {
      term: 'NHA',
      text: 'La National Healthcareer Association (asociación nacional de carreras de salud). Ofrece el examen CBCS de facturación y codificación.',
    },
    amba: {
      term: 'AMBA',
      text: 'La American Medical Billing Association (asociación estadounidense de facturación médica). Ofrece el examen CMRS para facturadores médicos.',
    },
    cpc: {
      term: 'CPC',
      text: 'Certified Professional Coder (codificador profesional certificado): la principal credencial de codificación de AAPC. Es para codificadores de consultorios médicos y de otra atención ambulatoria.',
    },
    'cpc-a': {
      term: 'CPC-A (aprendiz)',
      text: 'Así se le llama si aprueba el examen CPC sin dos años de trabajo en codificación. La A significa apprentice (aprendiz). AAPC quita la A cuando usted demuestra dos años de trabajo, o un año de trabajo más un curso de codificación.',
      also: ['CPC-A', 'COC-A', 'aprendiz', 'aprendices'],
    },
    cca: {
      term: 'CCA',
      text: 'Certified Coding Associate (asociado certificado en codificación): la credencial de codificación de nivel inicial de AHIMA, para todo tipo de atención.',
    },
    ccs: {
      term: 'CCS',
      text: 'Certified Coding Specialist (especialista certificado en codificación): la credencial de AHIMA para codificadores con experiencia, casi siempre en hospitales.',
    },
    rhit: {
      term: 'RHIT',
      text: 'Registered Health Information Technician (técnico registrado en información de salud): la credencial de AHIMA para técnicos de expedientes médicos. Para tomar el examen necesita un título de asociado en información de salud de un programa acreditado, o un programa extranjero que AHIMA acepte.',
    },
    ceu: {
      term: 'CEU',
      text: 'Unidad de educación continua (continuing education unit): crédito por una clase, una charla o una prueba que usted toma después de certificarse. Cada credencial pide un número fijo en cada ciclo para mantenerla.',
      also: ['unidades de educación continua', 'unidad de educación continua', 'educación continua'],
    },
    prerequisite: {
      term: 'requisito previo',
      text: 'Lo que debe tener antes de poder tomar un examen o empezar un curso, como un diploma de escuela secundaria.',
      also: ['requisitos previos', 'prerrequisito', 'prerrequisitos'],
    },
    proctored: {
      term: 'examen supervisado',
      text: 'Un examen vigilado por un supervisor: una persona que revisa que usted siga las reglas. Puede ser en un centro de exámenes, o en línea con una cámara web.',
      also: ['exámenes supervisados', 'supervisado', 'supervisada', 'supervisión en vivo'],
    },
    'pearson-vue': {
      term: 'Pearson VUE',
      text: 'Una empresa que tiene centros de exámenes. Varios exámenes de AHIMA se toman por computadora en sus centros.',
    },
    accreditation: {
      term: 'acreditación',
      text: 'Una revisión de un organismo externo que confirma que una escuela, un programa o un examen cumple ciertas normas. Por ejemplo, el examen RHIT pide un título de un programa acreditado por CAHIIM.',
      also: ['acreditado', 'acreditada', 'acreditados', 'acreditadas'],
    },
    cahiim: {
      term: 'CAHIIM',
      text: 'El organismo que acredita los programas de título en información de salud. Los exámenes RHIT y RHIA de AHIMA piden un título de un programa acreditado por CAHIIM.',
    },
    'third-party': {
      term: 'informe de terceros',
      text: 'Una cifra que da alguien distinto del organismo que la fija, como un sitio de preparación para exámenes que cita una cuota del examen. Este sitio la muestra y lo dice, pero nunca la cuenta como el precio.',
      also: ['terceros', 'tercero', 'informes de terceros'],
    },
    voucher: {
      term: 'vale del examen',
      text: 'Un pase prepagado para tomar un examen. Algunos cursos incluyen uno en su precio, así que usted no paga la cuota del examen una segunda vez.',
      also: ['vales del examen', 'voucher', 'vouchers'],
    },
    etpl: {
      term: 'ETPL',
      text: 'Eligible Training Provider List (lista de proveedores de capacitación elegibles). Es la lista de un estado con los programas de capacitación que se pueden pagar con fondos públicos para la formación laboral. Algunos costos de cursos de este sitio vienen de la lista de Nueva Jersey, tal como cada escuela los informó al estado.',
    },
    payback: {
      term: 'recuperación de la inversión',
      text: 'Cuánto tarda un curso en pagarse solo. Este sitio cuenta los meses de estudio y luego los meses de salario extra que se necesitan para cubrir el costo total.',
    },
  },
};

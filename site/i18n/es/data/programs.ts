/** Spanish of data/programs.json: where each program is taught, its accreditation, why a price is unknown, each figure's and cost line's note, and its length and hours in words (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/**
 * Program texts in Spanish. Program, school and place names stay as they are (a location that is only a place's
 * name is the same in both languages); words a source is quoted in keep their English, with a Spanish gloss after.
 */
export const programsText: DataTextTable = {
  // Where each program is taught (a place name alone stays as it is).
  'Online': 'En línea',
  'Johnstown, Colorado': 'Johnstown, Colorado',
  'In-person classroom or virtual (US Eastern time schedule)': 'En un aula presencial o virtual (horario del este de EE. UU.)',
  'Memphis, Tennessee (University of Tennessee Humphreys General Education Building)':
    'Memphis, Tennessee (en el edificio Humphreys General Education Building de la University of Tennessee)',
  'North East, Maryland (Continuing Education & Workforce Development)':
    'North East, Maryland (Continuing Education & Workforce Development, educación continua y desarrollo laboral)',
  'Jacksonville, Florida': 'Jacksonville, Florida',
  'Santa Barbara, California': 'Santa Barbara, California',
  'Winter Haven/Lakeland, Florida': 'Winter Haven/Lakeland, Florida',
  'Florida': 'Florida',
  'Albany, Georgia (online specialists listed)': 'Albany, Georgia (se mencionan especialistas en línea)',
  "Online (Utica, New York) - the catalog says the program 'can be completed 100% online'":
    "En línea (Utica, Nueva York): el catálogo dice que el programa 'can be completed 100% online' (se puede completar 100% en línea)",
  'Glen Ellyn, Illinois': 'Glen Ellyn, Illinois',
  'Port Huron, Michigan': 'Port Huron, Michigan',
  'Olympia, Washington': 'Olympia, Washington',
  'Virginia': 'Virginia',
  'Austin, Texas': 'Austin, Texas',
  'Online and Clearwater, Florida': 'En línea y en Clearwater, Florida',
  'US campuses (not specified in the part read)': 'Campus en EE. UU. (no se especifican en la parte leída)',
  'Arnold, Maryland': 'Arnold, Maryland',
  'Charlotte, North Carolina (coursework online; clinical PPE on site)': 'Charlotte, Carolina del Norte (clases en línea; práctica clínica PPE en persona)',
  'Texas (North Campus) and San Jac Online': 'Texas (North Campus) y San Jac Online',
  'Online (Ohio)': 'En línea (Ohio)',
  'Online (North Carolina); clinicals at healthcare sites near the student':
    'En línea (Carolina del Norte); prácticas clínicas en centros de salud cerca del estudiante',
  'Valhalla, New York': 'Valhalla, New York',
  'Not stated in the part read': 'No se indica en la parte leída',
  'Miami, Florida (campus)': 'Miami, Florida (en el campus)',
  'Jersey City, NJ (provider address); delivery not stated in this record': 'Jersey City, NJ (dirección del proveedor); este registro no indica la modalidad',
  'Online (NJCU, Jersey City, NJ): "nationally-recognized online program"':
    'En línea (NJCU, Jersey City, NJ): "nationally-recognized online program" (programa en línea reconocido a nivel nacional)',
  'Online (NJCU, Jersey City, NJ)': 'En línea (NJCU, Jersey City, NJ)',
  'Online (provider address Livonia, MI)': 'En línea (dirección del proveedor: Livonia, MI)',
  'Live online (provider in New Brunswick, NJ)': 'En línea, en vivo (proveedor en New Brunswick, NJ)',
  'Online (provider in New Brunswick, NJ)': 'En línea (proveedor en New Brunswick, NJ)',
  'Blackwood, NJ (provider); delivery not stated': 'Blackwood, NJ (proveedor); no se indica la modalidad',
  'West Windsor / Trenton, NJ': 'West Windsor / Trenton, NJ',
  'Wayne, NJ (in person or online instructor)': 'Wayne, NJ (en persona o con instructor en línea)',
  'Paterson, NJ': 'Paterson, NJ',
  'Branchburg, NJ': 'Branchburg, NJ',
  'Newark, NJ (website www.essex.edu)': 'Newark, NJ (sitio web www.essex.edu)',
  'Edison and Piscataway, NJ (hybrid/blended)': 'Edison y Piscataway, NJ (híbrido/mixto)',
  'Eatontown, NJ': 'Eatontown, NJ',
  'Newark, NJ': 'Newark, NJ',
  'East Orange, NJ': 'East Orange, NJ',
  'Elizabeth, NJ': 'Elizabeth, NJ',
  'Hackensack, NJ': 'Hackensack, NJ',
  'Pennsauken, NJ': 'Pennsauken, NJ',
  'Camden, NJ': 'Camden, NJ',
  'Online (provider in Lawrenceville, NJ)': 'En línea (proveedor en Lawrenceville, NJ)',

  // Accreditation and approval.
  'Issued by the certifying body itself; completing it deducts one year from the CPC-A apprenticeship':
    'Lo ofrece el mismo organismo que otorga la certificación. Completarlo descuenta un año del periodo de aprendiz CPC-A',
  "AAPC's own course": 'Curso propio de AAPC',
  'Approved and regulated by the Colorado Department of Higher Education, Private Occupational School Board':
    'Aprobado y regulado por el Colorado Department of Higher Education, Private Occupational School Board (junta de escuelas ocupacionales privadas de Colorado)',
  'States partnership with AAPC (CPC curriculum)': 'Indica una alianza con AAPC (plan de estudios del CPC)',
  'States it is an AAPC-approved education provider': 'Indica que es un proveedor de educación aprobado por AAPC',
  'Cecil College is an NC-SARA approved institution': 'Cecil College es una institución aprobada por NC-SARA',
  'Includes courses recommended by AHIMA': 'Incluye cursos recomendados por AHIMA',
  'CAHIIM accredited': 'Acreditado por CAHIIM',
  'ABHES accredited (UMA school catalog, 2022)': 'Acreditado por ABHES (catálogo de la escuela UMA, 2022)',
  'CAHIIM accredited (AACC catalog)': 'Acreditado por CAHIIM (catálogo de AACC)',
  'Trident is WASC-accredited (gradschoolhub.com, third-party)': 'Trident está acreditada por WASC (gradschoolhub.com, de terceros)',
  'CAHIIM accredited (online A.A.S.)': 'Acreditado por CAHIIM (A.A.S. en línea)',
  "COE (Council on Occupational Education) accreditation since 2001, per the school's own site text":
    'Acreditación de COE (Council on Occupational Education) desde 2001, según el texto del propio sitio de la escuela',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible)":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA)',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-06-30":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-06-30',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2026-07-01":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2026-07-01',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-11-30":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-11-30',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-09-30":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-09-30',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2023-02-28":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2023-02-28',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-08-31":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-08-31',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-01-31":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-01-31',
  "Approved on New Jersey's Eligible Training Provider List (NJ Department of Labor Training Explorer data, 2021; WIOA-eligible); approval listed to 2021-07-31":
    'Aprobado en la Eligible Training Provider List de Nueva Jersey (lista de proveedores de capacitación elegibles; datos de Training Explorer del NJ Department of Labor, 2021; elegible para WIOA); aprobación indicada hasta el 2021-07-31',

  // Why a tuition is not known.
  'Price not found in the stored pages.': 'No se encontró el precio en las páginas guardadas.',
  'Price not stated in the part of the page read; it mentions scholarships and grants.':
    'El precio no se indica en la parte de la página que se leyó. Menciona becas y subvenciones.',
  "Price not found: the catalogs' tuition section was not in the part read.":
    'No se encontró el precio: la sección de matrícula de los catálogos no estaba en la parte leída.',
  "Price not found; the catalog's credit tuition rates do not apply to this workforce program.":
    'No se encontró el precio. Las tarifas de matrícula por crédito del catálogo no se aplican a este programa de formación laboral.',
  "Tuition rate known ($104.00 per credit hour for Florida residents, 2023-24, including general fees) but the program's credit total was not in the part read, so no total is computed.":
    'Se conoce la tarifa de matrícula ($104.00 por hora de crédito para residentes de Florida, 2023-24, con las cuotas generales incluidas). Pero el total de créditos del programa no estaba en la parte leída, así que no se calcula un total.',
  "Price not found; ASU's rate schedule was not in the part read.": 'No se encontró el precio. La tabla de tarifas de ASU no estaba en la parte leída.',
  "Tuition is billed per contact hour ($153 + $40 technology fee in-district, 2024-2025) and the program's contact-hour total was not read, so no total is computed.":
    'La matrícula se cobra por hora de contacto ($153 + $40 de cuota de tecnología dentro del distrito, 2024-2025). No se leyó el total de horas de contacto del programa, así que no se calcula un total.',
  'Price not found; only a 2017-18 tuition table was found and the credit total was not read.':
    'No se encontró el precio. Solo se encontró una tabla de matrícula de 2017-18 y no se leyó el total de créditos.',
  "Tuition rate known ($85 per credit hour in-district including general fees, 2023-2024) but the certificate's credit total was not read, so no total is computed.":
    'Se conoce la tarifa de matrícula ($85 por hora de crédito dentro del distrito, con las cuotas generales incluidas, 2023-2024). Pero no se leyó el total de créditos del certificado, así que no se calcula un total.',
  'Tuition not found: the tuition table in the stored catalogs is past the part read.':
    'No se encontró la matrícula: la tabla de matrícula de los catálogos guardados está más allá de la parte leída.',
  'Price and length not found.': 'No se encontraron el precio ni la duración.',
  "Tuition rate known ($83 per credit in-district, undated catalog; $78 from fall 2019 on an older page) but the certificate's credit total was not read, so no total is computed.":
    'Se conoce la tarifa de matrícula ($83 por crédito dentro del distrito, en un catálogo sin fecha; $78 desde el otoño de 2019 en una página anterior). Pero no se leyó el total de créditos del certificado, así que no se calcula un total.',
  "Tuition rate known ($540 + $65 general fee per credit hour, 2023-24) but the certificate's credit total was not read, so no total is computed.":
    'Se conoce la tarifa de matrícula ($540 + $65 de cuota general por hora de crédito, 2023-24). Pero no se leyó el total de créditos del certificado, así que no se calcula un total.',
  'Tuition per semester hour not found.': 'No se encontró la matrícula por hora semestral.',
  "North Carolina sets $76 per credit hour in-state (2023-2024, read on another NC college's catalog) but the program's credit total was not read, so no total is computed.":
    'Carolina del Norte fija $76 por hora de crédito para residentes del estado (2023-2024, leído en el catálogo de otra escuela de NC). Pero no se leyó el total de créditos del programa, así que no se calcula un total.',
  'Price and credit total not found.': 'No se encontraron el precio ni el total de créditos.',

  // How a tuition figure was read or worked out.
  'Tuition, enrollment agreement.': 'Matrícula, según el contrato de inscripción.',
  'Includes tuition, books, AAPC student membership and the CPC exam with 2 attempts.':
    'Incluye la matrícula, los libros, la membresía de estudiante de AAPC y el examen CPC con 2 intentos.',
  '37 credits × $104.88 per credit in-state (rates effective Fall 2018-19) = $3,880.56; tuition and per-credit fees only.':
    '37 créditos × $104.88 por crédito para residentes del estado (tarifas vigentes desde el otoño de 2018-19) = $3,880.56. Solo matrícula y cuotas por crédito.',
  'California residents, $46 per unit, as reported by collegelearners.com (not read on an SBCC page).':
    'Residentes de California, $46 por unidad, según collegelearners.com (no se leyó en una página de SBCC).',
  'New York residents with a Certificate of Residence: $5,266 a year × 2 (flat full-time rate, four semesters); tuition only.':
    'Residentes de Nueva York con un Certificate of Residence (certificado de residencia): $5,266 al año × 2 (tarifa fija de tiempo completo, cuatro semestres). Solo matrícula.',
  'District 502 residents: 68 credits (COD HIT FAQ) × $138 per credit ($105.15 tuition + $32.85 fee).':
    'Residentes del District 502: 68 créditos (COD HIT FAQ) × $138 por crédito ($105.15 de matrícula + $32.85 de cuota).',
  '68 credits × $140 per credit (Fall 2015, an older cod.edu copy).': '68 créditos × $140 por crédito (otoño de 2015, una copia anterior de cod.edu).',
  '68 credits × about $152 per credit claimed for 2024-2025 by a third-party page; not confirmed on a COD page.':
    '68 créditos × unos $152 por crédito para 2024-2025, según una página de terceros. No se confirmó en una página de COD.',
  'Anne Arundel County residents: 63 credits (2016-2017 catalog) × $124 per credit (current aacc.edu page); tuition only.':
    'Residentes del condado de Anne Arundel: 63 créditos (catálogo 2016-2017) × $124 por crédito (página actual de aacc.edu). Solo matrícula.',
  '63 credits × $125 per credit, listed for 2024-2025 on a copy of the tuition page on an unrelated domain.':
    '63 créditos × $125 por crédito, indicado para 2024-2025 en una copia de la página de matrícula en un dominio no relacionado.',
  'In-state ceiling: 4 semesters × the $1,216 cap charged for 16 or more credit hours (NC rate); the credit total and summer terms were not read, so this is an upper bound for tuition, not a quote.':
    'Tope para residentes del estado: 4 semestres × el máximo de $1,216 que se cobra por 16 horas de crédito o más (tarifa de NC). No se leyeron el total de créditos ni los periodos de verano. Por eso es un límite superior de la matrícula, no una cotización.',
  '16 weekly payments of $110.': '16 pagos semanales de $110.',
  "Gainful-employment disclosure for the 2010 graduate cohort, read in the source code of the school's website (2016); the live page was not read.":
    'Divulgación de gainful employment (empleo remunerado) de la generación de graduados de 2010, leída en el código fuente del sitio web de la escuela (2016). No se leyó la página en vivo.',
  "Reported by the provider to New Jersey's Eligible Training Provider List.": 'Informado por el proveedor a la Eligible Training Provider List de Nueva Jersey.',

  // Fees and books: notes on each line and on its figures.
  'The page lists the code books, text and workbook as included in tuition, but its fee section says the student buys the books.':
    'La página indica que los libros de códigos, el texto y el cuaderno de trabajo están incluidos en la matrícula. Pero su sección de cuotas dice que el estudiante compra los libros.',
  'Payment: a non-refundable $895 deposit, then payment in full or 4 installments of $750.':
    'Pago: un depósito no reembolsable de $895, y luego el pago completo o 4 pagos de $750.',
  'Application fee.': 'Cuota de solicitud.',
  'FSCJ suggests budgeting about $80 per credit hour for books: 37 × $80.': 'FSCJ sugiere calcular unos $80 por hora de crédito para libros: 37 × $80.',
  'Tuition (per-unit enrollment fees) only; other fees not found.': 'Solo matrícula (cuotas de inscripción por unidad). No se encontraron otras cuotas.',
  'Mandatory full-time fees, 2024-2025 table: ($265 technology + $145 student activity + $66 student support) × 4 semesters.':
    'Cuotas obligatorias de tiempo completo, tabla 2024-2025: ($265 de tecnología + $145 de actividades estudiantiles + $66 de apoyo al estudiante) × 4 semestres.',
  'The per-credit fee is in the $138 rate; lab and material fees for some courses are extra and not published in the part read.':
    'La cuota por crédito está incluida en la tarifa de $138. Las cuotas de laboratorio y materiales de algunos cursos se cobran aparte y no se publican en la parte leída.',
  'Per-credit fees: educational services $22, athletic $2 and student activity $3, × 63 credits; a $25 registration fee per term and course lab fees come on top.':
    'Cuotas por crédito: servicios educativos $22, deportes $2 y actividades estudiantiles $3, × 63 créditos. Aparte se cobran una cuota de inscripción de $25 por periodo y las cuotas de laboratorio de los cursos.',
  'Books are estimated at $175 per course; the number of courses was not read.': 'Los libros se estiman en $175 por curso. No se leyó el número de cursos.',
  'Non-refundable registration fee for a new AAPC member ($150 for a current member): $140 AAPC membership, $110 CPC textbook and eWorkbook, $40 seat reservation; not credited toward tuition.':
    'Cuota de inscripción no reembolsable para un miembro nuevo de AAPC ($150 para un miembro actual): $140 de membresía de AAPC, $110 del libro de texto y el eWorkbook del CPC y $40 de reserva de lugar. No se descuenta de la matrícula.',
  'The CPC textbook and eWorkbook ($110) are in the registration fee.':
    'El libro de texto y el eWorkbook del CPC ($110) están incluidos en la cuota de inscripción.',
  'Registration fee.': 'Cuota de inscripción.',
  'Books and supplies.': 'Libros y materiales.',

  // Length in words (the registry length classes, and where this site computed months).
  'Access period not found.': 'No se encontró el periodo de acceso.',
  'typically completed within 3 months of enrollment': 'normalmente se completa dentro de los 3 meses siguientes a la inscripción',
  'Not stated.': 'No se indica.',
  '16–18 weeks (Fall: August–December; Spring: January–May); 4.2 months is 18 weeks, computed':
    '16–18 semanas (otoño: agosto–diciembre; primavera: enero–mayo); 4.2 meses son 18 semanas, calculado',
  'Must be completed within five months of registration to qualify for the Test Pass Guarantee':
    'Se debe completar dentro de los cinco meses siguientes a la inscripción para tener derecho a la Test Pass Guarantee (garantía de aprobar el examen)',
  '12 weeks (2.8 months, computed)': '12 semanas (2.8 meses, calculado)',
  'Not stated; limited access, starts each Fall.': 'No se indica. Acceso limitado, empieza cada otoño.',
  'Not stated; begins once a year in Fall.': 'No se indica. Empieza una vez al año, en otoño.',
  'Not stated; admits one class a year, starting each Fall.': 'No se indica. Admite un grupo al año, que empieza cada otoño.',
  'Two years (four semesters); full- or part-time': 'Dos años (cuatro semestres); tiempo completo o parcial',
  'Two-year program': 'Programa de dos años',
  'Two-year program (2016-17 catalog)': 'Programa de dos años (catálogo 2016-17)',
  'One year': 'Un año',
  "Not stated for UMA; its blog says certificate programs in general 'can be completed in nine months'.":
    "No se indica para UMA. Su blog dice que los programas de certificado en general 'can be completed in nine months' (se pueden completar en nueve meses).",
  '2 years full-time, lockstep (CPCC HIT FAQ)': '2 años de tiempo completo, con los cursos en un orden fijo (CPCC HIT FAQ)',
  'Three semesters (catalog)': 'Tres semestres (catálogo)',
  '16 weeks (3.7 months, computed)': '16 semanas (3.7 meses, calculado)',
  '11 months ("11 months duration", admissions page source)': '11 meses ("11 months duration", código fuente de la página de admisiones)',
  '6–12 months (New Jersey registry length class)': '6–12 meses (clase de duración del registro de Nueva Jersey)',
  '3 months of full-time study, with 6 months of program access (provider); 3–5 months (New Jersey registry length class)':
    '3 meses de estudio de tiempo completo, con 6 meses de acceso al programa (proveedor); 3–5 meses (clase de duración del registro de Nueva Jersey)',
  '"three-month, video based training series" (provider); 3–5 months (New Jersey registry length class)':
    '"three-month, video based training series" (serie de capacitación en video de tres meses; proveedor); 3–5 meses (clase de duración del registro de Nueva Jersey)',
  '"six month online certification program" (provider); 6–12 months (New Jersey registry length class)':
    '"six month online certification program" (programa de certificación en línea de seis meses; proveedor); 6–12 meses (clase de duración del registro de Nueva Jersey)',
  '4–11 weeks (New Jersey registry length class; 2.5 months is 11 weeks, computed)':
    '4–11 semanas (clase de duración del registro de Nueva Jersey; 2.5 meses son 11 semanas, calculado)',
  '3–5 months (New Jersey registry length class)': '3–5 meses (clase de duración del registro de Nueva Jersey)',
  '13 months to 2 years (New Jersey registry length class); the description says it "can be completed within one calendar year"':
    '13 meses a 2 años (clase de duración del registro de Nueva Jersey); la descripción dice que "can be completed within one calendar year" (se puede completar en un año calendario)',
  '13 months to 2 years (New Jersey registry length class)': '13 meses a 2 años (clase de duración del registro de Nueva Jersey)',

  // Hours and credits in words.
  "80 hours ('AAPC's 80-hour medical coding course')": "80 horas ('AAPC's 80-hour medical coding course', el curso de codificación médica de 80 horas de AAPC)",
  '40 clock hours': '40 horas reloj',
  '80 hours': '80 horas',
  '8 hours of classroom instruction a week; 128–144 hours over 16–18 weeks (computed, not stated)':
    '8 horas de clase por semana; 128–144 horas en 16–18 semanas (calculado, no indicado)',
  '634 hours of instruction/externship': '634 horas de instrucción/práctica externa',
  '37 college credit hours': '37 horas de crédito universitario',
  'About 38 units (computed from $1,748 ÷ $46)': 'Unas 38 unidades (calculado con $1,748 ÷ $46)',
  'Prerequisites total 16 credits (intro to healthcare, advanced medical terminology, A&P survey, computer applications, pathophysiology & pharmacology)':
    'Los requisitos previos suman 16 créditos (introducción a la atención médica, terminología médica avanzada, panorama de anatomía y fisiología, aplicaciones de computación, fisiopatología y farmacología)',
  'Credit total not read; priced from the flat full-time semester rate.':
    'No se leyó el total de créditos. El precio sale de la tarifa fija por semestre de tiempo completo.',
  '68 semester credit hours, including general education (COD HIT FAQ)': '68 horas de crédito semestrales, con educación general incluida (COD HIT FAQ)',
  'HIT clinicals: 96, 128 and 192 hours in successive semesters': 'Prácticas clínicas de HIT: 96, 128 y 192 horas en semestres sucesivos',
  'A minimum of 63 credit hours (2016-2017 catalog)': 'Un mínimo de 63 horas de crédito (catálogo 2016-2017)',
  'Three Professional Practice Experience courses: 48 contact hours (2nd semester), 96 (3rd), 48 (4th)':
    'Tres cursos de Professional Practice Experience (práctica profesional): 48 horas de contacto (2.º semestre), 96 (3.º), 48 (4.º)',
  'Includes one unpaid clinical (practicum) course': 'Incluye un curso de práctica clínica sin pago',
  '36 semester hours (at least 27 completed at Trident); a separate Certificate in Medical Billing is 27 semester hours':
    '36 horas semestrales (al menos 27 completadas en Trident); un Certificate in Medical Billing aparte es de 27 horas semestrales',
  '180 hours of training': '180 horas de capacitación',
  '49 clock hours (New Jersey registry); the description gives 16 three-hour live online classes (48 hours, computed)':
    '49 horas reloj (registro de Nueva Jersey); la descripción indica 16 clases en vivo en línea de tres horas (48 horas, calculado)',
  '12 credits; 360 clock hours (ETPL)': '12 créditos; 360 horas reloj (ETPL)',
  '34 credits (clock hours listed as 0)': '34 créditos (horas reloj indicadas como 0)',
  "3,370 total clock hours listed (New Jersey registry), on-the-job training included; unverified: the record's description is corrupted in the source":
    '3,370 horas reloj en total según el registro de Nueva Jersey, con la capacitación en el trabajo incluida. Sin verificar: la descripción del registro está dañada en la fuente',
  '300 clock hours; 8 credits (ETPL)': '300 horas reloj; 8 créditos (ETPL)',
  '240 clock hours (ETPL total clock hours)': '240 horas reloj (total de horas reloj del ETPL)',
  '300 clock hours (ETPL total clock hours)': '300 horas reloj (total de horas reloj del ETPL)',
  '360 clock hours (ETPL total clock hours)': '360 horas reloj (total de horas reloj del ETPL)',
  '192 clock hours (ETPL total clock hours)': '192 horas reloj (total de horas reloj del ETPL)',
  '384 clock hours (ETPL total clock hours)': '384 horas reloj (total de horas reloj del ETPL)',
  '340 clock hours (ETPL total clock hours)': '340 horas reloj (total de horas reloj del ETPL)',
  '370 clock hours (ETPL total clock hours)': '370 horas reloj (total de horas reloj del ETPL)',
  '100 clock hours (ETPL total clock hours)': '100 horas reloj (total de horas reloj del ETPL)',
  '250 clock hours (ETPL total clock hours)': '250 horas reloj (total de horas reloj del ETPL)',
  '40 clock hours (ETPL total clock hours)': '40 horas reloj (total de horas reloj del ETPL)',
  '900 clock hours (ETPL total clock hours)': '900 horas reloj (total de horas reloj del ETPL)',
  '80 clock hours (ETPL total clock hours)': '80 horas reloj (total de horas reloj del ETPL)',
  '200 clock hours (ETPL total clock hours)': '200 horas reloj (total de horas reloj del ETPL)',
};

/** Spanish of data/certifications.json: who each credential is for, fee and membership reasons and notes, third-party price reports, prerequisites, exam format, passing score, apprentice, renewal and retake texts (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/**
 * Credential texts in Spanish. Credential, body and publication names stay in English; a source's own words
 * quoted inside a text stay in English in quotation marks, with a Spanish gloss after them. Texts shown after
 * a colon or in parentheses (focus notes, third-party reports) keep their lowercase start.
 */
export const certificationsText: DataTextTable = {
  // Shared by several credentials: AAPC fees, membership, format and renewal; AHIMA and other bodies' reasons
  'coding': 'codificación',
  'billing': 'facturación',
  'AAPC does not publish the exam price on any page read; only third-party reports were found.':
    'AAPC no publica el precio del examen en ninguna página que leímos. Solo se encontraron datos de terceros.',
  "AAPC's pages read give the renewal price only; the price to join (new or student membership) is not on any AAPC page read.":
    'Las páginas de AAPC que leímos solo dan el precio de renovación. El precio para afiliarse (membresía nueva o de estudiante) no está en ninguna página de AAPC que leímos.',
  'Individual renewal; a payment plan adds a $20 fee.': 'Renovación individual; un plan de pagos agrega un cargo de $20.',
  'Active AAPC membership is needed to register for the exam and to keep the credential.':
    'Se necesita una membresía activa de AAPC para inscribirse en el examen y para mantener la credencial.',
  '100 multiple-choice questions': '100 preguntas de opción múltiple',
  '4 hours': '4 horas',
  '2 years (annual membership)': '2 años (membresía anual)',
  '36 CEUs every two years (single credential)': '36 CEU cada dos años (una sola credencial)',
  'Two-attempt package reported by third parties; not confirmed on an AAPC page.':
    'Terceros reportan un paquete de dos intentos; no está confirmado en una página de AAPC.',
  '2 years': '2 años',
  'No student price in the pages read.': 'Las páginas que leímos no dan precio para estudiantes.',
  'AHIMA dues were not found in the stored pages.': 'No se encontraron las cuotas de membresía de AHIMA en las páginas guardadas.',
  'AHIMA membership is optional (it lowers exam and recertification fees); dues were not found.':
    'La membresía de AHIMA es opcional (baja las cuotas del examen y de la recertificación). No se encontraron las cuotas de membresía.',
  "AHIMA's price was not found; only third-party reports.": 'No se encontró el precio de AHIMA; solo hay datos de terceros.',
  '20 CEUs': '20 CEU',
  'Not stated in the pages read.': 'No se indica en las páginas que leímos.',
  '$218 (one credential, non-member)': '$218 (una credencial, no miembro)',

  // cpc
  "For medical coders in doctors' offices and other professional (outpatient) settings. It covers CPT, ICD-10-CM and HCPCS Level II coding.":
    'Para codificadores médicos en consultorios médicos y otros lugares de servicios profesionales (ambulatorios). Abarca la codificación con CPT, ICD-10-CM y HCPCS Level II.',
  '$425 one attempt / $499 two attempts (AAPC core exams, 2026 guides for COC, CRC and CPB)':
    '$425 un intento / $499 dos intentos (exámenes principales de AAPC, guías de 2026 para COC, CRC y CPB)',
  'around $399 for AAPC members, one free retake included': 'alrededor de $399 para miembros de AAPC, con una oportunidad gratis de volver a tomar el examen',
  '$300 exam + $125 membership ($70 student membership) - older Career Step blog, undated':
    '$300 el examen + $125 la membresía ($70 la membresía de estudiante) - blog anterior de Career Step, sin fecha',
  'No AAPC pricing page was found in the stored pages. Third-party figures conflict and change over time; confirm on aapc.com before publishing.':
    'No se encontró una página de precios de AAPC en las páginas guardadas. Las cifras de terceros no coinciden y cambian con el tiempo. Confírmelas en aapc.com antes de publicarlas.',
  'A third-party guide (2025–26) gives AAPC membership as $222 a year individual, $157 student; it does not say whether that is the price to join or to renew.':
    'Una guía de terceros (2025–26) da la membresía de AAPC en $222 al año la individual y $157 la de estudiante. No dice si es el precio para afiliarse o para renovar.',
  'Individual renewal, on an earlier version of the same FAQ.': 'Renovación individual, en una versión anterior de las mismas preguntas frecuentes.',
  "None to sit: 'Proof of education or experience isn't necessary to sit for AAPC exams' (AAPC). Active AAPC membership is needed to register and to keep the credential. An older Army COOL summary says applicants 'must have at least two years medical coding experience' (this matches the apprentice rule, not an exam-entry rule) and that AAPC recommends an associate's degree.":
    'Ninguno para presentar el examen. AAPC dice: "Proof of education or experience isn\'t necessary to sit for AAPC exams" (no hace falta probar estudios ni experiencia para presentar los exámenes de AAPC). Se necesita una membresía activa de AAPC para inscribirse y para mantener la credencial. Un resumen anterior de Army COOL dice que los solicitantes "must have at least two years medical coding experience" (deben tener al menos dos años de experiencia en codificación médica). Esto coincide con la regla de aprendiz, no con una regla para entrar al examen. Ese resumen también dice que AAPC recomienda un título asociado.',
  'AMA CPT Professional Edition plus your choice of ICD-10-CM and HCPCS Level II code manuals (current year). ICD-10-CM Official Guidelines allowed with brief notations; manual calculators and highlighters allowed.':
    'AMA CPT Professional Edition más los manuales de códigos ICD-10-CM y HCPCS Level II que usted elija (del año en curso). Se permiten las ICD-10-CM Official Guidelines (pautas oficiales) con anotaciones breves. Se permiten calculadoras manuales y resaltadores.',
  'In person (testing site / local chapter) or online live-proctored': 'En persona (centro de examen / sección local) o en línea con supervisión en vivo',
  '17 areas of knowledge; most questions present a coding scenario. Before 2022 the CPC was 150 questions in 5 hours 40 minutes (many older pages still say this).':
    '17 áreas de conocimiento; la mayoría de las preguntas presenta un caso de codificación. Antes de 2022, el CPC tenía 150 preguntas en 5 horas 40 minutos (muchas páginas anteriores todavía lo dicen).',
  "70% of questions correct (AAPC CPC exam page: 'answer 70% of the questions correctly to pass')":
    '70% de respuestas correctas (página del examen CPC de AAPC: "answer 70% of the questions correctly to pass", es decir, responder bien el 70% de las preguntas para aprobar)',
  "Pass without the 2 years of work it asks for, and you are CPC-A until you send proof of 2 years or the same in other ways. AAPC's page gives two ways. (1) Your employer confirms 2 years of coding on the job with CPT, ICD-10-CM or HCPCS Level II. Externships count. Letters must be on company letterhead, signed and dated, as a PDF. (2) 1 year of confirmed work plus study: an 80-contact-hour coding course or AAPC's Practicode each takes off one year. An earlier AAPC page said that an 80-contact-hour course plus CPC-A Practicode covers the full two years.":
    'Si aprueba sin los 2 años de trabajo que pide, usted es CPC-A hasta que envíe pruebas de 2 años o su equivalente de otras formas. La página de AAPC da dos formas. (1) Su empleador confirma 2 años de codificación en el trabajo con CPT, ICD-10-CM o HCPCS Level II. Las prácticas externas cuentan. Las cartas deben estar en papel membretado de la empresa, firmadas y con fecha, en PDF. (2) 1 año de trabajo confirmado más estudios: un curso de codificación de 80 horas de contacto o el Practicode de AAPC quitan un año cada uno. Una página anterior de AAPC decía que un curso de 80 horas de contacto más el CPC-A Practicode cubren los dos años completos.',
  'Membership renewed every year; CEUs reported every 2 years': 'La membresía se renueva cada año; las CEU se reportan cada 2 años',
  '36 CEUs every two years for one AAPC certification (40 for two, 44 for three, 48 for four, 52 for five or more)':
    '36 CEU cada dos años para una certificación de AAPC (40 para dos, 44 para tres, 48 para cuatro, 52 para cinco o más)',
  'Credentials are revoked if dues or CEUs are not submitted within 90 days of the renewal date; $50 late fee; CEU extension fee $50.':
    'Las credenciales se revocan si las cuotas de membresía o las CEU no se envían dentro de los 90 días siguientes a la fecha de renovación. Recargo por atraso: $50. Cargo por prórroga de las CEU: $50.',
  "Third-party guides describe one- and two-attempt exam packages (second attempt included in the 2-attempt price); older AAPC-era pages described 'one free retake'. No current AAPC policy page was read.":
    'Guías de terceros describen paquetes de examen de uno y de dos intentos (el segundo intento está incluido en el precio de 2 intentos). Páginas anteriores de la época de AAPC describían "one free retake" (volver a tomar el examen una vez gratis). No leímos ninguna página actual de AAPC con sus reglas.',
  'The stored copy of the plain URL https://www.aapc.com/certification/cpc/ is an older version (cites a 2018 salary survey); the 100-question/4-hour/70% facts come from the newer copy listed first.':
    'La copia guardada de la URL simple https://www.aapc.com/certification/cpc/ es una versión anterior (cita una encuesta de salarios de 2018). Los datos de 100 preguntas, 4 horas y 70% vienen de la copia más nueva, que aparece primero en la lista.',

  // cpb
  'Medical billers: claim submission, payer rules (LCDs/NCDs), HIPAA/False Claims Act/Fair Debt Collections/Stark, claim life cycle, follow-up, denials and appeals, payment posting, collections.':
    'Facturadores médicos: envío de reclamaciones, reglas de las aseguradoras (LCD/NCD), las leyes HIPAA/False Claims Act/Fair Debt Collections/Stark, ciclo de vida de la reclamación, seguimiento, denegaciones y apelaciones, registro de pagos y cobros.',
  '$425 one attempt / $499 two attempts, plus AAPC membership ($222/yr, $157 students)':
    '$425 un intento / $499 dos intentos, más la membresía de AAPC ($222 al año, $157 estudiantes)',
  '$300 members / $400 non-members (May 2026 guide; conflicts with the above)':
    '$300 miembros / $400 no miembros (guía de mayo de 2026; no coincide con lo anterior)',
  '$325 ($260 AAPC students), 1 free retake within a year - older CCO page from the ICD-9 era':
    '$325 ($260 estudiantes de AAPC), 1 oportunidad gratis de volver a tomar el examen en el plazo de un año - página anterior de CCO de la época de ICD-9',
  'No AAPC price page read. Treat as unconfirmed.': 'No leímos ninguna página de precios de AAPC. Tome estos datos como no confirmados.',
  "None required by AAPC to sit ('Proof of education or experience isn't necessary to sit for AAPC exams'); AAPC recommends training or substantial billing experience.":
    'AAPC no exige ninguno para presentar el examen ("Proof of education or experience isn\'t necessary to sit for AAPC exams": no hace falta probar estudios ni experiencia). AAPC recomienda capacitación o bastante experiencia en facturación.',
  '135 multiple-choice questions': '135 preguntas de opción múltiple',
  'AMA CPT Professional Edition plus your choice of ICD-10-CM and HCPCS Level II code books':
    'AMA CPT Professional Edition más los libros de códigos ICD-10-CM y HCPCS Level II que usted elija',
  'Online proctored at home or in person (local chapter / licensed instructor)':
    'En línea con supervisión, desde su casa, o en persona (sección local / instructor con licencia)',
  "Other pages say 100 questions/4 hours (open-exam-prep, 2026) or 200 questions/5h40m (older format). AAPC's own 'Taking the CPB exam' page says 135 questions in 4 hours.":
    'Otras páginas dicen 100 preguntas/4 horas (open-exam-prep, 2026) o 200 preguntas/5 h 40 min (formato anterior). La propia página "Taking the CPB exam" (cómo presentar el examen CPB) de AAPC dice 135 preguntas en 4 horas.',
  '70% (third-party: medicalbillingandcoding.training, open-exam-prep)': '70% (según terceros: medicalbillingandcoding.training, open-exam-prep)',
  "Not confirmed from AAPC; see third-party notes (1- vs 2-attempt packages; older 'one free retake').":
    'Sin confirmar por AAPC. Vea las notas de terceros (paquetes de 1 o de 2 intentos; antes, "one free retake": volver a tomar el examen una vez gratis).',

  // coc
  'Outpatient hospital / facility coders (ED, hospital clinics, ambulatory surgery centers, outpatient radiology, therapy, dialysis); APCs, payment status indicators, MS-DRGs.':
    'Codificadores de servicios ambulatorios de hospitales y centros (sala de emergencias, clínicas del hospital, centros de cirugía ambulatoria, radiología ambulatoria, terapia, diálisis); APC, indicadores de estado de pago, MS-DRG.',
  '$425 one attempt / $499 two attempts': '$425 un intento / $499 dos intentos',
  '$399 one attempt / $499 two attempts (another page of the same site)': '$399 un intento / $499 dos intentos (otra página del mismo sitio)',
  "two-attempt packages 'commonly available around $499'":
    'paquetes de dos intentos "commonly available around $499" (se consiguen por lo general por unos $499)',
  'None required to sit; AAPC lists recommended knowledge (medical terminology, anatomy, pathophysiology, CPT/HCPCS/ICD-10-CM).':
    'No se exige ninguno para presentar el examen. AAPC da una lista de conocimientos recomendados (terminología médica, anatomía, fisiopatología, CPT/HCPCS/ICD-10-CM).',
  '4 hours (one sitting)': '4 horas (en una sola sesión)',
  'Current calendar year CPT, ICD-10-CM and HCPCS Level II (older AAPC FAQ: AMA CPT professional or standard, ICD-10-CM, HCPCS II; expert editions allowed)':
    'CPT, ICD-10-CM y HCPCS Level II del año calendario en curso (preguntas frecuentes anteriores de AAPC: AMA CPT professional o standard, ICD-10-CM, HCPCS II; se permiten las ediciones expert)',
  'Online proctored (external webcam required) or in person': 'En línea con supervisión (se exige una cámara web externa) o en persona',
  '70% (third-party: open-exam-prep, medicoexam)': '70% (según terceros: open-exam-prep, medicoexam)',
  "Same rules as CPC-A (2 years' experience equivalency; see CPC).": 'Las mismas reglas que para el CPC-A (equivalencia de 2 años de experiencia; vea CPC).',

  // crc
  'Risk adjustment coders (ICD-10-CM diagnosis coding for HCC and other risk adjustment models; Medicare Advantage, ACA, Medicaid managed care).':
    'Codificadores de ajuste de riesgos (codificación de diagnósticos con ICD-10-CM para HCC y otros modelos de ajuste de riesgos; Medicare Advantage, ACA, atención administrada de Medicaid).',
  "$425 one attempt / $499 two attempts ('current pricing reviewed for this guide', 2026)":
    '$425 un intento / $499 dos intentos ("current pricing reviewed for this guide": precios actuales revisados para esta guía, 2026)',
  "None required to sit; AAPC says the exam is 'not intended for individuals lacking CRC training or equivalent experience'.":
    'No se exige ninguno para presentar el examen. AAPC dice que el examen es "not intended for individuals lacking CRC training or equivalent experience" (no es para personas sin capacitación para el CRC ni experiencia equivalente).',
  'ICD-10-CM (expert editions allowed per older AAPC FAQ)': 'ICD-10-CM (se permiten las ediciones expert, según preguntas frecuentes anteriores de AAPC)',
  'Online proctored or in person (per third-party; not stated in the excerpt read)':
    'En línea con supervisión o en persona (según terceros; no se indica en el fragmento que leímos)',
  "At least 70 of 100 correct (AAPC CRC page: 'a minimum of 70'; Coding Clarified, Jul 2024)":
    'Al menos 70 de 100 correctas (página del CRC de AAPC: "a minimum of 70", un mínimo de 70; Coding Clarified, julio de 2024)',

  // cpc-p
  'coding (payer side: claims adjudication, reimbursement methodologies)':
    'codificación (del lado de la aseguradora: resolución de reclamaciones, métodos de reembolso)',
  'Claims reviewers, utilization management, auditors, benefits administrators and other staff at health plans/payers.':
    'Revisores de reclamaciones, personal de gestión de la utilización, auditores, administradores de beneficios y otro personal de planes de salud y aseguradoras.',
  'AAPC members, older AAPC page (150-question era).': 'Miembros de AAPC, página anterior de AAPC (época de 150 preguntas).',
  'No non-member price on the older AAPC page read.': 'La página anterior de AAPC que leímos no da precio para quienes no son miembros.',
  'AAPC students, older AAPC page.': 'Estudiantes de AAPC, página anterior de AAPC.',
  'From an older aapc.com CPC-P page (150-question era); likely outdated.':
    'De una página anterior de aapc.com sobre el CPC-P (época de 150 preguntas); probablemente desactualizado.',
  'None stated on the page read.': 'La página que leímos no indica ninguno.',
  '150 multiple-choice questions (proctored)': '150 preguntas de opción múltiple (con supervisión)',
  '5 hours 40 minutes': '5 horas 40 minutos',
  'CPT, HCPCS Level II, ICD-10-CM': 'CPT, HCPCS Level II e ICD-10-CM',
  'Proctored (older page)': 'Con supervisión (página anterior)',
  'One free retake (older AAPC page)': 'Una oportunidad gratis de volver a tomar el examen (página anterior de AAPC)',
  'A third-party study guide (medcodely.com) says the CPC-P exam was retired in late 2023; not confirmed from an AAPC page.':
    'Una guía de estudio de terceros (medcodely.com) dice que el examen CPC-P se retiró a fines de 2023. No está confirmado en una página de AAPC.',

  // cca
  'AHIMA (American Health Information Management Association); exams run by its Commission on Certification for Health Informatics and Information Management (CCHIIM)':
    'AHIMA (American Health Information Management Association); su Commission on Certification for Health Informatics and Information Management (CCHIIM, comisión de certificación) administra los exámenes',
  'entry level, all settings: hospitals and physician practices': 'nivel inicial, todo tipo de centros: hospitales y consultorios médicos',
  'For new coders who want to show they can code in any kind of care setting.':
    'Para codificadores nuevos que quieren demostrar que pueden codificar en cualquier tipo de centro de atención.',
  'AHIMA members.': 'Miembros de AHIMA.',
  'Non-members.': 'No miembros.',
  'AHIMA membership is optional (it lowers exam and recertification fees); AHIMA dues were not found in the stored pages.':
    'La membresía de AHIMA es opcional (baja las cuotas del examen y de la recertificación). No se encontraron las cuotas de membresía de AHIMA en las páginas guardadas.',
  'A high school diploma or the same level. Not required, but advised: 6 months of coding work; or an AHIMA-approved coding program (PCAP); or another coding course that covers anatomy & physiology, medical terms, and basic ICD and CPT coding.':
    'Un diploma de escuela secundaria o un nivel equivalente. No se exige, pero se aconseja: 6 meses de trabajo en codificación; o un programa de codificación aprobado por AHIMA (PCAP); u otro curso de codificación que abarque anatomía y fisiología, términos médicos y codificación básica con ICD y CPT.',
  '90 to 115 items (scored plus unscored pretest items)': 'De 90 a 115 preguntas (con calificación, más preguntas de prueba sin calificación)',
  '2 hours': '2 horas',
  'Computer-based (Pearson VUE per AHIMA FAQ)': 'En computadora (Pearson VUE, según las preguntas frecuentes de AHIMA)',
  '20 CEUs per 2-year cycle (80% in HIIM domains); annual coding self-review requirement discontinued January 1, 2021':
    '20 CEU por ciclo de 2 años (80% en áreas de HIIM); el requisito anual de autoevaluación de codificación se eliminó el 1 de enero de 2021',
  '$218 for one credential, +$50 per additional credential (non-member rate; members pay a reduced fee)':
    '$218 por una credencial, +$50 por cada credencial adicional (precio para no miembros; los miembros pagan una cuota reducida)',
  'For the CCA and CCS you wait 30 days to test again (since September 11, 2023). You apply and pay again. Once your application is approved, you must book and take the exam within 120 days. Each 30-day extension costs $50, up to 90 days in all.':
    'Para la CCA y la CCS, usted espera 30 días para volver a tomar el examen (desde el 11 de septiembre de 2023). Vuelve a presentar la solicitud y a pagar. Cuando se aprueba su solicitud, debe reservar y tomar el examen dentro de 120 días. Cada prórroga de 30 días cuesta $50, hasta 90 días en total.',
  'First-time pass rate 85% (2020), 82% (2019), 77% (2018), U.S. and Canada; 7,945 CCA holders as of 12/31/2019 (AHIMA page)':
    'Tasa de aprobación en el primer intento: 85% (2020), 82% (2019), 77% (2018), en EE. UU. y Canadá; 7,945 personas con la CCA al 31/12/2019 (página de AHIMA)',
  "conference-test.ahima.org, cms-test.ahima.org and healthcom.info appear to be copies of ahima.org pages; the 30-day retest rule was read on the healthcom.info copy of AHIMA's FAQ.":
    'conference-test.ahima.org, cms-test.ahima.org y healthcom.info parecen ser copias de páginas de ahima.org. La regla de esperar 30 días para volver a tomar el examen se leyó en la copia de las preguntas frecuentes de AHIMA en healthcom.info.',

  // ccs
  'coding (mastery level; hospital inpatient and outpatient; ICD-10-CM, ICD-10-PCS, CPT)':
    'codificación (nivel experto; pacientes hospitalizados y ambulatorios del hospital; ICD-10-CM, ICD-10-PCS, CPT)',
  'Experienced coders, typically in hospital settings.': 'Codificadores con experiencia, por lo general en hospitales.',
  'AHIMA members, older ahima.org CCS/CCS-P FAQ.': 'Miembros de AHIMA, preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P.',
  'Members (guide updated February 2026).': 'Miembros (guía actualizada en febrero de 2026).',
  'Non-members, older ahima.org CCS/CCS-P FAQ.': 'No miembros, preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P.',
  'Non-members (guide updated February 2026).': 'No miembros (guía actualizada en febrero de 2026).',
  'From an older ahima.org CCS/CCS-P FAQ; a Feb 2026 third-party guide (mbc-bv6.pages.dev) gives the same figures.':
    'De preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P. Una guía de terceros de febrero de 2026 (mbc-bv6.pages.dev) da las mismas cifras.',
  "Required: high school diploma. Recommended (not required), one of: coursework in A&P, pathophysiology, pharmacology, medical terminology, reimbursement, intermediate/advanced ICD and CPT/HCPCS plus 1 year coding experience; or 2 years coding experience; or CCA plus 1 year; or another organization's coding credential plus 1 year; or hold CCS-P, RHIT or RHIA.":
    'Se exige: diploma de escuela secundaria. Se recomienda (no se exige) una de estas opciones: cursos de anatomía y fisiología (A&P), fisiopatología, farmacología, terminología médica, reembolso, ICD y CPT/HCPCS de nivel intermedio o avanzado, más 1 año de experiencia en codificación; o 2 años de experiencia en codificación; o la CCA más 1 año; o una credencial de codificación de otra organización más 1 año; o tener la CCS-P, la RHIT o la RHIA.',
  'Third-party (Feb 2026): 107 questions (97 scored + 10 pretest) including medical-record scenarios; older AHIMA FAQ (ICD-9 era): Part I 60 multiple choice + Part II 13 medical record cases':
    'Según terceros (febrero de 2026): 107 preguntas (97 con calificación + 10 de prueba), con casos de expedientes médicos; preguntas frecuentes anteriores de AHIMA (época de ICD-9): Parte I, 60 de opción múltiple + Parte II, 13 casos de expedientes médicos',
  'ICD-10-CM, ICD-10-PCS, CPT (third-party; not confirmed on an AHIMA page read)':
    'ICD-10-CM, ICD-10-PCS, CPT (según terceros; no confirmado en una página de AHIMA que leímos)',
  'Pearson VUE testing centers': 'Centros de examen de Pearson VUE',
  'Open code book (third-party).': 'Con libro de códigos abierto (según terceros).',
  "300 on AHIMA's scaled score (third-party, mbc-bv6.pages.dev)": '300 en la puntuación escalada de AHIMA (según terceros, mbc-bv6.pages.dev)',
  '20 CEUs (30 if also CCS-P)': '20 CEU (30 si también tiene la CCS-P)',
  '30-day retest waiting period (effective Sept 11, 2023); schedule within 120 days of eligibility.':
    'Espera de 30 días para volver a tomar el examen (vigente desde el 11 de septiembre de 2023). Programe el examen dentro de los 120 días desde que es elegible.',

  // ccs-p
  'coding (physician offices, group practices, specialty clinics; CPT, HCPCS Level II, ICD-10-CM)':
    'codificación (consultorios médicos, consultorios de grupo, clínicas de especialidades; CPT, HCPCS Level II, ICD-10-CM)',
  'Experienced physician-practice coders.': 'Codificadores con experiencia en consultorios médicos.',
  'AHIMA members, older ahima.org CCS/CCS-P FAQ; current price not confirmed.':
    'Miembros de AHIMA, preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P; precio actual sin confirmar.',
  'Non-members, older ahima.org CCS/CCS-P FAQ; current price not confirmed.':
    'No miembros, preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P; precio actual sin confirmar.',
  'Older ahima.org CCS/CCS-P FAQ; current price not confirmed.': 'Preguntas frecuentes anteriores de ahima.org sobre CCS/CCS-P; precio actual sin confirmar.',
  'Not read on a current AHIMA page.': 'No lo leímos en una página actual de AHIMA.',
  'Older AHIMA FAQ (ICD-9 era): Part I 60 multiple choice (90 min) + Part II 16 coding cases (150 min)':
    'Preguntas frecuentes anteriores de AHIMA (época de ICD-9): Parte I, 60 de opción múltiple (90 min) + Parte II, 16 casos de codificación (150 min)',
  '4 hours (older format)': '4 horas (formato anterior)',
  'Testing center': 'Centro de examen',
  'Not confirmed; AHIMA FAQ (2020) gave 90 days for exams other than CCA and CCS.':
    'Sin confirmar. Las preguntas frecuentes de AHIMA (2020) daban 90 días para los exámenes que no son CCA ni CCS.',

  // rhit
  'health information / records (technician level)': 'información de salud / expedientes médicos (nivel técnico)',
  'For health information technicians. They check that records are full and correct, and work on data, coding, the release of records and cancer registries. It is meant for graduates of associate degree programs in health information management (HIM).':
    'Para técnicos de información de salud. Revisan que los expedientes estén completos y correctos. También trabajan con datos, codificación, la entrega de expedientes y los registros de cáncer. Está pensada para graduados de programas de título asociado en gestión de la información de salud (HIM).',
  '$229 members / $299 non-members': '$229 miembros / $299 no miembros',
  'open-exam-prep.com; another third-party page says $219 members / $299 non-members.':
    'open-exam-prep.com; otra página de terceros dice $219 miembros / $299 no miembros.',
  'Finish the course work of an associate degree in Health Information Management (HIM) from a program accredited by CAHIIM. Students in their last term may test early. Or graduate from an HIM program approved by a foreign association that has a reciprocity agreement with AHIMA. Official transcripts required.':
    'Terminar los cursos de un título asociado en Health Information Management (HIM, gestión de la información de salud) de un programa acreditado por CAHIIM. Los estudiantes en su último periodo pueden presentar el examen antes. O graduarse de un programa de HIM aprobado por una asociación extranjera que tenga un acuerdo de reciprocidad con AHIMA. Se exigen certificados oficiales de estudios.',
  '130 to 160 items (about 2020); third-party 2026: 150 items (130 scored + 20 pretest)':
    'De 130 a 160 preguntas (hacia 2020); según terceros, en 2026: 150 preguntas (130 con calificación + 20 de prueba)',
  '3.5 hours': '3.5 horas',
  'Computer-based at Pearson VUE': 'En computadora, en Pearson VUE',
  'Scaled 300 (range 100-400) (third-party)': '300 en escala (rango de 100-400) (según terceros)',
  'AHIMA FAQ: 90-day retest waiting period for exams other than CCA/CCS (as of July 13, 2020).':
    'Preguntas frecuentes de AHIMA: espera de 90 días para volver a tomar los exámenes que no son CCA/CCS (al 13 de julio de 2020).',

  // rhia
  'health information management (administrator / management level)': 'gestión de la información de salud (nivel de administración / dirección)',
  'HIM managers: manage people and operational units, budgets, health information systems, privacy and data.':
    'Gerentes de HIM (gestión de la información de salud): dirigen personas y unidades operativas, presupuestos, sistemas de información de salud, privacidad y datos.',
  '$229 members / $299 non-members; a retake costs the exam fee again':
    '$229 miembros / $299 no miembros; volver a tomar el examen cuesta otra vez la cuota del examen',
  "One of: baccalaureate- or master's-level academic requirements of a CAHIIM-accredited HIM program; a CAHIIM-approved post-baccalaureate HIM certificate; graduation from an HIM program approved by a foreign association with an AHIMA reciprocity agreement; or RHIT plus the 'proviso' conditions approved by CCHIIM.":
    'Una de estas opciones: los requisitos académicos de licenciatura o maestría de un programa de HIM acreditado por CAHIIM; un certificado de HIM posterior a la licenciatura aprobado por CAHIIM; graduarse de un programa de HIM aprobado por una asociación extranjera con un acuerdo de reciprocidad con AHIMA; o la RHIT más las condiciones "proviso" (condiciones especiales) aprobadas por CCHIIM.',
  'Computer-based (Pearson VUE)': 'En computadora (Pearson VUE)',
  'Scaled 300 (third-party)': '300 en escala (según terceros)',
  '30 CEUs (third-party 2026 guide: at least 2 in privacy/security)': '30 CEU (guía de terceros de 2026: al menos 2 en privacidad/seguridad)',
  'Conflicting: AHIMA FAQ (2020) gives a 90-day wait for exams other than CCA/CCS; a third-party guide says 30 days.':
    'Datos que no coinciden: las preguntas frecuentes de AHIMA (2020) dan una espera de 90 días para los exámenes que no son CCA/CCS; una guía de terceros dice 30 días.',
  'saswell-cn.com appears to be a copy of the ahima.org RHIA eligibility page.':
    'saswell-cn.com parece ser una copia de la página de requisitos de la RHIA en ahima.org.',

  // cbcs
  'billing and coding (combined, entry level)': 'facturación y codificación (combinadas, nivel inicial)',
  'Entry-level billing and coding staff in physician offices, hospitals, surgery centers, nursing homes, insurers, etc. Covers revenue cycle, compliance, insurance eligibility, ICD-10-CM/CPT/HCPCS coding, claims (CMS-1500, UB-04) and reimbursement. (Topic list from third-party study guides; workplaces from Army COOL.)':
    'Personal de nivel inicial de facturación y codificación en consultorios médicos, hospitales, centros de cirugía, hogares de ancianos, aseguradoras, etc. Abarca el ciclo de ingresos, el cumplimiento normativo, la elegibilidad del seguro, la codificación con ICD-10-CM/CPT/HCPCS, las reclamaciones (CMS-1500, UB-04) y el reembolso. (La lista de temas viene de guías de estudio de terceros; los lugares de trabajo, de Army COOL.)',
  'NHA has no member price in the pages read.': 'En las páginas que leímos, NHA no tiene precio para miembros.',
  "NHA's price was not found; only third-party reports.": 'No se encontró el precio de NHA; solo hay datos de terceros.',
  'About $117': 'Unos $117',
  'A typical NHA exam fee range of $117–$155': 'Rango típico de la cuota del examen de NHA: $117–$155',
  'Many training programs bundle the CBCS fee into tuition.': 'Muchos programas de capacitación incluyen la cuota del CBCS en la matrícula.',
  'No NHA membership or dues were found.': 'No se encontró ninguna membresía ni cuota de NHA.',
  'No NHA membership requirement was stated in the pages read.': 'Las páginas que leímos no indican que NHA exija una membresía.',
  "A high school diploma or GED. Plus one of these: a medical billing and coding course finished in the past 5 years, or 1 year of supervised work in the field. (From third-party summaries; Army COOL says 'education and training or work experience eligibility requirements'.)":
    'Un diploma de escuela secundaria o GED. Además, una de estas opciones: un curso de facturación y codificación médica terminado en los últimos 5 años, o 1 año de trabajo supervisado en el campo. (Según resúmenes de terceros. Army COOL dice "education and training or work experience eligibility requirements": requisitos de estudios y capacitación o de experiencia laboral.)',
  '100 scored + 20 unscored pretest questions': '100 preguntas con calificación + 20 preguntas de prueba sin calificación',
  'Closed book (third-party)': 'A libro cerrado (según terceros)',
  'Computer-based': 'En computadora',
  'Scaled 390 out of 500 (third-party)': '390 de 500 en escala (según terceros)',
  '2 years (Army COOL)': '2 años (Army COOL)',
  '10 continuing education credits every 2 years (third-party)': '10 créditos de educación continua cada 2 años (según terceros)',
  "An NHA knowledge-base Q&A (knowledge.nhanow.com, undated) takes as given that candidates who do not pass 'have to wait 30 days before they can re-test'; NHA's answer adds that anyone testing after a new exam version launches takes the new exam. Third-party detail, not confirmed on an NHA page: 30-day waits between the first three attempts and a 1-year wait after three failed attempts (open-exam-prep.com); each retake means paying the exam fee again (cbcsexam.com, 2026).":
    'Una pregunta de la base de conocimientos de NHA (knowledge.nhanow.com, sin fecha) da por hecho que quienes no aprueban "have to wait 30 days before they can re-test" (deben esperar 30 días para volver a tomar el examen). La respuesta de NHA agrega que quien presente el examen después de que salga una versión nueva toma el examen nuevo. Detalles de terceros, sin confirmar en una página de NHA: esperas de 30 días entre los tres primeros intentos y una espera de 1 año después de tres intentos fallidos (open-exam-prep.com). Cada vez que vuelve a tomar el examen, paga otra vez la cuota del examen (cbcsexam.com, 2026).',
  "NCCA-accredited (Army COOL flags 'NCCA resource')": 'Acreditada por NCCA (Army COOL la marca como "NCCA resource", recurso de NCCA)',
  "One NHA page was found (knowledge.nhanow.com, 30-day retest wait). The exam fee, time limit and other figures are still third-party, except the 2-year renewal (Army COOL). An NHA candidate handbook copy (expydoc.com, (c) 2014) lists sections on 'Examinations and application fees' and 'Retaking the exam', but their text was not in the part read.":
    'Se encontró una página de NHA (knowledge.nhanow.com: espera de 30 días para volver a tomar el examen). La cuota del examen, el tiempo límite y las demás cifras siguen siendo de terceros, salvo la renovación cada 2 años (Army COOL). Una copia del manual del candidato de NHA (expydoc.com, (c) 2014) tiene secciones llamadas "Examinations and application fees" (cuotas del examen y de la solicitud) y "Retaking the exam" (volver a tomar el examen). Pero su texto no estaba en la parte que leímos.',

  // cmrs
  'AMBA (American Medical Billing Association); awarded by the Certifying Board of the AMBA (CBAMBA)':
    'AMBA (American Medical Billing Association); credencial otorgada por el Certifying Board of the AMBA (CBAMBA, la junta de certificación de AMBA)',
  'Professional medical billers (claims process from service to payment). Exam created in 2000.':
    'Facturadores médicos profesionales (el proceso de reclamaciones desde el servicio hasta el pago). El examen se creó en 2000.',
  "AMBA's exam price was not found.": 'No se encontró el precio del examen de AMBA.',
  'AMBA dues were not found.': 'No se encontraron las cuotas de membresía de AMBA.',
  'Dues amount not found; $50 late fee on renewals; credential cancelled if dues are not received within 30 days of renewal date.':
    'No se encontró el monto de las cuotas de membresía. Las renovaciones tardías tienen un recargo de $50. La credencial se cancela si las cuotas no llegan dentro de los 30 días siguientes a la fecha de renovación.',
  "None ('There are no pre-requisites required to take the CMRS Exam'); AMBA membership required.":
    'Ninguno ("There are no pre-requisites required to take the CMRS Exam": no hay requisitos previos para tomar el examen CMRS). Se exige la membresía de AMBA.',
  '45-day window once enrolled': 'Plazo de 45 días después de inscribirse',
  'Current-year CPT, ICD-10 and HCPCS code books required; CMRS Study Guide recommended':
    'Se exigen los libros de códigos CPT, ICD-10 y HCPCS del año en curso; se recomienda la CMRS Study Guide (guía de estudio)',
  'Online (exam access sent by email)': 'En línea (el acceso al examen se envía por correo electrónico)',
  'Sections: 16 sections (medical terminology, A&P, IT, coding, clearinghouses, CMS-1500, insurance, compliance, fraud & abuse, managed care, case study) per Wikipedia-derived page.':
    'Secciones: 16 secciones (terminología médica, anatomía y fisiología, informática, codificación, cámaras de compensación o clearinghouses, CMS-1500, seguros, cumplimiento normativo, fraude y abuso, atención administrada, caso práctico), según una página basada en Wikipedia.',
  '85% overall (Wikipedia-derived page)': '85% en total (página basada en Wikipedia)',
  'Annual': 'Anual',
  '15 CEUs per year, 50% through AMBA (Wikipedia-derived page)': '15 CEU al año, 50% por medio de AMBA (página basada en Wikipedia)',
  'Not found. Once enrolled you have 45 days to complete the exam; it must be completed within one year of payment or a new fee is due.':
    'No se encontró. Después de inscribirse, usted tiene 45 días para terminar el examen. Debe terminarlo dentro de un año desde el pago o tendrá que pagar una nueva cuota.',
};

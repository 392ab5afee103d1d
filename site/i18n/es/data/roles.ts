/** Spanish of data/roles.json: role titles, summaries, duties and why each role uses its BLS occupation (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/** Role texts in Spanish. BLS occupation titles and O*NET's quoted words stay in English (O*NET task quotes get a gloss). */
export const rolesText: DataTextTable = {
  // medical-billing-specialist
  'Medical billing specialist': 'Especialista en facturación médica',
  'Turns coded visits and procedures into insurance claims and patient bills, sends them, and follows them up until they are paid. Billing is the step after coding.':
    'Convierte las consultas y los procedimientos ya codificados en reclamaciones al seguro y en facturas para los pacientes. Las envía y les da seguimiento hasta que se pagan. La facturación es el paso que sigue a la codificación.',
  'Create and send claims and invoices from the codes assigned to each visit, procedure or prescription.':
    'Preparar y enviar reclamaciones y facturas con los códigos asignados a cada consulta, procedimiento o receta.',
  'Post payments from insurers and patients to the right accounts.': 'Registrar en la cuenta correcta los pagos de las aseguradoras y de los pacientes.',
  "Follow up on unpaid or denied claims, and answer patients' questions about their bills.":
    'Dar seguimiento a las reclamaciones sin pagar o denegadas, y responder las preguntas de los pacientes sobre sus facturas.',
  'Store billing records securely, as privacy rules require.': 'Guardar los registros de facturación de forma segura, como lo exigen las reglas de privacidad.',
  'BLS has no occupation for medical billers alone; the closest is Billing and Posting Clerks (43-3021), a cross-industry occupation (not only health care). Related: Medical Records Specialists (29-2072), whose O*NET tasks include "Post medical insurance billings", and Insurance Claims and Policy Processing Clerks (43-9041).':
    'La BLS no tiene una ocupación solo para los facturadores médicos. La más cercana es Billing and Posting Clerks (43-3021), una ocupación de muchas industrias (no solo de la atención médica). Relacionadas: Medical Records Specialists (29-2072), cuyas tareas en O*NET incluyen "Post medical insurance billings" (registrar la facturación a los seguros médicos), e Insurance Claims and Policy Processing Clerks (43-9041).',

  // records-coordinator
  'Records coordinator': 'Coordinador de expedientes',
  'Keeps patient records complete, organized and available to the people allowed to see them, and coordinates how records move between clinicians, coders and billers.':
    'Mantiene los expedientes de los pacientes completos, ordenados y disponibles para las personas autorizadas a verlos. También coordina cómo pasan los expedientes entre el personal clínico, los codificadores y los facturadores.',
  'Compile, file and update patient records, on paper or in the electronic health record.':
    'Reunir, archivar y actualizar los expedientes de los pacientes, en papel o en el expediente médico electrónico.',
  'Pass complete records on for coding and billing, and chase missing documents.': 'Enviar los expedientes completos a codificación y facturación, y buscar los documentos que faltan.',
  'Handle requests for records and release information only as privacy rules allow.':
    'Atender las solicitudes de expedientes y entregar información solo como lo permiten las reglas de privacidad.',
  'Keep records stored securely and organized so they can be found quickly.': 'Guardar los expedientes de forma segura y ordenada para poder encontrarlos rápido.',
  '"Medical Records Coordinator" is a sample reported job title in O*NET\'s summary for 29-2071.00, the SOC 2010 code that became Medical Records Specialists (29-2072). Related: File Clerks (43-4071), for records jobs that are mostly filing; the SOC definition of 29-2072 excludes them.':
    '"Medical Records Coordinator" es un título de puesto de ejemplo que da el resumen de O*NET para 29-2071.00. Ese es el código SOC 2010 que pasó a ser Medical Records Specialists (29-2072). Relacionada: File Clerks (43-4071), para los empleos de expedientes que son sobre todo de archivo; la definición SOC de 29-2072 los excluye.',

  // medical-coder
  'Medical coder': 'Codificador médico',
  'Reads the record of each visit, procedure or prescription and assigns the standard codes that tell insurers what they are paying for.':
    'Lee el expediente de cada consulta, procedimiento o receta. Asigna los códigos estándar que les dicen a las aseguradoras qué están pagando.',
  'Turn diagnoses into ICD-10-CM codes, and procedures, services and supplies into CPT and HCPCS Level II codes (ICD-10-PCS for hospital inpatients).':
    'Convertir los diagnósticos en códigos ICD-10-CM, y los procedimientos, servicios y suministros en códigos CPT y HCPCS Level II (ICD-10-PCS para pacientes internados en un hospital).',
  "Code everything that was provided, from prescriptions to operations to doctor's visits.":
    'Codificar todo lo que se brindó, desde recetas hasta operaciones y consultas médicas.',
  'Note unusual circumstances or complications, which can change how a claim is paid.':
    'Anotar las circunstancias poco comunes o las complicaciones, que pueden cambiar cómo se paga una reclamación.',
  'Ask the provider when the record is unclear or incomplete, rather than guess.': 'Preguntar al proveedor cuando el expediente no es claro o está incompleto, en lugar de adivinar.',
  'Pass coded records on to billing.': 'Enviar los expedientes codificados a facturación.',
  '"Coder" is a sample reported job title in O*NET\'s summary for 29-2071.00 (now 29-2072, Medical Records Specialists), and O*NET\'s 29-2072 tasks include "Identify, compile, abstract, and code patient data, using standard classification systems". Related: Health Information Technologists and Medical Registrars (29-9021), which the SOC definition of 29-2072 excludes.':
    '"Coder" (codificador) es un título de puesto de ejemplo que da el resumen de O*NET para 29-2071.00 (hoy 29-2072, Medical Records Specialists). Además, las tareas de O*NET para 29-2072 incluyen "Identify, compile, abstract, and code patient data, using standard classification systems" (identificar, reunir, resumir y codificar datos de pacientes con sistemas de clasificación estándar). Relacionada: Health Information Technologists and Medical Registrars (29-9021), que la definición SOC de 29-2072 excluye.',

  // medical-records-clerk
  'Medical records clerk': 'Auxiliar de expedientes médicos',
  'An entry-level records job: files, updates and retrieves patient records, paper or electronic, and keeps them private and secure.':
    'Un puesto de nivel inicial en expedientes: archiva, actualiza y busca los expedientes de los pacientes, en papel o electrónicos. También los mantiene privados y seguros.',
  'File, scan and update patient records.': 'Archivar, escanear y actualizar los expedientes de los pacientes.',
  'Retrieve records for doctors, nurses and other staff who need them.': 'Buscar los expedientes para los médicos, el personal de enfermería y otras personas del equipo que los necesiten.',
  'Process records and pass them on for coding and billing.': 'Procesar los expedientes y enviarlos a codificación y facturación.',
  'Follow privacy and security rules for every record handled.': 'Seguir las reglas de privacidad y seguridad con cada expediente que maneja.',
  '"Medical Records Clerk" is a sample reported job title in O*NET\'s summary for 29-2071.00, the SOC 2010 code that became Medical Records Specialists (29-2072). Related: File Clerks (43-4071), for jobs that are mostly filing; the SOC definition of 29-2072 excludes them.':
    '"Medical Records Clerk" es un título de puesto de ejemplo que da el resumen de O*NET para 29-2071.00. Ese es el código SOC 2010 que pasó a ser Medical Records Specialists (29-2072). Relacionada: File Clerks (43-4071), para los empleos que son sobre todo de archivo; la definición SOC de 29-2072 los excluye.',

  // health-information-clerk
  'Health information clerk': 'Auxiliar de información de salud',
  'An entry-level job handling patient health information: entering and checking it, filing it, and releasing it only to people allowed to see it.':
    'Un empleo de nivel inicial que maneja la información de salud de los pacientes. La ingresa, la revisa y la archiva. Solo la entrega a las personas autorizadas a verla.',
  'Enter patient information into the health record and check it for missing details.':
    'Ingresar la información del paciente en el expediente médico y revisar que no falten datos.',
  'File and retrieve records for clinicians and staff.': 'Archivar y buscar expedientes para el personal clínico y el resto del personal.',
  'Prepare copies of records for authorized requests, following privacy rules.': 'Preparar copias de expedientes para las solicitudes autorizadas, según las reglas de privacidad.',
  '"Health Information Clerk" is a sample reported job title in O*NET\'s summary for 29-2071.00, the SOC 2010 code that became Medical Records Specialists (29-2072). Related: File Clerks (43-4071), for jobs that are mostly filing; the SOC definition of 29-2072 excludes them.':
    '"Health Information Clerk" es un título de puesto de ejemplo que da el resumen de O*NET para 29-2071.00. Ese es el código SOC 2010 que pasó a ser Medical Records Specialists (29-2072). Relacionada: File Clerks (43-4071), para los empleos que son sobre todo de archivo; la definición SOC de 29-2072 los excluye.',

  // medical-records-director
  'Medical records director': 'Director de expedientes médicos',
  'Leads a medical records or health information department: its staff, its budget, and how records are kept, coded, protected and released. A role reached with experience.':
    'Dirige un departamento de expedientes médicos o de información de salud: su personal, su presupuesto y cómo se guardan, codifican, protegen y entregan los expedientes. Es un puesto al que se llega con experiencia.',
  'Manage the staff who file, code and release patient records.': 'Dirigir al personal que archiva, codifica y entrega los expedientes de los pacientes.',
  'Set and enforce policies for the privacy and security of records.': 'Fijar y hacer cumplir las políticas de privacidad y seguridad de los expedientes.',
  'Oversee the records systems and the quality of the data in them.': 'Supervisar los sistemas de expedientes y la calidad de sus datos.',
  "Plan and manage the department's budget.": 'Planear y administrar el presupuesto del departamento.',
  'A director manages a department, so wages use Medical and Health Services Managers (11-9111). This is a judgement: O*NET\'s summary for 29-2071.00 (now 29-2072) also lists "Medical Records Director" as a sample job title. Related: Health Information Technologists and Medical Registrars (29-9021).':
    'Un director dirige un departamento, así que los salarios usan Medical and Health Services Managers (11-9111). Es una cuestión de criterio: el resumen de O*NET para 29-2071.00 (hoy 29-2072) también da "Medical Records Director" como título de puesto de ejemplo. Relacionada: Health Information Technologists and Medical Registrars (29-9021).',

  // medical-billing-manager
  'Medical billing manager': 'Gerente de facturación médica',
  'Supervises a team of billers, assigning and checking its work so that claims go out correctly and payments come in.':
    'Supervisa a un equipo de facturadores. Asigna y revisa su trabajo para que las reclamaciones salgan bien y los pagos lleguen.',
  'Assign, schedule and check the work of billing staff.': 'Asignar, programar y revisar el trabajo del personal de facturación.',
  'Track unpaid and denied claims and fix their causes with the team.': 'Dar seguimiento a las reclamaciones sin pagar y denegadas, y corregir sus causas con el equipo.',
  'Train new staff and keep the team up to date on payer rules.': 'Capacitar al personal nuevo y mantener al equipo al día sobre las reglas de las aseguradoras.',
  "Make sure billing follows privacy rules and the organization's policies.": 'Asegurarse de que la facturación cumpla las reglas de privacidad y las políticas de la organización.',
  'Wages use First-Line Supervisors of Office and Administrative Support Workers (43-1011), the supervisory step above billing and office staff; it is a cross-industry office occupation, not specific to health care. Related: Medical and Health Services Managers (11-9111) for billing managers who run a whole department.':
    'Los salarios usan First-Line Supervisors of Office and Administrative Support Workers (43-1011), el nivel de supervisión por encima del personal de facturación y de oficina. Es una ocupación de oficina de muchas industrias, no propia de la atención médica. Relacionada: Medical and Health Services Managers (11-9111), para los gerentes de facturación que dirigen todo un departamento.',

  // records-analyst
  'Records analyst': 'Analista de expedientes',
  'Reviews patient records and their codes for completeness and accuracy, and turns record data into reports. A mid-level role between records and coding.':
    'Revisa que los expedientes de los pacientes y sus códigos estén completos y sean correctos. También convierte los datos de los expedientes en informes. Es un puesto de nivel intermedio entre expedientes y codificación.',
  'Review records for completeness and accuracy.': 'Revisar que los expedientes estén completos y sean correctos.',
  'Check that codes match the documentation, and flag errors for correction.': 'Comprobar que los códigos coincidan con la documentación, y señalar los errores para que se corrijan.',
  'Pull data from records for reports.': 'Sacar datos de los expedientes para hacer informes.',
  'Work with coders and providers to close gaps in documentation.': 'Trabajar con codificadores y proveedores para completar lo que falta en la documentación.',
  '"Medical Records Analyst" is a sample reported job title in O*NET\'s summary for 29-2071.00, the SOC 2010 code that became Medical Records Specialists (29-2072). Related: Health Information Technologists and Medical Registrars (29-9021), which the SOC definition of 29-2072 excludes.':
    '"Medical Records Analyst" es un título de puesto de ejemplo que da el resumen de O*NET para 29-2071.00. Ese es el código SOC 2010 que pasó a ser Medical Records Specialists (29-2072). Relacionada: Health Information Technologists and Medical Registrars (29-9021), que la definición SOC de 29-2072 excluye.',

  // medical-billing-director
  'Medical billing director': 'Director de facturación médica',
  "Runs billing for a practice, hospital or billing company: leads the billing managers, sets billing policy, and reports results to the organization's leaders.":
    'Dirige la facturación de un consultorio, un hospital o una empresa de facturación. Guía a los gerentes de facturación y fija la política de facturación. Informa los resultados a los líderes de la organización.',
  'Lead billing managers and their teams.': 'Dirigir a los gerentes de facturación y a sus equipos.',
  'Set billing policies and make sure they follow payer and privacy rules.':
    'Fijar las políticas de facturación y asegurarse de que cumplan las reglas de las aseguradoras y de privacidad.',
  "Report billing results, such as unpaid claims and collections, to the organization's leaders.":
    'Informar a los líderes de la organización los resultados de la facturación, como las reclamaciones sin pagar y los cobros.',
  'A billing director plans and runs a department of a health care organization, the work BLS counts under Medical and Health Services Managers (11-9111). This mapping is a judgement; no related occupation is listed.':
    'Un director de facturación planea y dirige un departamento de una organización de atención médica. La BLS cuenta ese trabajo en Medical and Health Services Managers (11-9111). Esta correspondencia es una cuestión de criterio; no se indica ninguna ocupación relacionada.',
};

/** Spanish of data/sources.json: each source's note, where its copy was read and what a reader must know (keyed by the English; see site/i18n/data-text.ts). Titles and publishers are proper names and stay as they are. */
import type { DataTextTable } from '../../data-text-table.ts';

/** Read in a stored copy; the title taken from the address. Ends many notes. */
const STORED = {
  en: "Read in a stored copy of the page (compiled 2026-11-26 from stored copies, no live browsing). The title is taken from the page address where the copy's heading was not recorded.",
  es: 'Leída en una copia guardada (reunida el 2026-11-26, sin navegar en vivo). La copia no guardó el encabezado: el título sale de la dirección.',
};
/** A third party's page. Ends many notes. */
const THIRD_PARTY = {
  en: 'Third-party page, not the issuer or the school: its figures are labelled as reported by others.',
  es: 'Página de terceros, no del emisor ni de la escuela. Sus cifras se marcan como informadas por otros.',
};
/** A third party's page on a code set or form. Ends many notes. */
const THIRD_PARTY_CODES = {
  en: 'Third-party page, not the maintainer of the code set or form: used only alongside the official sources listed for the same record.',
  es: 'Página de terceros, no de quien mantiene el sistema de códigos o el formulario. Solo se usa junto con las fuentes oficiales del mismo registro.',
};
/** A copy at another address. Ends many notes. */
const COPY = {
  en: 'A copy of the original on another address.',
  es: 'Una copia del original en otra dirección.',
};

/** Source notes in Spanish. Addresses, file names, commits, dates as YYYY-MM-DD and quoted words stay as they are. */
export const sourcesText: DataTextTable = {
  'BLS file national_M2025_dl.xlsx from oesm25nat.zip (its "Field Descriptions" sheet says "May 2025 OEWS Estimates"). Copy read at github.com/tobyam-netizen/employment-group-1-project, commit 2bfd7f313e7a76eafd112ac7b319a6b8bf27adad. Cross-industry rows only.':
    'Archivo de BLS national_M2025_dl.xlsx, de oesm25nat.zip (su hoja "Field Descriptions" dice "May 2025 OEWS Estimates"). Copia leída en github.com/tobyam-netizen/employment-group-1-project, commit 2bfd7f313e7a76eafd112ac7b319a6b8bf27adad. Solo filas del total de todas las industrias.',
  'BLS file national_M2024_dl.csv from oesm24nat.zip. Copy read at github.com/LanaGeis/Employment-Trend-Analysis, data/national_M2024_dl.csv, commit ac82a0cb4c62c79f5ca1b6dd3cb7a810b31c90a7; every value checked against an independent national_M2024_dl.xlsx copy (tobyam-netizen/employment-group-1-project). Cross-industry rows only.':
    'Archivo de BLS national_M2024_dl.csv, de oesm24nat.zip. Copia leída en github.com/LanaGeis/Employment-Trend-Analysis, data/national_M2024_dl.csv, commit ac82a0cb4c62c79f5ca1b6dd3cb7a810b31c90a7. Cada valor se comparó con otra copia independiente, national_M2024_dl.xlsx (tobyam-netizen/employment-group-1-project). Solo filas del total de todas las industrias.',
  'BLS file national_M2023_dl.csv from oesm23nat.zip. Copy read at github.com/Dpride5/WGU-Stuff, national_M2023_dl.csv, commit ec1b6e89d19227980325ab3853732e5def770778; checked against the tobyam-netizen xlsx copy (no differences). Cross-industry rows only.':
    'Archivo de BLS national_M2023_dl.csv, de oesm23nat.zip. Copia leída en github.com/Dpride5/WGU-Stuff, national_M2023_dl.csv, commit ec1b6e89d19227980325ab3853732e5def770778. Se comparó con la copia xlsx de tobyam-netizen (sin diferencias). Solo filas del total de todas las industrias.',
  "BLS file state_M2024_dl.xlsx from oesm24st.zip, as converted to CSV by the repository owner: github.com/milesmercer04/data-intensive-systems-final-DEAD, csv_output/oesm24st/state_M2024_dl__state_M2024_dl.csv, commit fd419a4190c63ae1fe2991ba79b12d012a882746. Rows were copied from 16,000-character windows of that file. Annual figures only; the hourly median, employment PRSE and location quotient are kept in each row's note. No May 2025 state copy was found.":
    'Archivo de BLS state_M2024_dl.xlsx, de oesm24st.zip, convertido a CSV por el dueño del repositorio: github.com/milesmercer04/data-intensive-systems-final-DEAD, csv_output/oesm24st/state_M2024_dl__state_M2024_dl.csv, commit fd419a4190c63ae1fe2991ba79b12d012a882746. Las filas se copiaron de tramos de 16,000 caracteres de ese archivo. Solo cifras anuales; la mediana por hora, el PRSE del empleo y el cociente de localización se guardan en la nota de cada fila. No se encontró una copia por estado de mayo de 2025.',
  'Five-column extract (AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN) of BLS state_M2023_dl at github.com/lucasweyrich958/DATA608, state_M2023_dl.csv, commit fcbbeac683338edd53df6761ead9416ab7f27576; checked against github.com/naomibuell/DATA608 (commit 7b7863322170784ab95e838705ee6cef7ba10029), 156 overlapping rows, no differences. No employment or percentiles; Wyoming 29-9021 is absent from the extract.':
    'Extracto de cinco columnas (AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN) de state_M2023_dl de BLS, en github.com/lucasweyrich958/DATA608, state_M2023_dl.csv, commit fcbbeac683338edd53df6761ead9416ab7f27576. Se comparó con github.com/naomibuell/DATA608 (commit 7b7863322170784ab95e838705ee6cef7ba10029): 156 filas en común, sin diferencias. No tiene empleo ni percentiles; Wyoming 29-9021 no aparece en el extracto.',
  'BLS occupation.xlsx, Tables 1.2 and 1.10 (they agree for all 7 occupations). Copy read at github.com/lkomenski/career-viability-dashboard, data/occupation.xlsx, commit 6d3b1dd52f87238025faf0a0f7f413f64292b721. BLS publishes employment and openings in thousands; the data gives them ×1000 and keeps the published thousands in each note. Projections employment comes from the National Employment Matrix (includes self-employed): it is not OEWS employment. 43-1011 was not gathered.':
    'occupation.xlsx de BLS, tablas 1.2 y 1.10 (coinciden para las 7 ocupaciones). Copia leída en github.com/lkomenski/career-viability-dashboard, data/occupation.xlsx, commit 6d3b1dd52f87238025faf0a0f7f413f64292b721. BLS publica el empleo y las vacantes en miles; los datos los dan ×1000 y guardan los miles publicados en cada nota. El empleo de las proyecciones viene de la National Employment Matrix (matriz nacional de empleo, que incluye a quienes trabajan por cuenta propia): no es el empleo de OEWS. No se recopiló 43-1011.',
  'SOC 2010 code that became 29-2072 in SOC 2018. Its "Sample of reported job titles" is quoted in the project\'s role-mapping notes: Coder, Health Information Clerk, Health Information Specialist, Health Information Technician, Medical Records Analyst, Medical Records Clerk, Medical Records Coordinator, Medical Records Director, Medical Records Technician, Registered Health Information Technician (RHIT).':
    'Código SOC 2010 que pasó a ser 29-2072 en SOC 2018. Su "Sample of reported job titles" (muestra de títulos de puestos) se cita en las notas del proyecto sobre la correspondencia de puestos: Coder, Health Information Clerk, Health Information Specialist, Health Information Technician, Medical Records Analyst, Medical Records Clerk, Medical Records Coordinator, Medical Records Director, Medical Records Technician, Registered Health Information Technician (RHIT).',
  'Tasks as quoted in the project\'s role-mapping notes: "Identify, compile, abstract, and code patient data, using standard classification systems" and "Post medical insurance billings".':
    'Tareas, como las citan las notas del proyecto sobre la correspondencia de puestos: "Identify, compile, abstract, and code patient data, using standard classification systems" y "Post medical insurance billings".',
  "Cited for the 29-2072 definition, which excludes File Clerks (43-4071) and Health Information Technologists and Medical Registrars (29-9021), as the project's role-mapping notes state; the definitions page itself was not read for this dataset.":
    'Se cita por la definición de 29-2072, que excluye a File Clerks (43-4071) y a Health Information Technologists and Medical Registrars (29-9021), como dicen las notas del proyecto sobre la correspondencia de puestos. No se leyó la página de definiciones para estos datos.',
  'Text used: the copy of the article this site was built from, which gives no address; this one was found by matching that text word for word (same opening, "Featured photo by Jopwell from Pexels") in a stored copy of the page. The author is not named in the text and the article may also appear elsewhere. Its pay figure ("around $30-$40,000 per year") is dated: use the BLS figures.':
    'Texto usado: la copia del artículo con la que se hizo este sitio, que no da una dirección. Esta dirección se encontró al comparar ese texto palabra por palabra (el mismo comienzo, "Featured photo by Jopwell from Pexels") con una copia guardada de la página. El texto no nombra al autor, y el artículo puede estar también en otros sitios. Su cifra de salario ("around $30-$40,000 per year") es antigua: use las cifras de BLS.',
  [`Page last reviewed August 12, 2022. ${STORED.en}`]: `Página revisada por última vez el 12 de agosto de 2022. ${STORED.es}`,
  [STORED.en]: STORED.es,
  [`${THIRD_PARTY_CODES.en} ${STORED.en}`]: `${THIRD_PARTY_CODES.es} ${STORED.es}`,
  [`Read in a stored copy at thefederalregister.com/d.p/2008-08-22-E8-19298. ${STORED.en}`]:
    `Leída en una copia guardada en thefederalregister.com/d.p/2008-08-22-E8-19298. ${STORED.es}`,
  [`Read in a stored copy at laws9.com/cfr/text/45/162/1002. ${STORED.en}`]: `Leída en una copia guardada en laws9.com/cfr/text/45/162/1002. ${STORED.es}`,
  [`Read in a stored copy at omb.report/icr/200706-0938-011/doc/3423501. ${STORED.en}`]:
    `Leída en una copia guardada en omb.report/icr/200706-0938-011/doc/3423501. ${STORED.es}`,
  [`The address is a bare IP address; its path looks like a HealthIT.gov topic page, but who published it was not confirmed. ${STORED.en}`]:
    `La dirección es solo una dirección IP. Su ruta parece la de una página de temas de HealthIT.gov, pero no se confirmó quién la publicó. ${STORED.es}`,
  [`Newer stored copy of the CPC exam page, reached through an advertising link; it cites CPC salaries 'averaging $58,055 in 2022'. The copy at the plain address https://www.aapc.com/certification/cpc/ is older (cites a 2018 salary survey). ${STORED.en}`]:
    `Copia guardada más reciente de la página del examen CPC, a la que se llegó por un enlace de publicidad. Cita salarios del CPC 'averaging $58,055 in 2022' (con un promedio de $58,055 en 2022). La copia en la dirección simple https://www.aapc.com/certification/cpc/ es anterior (cita una encuesta de salarios de 2018). ${STORED.es}`,
  [`Older AAPC page on removing apprentice status. ${STORED.en}`]: `Página anterior de AAPC sobre cómo quitar el estado de aprendiz. ${STORED.es}`,
  [`Appears to be a copy of an AAPC apprenticeship page. ${COPY.en} ${STORED.en}`]:
    `Parece ser una copia de una página de AAPC sobre el periodo de aprendiz. ${COPY.es} ${STORED.es}`,
  [`An earlier stored version of the same FAQ. ${STORED.en}`]: `Una versión guardada anterior de las mismas preguntas frecuentes. ${STORED.es}`,
  [`${THIRD_PARTY.en} ${STORED.en}`]: `${THIRD_PARTY.es} ${STORED.es}`,
  [`Blog post dated March 28, 2022. ${THIRD_PARTY.en} ${STORED.en}`]: `Publicación de blog del 28 de marzo de 2022. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Older, undated version of the blog post (a later version is dated February 20, 2024). ${THIRD_PARTY.en} ${STORED.en}`]:
    `Versión anterior y sin fecha de la publicación de blog (una versión posterior tiene fecha del 20 de febrero de 2024). ${THIRD_PARTY.es} ${STORED.es}`,
  [`Several stored versions exist. ${STORED.en}`]: `Hay varias versiones guardadas. ${STORED.es}`,
  [`2025–26 guide. ${THIRD_PARTY.en} ${STORED.en}`]: `Guía de 2025–26. ${THIRD_PARTY.es} ${STORED.es}`,
  [`May 2026 guide. ${THIRD_PARTY.en} ${STORED.en}`]: `Guía de mayo de 2026. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Older page from the ICD-9 era. ${THIRD_PARTY.en} ${STORED.en}`]: `Página anterior, de la época de ICD-9. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Post dated July 15, 2024. ${THIRD_PARTY.en} ${STORED.en}`]: `Publicación del 15 de julio de 2024. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Older page from the 150-question era; its figures are likely outdated. ${STORED.en}`]:
    `Página anterior, de la época del examen de 150 preguntas. Es probable que sus cifras estén desactualizadas. ${STORED.es}`,
  [`Read on conference-test.ahima.org, which appears to be a copy of the ahima.org page; shows 2018–2020 pass rates. ${COPY.en} ${STORED.en}`]:
    `Leída en conference-test.ahima.org, que parece ser una copia de la página de ahima.org. Muestra tasas de aprobación de 2018–2020. ${COPY.es} ${STORED.es}`,
  [`Appears to be a copy of AHIMA's certification FAQ; the 30-day retest rule for CCA and CCS (September 11, 2023) was read here. ${COPY.en} ${STORED.en}`]:
    `Parece ser una copia de las preguntas frecuentes de AHIMA sobre certificación. Aquí se leyó la regla de 30 días para volver a tomar el examen CCA y el CCS (11 de septiembre de 2023). ${COPY.es} ${STORED.es}`,
  [`Read on cms-test.ahima.org, which appears to be a copy of an ahima.org page. ${COPY.en} ${STORED.en}`]:
    `Leída en cms-test.ahima.org, que parece ser una copia de una página de ahima.org. ${COPY.es} ${STORED.es}`,
  [`Read on ahima.app. ${COPY.en} ${STORED.en}`]: `Leída en ahima.app. ${COPY.es} ${STORED.es}`,
  [`Older page from the ICD-9 era. ${STORED.en}`]: `Página anterior, de la época de ICD-9. ${STORED.es}`,
  [`Updated February 2026, as stated on the page. ${THIRD_PARTY.en} ${STORED.en}`]:
    `Actualizada en febrero de 2026, según la página. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Cites August 24, 2020 salary data. ${THIRD_PARTY.en} ${STORED.en}`]: `Cita datos de salarios del 24 de agosto de 2020. ${THIRD_PARTY.es} ${STORED.es}`,
  [`2026 guide. ${THIRD_PARTY.en} ${STORED.en}`]: `Guía de 2026. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Appears to be a copy of the ahima.org RHIA eligibility page. ${COPY.en} ${STORED.en}`]:
    `Parece ser una copia de la página de ahima.org sobre los requisitos para el RHIA. ${COPY.es} ${STORED.es}`,
  [`Read on conference-test.ahima.org, which appears to be a copy of the ahima.org page. ${COPY.en} ${STORED.en}`]:
    `Leída en conference-test.ahima.org, que parece ser una copia de la página de ahima.org. ${COPY.es} ${STORED.es}`,
  [`Knowledge-base Q&A, undated. ${STORED.en}`]: `Pregunta y respuesta de la base de conocimientos, sin fecha. ${STORED.es}`,
  [`A copy of an NHA candidate handbook marked (c) 2014; the fee and retake sections were not in the part read. ${COPY.en} ${STORED.en}`]:
    `Una copia de un manual del candidato de NHA marcado (c) 2014. Las secciones de cuotas y de volver a tomar el examen no estaban en la parte leída. ${COPY.es} ${STORED.es}`,
  [`A copy of a Wikipedia article. ${THIRD_PARTY.en} ${STORED.en}`]: `Una copia de un artículo de Wikipedia. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Page dated June 24, 2024. ${STORED.en}`]: `Página con fecha del 24 de junio de 2024. ${STORED.es}`,
  [`Page undated. ${STORED.en}`]: `Página sin fecha. ${STORED.es}`,
  [`Blog post dated May 30, 2025. ${STORED.en}`]: `Publicación de blog del 30 de mayo de 2025. ${STORED.es}`,
  [`A copy of the school's catalog. ${COPY.en} ${STORED.en}`]: `Una copia del catálogo de la escuela. ${COPY.es} ${STORED.es}`,
  [`A copy of the school's 2020 catalog. ${COPY.en} ${STORED.en}`]: `Una copia del catálogo 2020 de la escuela. ${COPY.es} ${STORED.es}`,
  [`Copy captured about December 2024; rates effective Fall 2018-19. ${STORED.en}`]:
    `Copia tomada hacia diciembre de 2024; tarifas vigentes desde el otoño de 2018-19. ${STORED.es}`,
  [`Secondary source, undated. ${THIRD_PARTY.en} ${STORED.en}`]: `Fuente secundaria, sin fecha. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Transfer policy approved January 2015. ${STORED.en}`]: `Política de transferencia aprobada en enero de 2015. ${STORED.es}`,
  [`Older catalog copies (ICD-9 era). ${STORED.en}`]: `Copias anteriores del catálogo (época de ICD-9). ${STORED.es}`,
  [`Accurate as of June 12, 2024, as stated on the page. ${STORED.en}`]: `Vigente al 12 de junio de 2024, según la página. ${STORED.es}`,
  [`Read on mvcc.omniweb.cloud. ${COPY.en} ${STORED.en}`]: `Leída en mvcc.omniweb.cloud. ${COPY.es} ${STORED.es}`,
  [`One copy mentions fall term 2020; a later copy shows the same rates. ${STORED.en}`]:
    `Una copia menciona el periodo de otoño de 2020; una copia posterior muestra las mismas tarifas. ${STORED.es}`,
  [`Older copies: $140 per credit (Fall 2015) and $136 (undated). ${STORED.en}`]:
    `Copias anteriores: $140 por crédito (otoño de 2015) y $136 (sin fecha). ${STORED.es}`,
  [`Post dated May 12, 2016. ${THIRD_PARTY.en} ${STORED.en}`]: `Publicación del 12 de mayo de 2016. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Claims about $152 per credit hour for 2024–2025; not confirmed on a COD page. ${THIRD_PARTY.en} ${STORED.en}`]:
    `Indica unos $152 por hora de crédito para 2024–2025. No se confirmó en una página de COD. ${THIRD_PARTY.es} ${STORED.es}`,
  [`Blog updated October 30, 2023. ${STORED.en}`]: `Blog actualizado el 30 de octubre de 2023. ${STORED.es}`,
  [`A copy of UMA's catalog effective March 21 – December 31, 2022. ${COPY.en} ${STORED.en}`]:
    `Una copia del catálogo de UMA vigente del 21 de marzo al 31 de diciembre de 2022. ${COPY.es} ${STORED.es}`,
  [`Copy shown February 29, 2024. ${STORED.en}`]: `Copia mostrada el 29 de febrero de 2024. ${STORED.es}`,
  [`Copy undated. ${STORED.en}`]: `Copia sin fecha. ${STORED.es}`,
  [`Earlier copy: $108 (2016–17) and $110 (2017–18) per county credit. ${STORED.en}`]:
    `Copia anterior: $108 (2016–17) y $110 (2017–18) por crédito para residentes del condado. ${STORED.es}`,
  [`Labels $124/$291/$422 as 2023–2024 and lists $125/$293/$425 for 2024–2025. ${THIRD_PARTY.en} ${STORED.en}`]:
    `Marca $124/$291/$422 como 2023–2024 y da $125/$293/$425 para 2024–2025. ${THIRD_PARTY.es} ${STORED.es}`,
  [`North Carolina community college tuition, read on Caldwell CC&TI's catalog. ${STORED.en}`]:
    `Matrícula de las universidades comunitarias de Carolina del Norte, leída en el catálogo de Caldwell CC&TI. ${STORED.es}`,
  "Costs, clock hours, CIP codes and length classes as each provider submitted them to the state, in the state's public Training Explorer repository (newjersey/d4ad, migration 20210329172300). A cost field of 0 means the provider reported nothing for that line. Read in a stored copy, no live browsing.":
    'Costos, horas reloj, códigos CIP y clases de duración como cada proveedor los envió al estado. Están en el repositorio público Training Explorer del estado (newjersey/d4ad, migración 20210329172300). Un campo de costo en 0 significa que el proveedor no informó nada para esa línea. Leída en una copia guardada, sin navegar en vivo.',
  "Costs, clock hours, CIP codes and length classes as each provider submitted them to the state, in the state's public Training Explorer repository (newjersey/d4ad, migration 20210406011902). A cost field of 0 means the provider reported nothing for that line. Read in a stored copy, no live browsing.":
    'Costos, horas reloj, códigos CIP y clases de duración como cada proveedor los envió al estado. Están en el repositorio público Training Explorer del estado (newjersey/d4ad, migración 20210406011902). Un campo de costo en 0 significa que el proveedor no informó nada para esa línea. Leída en una copia guardada, sin navegar en vivo.',
  'Names of providers whose program rows carry only a provider id (8039: New Jersey City University; 27: Mercer County Community College).':
    'Nombres de los proveedores cuyas filas de programas solo tienen un número de proveedor (8039: New Jersey City University; 27: Mercer County Community College).',
  'How the registry codes a program length: 5 = 4–11 weeks, 6 = 3–5 months, 7 = 6–12 months, 8 = 13 months–2 years.':
    'Cómo codifica el registro la duración de un programa: 5 = 4–11 semanas, 6 = 3–5 meses, 7 = 6–12 meses, 8 = 13 meses–2 años.',
  'Read in a stored copy of the page (undated), no live browsing.': 'Leída en una copia guardada de la página (sin fecha), sin navegar en vivo.',
  "Read in the source code of the school's own website (github.com/billcurtis2011/feieducation, app/views/education/disclosure/mbc_disclosure.blade.php, commit 746be1f4ecbdcbf2ea236f1abe79d6a5855ebabe, dated 2016-06-01); the live page was not read. Old data.":
    'Leída en el código fuente del propio sitio web de la escuela (github.com/billcurtis2011/feieducation, app/views/education/disclosure/mbc_disclosure.blade.php, commit 746be1f4ecbdcbf2ea236f1abe79d6a5855ebabe, con fecha 2016-06-01). No se leyó la página en vivo. Datos antiguos.',
  'The school\'s website source (2016-06-01): "11 months duration".': 'Código fuente del sitio web de la escuela (2016-06-01): "11 months duration".',
  "The school's website source (2016-06-01); the curriculum text still mentions ICD-9-CM.":
    'Código fuente del sitio web de la escuela (2016-06-01); el texto del plan de estudios todavía menciona ICD-9-CM.',
};

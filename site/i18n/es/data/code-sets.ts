/** Spanish of data/code-sets.json: names, what each code set, claim form or rule covers, and who keeps it (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/** Code-set texts in Spanish. Official code-set names stay as they are; bodies keep their names, with a Spanish gloss the first time. */
export const codeSetsText: DataTextTable = {
  // icd-10-cm
  'ICD-10-CM (International Classification of Diseases, 10th Revision, Clinical Modification)':
    'ICD-10-CM (International Classification of Diseases, 10th Revision, Clinical Modification)',
  "Diagnoses and reasons for visits in every U.S. health care setting. It is the U.S. clinical version of WHO's ICD-10. Codes are 3 to 7 characters. It has been in use since October 1, 2015, when it replaced ICD-9-CM volumes 1–2. Everyone covered by HIPAA must use it.":
    'Diagnósticos y motivos de consulta en todo tipo de atención médica en EE. UU. Es la versión clínica de EE. UU. de la ICD-10 de la OMS (CIE-10). Los códigos tienen de 3 a 7 caracteres. Se usa desde el 1 de octubre de 2015, cuando reemplazó a los volúmenes 1–2 de ICD-9-CM. Todos los que cubre HIPAA deben usarlo.',
  'The National Center for Health Statistics (NCHS, part of CDC). It offers the code set as a free download. CMS and NCHS publish the official files together.':
    'El National Center for Health Statistics (NCHS, Centro Nacional de Estadísticas de Salud, parte de los CDC). Ofrece el sistema de códigos como descarga gratuita. CMS y NCHS publican juntos los archivos oficiales.',

  // icd-10-pcs
  'ICD-10-PCS (ICD-10 Procedure Coding System)': 'ICD-10-PCS (ICD-10 Procedure Coding System)',
  "Procedures on patients who stay in a hospital (inpatient hospital settings only). Codes are 7 characters, each a letter or a digit. It replaced ICD-9-CM volume 3 for hospital stays that ended on or after October 1, 2015. It does not replace CPT for doctors' and outpatient services.":
    'Procedimientos en pacientes que se quedan internados en un hospital (solo atención hospitalaria con internación). Los códigos tienen 7 caracteres, cada uno una letra o un dígito. Reemplazó al volumen 3 de ICD-9-CM para las estadías en el hospital que terminaron el 1 de octubre de 2015 o después. No reemplaza a CPT para los servicios de médicos ni para los servicios ambulatorios.',
  'The Centers for Medicare & Medicaid Services (CMS), which built it.':
    'Los Centers for Medicare & Medicaid Services (CMS, Centros de Servicios de Medicare y Medicaid), que lo crearon.',

  // cpt
  'CPT (Current Procedural Terminology)': 'CPT (Current Procedural Terminology)',
  "Medical, surgical and diagnostic procedures and services done by doctors and other health care workers. Codes have five digits, in Category I and Category III. With HCPCS, it is the HIPAA standard for doctors' and other health care services.":
    'Procedimientos y servicios médicos, quirúrgicos y de diagnóstico que hacen los médicos y otros trabajadores de la salud. Los códigos tienen cinco dígitos, en la Categoría I y la Categoría III. Junto con HCPCS, es la norma de HIPAA para los servicios de médicos y otros servicios de salud.',
  'The American Medical Association (AMA), through the CPT Editorial Panel: 21 members who meet 3 times a year. CPT was first published in 1966. The AMA holds its copyright and licenses it for use in electronic products.':
    'La American Medical Association (AMA, Asociación Médica Estadounidense), por medio del CPT Editorial Panel (su comité editorial): 21 miembros que se reúnen 3 veces al año. CPT se publicó por primera vez en 1966. La AMA tiene sus derechos de autor y da licencias para usarlo en productos electrónicos.',

  // hcpcs-level-ii
  'HCPCS Level II (Healthcare Common Procedure Coding System, Level II)': 'HCPCS Level II (Healthcare Common Procedure Coding System, Level II)',
  'Products, supplies and services not in CPT. These include durable medical equipment, prosthetics, orthotics and supplies (DMEPOS), ambulance services, some drugs and biologicals, and services by providers who are not doctors. Codes are one letter and then four digits (e.g. E0601). HCPCS Level I is CPT.':
    'Productos, suministros y servicios que no están en CPT. Incluyen equipo médico duradero, prótesis, órtesis y suministros (DMEPOS), servicios de ambulancia, algunos medicamentos y productos biológicos, y servicios de proveedores que no son médicos. Los códigos son una letra y luego cuatro dígitos (por ejemplo, E0601). HCPCS Level I es CPT.',
  'The Centers for Medicare & Medicaid Services (CMS).': 'Los Centers for Medicare & Medicaid Services (CMS).',

  // modifiers
  Modifiers: 'Modificadores',
  'Two-character codes added to a CPT or HCPCS Level II code. They tell more about the service without changing what the code means: for example both sides of the body (bilateral), the professional or technical part, a distinct service, or a body site. Some change the payment. Examples: 25 (significant, separately identifiable E/M), 59 (distinct procedural service), 26 (professional component), 50 (bilateral).':
    'Códigos de dos caracteres que se agregan a un código CPT o HCPCS Level II. Dan más datos del servicio sin cambiar lo que significa el código. Por ejemplo: los dos lados del cuerpo (bilateral), la parte profesional o técnica, un servicio distinto o una parte del cuerpo. Algunos cambian el pago. Ejemplos: 25 (E/M importante que se puede identificar por separado), 59 (servicio de procedimiento distinto), 26 (componente profesional), 50 (bilateral).',
  'CPT modifiers (most are two digits): the AMA. HCPCS Level II modifiers (letters, or a letter and a digit): CMS.':
    'Modificadores de CPT (la mayoría son de dos dígitos): la AMA. Modificadores de HCPCS Level II (letras, o una letra y un dígito): CMS.',

  // cms-1500
  'CMS-1500 claim form': 'Formulario de reclamación CMS-1500',
  'The standard paper claim for services by doctors and by other providers and suppliers that are not institutions. Medicare, Medicaid, TRICARE, BCBS and private plans use it. Its electronic form is the ASC X12 837P. It is printed in red drop-out ink so a scanner can read it (OCR).':
    'La reclamación estándar en papel para los servicios de médicos y de otros proveedores de servicios y suministros que no son instituciones. La usan Medicare, Medicaid, TRICARE, BCBS y los planes privados. Su versión electrónica es la ASC X12 837P. Se imprime con tinta roja de exclusión (drop-out) para que un escáner pueda leerla (OCR).',
  'The National Uniform Claim Committee (NUCC) governs the form. CMS sets it for Medicare.':
    'El National Uniform Claim Committee (NUCC, comité nacional de reclamaciones uniformes) rige el formulario. CMS lo establece para Medicare.',

  // ub-04
  'UB-04 (CMS-1450) claim form': 'Formulario de reclamación UB-04 (CMS-1450)',
  'The claim for facility charges by hospitals, skilled nursing facilities, home health agencies, hospices and other institutions. It holds items such as revenue codes and the type of bill. Its electronic form is the 837I. It replaced the UB-92 in 2007.':
    'La reclamación de los cargos de instalaciones de hospitales, centros de enfermería especializada, agencias de salud en el hogar, centros de cuidados paliativos y otras instituciones. Lleva datos como los códigos de ingresos (revenue codes) y el tipo de factura. Su versión electrónica es la 837I. Reemplazó a la UB-92 en 2007.',
  'The National Uniform Billing Committee (NUBC) designs the form.': 'El National Uniform Billing Committee (NUBC, comité nacional de facturación uniforme) diseña el formulario.',

  // hipaa-privacy-rule
  'HIPAA Privacy Rule': 'HIPAA Privacy Rule (Regla de Privacidad de HIPAA)',
  'Protects health information that can identify a person (protected health information, PHI), in any form. It sets how covered entities, such as health plans and providers, may use and share PHI. It also gives patients rights, such as seeing their own records.':
    'Protege la información de salud que puede identificar a una persona (información de salud protegida, PHI), en cualquier forma. Fija cómo las entidades cubiertas, como los planes de salud y los proveedores, pueden usar y compartir la PHI. También da derechos a los pacientes, como ver sus propios expedientes.',
  'The U.S. Department of Health and Human Services (HHS). The HHS Office for Civil Rights (OCR) enforces it.':
    'El Departamento de Salud y Servicios Humanos de EE. UU. (HHS). La Oficina de Derechos Civiles (OCR) del HHS la hace cumplir.',

  // hipaa-security-rule
  'HIPAA Security Rule': 'HIPAA Security Rule (Regla de Seguridad de HIPAA)',
  'Protects electronic protected health information (ePHI). It requires safeguards that keep it private (confidentiality), unchanged (integrity) and ready to use (availability).':
    'Protege la información de salud protegida electrónica (ePHI). Exige medidas que la mantengan privada (confidencialidad), sin cambios (integridad) y lista para usar (disponibilidad).',

  // hipaa-code-set-standards
  'HIPAA code set standards (45 CFR 162.1002)': 'Normas de HIPAA sobre sistemas de códigos (45 CFR 162.1002)',
  "The federal rule that names the code sets covered entities must use in electronic transactions. ICD: diagnoses, and procedures in a hospital stay. CPT-4 with HCPCS: doctors' and other services. HCPCS: other substances, equipment and supplies. NDC: drugs. CDT: dental services.":
    'La regla federal que nombra los sistemas de códigos que las entidades cubiertas deben usar en las transacciones electrónicas. ICD: diagnósticos, y procedimientos durante una estadía en el hospital. CPT-4 con HCPCS: servicios de médicos y otros servicios. HCPCS: otras sustancias, equipos y suministros. NDC: medicamentos. CDT: servicios dentales.',
  'HHS issues the rule. The code sets themselves are kept by NCHS, CMS, the AMA and the ADA, as listed.':
    'El HHS emite la regla. Los sistemas de códigos los mantienen NCHS, CMS, la AMA y la ADA, según la lista.',
};

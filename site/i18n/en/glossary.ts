/**
 * English words of /glossary/: one short, plain entry for each technical word the site uses. Each
 * entry's key is its anchor (/glossary/#percentile); which source defines it, and the page order,
 * are kept beside the page (site/pages/[...locale]/glossary/_terms.ts), so a translation changes only words.
 */

/** One entry: the word as the site writes it, and what it means in plain words. */
interface Term {
  term: string;
  /** One to three short sentences. */
  text: string;
  /** Other spellings a page may use for the same thing ("CEUs"), for finding the word in a page's text. */
  also?: readonly string[];
}

/** /glossary/ in English. */
export const glossary = {
  title: 'Glossary',
  description: 'Plain meanings of the words this site uses about pay, codes, claims, credentials, exams and courses, each with its source where one defines it.',
  heading: 'Words this site uses, in plain English',
  lead: 'Pay, codes, exams and courses each come with their own words. Here is what each one means. Pages link here the first time they use one.',
  /** The groups of entries, each with a heading that says what a reader finds in it. */
  groups: {
    pay: 'Words about pay and jobs',
    codes: 'Words about codes and claims',
    credentials: 'Words about credentials and exams',
    courses: 'Words about courses and costs',
  },
  /** Before the list of links to the entries, at the top of the page. */
  jump: 'Jump to a group:',
  /** After an entry whose subject has a page or a section of its own on this site: "More about CPT". */
  more: (term: string) => `More about ${term}`,
  /** The line on a page that links the glossary entries its text uses. */
  used: {
    before: 'New words on this page: ',
    after: '. Each link gives a short, plain meaning.',
  },
  terms: {
    percentile: {
      term: 'percentile',
      text: 'A point in a list of wages from low to high. At the 25th percentile, 25 of every 100 workers earn less and 75 earn more.',
      also: ['percentiles'],
    },
    median: {
      term: 'median',
      text: 'The middle wage: half of the workers earn more, and half earn less. It is the same as the 50th percentile.',
    },
    mean: {
      term: 'mean',
      text: 'The average wage: all the pay added up, then split evenly among the workers. A few high earners pull it up, so it is often above the median.',
    },
    oews: {
      term: 'OEWS',
      text: 'Occupational Employment and Wage Statistics. It is a BLS survey of employers. It gives the pay and the number of jobs for each kind of work, in May of each year, for the whole country and each state. It leaves out the self-employed.',
    },
    bls: {
      term: 'BLS',
      text: 'The U.S. Bureau of Labor Statistics. It is the federal agency that counts jobs and pay. The wages and job outlook on this site come from it.',
    },
    projections: {
      term: 'Employment Projections',
      text: 'A BLS forecast of how many jobs a kind of work will have ten years from now. Unlike OEWS, it counts the self-employed too.',
      also: ['projections', 'outlook'],
    },
    soc: {
      term: 'SOC code',
      text: 'A number the federal government gives each kind of work, such as 29-2072 for Medical Records Specialists. Wage tables list jobs by this code. SOC stands for Standard Occupational Classification.',
      also: ['SOC'],
    },
    prse: {
      term: 'PRSE',
      text: 'Percent relative standard error. It says how sure BLS is of a wage figure: the higher it is, the less sure. Above 20 %, this site adds a warning in words.',
    },
    'code-set': {
      term: 'code set',
      text: 'A list of standard codes, each one for a diagnosis, a service or an item. Coders use code sets so every health plan reads a record the same way.',
      also: ['code sets'],
    },
    'icd-10-cm': {
      term: 'ICD-10-CM',
      text: 'The code set for diagnoses: what is wrong with a patient, or why they came in. It is used in every kind of U.S. health care setting. Its codes have 3 to 7 characters.',
    },
    'icd-10-pcs': {
      term: 'ICD-10-PCS',
      text: 'The code set for procedures done on patients who stay in a hospital. Its codes have 7 characters.',
    },
    cpt: {
      term: 'CPT',
      text: 'Current Procedural Terminology. It is the AMA’s code set for what doctors and other health workers do, such as exams, tests and surgery. Its codes are five characters long.',
    },
    hcpcs: {
      term: 'HCPCS',
      text: 'The Healthcare Common Procedure Coding System. Level I is CPT. Level II covers what CPT does not, such as equipment, supplies, ambulance rides and some drugs. A Level II code is one letter and four digits.',
    },
    modifier: {
      term: 'modifier',
      text: 'Two characters added to a CPT or HCPCS code to tell more about the service, such as the side of the body. It does not change what the code means, but some change what is paid.',
      also: ['modifiers'],
    },
    claim: {
      term: 'claim',
      text: 'A bill sent to a health plan, such as an insurer or Medicare, asking it to pay for a patient’s care. Billers build claims from the codes a coder chose.',
      also: ['claims'],
    },
    'cms-1500': {
      term: 'CMS-1500',
      text: 'The standard paper claim form for doctors and other providers who are not hospitals. Its electronic form is called the 837P.',
    },
    'ub-04': {
      term: 'UB-04',
      text: 'The claim form for hospitals and other places of care, such as nursing homes. It is also called the CMS-1450. Its electronic form is called the 837I.',
    },
    cms: {
      term: 'CMS',
      text: 'The Centers for Medicare & Medicaid Services. It is the federal agency that runs Medicare and Medicaid. It also keeps HCPCS Level II and ICD-10-PCS.',
    },
    hipaa: {
      term: 'HIPAA',
      text: 'A federal law on health records. Its rules say who may see a patient’s records and how they must be kept safe. They also name the code sets an electronic claim must use.',
    },
    phi: {
      term: 'PHI',
      text: 'Protected health information: any health record that can be tied to one person. HIPAA guards it.',
    },
    credential: {
      term: 'credential',
      text: 'A title you earn by passing an exam, such as CPC or RHIT. You keep it by renewing it. The site also calls these certifications.',
      also: ['credentials', 'certification', 'certifications'],
    },
    aapc: {
      term: 'AAPC',
      text: 'The American Academy of Professional Coders, a member group for coders and billers. It runs the CPC, CPB, COC, CRC and CPC-P exams.',
    },
    ahima: {
      term: 'AHIMA',
      text: 'The American Health Information Management Association, a member group for health records workers. It runs the CCA, CCS, CCS-P, RHIT and RHIA exams through its own commission, CCHIIM.',
    },
    nha: {
      term: 'NHA',
      text: 'The National Healthcareer Association. It runs the CBCS exam for billing and coding.',
    },
    amba: {
      term: 'AMBA',
      text: 'The American Medical Billing Association. It runs the CMRS exam for medical billers.',
    },
    cpc: {
      term: 'CPC',
      text: 'Certified Professional Coder: AAPC’s main coding credential. It is aimed at coders in doctors’ offices and other outpatient care.',
    },
    'cpc-a': {
      term: 'CPC-A (apprentice status)',
      text: 'What you are called if you pass the CPC exam without two years of coding work. The A stands for apprentice. AAPC takes it off once you prove two years of work, or one year of work plus a coding course.',
      also: ['CPC-A', 'COC-A', 'apprentice'],
    },
    cca: {
      term: 'CCA',
      text: 'Certified Coding Associate: AHIMA’s entry-level coding credential, for all care settings.',
    },
    ccs: {
      term: 'CCS',
      text: 'Certified Coding Specialist: AHIMA’s credential for coders with experience, most often in hospitals.',
    },
    rhit: {
      term: 'RHIT',
      text: 'Registered Health Information Technician: AHIMA’s credential for health records technicians. To take the exam you need an associate degree in health information from an accredited program, or a foreign program AHIMA accepts.',
    },
    ceu: {
      term: 'CEU',
      text: 'Continuing education unit: credit for a class, a talk or a quiz you take after you are certified. Each credential asks for a set number in each cycle to keep it.',
      also: ['CEUs', 'continuing education'],
    },
    prerequisite: {
      term: 'prerequisite',
      text: 'What you must have before you may take an exam or start a course, such as a high school diploma.',
      also: ['prerequisites'],
    },
    proctored: {
      term: 'proctored exam',
      text: 'An exam watched by a proctor: a person who checks that you follow the rules. It may be at a test center, or online with a webcam.',
      also: ['proctored', 'live-proctored'],
    },
    'pearson-vue': {
      term: 'Pearson VUE',
      text: 'A company that runs test centers. Several AHIMA exams are taken by computer at its centers.',
    },
    accreditation: {
      term: 'accreditation',
      text: 'A check by an outside body that a school, a program or an exam meets set standards. The RHIT exam, for example, asks for a degree from a program accredited by CAHIIM.',
      also: ['accredited', 'NCCA-accredited'],
    },
    cahiim: {
      term: 'CAHIIM',
      text: 'The body that accredits health information degree programs. AHIMA’s RHIT and RHIA exams ask for a degree from a program it accredits.',
    },
    'third-party': {
      term: 'third-party report',
      text: 'A figure given by someone other than the body that sets it, such as a test-prep site quoting an exam fee. This site shows it and says so, but never counts it as the price.',
      also: ['third-party', 'third party', 'third parties'],
    },
    voucher: {
      term: 'exam voucher',
      text: 'A prepaid pass to take an exam. Some courses include one in their price, so you do not pay the exam fee a second time.',
      also: ['voucher'],
    },
    etpl: {
      term: 'ETPL',
      text: 'Eligible Training Provider List: a state’s list of training programs that public job-training funds may pay for. Some course costs on this site come from New Jersey’s list, as each school reported them to the state.',
    },
    payback: {
      term: 'payback',
      text: 'How long a course takes to pay for itself. This site counts the months of study, then the months of extra pay needed to cover the full cost.',
    },
  } satisfies Record<string, Term>,
};

/** The anchor of a glossary entry: "percentile" for /glossary/#percentile. */
export type GlossaryId = keyof typeof glossary.terms;

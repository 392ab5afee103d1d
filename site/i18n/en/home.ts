/**
 * English words of the home page: what coding and billing are (after the source article), how they
 * connect, the three tools and the nine roles. A sentence with a link is split into the words before,
 * the link's text and the words after, so no catalog text is ever HTML.
 */

/** A term in bold followed by what it means, as in the page's numbered lists. */
interface Term {
  term: string;
  text: string;
}

/** The home page in English. */
export const home = {
  description:
    'What medical billing and medical coding are, how they connect, the nine roles in the field, and tools to compare salaries, courses and a plan to certification.',
  heading: 'Medical billing and coding, explained',
  /** The first screen on a phone: what the work pays, and the three tools to start with. */
  start: {
    payHeading: 'What it pays',
    coding: 'Medical coding',
    billing: 'Medical billing',
    /** After the figure: "$51,140 a year". */
    perYear: ' a year',
    /** What the two figures are, with their year and kind: the glossary link's text, then the rest. */
    median: 'Median',
    payNote: (year: number, coding: string, billing: string) =>
      ` pay a year in the United States, May ${year}, as published by BLS. Half earned more and half less. Coding is the BLS group ${coding}; billing is ${billing}.`,
    toolsHeading: 'How to start',
    salaries: { name: 'Salaries', text: 'pay in your state' },
    courses: { name: 'Courses', text: 'compare the full cost of programs' },
    plan: { name: 'Plan', text: 'dated steps to a credential' },
  },
  lead: "Medical billing and medical coding are two jobs that depend on each other. Coding turns what happened in a patient's care into standard codes; billing uses those codes to get the care paid for, and keeps the records safe.",
  intro:
    'They are often grouped together in one job description because they are so closely related, but they are not the same thing. This site explains both, the nine roles in the field, what they pay, and how to train for them.',
  coding: {
    heading: 'What medical coding is',
    intro:
      "Every procedure, visit or prescription, anything in health care that can be billed, has a code that goes with it. The codes tell an insurance company what it is paying for. A coder reads what was recorded about a patient's care and turns it into codes covering four kinds of information:",
    /** The four kinds of information a coder turns into codes, in the article's order. */
    kinds: [
      { term: "The patient's diagnosis.", text: 'The coder turns a complex diagnosis into a simpler code for billing.' },
      {
        term: 'The necessary treatments.',
        text: 'What treatment is needed to relieve the symptoms or cure the condition. Treatment can last days, weeks or years, and can change as the condition gets better or worse.',
      },
      { term: 'What has been provided.', text: "The medicines and treatments the patient has already received: everything from prescriptions to operations to doctor's visits." },
      { term: 'Any unusual circumstances or complications.', text: 'Anything unusual about a diagnosis or treatment can change the billing and what is covered.' },
    ] satisfies Term[],
    records: {
      before:
        'Coding also involves processing and keeping records. A coding clerk might process, file and code records, then pass them to a billing specialist. In the United States the codes come from standard code sets: ICD-10-CM for diagnoses, CPT and HCPCS Level II for services, procedures and supplies, and ICD-10-PCS for procedures on hospital inpatients. ',
      codeSets: 'What each code set covers',
      after: '.',
    },
  },
  billing: {
    heading: 'What medical billing is',
    paragraphs: [
      'Billing is the next step after coding. Once everything has been coded properly, the billing department creates and sends the claims and invoices, and stores the records properly.',
      'Proper storage is not only a way of staying organized; it is a requirement. The privacy and security of health records is a top priority, and medical organizations can be held accountable for storing records improperly.',
    ],
  },
  connect: {
    heading: 'How the two connect',
    /** The step before either side's work. */
    care: 'A patient is seen and treated, and the care is written up in the record.',
    steps: [
      { term: 'Coding:', text: 'the coder turns the diagnosis, the necessary treatments, what was provided and any complications into codes.' },
      { term: 'Billing:', text: 'the biller puts those codes on a claim or invoice and sends it to the insurer or the patient.' },
      { term: 'Records:', text: 'the records are filed and stored securely, as privacy rules require.' },
    ] satisfies Term[],
    teams: {
      before:
        'Because each side depends on the other, employers often hire billers and coders together and group them into teams. Larger organizations usually have a team; a smaller practice may have one person who does both billing and coding. ',
      sideBySide: 'Billing and coding side by side',
      after: '.',
    },
  },
  tools: {
    heading: 'Tools',
    salaries: {
      name: 'Salaries',
      text: 'Wage ranges for each role, for the whole country or one state, from U.S. Bureau of Labor Statistics data with the year shown.',
    },
    courses: {
      name: 'Courses',
      text: 'Training programs side by side with every cost (tuition, books, exam, membership, retakes), their length, and how long the cost takes to pay back.',
    },
    /** The plan card: this text, then the plan page's months claim and its link, then `after`. */
    plan: {
      name: 'Plan',
      text: 'A dated plan from your start date and the hours you have each week, milestone by milestone to the exam and beyond.',
      after: '.',
    },
    roles: {
      name: 'Role guides',
      text: 'Nine careers, from records clerk to billing director: what each does, the credentials asked for, where it leads, and what it pays.',
    },
  },
  roles: {
    heading: 'The nine roles',
    /** "(entry to mid level)" after a role's name. */
    level: (level: string) => `(${level.toLowerCase()})`,
  },
  source: {
    before: 'The descriptions of coding and billing on this page follow ',
    /** The article's title as the link's text. */
    article: '“What Is Medical Billing and Coding?”',
    middle: ', the article this site is built around. ',
    methodology: 'Sources and methodology',
    after: '.',
  },
};

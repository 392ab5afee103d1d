/** English words of the share images (Open Graph): each page's title and line, figures' labels, sources and alt text. */

/** A page's share image in words. */
interface SharePage {
  title: string;
  line: string;
}

/** Share images in English. */
export const share = {
  pages: {
    home: { title: 'Medical billing and coding careers', line: 'Nine roles, pay in every state, the full cost of courses and a dated plan to the exam.' },
    salaries: { title: 'Salary ranges by role and state', line: 'BLS pay for nine billing, coding and records roles, nationally and in every state.' },
    courses: { title: 'Compare training programs', line: 'Every real cost side by side: tuition, books, exam, membership, and how long it takes to pay back.' },
    plan: { title: 'Plan your route to a credential', line: 'A dated plan from your start date and weekly hours to the exam and beyond, in your calendar.' },
    guide: { title: 'A counselor’s guide to billing and coding roles', line: 'Roles, credentials and pay in your state, chosen by a counselor and shared at a link.' },
  } satisfies Record<string, SharePage>,
  /** The big figure on a role's image. */
  pay: (money: string) => `${money} a year`,
  payLabel: (year: number) => `national median, May ${year}`,
  noPay: 'No national median published',
  /** Above the map. */
  mapLabel: (who: string, year: number) => `${who} median by state, May ${year}`,
  lower: 'lower',
  higher: 'higher',
  /** The source line at the bottom. */
  source: (publisher: string, survey: string, years: string) => `Source: ${publisher}, ${survey}, ${years}`,
  survey: 'Occupational Employment and Wage Statistics',
  years: (years: number[]) => years.map((y) => `May ${y}`).join(' and '),
  /** og:image:alt */
  roleAlt: (title: string, pay: string | null, year: number, mapYear: number) =>
    `${title}: ${pay === null ? 'no national median published' : `national median pay ${pay} a year, May ${year}`}, with a map of the median by state, May ${mapYear}. Source: BLS.`,
  pageAlt: (page: SharePage) => `${page.title}. ${page.line}`,
};

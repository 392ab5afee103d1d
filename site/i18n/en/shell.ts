/** English words of the page shell every page has: the site's name, the skip link, the nav and the footer. */

/** What the footer's sources line needs: the wage years and the projection period, where known. */
interface FooterParams {
  national: number;
  state: number | undefined;
  period: string | undefined;
}

/** The page shell in English. */
export const shell = {
  siteName: 'Billing & Coding Explorer',
  /** "Page · Site" in the window title. */
  pageTitle: (title: string, site: string) => `${title} · ${site}`,
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  /** The name of the header's list of the three tools. */
  toolsLabel: 'Tools',
  nav: {
    home: 'Home',
    billingVsCoding: 'Billing vs coding',
    roles: 'Roles',
    salaries: 'Salaries',
    courses: 'Courses',
    plan: 'Plan',
    guides: 'Guides',
    methodology: 'Methodology',
  },
  /** The language switch: the other language's name (in that language) and what following it does. */
  language: {
    label: 'Language',
    switchTo: 'Español',
    switchHint: 'Read this page in Spanish',
  },
  footer: {
    sources: 'Sources & methodology',
    privacy: 'Privacy: what is kept, and for how long',
    glossary: 'Glossary: what the words mean',
    wages: ({ national, state, period }: FooterParams) =>
      `Wages are U.S. Bureau of Labor Statistics OEWS estimates (national May ${national}${state === undefined ? '' : `, states May ${state}`})${period ? `; outlook is BLS Employment Projections ${period}` : ''}. Figures are shown as published, with their year. This site is a guide, not career or financial advice.`,
  },
};

/** Spanish words of the page shell every page has: the site's name, the skip link, the nav, the language switch and the footer. */
import type { shell as english } from '../en/shell.ts';

/** The page shell in Spanish. */
export const shell: typeof english = {
  /** The site's name is a proper name: it stays as it is. */
  siteName: 'Billing & Coding Explorer',
  /** "Página · Sitio" in the window title. */
  pageTitle: (title: string, site: string) => `${title} · ${site}`,
  skipLink: 'Saltar al contenido principal',
  navLabel: 'Principal',
  /** The name of the header's list of the three tools. */
  toolsLabel: 'Herramientas',
  nav: {
    home: 'Inicio',
    billingVsCoding: 'Facturación vs. codificación',
    roles: 'Puestos',
    salaries: 'Salarios',
    courses: 'Cursos',
    plan: 'Plan',
    guides: 'Guías',
    methodology: 'Metodología',
  },
  /** The language switch: "English" is the other language's name in English (mark it lang="en"). */
  language: {
    label: 'Idioma',
    switchTo: 'English',
    switchHint: 'Lea esta página en inglés',
  },
  footer: {
    sources: 'Fuentes y metodología',
    privacy: 'Privacidad: qué se guarda y por cuánto tiempo',
    glossary: 'Glosario: qué significan las palabras',
    wages: ({ national, state, period }: Parameters<typeof english.footer.wages>[0]) =>
      `Los salarios son estimaciones OEWS de la Oficina de Estadísticas Laborales de los EE. UU. (BLS): datos nacionales de mayo de ${national}${state === undefined ? '' : `, datos estatales de mayo de ${state}`}.${period ? ` Las perspectivas son las Employment Projections ${period} de la BLS.` : ''} Las cifras se muestran tal como se publicaron, con su año. Este sitio es una guía, no un consejo de carrera ni financiero.`,
  },
};

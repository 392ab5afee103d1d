/** English words of the 404 page: what happened, and where to go instead. */

/** A link's text and the words after it, as in a list of links. */
interface LinkThen {
  link: string;
  after: string;
}

/** The 404 page in English. */
export const notFound = {
  /** The window title and the page's heading. */
  title: 'Page not found',
  description: 'The page you asked for is not on the Billing & Coding Explorer.',
  lead: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be out of date.',
  tryHeading: 'Try one of these',
  try: {
    home: { link: 'Home', after: ': what medical billing and coding are.' },
    billingVsCoding: { link: 'Billing vs coding', after: ', side by side.' },
    salaries: { link: 'Salaries', after: ' by role and state.' },
    courses: { link: 'Courses', after: ' compared by full cost.' },
    plan: { link: 'Plan', after: ' your route to a credential.' },
    methodology: { link: 'Sources and methodology', after: '.' },
  } satisfies Record<string, LinkThen>,
  rolesHeading: 'Role guides',
};

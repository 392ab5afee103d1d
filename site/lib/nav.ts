/** The site's main pages in the header's order: the header lists them all, the 404 page suggests some of them. */
export const NAV_PAGES = [
  { key: 'home', href: '/' },
  { key: 'billingVsCoding', href: '/billing-vs-coding/' },
  { key: 'roles', href: '/roles/' },
  { key: 'salaries', href: '/salaries/' },
  { key: 'courses', href: '/courses/' },
  { key: 'plan', href: '/plan/' },
  // Counselors' guide builder; it fits the 320 px header without another line.
  { key: 'guides', href: '/guides/new/' },
  { key: 'methodology', href: '/methodology/' },
] as const;

export type NavKey = (typeof NAV_PAGES)[number]['key'];

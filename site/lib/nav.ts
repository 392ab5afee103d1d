/**
 * The site's main pages in the header's order: the site's name leads home, the three tools come first as
 * buttons with an icon, then the other pages; the 404 page suggests some of them.
 */
export const NAV_PAGES = [
  { key: 'home', href: '/', group: 'home' },
  { key: 'salaries', href: '/salaries/', group: 'tool' },
  { key: 'courses', href: '/courses/', group: 'tool' },
  { key: 'plan', href: '/plan/', group: 'tool' },
  { key: 'roles', href: '/roles/', group: 'page' },
  { key: 'billingVsCoding', href: '/billing-vs-coding/', group: 'page' },
  // Counselors' guide builder; it fits the 320 px header without another line.
  { key: 'guides', href: '/guides/new/', group: 'page' },
  { key: 'methodology', href: '/methodology/', group: 'page' },
] as const;

export type NavKey = (typeof NAV_PAGES)[number]['key'];
/** The tools' keys. */
export type ToolKey = Extract<(typeof NAV_PAGES)[number], { group: 'tool' }>['key'];

/**
 * Each tool's icon as one SVG path in a 20 × 20 box, drawn as a stroke in the text's colour (decoration:
 * the link's words name it): pay as rising bars, courses as a list to compare, the plan as a calendar.
 */
export const TOOL_ICONS: Record<ToolKey, string> = {
  salaries: 'M3 17h14M5 17v-5M10 17V5M15 17V9',
  courses: 'M3 5h2M8 5h9M3 10h2M8 10h9M3 15h2M8 15h9',
  plan: 'M3 5h14v12H3zM3 9h14M7 3v4M13 3v4',
};

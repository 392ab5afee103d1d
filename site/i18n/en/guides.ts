/** English words of the guide builder and reader islands: the guide a student reads, money, dates and the note's length. */
import { formatFor } from '../format.ts';
import type { Locale } from '../locale.ts';

const f = formatFor('en');

/** The guide islands in English. */
export const guides = {
  /** $47,230 */
  usd: f.usd,
  /** "2026-11-26" (or a timestamp) → "November 26, 2026" */
  longDate: f.longDate,
  /** "12 of 2,000 characters." */
  noteCount: (used: number, max: number) => `${f.count(used)} of ${f.count(max)} characters.`,

  /** The guide as a student reads it (render.ts). */
  doc: {
    untitled: 'Untitled guide',
    from: 'From ',
    noteLabel: 'Note from your counselor',
    noteHeading: 'A note from your counselor',
    roles: (n: number) => (n === 1 ? 'The role' : `${n} roles to look at`),
    payLead: (area: string) =>
      `Pay is what the U.S. Bureau of Labor Statistics (BLS) reports for ${area}, in the newest year published, for the BLS occupation each role is matched to. Half of workers earn between the 25th and 75th percentile; percentiles are not experience levels.`,
    tags: (side: string, level: string) => `${side} side · ${level}`,
    credentialsLead: 'Credentials that lead here: ',
    noCredentials: 'none in particular is listed for this role.',
    roleGuide: 'Full guide to this role',
    otherStates: 'Pay in other states',
    credentials: 'Credentials to look at',
    programs: 'Programs to compare',
    /** The program's total in a sentence: "$3,895 in all", "at least $2,690 in all" (the "at least" says a cost is not published). */
    programTotal: (total: string) => `${total} in all`,
    programNoPrice: 'tuition not published',
    /** " Tuition: computed by this site from a published rate: 37 credits × …; rate dated 2018." */
    programKind: (kind: string, rule: string | null) => ` Tuition: ${kind}${rule ? `: ${rule}` : ''}.`,
    programMonths: (m: number) => `, up to ${f.decimal(m)} months`,
    pricesRead: (day: string) => `; prices as read ${f.longDate(day)}`,
    source: ' Source: ',
    next: 'Next steps',
    savedPlan: 'Your saved plan',
    savedPlanAfter: ': the route to a credential, dated milestone by milestone.',
    planRoute: 'Plan your route',
    planRouteAfter: ' to a credential from your start date and the hours you have each week.',
    compare: 'Compare training programs',
    compareAfter: ': every cost side by side, and how long each takes to pay back.',
    sideBySide: 'Billing and coding side by side',
    and: ', and ',
    allRoles: 'all nine roles',
    paySources: 'Sources of the pay figures',
    shareOnline: 'This guide online, with every link: scan the code or open ',
    loadingPay: 'Loading pay figures…',
    /** In the preview when the pay request failed (the Retry button above the preview asks again). */
    payNotLoaded: 'Pay figures not loaded yet: press Retry above the preview.',
    /** Under a role's pay when other chosen roles share its BLS occupation (so the same figures). */
    sharedOccupation: (others: string) => `Same pay as ${others}: BLS counts these roles in one occupation and does not report them separately.`,
    listJoin: ', ',
    noPay: "BLS publishes no wage figures for this role's occupation.",
    nationalFallback: (area: string) => `BLS publishes no figures for this occupation in ${area}; these are national.`,
    notPublished: (meaning: string | undefined) => `not published${meaning ? ` (${meaning})` : ''}`,
    median: 'Median pay',
    mean: 'Mean pay',
    aYear: ' a year',
    meanNoMedian: ' a year (BLS gives no median here)',
    middleHalf: 'Middle half',
    tenthToNinetieth: '10th to 90th percentile',
    to: ' to ',
    payLine: (occupation: string, soc: string, area: string, year: number) => `${occupation} (SOC ${soc}), ${area}, May ${year}. `,
    sourceLabel: 'Source: ',
    printedSource: (publisher: string, title: string) => `Source: ${publisher}, ${title} (address below).`,
  },
  /** Who publishes a program's own price. */
  provider: 'the provider',

  /** The builder (builder.ts): field names for the error summary, role order, searches, saving. */
  builder: {
    field: {
      title: 'Title',
      counselorName: 'Your name',
      organisation: 'Organisation',
      note: 'Note to the student',
      roles: 'Roles',
      area: 'Pay figures for',
      programs: 'Programs',
      certifications: 'Credentials',
      plan: 'Saved plan',
      language: 'Language of the guide',
    },
    moveUp: (title: string) => `Move ${title} up`,
    moveDown: (title: string) => `Move ${title} down`,
    remove: (title: string) => `Remove ${title}`,
    up: '↑ Up',
    down: '↓ Down',
    removeShort: 'Remove',
    moved: (title: string, n: number, of: number) => `${title} moved to number ${n} of ${of}.`,
    removed: (title: string) => `${title} removed.`,
    added: (title: string, n: number) => `${title} added as number ${n}.`,
    shown: (shown: number, all: number, noun: 'roles' | 'programs') => (shown === all ? `All ${all} ${noun} shown.` : `${shown} of ${all} ${noun} shown.`),
    hint: "Give the guide a title and choose roles: the student's view appears here as you type.",
    defaultArea: 'United States',
    errors: {
      title: 'Give the guide a title.',
      roles: 'Choose at least one role.',
      plan: 'Paste the link of a saved plan (it ends in /plan/?id= and 22 letters and digits), or just its id.',
    },
    checkThese: (n: number, editing: boolean) => `Check ${n === 1 ? 'this' : 'these'} before ${editing ? 'saving' : 'publishing'}:`,
    reload: 'Reload the guide (your unsaved changes are lost)',
    changedElsewhere: 'This guide was changed elsewhere (in another tab or on another device) since you opened it. Reload it to get the latest version, then make your changes again.',
    notYours: 'This edit link does not belong to this guide, so it cannot be changed from here.',
    deleted: 'This guide no longer exists: it was deleted.',
    deletedByAuthor: 'This guide was deleted by its author. Its share link and edit link no longer work.',
    notSaved: (detail: string) => `Not saved: ${detail}`,
    editHeading: 'Edit the guide',
    save: 'Save changes',
    saved: 'Saved. Students with the share link see the new version.',
    /** After a save that changed the guide's language: its share link now leads to that language's page. */
    savedIn: {
      en: 'Saved. The share link and QR code now open the guide in English; the old link still leads to it.',
      es: 'Saved. The share link and QR code now open the guide in Spanish; the old link still leads to it.',
    } satisfies Record<Locale, string>,
    gone: 'The guide is deleted. Its share link and edit link no longer work.',
    startNew: 'Start a new guide',
    noGuide: 'There is no guide at this edit link: it may have been deleted.',
    notLoaded: (detail: string) => `The guide could not be loaded: ${detail}`,
    /** Above the preview when /api/salaries failed (offline, 503) after a retry: the button asks again. */
    payFailed: 'Couldn’t load pay figures —',
    retryPay: 'Retry',
    /** In the same status line while Retry is asking again. */
    retryingPay: 'Loading pay figures again…',
    /** Under the preview's heading: the language the student reads the guide in, by the language chosen. */
    studentReads: {
      en: 'The student reads this guide in English, as previewed here.',
      es: 'The student reads this guide in Spanish: its headings, pay words and links are in Spanish there. Your title and note are shown as you wrote them.',
    } satisfies Record<Locale, string>,
  },

  /** The builder page's own words (pages/guides/new/index.astro): the static form around the island. */
  newPage: {
    title: 'Make a role guide for a student',
    description: "For counselors: choose roles in medical billing and coding, pay in the student's state and a note, then share the guide at a short link, as a QR code or on paper.",
    lead: "Choose the roles to show, the state for pay figures and a note. Publish to get a link and a QR code to share; the student's page prints on one or two sheets.",
    noscript: ['The guide builder needs JavaScript to publish. The ', 'role guides', ' work without it.'],
    loading: 'Loading your guide…',
    formHeading: 'Build the guide',
    optional: '(optional)',
    titleHint: 'What the student sees first, e.g. “Careers in medical coding for Maria”.',
    noteHint: 'Plain text; line breaks are kept.',
    noteNotice: 'Do not put a student’s full name or health details in the note.',
    rolesLegend: (n: number) => `Roles to include (1 to ${n})`,
    findRole: 'Find a role',
    /** "(coding, entry level)" after a role's title. */
    roleTags: (side: string, level: string) => `(${side.toLowerCase()}, ${level.toLowerCase()})`,
    orderLabel: 'Order the student reads them in',
    noRoles: 'No roles chosen yet.',
    national: 'The whole United States (national)',
    areaHint: "The student's state, or national figures.",
    programsLegend: 'Programs to compare',
    upTo: (n: number) => `(optional, up to ${n})`,
    findProgram: 'Find a program',
    credentialsLegend: 'Credentials to mention',
    planLabel: 'A saved plan to link',
    planHint: ['Paste the link of a plan made with ', 'the planner', ', or its id.'],
    publish: 'Publish guide',
    delete: 'Delete guide…',
    confirm: 'Delete this guide? Its content is removed at once, and its share link will only say that it was deleted. This cannot be undone.',
    keep: 'Keep the guide',
    deleteYes: 'Delete for good',
    privacy: ['What is stored, who can read it and for how long: ', 'privacy'],
    previewHeading: 'Preview: what the student sees',
    /** Each language the guide can be in, in its own words (marked with its lang on the page). */
    languageNames: { en: 'English', es: 'Español' } satisfies Record<Locale, string>,
    languageHint: 'The share link, its QR code and the printout open in this language. Write your title and note in it too.',
  },
  /** The shared guide's page (pages/guides/index.astro) before its script has loaded the guide. */
  readerPage: {
    title: "A counselor's role guide",
    description: 'Roles in medical billing and coding chosen by a counselor, with pay in your state, the credentials that lead there and next steps.',
    loading: 'Loading the guide…',
    noscript: ['This guide needs JavaScript to load. Meanwhile, the ', 'nine role guides', ' work without it.'],
  },
  /** "3 of 4 chosen." under the programs. */
  programCount: (n: number, max: number) => `${n} of ${max} chosen.`,

  /** After publishing (publish.ts). */
  publish: {
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C (or ⌘C) to copy.',
    copy: 'Copy',
    qrAlt: (url: string) => `QR code of the share link ${url}`,
    qrDownload: 'Download the QR code (SVG)',
    qrDownloadPng: 'Download it as PNG',
    qrPngFailed: 'This browser could not make the PNG: download the SVG instead.',
    /** Beside the share link: when the guide is deleted unless opened or edited before. */
    keptUntil: (iso: string) => `Kept until ${f.longDate(iso)}; editing or opening it keeps it longer.`,
    privacy: 'What is kept, and for how long',
    exportJson: 'Download this guide (JSON)',
    exportHint: 'A copy of what is saved, to keep or to publish again as a new guide.',
    published: 'Published: share it with your student',
    shareLink: 'Share link',
    shareLabel: 'Share link (anyone with it can read the guide)',
    open: "Open the student's view",
    newTab: ' (new tab)',
    editLabel: 'Your private edit link',
    /** Beside Copy: the edit link in an e-mail the counselor sends to herself. */
    email: 'E-mail it',
    mailSubject: (title: string) => `Edit link for the guide “${title}”`,
    mailBody: (title: string, edit: string) =>
      `The private edit link of the guide “${title}” (Billing & Coding Explorer):\n\n${edit}\n\nIt is the only way to change or delete the guide. Do not give it to students: anyone who has it can change the guide.\n`,
    keep: 'Keep this link somewhere safe now.',
    keepWhy:
      ' It is the only way to change or delete this guide, and this page’s address is now that link: bookmark it, copy it or e-mail it to yourself. We keep no copy of it and cannot send it to you again. Do not give it to students: anyone who has it can change the guide.',
  },

  /** The student's view when the guide cannot be shown (reader.ts). */
  reader: {
    siteName: 'Billing & Coding Explorer',
    retry: 'Try again',
    meanwhile: 'Meanwhile: ',
    roles: 'the nine roles',
    salaries: 'salaries by state',
    or: ', or ',
    make: 'make a guide',
    notHere: 'This guide is not here',
    deletedTitle: 'This guide was deleted',
    deleted: 'This guide was deleted by its author. Ask your counselor for a new link if you still need it.',
    noId: 'This address has no guide id. Check the link your counselor shared: it ends in ?id= and 22 letters and digits.',
    unknownId: 'No guide has this id. The link may be incomplete, or the counselor may have deleted the guide.',
    notLoaded: 'The guide could not be loaded',
  },
};

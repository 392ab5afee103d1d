/** English words of the plan page and its island: the form, the saved-plan states, the plan view and the chart. */
import type { DurationOrigin } from '../../../functions/domain/planner-types.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');

/** What the plan view's summary sentence needs. */
interface SummaryParams {
  acronym: string;
  examDate: string;
  credentialDate: string;
  months: number;
  startDate: string;
  hoursPerWeek: number;
  totalHours: number;
  warnings: number;
}

const ORIGIN: Record<DurationOrigin, string> = {
  program: "The program's stated figure",
  reader: 'Your input',
  credential: "The credential's rules",
  rule: 'A published guide',
  assumption: "This site's assumption",
  computed: 'Worked out from the above',
};

/** The plan page in English. */
export const planPage = {
  /** Before a field's error message, so it reads as one even without its colour ("Error: …"). */
  errorLead: 'Error:',
  load: {
    loading: 'Loading the plan…',
    missing: 'There is no plan at this link.',
    missingHelp: 'It may have been deleted, or the link was cut short.',
    /** An id not of the form plan ids have. */
    malformed: (id: string) => `There is no plan at this link: “${id.length > 40 ? `${id.slice(0, 40)}…` : id}” is not a plan id.`,
    deleted: 'This plan was deleted by its owner.',
    deletedHelp: 'Its share link and edit link no longer work, and nothing of it is kept.',
    failed: 'Could not load the plan.',
    failedHelp: 'Check your connection and try again.',
    retry: 'Try again',
    startNew: 'Start a new plan',
  },
  form: {
    headingNew: 'Your start date and hours',
    headingEdit: 'Edit your plan',
    aimLegend: 'What you are aiming for',
    credential: 'Credential',
    program: 'Training program',
    noProgram: (hours: number) => `None: plan this site's default course (${hours} hours)`,
    preparesFor: (acronym: string) => `Prepare for the ${acronym}`,
    otherPrograms: 'Other programs',
    programOption: (p: { provider: string; name: string; hours?: number | undefined; months?: number | undefined }) =>
      `${p.provider}: ${p.name}${p.hours ? ` (${p.hours} hours)` : p.months ? ` (${p.months} months)` : ''}`,
    programHint: "A program's stated hours or length set the coursework.",
    comparePrograms: 'Compare programs',
    datesLegend: 'Dates and hours',
    modeLabel: 'How to plan',
    modeForward: 'From a start date and hours a week',
    modeTarget: 'Back from an exam date: how many hours a week?',
    startDate: 'Start date',
    examDate: 'Exam date',
    hoursPerWeek: 'Hours a week',
    prepWeeks: 'Weeks of exam prep',
    /** The hint under a number field: its range and what an empty field means. */
    numberHint: ({ min, max, fallback }: { min: number; max: number; fallback: number }) => `${min} to ${max}; empty means ${fallback}.`,
    title: 'Name this plan (optional)',
    targetMissing: 'Give the exam date to plan back from.',
  },
  breaks: {
    legend: 'Breaks (study pauses; no step falls in one)',
    none: 'No breaks. Add holidays, a move, anything that stops study for a while.',
    name: (n: number) => `Break ${n}`,
    start: 'First day off',
    end: 'Last day off',
    label: 'What it is (optional)',
    remove: (n: number) => `Remove break ${n}`,
    add: 'Add a break',
  },
  shared: {
    heading: (title: string) => `A shared plan${title ? `: ${title}` : ''}`,
    intro: 'This plan was shared with you to read. To change it, make your own copy; the original stays as it is.',
    copy: 'Make my own copy',
  },
  result: {
    yours: 'Your plan',
    theirs: 'The plan',
    example: (startDate: string) =>
      `An example: this site's default path to a CPC, nothing else chosen, starting on ${f.longDate(startDate)} (worked out when this page was built). Use the form above and the plan starts from today and follows your choices.`,
    paused: 'The preview is paused until the highlighted fields are fixed; this is the last plan that worked.',
    fixToSee: 'Fix the highlighted fields to see your plan.',
    announcePaused: 'Preview paused: fix the highlighted fields.',
    /** The preview waits on a field still being filled in (its error shows once the reader leaves it). */
    pausedTyping: 'The preview is paused until the field you are filling in is complete; this is the last plan that worked.',
    finishToSee: 'Finish the field you are filling in to see your plan.',
    announcePausedTyping: 'Preview paused until the field is complete.',
    /** Back-planning before an exam date is given. */
    needTarget: 'Give the exam date you are aiming for: the plan then shows the hours a week it needs.',
    /** Back-planning to an exam date no plan can meet; the reason follows. */
    noPlan: 'No plan for this exam date.',
  },
  save: {
    headingKeep: 'Keep this plan',
    heading: 'Save, share and add to your calendar',
    saveChanges: 'Save changes',
    saveNew: 'Save and get links',
    calendar: 'Add to calendar (.ics)',
    print: 'Print',
    reload: 'Reload the plan',
    about: 'Saving stores your choices (not your name) on this site and gives you two links: one to share, read-only, and one to edit.',
    fixFirst: 'Fix the highlighted fields before saving.',
    saving: 'Saving…',
    savedVersion: (version: number) => `Saved (version ${version}). The share link shows this version.`,
    savedNew: 'Saved. Keep the edit link private: anyone who has it can change the plan.',
    stale: 'This plan was changed somewhere else since you opened it. Reload it to see the latest version, then make your change again.',
    notYours: 'This edit link does not belong to this plan, so it cannot be changed here. Make your own copy instead.',
    copied: 'This is now your own copy: change it and save it to get your own links.',
    /** Beside the share link: when the plan is deleted unless opened or edited before. */
    keptUntil: (iso: string) => `Kept until ${f.longDate(iso)}; editing or opening it keeps it longer.`,
    privacy: 'What is kept, and for how long',
    exportJson: 'Download the plan (JSON)',
    delete: 'Delete plan…',
    confirm: 'Delete this plan? Its content is removed at once, and its share link, edit link and calendar stop working. This cannot be undone.',
    keep: 'Keep the plan',
    deleteYes: 'Delete for good',
    deleting: 'Deleting…',
  },
  links: {
    share: 'Share link (read-only)',
    copyShare: 'Copy share link',
    shareName: 'Share link',
    edit: 'Private edit link',
    editHint: 'Anyone with this link can change the plan: keep it to yourself. It is the only way back to editing.',
    copyEdit: 'Copy edit link',
    editName: 'Edit link',
    copiedIt: (what: string) => `${what} copied.`,
    copyByHand: (what: string) => `Copy the selected ${what.toLowerCase()} with Ctrl+C (⌘C on a Mac).`,
  },
  view: {
    /** A milestone's day. */
    date: (iso: string) => f.longDate(iso),
    /** Hours in the hours table. */
    hoursFigure: (h: number) => f.decimal(h),
    summary: (p: SummaryParams) =>
      `${p.acronym} exam on ${f.longDate(p.examDate)}, credential by ${f.longDate(p.credentialDate)}: ` +
      `${f.decimal(p.months)} months from ${f.longDate(p.startDate)} at ${f.decimal(p.hoursPerWeek)} hours a week (${f.decimal(p.totalHours)} hours in all).` +
      (p.warnings > 0 ? ` ${p.warnings === 1 ? '1 warning' : `${p.warnings} warnings`} to check.` : ''),
    credential: 'Credential',
    program: 'Program',
    noProgram: "None chosen: this site's default course",
    exam: 'Exam',
    credentialBy: 'Credential by',
    months: (months: number) => `${f.decimal(months)} months`,
    study: 'Study',
    studyHours: (hoursPerWeek: number, total: number) => `${f.decimal(hoursPerWeek)} hours a week, ${f.decimal(total)} hours in all`,
    warningsHeading: 'Check before you rely on these dates',
    notesHeading: 'Good to know',
    warning: 'Warning:',
    note: 'Note:',
    timeline: 'Timeline by month',
    key: 'Solid bar: coursework. Hatched bar: exam prep. Outlined bar: waiting for results.',
    keyBreaks: ' Dotted band: your breaks.',
    afterOne: (date: string) => ` The step after the credential (${f.longDate(date)}) is in the list below.`,
    afterMany: (n: number, last: string) => ` The ${n} steps after the credential (up to ${f.longDate(last)}) are in the list below.`,
    milestones: 'Milestones',
    moved: ' (Moved to the first day after your break.)',
    hours: 'Hours',
    hoursCaption: 'Study hours in the plan',
    coursework: 'Coursework',
    examPrep: 'Exam prep',
    total: 'Total',
    durations: 'Where each duration comes from',
    origin: ORIGIN,
    source: 'Source: ',
    sources: 'Sources: ',
  },
  chart: {
    describe: (p: { phases: { label: string; start: string; end: string }[]; breaks: number; examDate: string; acronym: string; credentialDate: string }) => {
      const phases = p.phases.map((ph) => `${ph.label.toLowerCase()} ${f.longDate(ph.start)} to ${f.longDate(ph.end)}`);
      const breaks = p.breaks > 0 ? `; ${p.breaks === 1 ? 'a break' : `${p.breaks} breaks`}` : '';
      return `Timeline by month: ${phases.join('; ')}${breaks}; exam ${f.longDate(p.examDate)}; ${p.acronym} ${f.longDate(p.credentialDate)}. The list of milestones below gives every step.`;
    },
    exam: 'Exam',
    /** A month on the chart's axis. */
    month: (iso: string) => f.monthShort(iso),
  },
};

/** What the comparison with the article's months needs: the default plan's result and what it is made of. */
interface ComparisonParams {
  hoursPerWeek: number;
  acronym: string;
  months: number;
  startDate: string;
  provider: string;
  course: string;
  courseHours: number;
  prepWeeks: number;
  resultsDays: number;
  claimMonths: number;
}

/** The plan page's own text (build time only: not in the island's bundle). */
export const planProse = {
  title: 'Plan your route to a credential',
  description:
    'Plan your route to a medical coding or billing credential: dated milestones from your start date and hours a week to the exam, results, apprentice removal and renewal, saved at a link and in your calendar.',
  lead: 'Put in your start date, the hours a week you have and any breaks, and see each step dated: coursework, exam prep, booking, the exam, results, and what comes after.',
  claimLink: (months: number) => `How long does it take? The source article’s “about ${months} months” beside real programs`,
  caveat: (p: { provider: string; hours: number }) =>
    `Every duration says where it comes from: a program's stated hours or length, your own figures, the credential's published rules, a published guide, or this site's assumption where no source gives one. With no program chosen, the plan counts ${p.provider}'s own ${p.hours}-hour course. Check dates with the exam body before you book.`,
  noJs: 'Changing the plan, saving it and adding it to a calendar need JavaScript. The plan above is the worked example.',
  claim: {
    heading: 'About 11 months? The article beside the evidence',
    articleRef: 'The source article',
    says: 'says:',
    /** The default plan's result, compared with the claim. */
    comparison: (p: ComparisonParams) =>
      `At ${f.decimal(p.hoursPerWeek)} hours a week, this planner's default path reaches the ${p.acronym} in ${f.decimal(p.months)} months (from ${f.longDate(p.startDate)}): ${p.provider}'s ${p.course}, ${p.courseHours} hours as ${p.provider} states them, then ${p.prepWeeks} weeks of exam prep and about ${p.resultsDays} days for results. The article says about ${p.claimMonths} months.`,
    why: (p: { claimMonths: number; fewestHours: number; longestMonths: number }) =>
      `The article names no program and gives no hours, so this planner does not plan from its ${p.claimMonths} months. How long it takes depends mostly on the program: the ones in this site’s data state anything from a ${p.fewestHours}-hour course to ${p.longestMonths % 12 === 0 ? `a ${p.longestMonths / 12}-year degree` : `${p.longestMonths} months`}.`,
    /** The sources of a row, under the program's name. */
    sources: 'Source:',
    caption: 'Programs that state their hours or length, as their pages give them',
    program: 'Program',
    prepares: 'Prepares for',
    hours: 'Hours',
    length: 'Length',
    none: 'no credential named',
    notStated: 'not stated',
  },
  /** The home page's sentence on the plan tool: the claim, the default result, the span of real programs. */
  home: (p: { claimMonths: number; hoursPerWeek: number; acronym: string; months: number; provider: string; courseHours: number; fewestHours: number; longestMonths: number }) =>
    `The source article says “about ${p.claimMonths} months”. At ${f.decimal(p.hoursPerWeek)} hours a week, this planner's default path (${p.provider}'s ${p.courseHours}-hour course) reaches the ${p.acronym} in ${f.decimal(p.months)} months; programs in this site's data run from ${p.fewestHours}-hour ${p.acronym} courses to ${p.longestMonths % 12 === 0 ? `${p.longestMonths / 12}-year degrees` : `${p.longestMonths} months`}.`,
  homeLink: 'The claim beside the evidence',
};

/**
 * English words of /privacy/: what a saved plan or guide stores (field by field, keyed by the
 * contract's field names: tests/e2e/privacy.test.ts fails when a stored field has no words here), what
 * is not kept, who reads and changes, how long, the logs, and how to delete. The numbers come from
 * functions/domain/retention.ts (privacy-messages.ts).
 */

/** The numbers the page states. */
export interface PrivacyTerms {
  keptDays: number;
  deletedDays: number;
  logDays: number;
  backupDays: number;
}

/** The privacy page in English. */
export const privacy = {
  title: 'Privacy: what this site keeps',
  description: 'Exactly what a saved plan or guide stores, for how long, who can read and change it, what the server logs hold, and how to delete it now.',
  /** The summary a counselor can read out: every sentence is tested (tests/e2e/privacy.test.ts, tests/api/retention.test.ts, tests/api/logs.test.ts). */
  summary: (t: PrivacyTerms) => [
    'This site keeps only what you save in a plan or a guide, and nothing else about you.',
    'There are no accounts, no cookies, no analytics and no requests to other sites.',
    'Anyone with a share link can read what it shows; only the edit link can change or delete it.',
    `A saved plan or guide is deleted ${t.keptDays / 365} years after it was last opened or changed; delete it yourself and its content goes at once.`,
    `Server logs hold no address, note or link to edit, and are deleted after ${t.logDays} days.`,
  ],
  stored: {
    heading: 'What a saved plan or guide stores',
    intro: 'Nothing is stored until you press save or publish. Then the site stores the fields below, exactly as you filled them in, and nothing else from the form or your browser.',
    planHeading: 'A plan',
    plan: {
      title: 'its name, if you gave one',
      certificationId: 'the credential you aim for',
      programId: 'the training program, if you chose one',
      startDate: 'your start date',
      hoursPerWeek: 'the hours a week you can study',
      examPrepWeeks: 'the weeks of exam preparation',
      breaks: 'your breaks: their dates and labels',
      targetExamDate: 'the exam date, if you planned backwards from one',
      language: 'the language of the plan and its calendar (English or Spanish)',
    },
    guideHeading: 'A guide',
    guide: {
      title: 'its title',
      counselorName: "the counselor's name, if given",
      organisation: 'the school or organisation, if given',
      note: 'the note to the student, if given',
      roles: 'the roles chosen, in order',
      area: 'the state (or the whole country) for pay figures',
      programs: 'the programs to compare, if any',
      certifications: 'the credentials to mention, if any',
      planId: 'the id of a saved plan it links to, if any',
      language: 'the language the student reads it in (English or Spanish)',
    },
    bookkeeping:
      'With each one: a random id (the share link), a version number, the times it was created, last changed and will expire, and a fingerprint (SHA-256) of the edit link’s secret part, which cannot be turned back into the link.',
    notice: 'So do not put a student’s full name or health details in a guide’s note or title: a first name is enough.',
  },
  notKept: {
    heading: 'What is not kept',
    items: [
      'No accounts and no sign-in: there is no name, e-mail address or password to keep.',
      'No cookies: neither the pages nor the API set any.',
      'No analytics, no advertising, no tracking: every page, font, script and image comes from this site, and no page asks another site for anything.',
      'No address: to limit how many plans and guides one place can create, the server counts creations under a keyed fingerprint (HMAC) of the network address, which cannot be turned back into the address; each count is deleted about an hour after its 10-minute window ends.',
    ],
  },
  access: {
    heading: 'Who can read, change and delete',
    read: 'Anyone who has a share link can read the plan or guide it points to, with no sign-in. The link holds 128 random bits: it cannot be guessed, and the site lists no saved plans or guides anywhere. Share it only with the people you mean to.',
    change:
      'Only the edit link can change or delete it. Its secret part comes after the # in the address, which browsers never send to a server; the site keeps only its fingerprint, so nobody, us included, can send it to you again. Keep it to yourself.',
  },
  howLong: {
    heading: 'How long it is kept',
    kept: (t: PrivacyTerms) =>
      `A saved plan or guide is kept for ${t.keptDays / 365} years (${t.keptDays} days) after it was last opened or changed: each edit, and the first read on any day, moves the date on. The page shows the date beside the share link. From that date it can no longer be opened, and the database deletes it within a few days.`,
    why: 'Two years covers the whole path the planner lays out (about 11 months to a credential, more with breaks and a retake) and a counselor’s school year and the next, while a plan or guide nobody opens goes away on its own.',
    deleted: (t: PrivacyTerms) =>
      `When you delete one, its content is gone at once. For ${t.deletedDays} days its link says it was deleted by its author (only the id and that date are kept, so a student holding a printed QR code is not left guessing); then the link is simply unknown.`,
    backups: (t: PrivacyTerms) =>
      `The database keeps point-in-time backups of the last ${t.backupDays} days to recover from accidents, so a deleted or expired plan or guide remains in those backups for up to ${t.backupDays} days and then is gone for good.`,
  },
  logs: {
    heading: 'What the server logs hold',
    text: (t: PrivacyTerms) =>
      `For each request to the API: when it came, the method and path (which names a plan’s or guide’s id), the status, the size and how long it took. No network address, no browser details, no query, no body: so no note, title or edit link. Error messages say what failed, never what was sent. The logs are deleted after ${t.logDays} days.`,
    host: 'Like every website, the hosting network (Amazon CloudFront) sees your address while it delivers a page; this site does not turn on its access logs.',
  },
  deleteNow: {
    heading: 'How to delete now',
    guide: 'A guide: open its edit link, then press “Delete guide…” and confirm.',
    plan: 'A plan: open its edit link, then press “Delete plan…” and confirm.',
    lost: 'Lost the edit link? Then nobody can delete it early; it is deleted on its own two years after it was last opened. Do not share a link you wish to delete: whoever opens it keeps it alive.',
    export: 'Before deleting, you can keep a copy: the edit view offers the plan or guide as a file (JSON), and a plan as a calendar too.',
  },
  /** Words other pages use to link here. */
  link: 'Privacy: what is kept, and for how long',
};

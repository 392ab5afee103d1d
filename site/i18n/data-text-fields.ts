/**
 * Every English text in data/ that a page shows, so `tests/data/spanish-data-text.test.ts` can check that
 * each has a translation (site/i18n/data-text.ts) and that no translation is left for a text data/ no
 * longer has. One small function per data file; `dataTexts()` joins them. To cover another file, add its
 * function and one line to `dataTexts()`.
 *
 * Left out on purpose: quoted source wording (article-claims.json `quote`; it stays English, marked
 * `lang="en"`); BLS occupation titles (occupations.json `title`, proper names); ids, slugs, codes and
 * figures; projections.json `note` (BLS table values kept for maintainers: no page shows it).
 */
import { dataset, plannerRules } from '../../data/index.ts';

/** One English text of data/ and where it lives: the file, and the record and field ("medical-coder.summary"). */
export interface DataTextField {
  file: string;
  field: string;
  text: string;
  /** The text is a proper name (a code set's official name): its translation may keep it as it is. */
  properName?: true;
}

/** data/roles.json: each role's title (ours, translated), summary, duties and why its BLS occupation was chosen. */
export function roleTexts(): DataTextField[] {
  const file = 'data/roles.json';
  return dataset.roles.flatMap((r) => [
    { file, field: `${r.slug}.title`, text: r.title },
    { file, field: `${r.slug}.summary`, text: r.summary },
    ...r.duties.map((text, i) => ({ file, field: `${r.slug}.duties[${i}]`, text })),
    { file, field: `${r.slug}.mappingReason`, text: r.mappingReason },
  ]);
}

/** Code sets whose `name` is their official name (kept, as terms.ts asks for code-set names); the others' names are our words. */
const OFFICIAL_CODE_SET_NAMES: ReadonlySet<string> = new Set(['icd-10-cm', 'icd-10-pcs', 'cpt', 'hcpcs-level-ii']);

/** data/code-sets.json: each code set's, claim form's or rule's name, what it covers, and who keeps it. */
export function codeSetTexts(): DataTextField[] {
  const file = 'data/code-sets.json';
  return dataset.codeSets.flatMap((c) => [
    { file, field: `${c.id}.name`, text: c.name, ...(OFFICIAL_CODE_SET_NAMES.has(c.id) && { properName: true as const }) },
    { file, field: `${c.id}.whatItCovers`, text: c.whatItCovers },
    { file, field: `${c.id}.maintainedBy`, text: c.maintainedBy },
  ]);
}

/** data/projections.json: the typical education to enter each occupation, as BLS words it. */
export function projectionTexts(): DataTextField[] {
  const file = 'data/projections.json';
  return dataset.projections.map((p) => ({ file, field: `${p.soc}.typicalEntryEducation`, text: p.typicalEntryEducation }));
}

/** data/planner-rules.json: each rule's note, apprentice route labels, exam-window and program-deadline texts. */
export function plannerRuleTexts(): DataTextField[] {
  const file = 'data/planner-rules.json';
  const { defaultCoursework, hoursPerWeek, examPrepWeeks, hoursPerWeekWarnAbove, resultsDays, windowMarginDays } = plannerRules;
  const notes = { defaultCoursework, hoursPerWeek, examPrepWeeks, hoursPerWeekWarnAbove, resultsDays, windowMarginDays };
  return [
    ...Object.entries(notes).map(([key, rule]) => ({ file, field: `${key}.note`, text: rule.note })),
    ...Object.entries(plannerRules.credentials).flatMap(([id, c]) => [
      ...(c.apprentice?.routes ?? []).map((r) => ({ file, field: `credentials.${id}.apprentice.${r.key}.label`, text: r.label })),
      ...(c.examWindow ? [{ file, field: `credentials.${id}.examWindow.text`, text: c.examWindow.text }] : []),
    ]),
    ...Object.entries(plannerRules.programs).flatMap(([id, p]) => (p.deadline ? [{ file, field: `programs.${id}.deadline.text`, text: p.deadline.text }] : [])),
  ];
}

/** Every English text of data/ a page shows, each once (the first place it is found names it). */
export function dataTexts(): DataTextField[] {
  const all = [...roleTexts(), ...codeSetTexts(), ...projectionTexts(), ...plannerRuleTexts()];
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.text) && seen.add(t.text));
}

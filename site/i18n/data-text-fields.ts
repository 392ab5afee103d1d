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
import { STATE_CODES } from '../../data/area-codes.ts';
import type { Certification, Program } from '../../data/schemas.ts';
import { AREA_NAMES } from '../../functions/domain/areas.ts';

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

/**
 * data/certifications.json: every prose field the credential pages and the cost breakdown show (who it is for,
 * fee and membership reasons and notes, third-party price reports in our words, prerequisites, exam format,
 * passing score, apprentice, renewal, retake, status, accreditation, pass rates, source notes). Left out: the
 * credential full names (proper names), and an issuing body that is only a name ("AAPC (American Academy of
 * Professional Coders)"); one with our words after ";" is listed.
 */
export function certificationTexts(): DataTextField[] {
  const file = 'data/certifications.json';
  const optional = (field: string, text: string | null | undefined) => (text ? [{ file, field, text }] : []);
  const figure = (field: string, f: Certification['examFee']['member']) => [
    ...optional(`${field}.reason`, f.reason),
    ...f.versions.flatMap((v, i) => optional(`${field}.versions[${i}].note`, v.note)),
  ];
  return dataset.certifications.flatMap((c) => [
    ...(c.issuingBody.includes(';') ? [{ file, field: `${c.id}.issuingBody`, text: c.issuingBody }] : []),
    { file, field: `${c.id}.focusNote`, text: c.focusNote },
    { file, field: `${c.id}.whoFor`, text: c.whoFor },
    ...optional(`${c.id}.status`, c.status),
    ...optional(`${c.id}.accreditation`, c.accreditation),
    ...optional(`${c.id}.passRates`, c.passRates),
    ...optional(`${c.id}.sourceNotes`, c.sourceNotes),
    ...(['member', 'nonMember', 'student'] as const).flatMap((k) => figure(`${c.id}.examFee.${k}`, c.examFee[k])),
    ...c.examFee.reported.map((r, i) => ({ file, field: `${c.id}.examFee.reported[${i}].text`, text: r.text })),
    ...optional(`${c.id}.examFee.note`, c.examFee.note),
    ...figure(`${c.id}.membership.join`, c.membership.join),
    ...figure(`${c.id}.membership.renewal`, c.membership.renewal),
    ...optional(`${c.id}.membership.note`, c.membership.note),
    ...optional(`${c.id}.prerequisites.text`, c.prerequisites.text),
    ...(['questions', 'timeAllowed', 'codeBooks', 'delivery', 'note'] as const).flatMap((k) => optional(`${c.id}.examFormat.${k}`, c.examFormat[k])),
    ...optional(`${c.id}.passingScore.text`, c.passingScore.text),
    ...optional(`${c.id}.apprentice.howRemoved`, c.apprentice?.howRemoved),
    ...(['cycle', 'ceus', 'fee', 'note'] as const).flatMap((k) => optional(`${c.id}.renewal.${k}`, c.renewal[k])),
    { file, field: `${c.id}.retake.policy`, text: c.retake.policy },
  ]);
}

/** Each state's name and USPS code ("New York", "NY"). */
const STATE_WORDS: ReadonlySet<string> = new Set(STATE_CODES.flatMap((code) => [code, AREA_NAMES[code]]));
/** A location that is a place's name only ("Newark, NJ", "Valhalla, New York", "Florida"): capitalised words ending in a state's name or USPS code. */
const isPlaceName = (text: string): boolean =>
  /^[A-Z][\w.'-]*(?:(?:, | \/ |\/| )[A-Z][\w.'-]*)*$/.test(text) && STATE_WORDS.has(text.split(', ').at(-1)!);

/**
 * data/programs.json: what /courses/, its cost breakdown, /plan/ and /methodology/ show in our words: where a
 * program is taught (a place's name alone is a proper name), its accreditation, each figure's reason and note
 * (tuition, fees, books, supplies, other) and each cost line's note, and its length and hours in words. Left
 * out: `priceText` and `exam.evidence` (the source's own words, kept in English), and `notes`, `formatNote`,
 * `priceIncludes`, `preparesForNote` and `otherTiers` (no page shows them).
 */
export function programTexts(): DataTextField[] {
  const file = 'data/programs.json';
  const optional = (field: string, text: string | null | undefined) => (text ? [{ file, field, text }] : []);
  const figure = (field: string, f: Program['tuition']) => [
    ...optional(`${field}.reason`, f.reason),
    ...f.versions.flatMap((v, i) => optional(`${field}.versions[${i}].note`, v.note)),
  ];
  return dataset.programs.flatMap((p) => [
    { file, field: `${p.id}.location`, text: p.location, ...(isPlaceName(p.location) && { properName: true as const }) },
    ...optional(`${p.id}.accreditation`, p.accreditation),
    ...figure(`${p.id}.tuition`, p.tuition),
    ...(['fees', 'books', 'supplies', 'other'] as const).flatMap((k) => {
      const item = p[k];
      return item ? [...optional(`${p.id}.${k}.note`, item.note), ...figure(`${p.id}.${k}.cost`, item.cost)] : [];
    }),
    ...optional(`${p.id}.length.text`, p.length.text),
    ...optional(`${p.id}.hours.text`, p.hours.text),
  ]);
}

/** data/sources.json: each source's note (where its copy was read, what a reader must know); titles and publishers are proper names. */
export function sourceTexts(): DataTextField[] {
  const file = 'data/sources.json';
  return dataset.sources.flatMap((s) => (s.note ? [{ file, field: `${s.id}.note`, text: s.note }] : []));
}

/** Every English text of data/ a page shows, each once (the first place it is found names it). */
export function dataTexts(): DataTextField[] {
  const all = [...roleTexts(), ...codeSetTexts(), ...projectionTexts(), ...plannerRuleTexts(), ...certificationTexts(), ...programTexts(), ...sourceTexts()];
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.text) && seen.add(t.text));
}

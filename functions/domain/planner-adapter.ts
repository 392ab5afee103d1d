/**
 * From the dataset's records to the planner's values: a certification plus its numbers in
 * data/planner-rules.json becomes a PlannerCredential, a program a PlannerProgram. The words (renewal
 * terms, apprentice rules, membership) come from the certification record; the numbers from the rules
 * file, each with its own sources. Used at build time by the page and at run time by the API.
 */
import type { Certification, PlannerRulesData, Program, ProgramFormat } from '../../data/schemas.ts';
import type { PlannerCredential, PlannerProgram, PlannerRules } from './planner-types.ts';

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The rules that apply to every plan (the per-credential and per-program parts are read by the adapters below). */
export function plannerRulesOf(data: PlannerRulesData): PlannerRules {
  const { defaultCoursework, defaultCredentialId, hoursPerWeek, examPrepWeeks, hoursPerWeekWarnAbove, resultsDays, windowMarginDays } = data;
  return { defaultCoursework, defaultCredentialId, hoursPerWeek, examPrepWeeks, hoursPerWeekWarnAbove, resultsDays, windowMarginDays };
}

/** A certification as the planner needs it. */
export function plannerCredentialOf(cert: Certification, data: PlannerRulesData): PlannerCredential {
  const r = data.credentials[cert.id] ?? {};
  const out: PlannerCredential = { id: cert.id, acronym: cert.acronym, name: cert.fullName, issuingBody: cert.issuer, sourceIds: cert.sourceIds };
  if (r.examWindow) out.examWindow = r.examWindow;
  if (r.membership && cert.membership.required) {
    out.membership = { months: r.membership.months, body: cert.issuer, text: cert.membership.note ?? `${cert.issuer} membership is required.`, sourceIds: r.membership.sourceIds };
  }
  if (r.renewal) {
    const text = [cert.renewal.cycle, cert.renewal.ceus].join('; ') + '.' + (cert.renewal.note ? ` ${cert.renewal.note}` : '');
    out.renewal = { months: r.renewal.months, ceus: r.renewal.ceus, text, sourceIds: unique([...r.renewal.sourceIds, ...cert.renewal.sourceIds]) };
  }
  if (cert.apprentice && r.apprentice) {
    out.apprentice = {
      designation: cert.apprentice.designation,
      text: cert.apprentice.howRemoved,
      routes: r.apprentice.routes,
      sourceIds: unique([...r.apprentice.sourceIds, ...cert.apprentice.sourceIds]),
    };
  }
  if (r.eligibility) {
    out.eligibility = { needsDegree: r.eligibility.needsDegree, text: cert.prerequisites.text ?? 'See the issuer.', sourceIds: unique([...r.eligibility.sourceIds, ...cert.prerequisites.sourceIds]) };
  }
  if (cert.status) out.statusNote = { text: `${cert.acronym}: ${cert.status}`, sourceIds: cert.sourceIds };
  return out;
}

/** Formats that run on the provider's calendar rather than the student's. */
const SCHEDULED: readonly ProgramFormat[] = ['instructor-led-online', 'in-person', 'community-college-certificate', 'associate-degree'];

/** A program as the planner needs it: self-paced programs are planned from their hours, scheduled ones from their stated length. */
export function plannerProgramOf(program: Program, data: PlannerRulesData): PlannerProgram {
  const scheduled = program.formats.length > 0 && !program.formats.includes('self-paced-online') && program.formats.some((f) => SCHEDULED.includes(f));
  const clock = program.hours.clock;
  const months = program.length.months;
  const useLength = months !== null && (scheduled || clock === null);
  const out: PlannerProgram = {
    id: program.id,
    name: program.name,
    provider: program.provider,
    scheduled,
    degree: program.formats.includes('associate-degree') ? 'associate' : null,
    prepares: program.certificationIds,
    // AAPC: "completion of an 80-contact-hour coding preparation course" deducts a year of CPC-A.
    apprenticeCourse: (clock ?? 0) >= 80,
    practicode: /practicode/i.test(program.priceIncludes ?? ''),
    sourceIds: program.sourceIds,
  };
  if (useLength) out.length = { months, text: program.length.text ?? `${months} months` };
  else if (clock !== null) out.hours = clock;
  const deadline = data.programs[program.id]?.deadline;
  if (deadline) out.deadline = deadline;
  return out;
}

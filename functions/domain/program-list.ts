/**
 * The program catalog as a list (pure): one summary per program with its default cost,
 * the filters of /api/programs and /courses/, and the sort orders.
 */
import type { Certification, LengthClass, Program, ProgramFormat, ProgramPlace } from '../../data/schemas.ts';
import { figureKindOf, staleYearOf, type FigureKind } from './figure-kind.ts';
import { chosenVersion, costPerMonth, programCost, type CostTotal } from './program-cost.ts';

export const PROGRAM_SORTS = ['total', 'months', 'cost-per-month', 'name'] as const;
export type ProgramSort = (typeof PROGRAM_SORTS)[number];

/** A program in a list: its facts, the tuition shown and its cost with default options. */
export interface ProgramSummary {
  id: string;
  provider: string;
  name: string;
  location: string;
  formats: ProgramFormat[];
  certificationIds: string[];
  /** The credential the cost is worked out for. */
  certificationId: string | null;
  accreditation: string | null;
  url: string;
  seen: string;
  sourceIds: string[];
  /** Where it is taught: a state, online, or null when not said. */
  state: ProgramPlace | null;
  /** The field of study as a CIP code, where a source gives one. */
  cip: string | null;
  /** A state registry's approval of the program, where its prices come from one. */
  registry: { state: string; approval: 'approved' | null; approvalExpires: string | null } | null;
  /**
   * The tuition shown, with its kind; amount null (and a reason) when no page gives it. `staleYear`: a
   * registry's or older page's price more than two years old when read ("reported in 2021; check the current price").
   */
  tuition: { amount: number | null; figureKind?: FigureKind; basis?: 'official' | 'third-party'; bound?: 'at-least' | 'at-most'; computed?: boolean; dated?: string; staleYear?: string; note?: string; reason?: string; sourceIds: string[] };
  otherTiers: string[];
  months: number | null;
  lengthText: string | null;
  /** The registry's length class, where one gives it. */
  lengthClass: LengthClass | null;
  hours: Program['hours'];
  examIncluded: boolean;
  /** The total with default options: amount null when the price is not published, "at least" when a line is unknown. */
  total: CostTotal;
  costPerMonth: number | null;
}

/** Summarise a program for one of its credentials (its first, unless one is given). */
export function programSummary(program: Program, certifications: readonly Certification[], certificationId?: string): ProgramSummary {
  const certId = certificationId && program.certificationIds.includes(certificationId) ? certificationId : program.certificationIds[0];
  const cert = certifications.find((c) => c.id === certId);
  const cost = programCost(program, cert);
  const v = chosenVersion(program.tuition);
  const staleYear = v ? staleYearOf(v, program.seen) : null;
  return {
    id: program.id,
    provider: program.provider,
    name: program.name,
    location: program.location,
    formats: program.formats,
    certificationIds: program.certificationIds,
    certificationId: cert?.id ?? null,
    accreditation: program.accreditation,
    state: program.state,
    cip: program.cip ?? null,
    registry: program.registry ? { state: program.registry.state, approval: program.registry.approval, approvalExpires: program.registry.approvalExpires ?? null } : null,
    url: program.url,
    seen: program.seen,
    sourceIds: program.sourceIds,
    tuition: v
      ? { amount: v.amount, figureKind: figureKindOf(v), basis: v.basis, ...(v.bound && { bound: v.bound }), ...(v.computed && { computed: true }), ...(v.dated && { dated: v.dated }), ...(staleYear && { staleYear }), ...(v.note && { note: v.note }), sourceIds: v.sourceIds }
      : { amount: null, ...(program.tuition.reason && { reason: program.tuition.reason }), sourceIds: [] },
    otherTiers: program.otherTiers,
    months: program.length.months,
    lengthText: program.length.text,
    lengthClass: program.length.class ?? null,
    hours: program.hours,
    examIncluded: program.exam.status === 'included',
    total: cost.total,
    costPerMonth: costPerMonth(cost.total, program.length.months),
  };
}

export interface ProgramFilters {
  certification?: string | undefined;
  /** Only programs taught in this state, or online. */
  state?: ProgramPlace | undefined;
  format?: ProgramFormat | undefined;
  /** Only programs whose published total is at most this; unpriced programs cannot be shown to fit. */
  maxCost?: number | undefined;
  maxMonths?: number | undefined;
  includesExam?: boolean | undefined;
}

/** Does a summary pass the filters? */
export function matches(p: ProgramSummary, f: ProgramFilters): boolean {
  if (f.certification !== undefined && !p.certificationIds.includes(f.certification)) return false;
  if (f.state !== undefined && p.state !== f.state) return false;
  if (f.format !== undefined && !p.formats.includes(f.format)) return false;
  if (f.maxCost !== undefined && !(p.total.amount !== null && p.total.amount <= f.maxCost)) return false;
  if (f.maxMonths !== undefined && !(p.months !== null && p.months <= f.maxMonths)) return false;
  if (f.includesExam !== undefined && p.examIncluded !== f.includesExam) return false;
  return true;
}

const byName = (a: ProgramSummary, b: ProgramSummary) => `${a.provider} ${a.name}`.localeCompare(`${b.provider} ${b.name}`);
/** Ascending by a figure, unknown figures last, ties by name. */
const byFigure = (figure: (p: ProgramSummary) => number | null) => (a: ProgramSummary, b: ProgramSummary) => {
  const x = figure(a);
  const y = figure(b);
  if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
  return x - y || byName(a, b);
};

/** A sorted copy: by total (unpriced last), length, cost per month or name. */
export function sortPrograms<P extends ProgramSummary>(list: readonly P[], sort: ProgramSort): P[] {
  const compare =
    sort === 'name' ? byName : sort === 'months' ? byFigure((p) => p.months) : sort === 'cost-per-month' ? byFigure((p) => p.costPerMonth) : byFigure((p) => p.total.amount);
  return [...list].sort(compare);
}

/** How many programs each place has (states and online), only places with at least one, most first, ties by code. */
export function countByPlace(programs: readonly Pick<ProgramSummary, 'state'>[]): { place: ProgramPlace; count: number }[] {
  const counts = new Map<ProgramPlace, number>();
  for (const p of programs) if (p.state !== null) counts.set(p.state, (counts.get(p.state) ?? 0) + 1);
  return [...counts].map(([place, count]) => ({ place, count })).sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
}

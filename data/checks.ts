/**
 * Cross-record checks the zod schemas cannot express on one record alone.
 * Each returns a list of problems in plain words; an empty list means the data passes.
 */
import { STATE_CODES, WAGE_FIELDS, type Dataset, type Figure, type Percentiles, type Role, type WageRow } from './schemas.ts';

/** Hours in a BLS work year: OEWS annual wages are hourly wages × 2080. */
export const HOURS_PER_YEAR = 2080;

/** Largest gap allowed between hourly × 2080 and the annual figure: BLS rounds both (hourly to the cent, annual to $10). */
export const HOURLY_ANNUAL_TOLERANCE = 20;

const ORDERED = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

/** Percentiles that break p10 ≤ p25 ≤ median ≤ p75 ≤ p90, comparing only the figures that are present. */
export function percentileOrderProblems(figures: Percentiles): string[] {
  const problems: string[] = [];
  let previous: { field: string; value: number } | undefined;
  for (const field of ORDERED) {
    const value = figures[field];
    if (value === null) continue;
    if (previous && value < previous.value) {
      problems.push(`${field} (${value}) is below ${previous.field} (${previous.value})`);
    }
    previous = { field, value };
  }
  return problems;
}

/** Figures whose hourly value × 2080 is more than the tolerance away from the annual value. */
export function hourlyAnnualProblems(row: Pick<WageRow, 'annual' | 'hourly'>, tolerance = HOURLY_ANNUAL_TOLERANCE): string[] {
  if (!row.hourly) return [];
  const problems: string[] = [];
  for (const field of WAGE_FIELDS) {
    const hourly = row.hourly[field];
    const annual = row.annual[field];
    if (hourly === null || annual === null) continue;
    const gap = Math.abs(hourly * HOURS_PER_YEAR - annual);
    if (gap > tolerance) problems.push(`${field}: ${hourly} × ${HOURS_PER_YEAR} is ${gap.toFixed(2)} away from ${annual}`);
  }
  return problems;
}

/** The figures of a row that are null, by `missing` field name ("employment", "annual.p90", …). */
export function nullFigures(row: Pick<WageRow, 'oewsEmployment' | 'annual' | 'hourly'>): string[] {
  const fields: string[] = [];
  if (row.oewsEmployment === null) fields.push('employment');
  for (const field of WAGE_FIELDS) {
    if (row.annual[field] === null) fields.push(`annual.${field}`);
    // A null hourly block means the source has no hourly figures for the row; its fields are not listed one by one.
    if (row.hourly && row.hourly[field] === null) fields.push(`hourly.${field}`);
  }
  return fields;
}

/** Null figures without a `missing` entry, entries for figures that are present, and duplicate entries. */
export function missingProblems(row: Pick<WageRow, 'oewsEmployment' | 'annual' | 'hourly' | 'missing'>): string[] {
  const nulls = new Set(nullFigures(row));
  const explained = row.missing.map((entry) => entry.field);
  const problems: string[] = [];
  for (const field of nulls) {
    if (!explained.includes(field)) problems.push(`${field} is null with no missing entry`);
  }
  for (const [index, field] of explained.entries()) {
    if (!nulls.has(field)) problems.push(`missing entry for ${field}, which is not null`);
    if (explained.indexOf(field) !== index) problems.push(`two missing entries for ${field}`);
  }
  return problems;
}

/** Every problem of one wage row: percentile order (annual and hourly), hourly against annual, missing entries. */
export function wageRowProblems(row: WageRow): string[] {
  const label = `${row.soc} ${row.area} ${row.year}`;
  return [
    ...percentileOrderProblems(row.annual).map((p) => `annual ${p}`),
    ...(row.hourly ? percentileOrderProblems(row.hourly).map((p) => `hourly ${p}`) : []),
    ...hourlyAnnualProblems(row),
    ...missingProblems(row),
  ].map((p) => `${label}: ${p}`);
}

/** For each occupation, the states (50 + DC) without a row in the year, and any area listed twice. */
export function stateCoverageProblems(rows: WageRow[], socs: string[], year: number): string[] {
  const problems: string[] = [];
  for (const soc of socs) {
    const areas = rows.filter((r) => r.soc === soc && r.year === year && r.area !== 'US').map((r) => r.area);
    const absent = STATE_CODES.filter((code) => !areas.includes(code));
    if (absent.length > 0) problems.push(`${soc} ${year}: no row for ${absent.join(', ')}`);
    const twice = areas.filter((area, i) => areas.indexOf(area) !== i);
    if (twice.length > 0) problems.push(`${soc} ${year}: more than one row for ${twice.join(', ')}`);
  }
  return problems;
}

/** Career-ladder links to unknown roles or to the role itself, links not mirrored on the other role, entry roles with a before. */
export function ladderProblems(roles: Role[]): string[] {
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  const problems: string[] = [];
  for (const role of roles) {
    if (role.level === 'entry' && role.before.length > 0) problems.push(`${role.slug} is an entry role but lists roles before it`);
    for (const [direction, mirror] of [['before', 'after'], ['after', 'before']] as const) {
      for (const slug of role[direction]) {
        const other = bySlug.get(slug);
        if (slug === role.slug) problems.push(`${role.slug} lists itself in ${direction}`);
        else if (!other) problems.push(`${role.slug} ${direction} names unknown role ${slug}`);
        else if (!other[mirror].includes(role.slug)) problems.push(`${role.slug} ${direction} ${slug}, but ${slug} ${mirror} does not name ${role.slug}`);
      }
    }
  }
  return problems;
}

/** Every record of the dataset that cites a source id not in sources. */
export function unknownSourceProblems(data: Dataset): string[] {
  const known = new Set(data.sources.map((s) => s.id));
  return citations(data)
    .flatMap(({ record, ids }) => ids.filter((id) => !known.has(id)).map((id) => `${record} cites unknown source ${id}`));
}

/** Each record of the dataset with the source ids it cites. */
export function citations(data: Dataset): { record: string; ids: string[] }[] {
  return [
    ...data.roles.map((r) => ({ record: `role ${r.slug}`, ids: r.sourceIds })),
    ...data.occupations.map((o) => ({ record: `occupation ${o.soc}`, ids: o.sourceIds })),
    ...data.wages.map((w) => ({ record: `wage ${w.soc} ${w.area} ${w.year}`, ids: w.sourceIds })),
    ...data.projections.map((p) => ({ record: `projection ${p.soc}`, ids: p.sourceIds })),
    ...data.codeSets.map((c) => ({ record: `code set ${c.id}`, ids: c.sourceIds })),
    ...data.certifications.map((c) => ({ record: `certification ${c.id}`, ids: nestedSourceIds(c) })),
    ...data.programs.map((p) => ({ record: `program ${p.id}`, ids: nestedSourceIds(p) })),
  ];
}

/** Every source id a record cites anywhere inside it (sections, figure versions, reports). */
export function nestedSourceIds(record: unknown): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sourceIds' && Array.isArray(inner)) inner.forEach((id) => ids.add(String(id)));
      else if (key === 'sourceId' && typeof inner === 'string') ids.add(inner);
      else visit(inner);
    }
  };
  visit(record);
  return [...ids];
}

/** Programs that prepare for a credential the dataset does not have. */
export function programCredentialProblems(data: Pick<Dataset, 'programs' | 'certifications'>): string[] {
  const known = new Set(data.certifications.map((c) => c.id));
  return data.programs.flatMap((p) => p.certificationIds.filter((id) => !known.has(id)).map((id) => `program ${p.id} prepares for unknown credential ${id}`));
}

/** Figures with no version and no reason: an unknown price must say why it is unknown. */
export function unexplainedFigureProblems(data: Pick<Dataset, 'programs' | 'certifications'>): string[] {
  const problems: string[] = [];
  const check = (label: string, figure: Figure) => {
    if (figure.versions.length === 0 && !figure.reason) problems.push(`${label} has no figure and no reason`);
  };
  for (const c of data.certifications) {
    check(`certification ${c.id} exam fee (member)`, c.examFee.member);
    check(`certification ${c.id} exam fee (non-member)`, c.examFee.nonMember);
    check(`certification ${c.id} exam fee (student)`, c.examFee.student);
    if (c.membership.required) {
      check(`certification ${c.id} membership to join`, c.membership.join);
      check(`certification ${c.id} membership renewal`, c.membership.renewal);
    }
  }
  for (const p of data.programs) check(`program ${p.id} tuition`, p.tuition);
  return problems;
}

/**
 * GET /api/programs (filter and sort the catalog) and /api/programs/compare (up to four programs
 * side by side: every cost line, total, length, cost per month and payback in an area).
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { PROGRAM_FORMATS, type Certification, type Occupation, type Program, type Role, type Source, type WageRow } from '../../data/schemas.ts';
import type { AppDeps } from './deps.ts';
import { AREA_CODES, AREA_NAMES, isAreaCode } from '../domain/areas.ts';
import { payback, PERCENTILE_CAVEAT, PERCENTILES, wageAt } from '../domain/payback.ts';
import { costPerMonth, decodeOwn, OWN_LIST, ownProgramInput, programCost, type CostInput, type OwnProgram } from '../domain/program-cost.ts';
import { matches, PROGRAM_SORTS, programSummary, sortPrograms } from '../domain/program-list.ts';
import { newestRow } from '../domain/salary.ts';
import { invalid } from '../http/problem.ts';
import { parseQuery } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

export const MAX_COMPARE = 4;
export const MAX_INCOME = 1_000_000;
const amount = (description: string) => z.optional(z.string().check(z.maxLength(12), z.regex(/^-?\d+(\.\d+)?$/, { error: 'Give a number.' }), z.describe(description)));
const yesNo = (description: string) => z.optional(z.enum(['true', 'false']).check(z.describe(description)));

export const programsQuery = z.strictObject({
  certification: z.optional(z.string().check(z.maxLength(20), z.describe('Only programs that prepare for this certification id, e.g. cpc'))),
  format: z.optional(z.enum(PROGRAM_FORMATS).check(z.describe('Only programs taught this way'))),
  maxCost: amount('Only programs whose published total is at most this many dollars (unpriced programs are left out)'),
  maxMonths: amount('Only programs whose stated length is at most this many months'),
  includesExam: yesNo('true: only programs whose price includes the exam; false: only those that do not'),
  sort: z._default(z.enum(PROGRAM_SORTS).check(z.describe('Order: total (default), months, cost-per-month or name; unknown figures last')), 'total'),
});

export const compareProgramsQuery = z.strictObject({
  ids: z._default(z.string().check(z.maxLength(400), z.describe(`Comma-separated program ids; with own, 1 to ${MAX_COMPARE} programs in all`)), ''),
  own: z.optional(
    z.string().check(
      z.maxLength(800),
      z.describe('Programs the reader is considering, computed and never stored: name~price~months~credential~flags~booksCost (flags b, e, m: books, exam, membership included), several joined by |'),
    ),
  ),
  area: z._default(z.string().check(z.maxLength(4), z.describe('Where the wage is: US or a state code, e.g. TX')), 'US'),
  currentIncome: amount(`Your income now, dollars a year (0 to ${MAX_INCOME.toLocaleString('en-US')}); without it there is no payback`),
  percentile: z._default(z.enum(PERCENTILES).check(z.describe('The wage percentile of the target role: p10, p25, median (default), p75 or p90')), 'median'),
  role: z.optional(z.string().check(z.maxLength(80), z.describe("Target role slug for every program (default: the first role that asks for the program's credential)"))),
  examPrice: z.optional(z.enum(['member', 'non-member']).check(z.describe('Which exam price to count (default: member when membership is required)'))),
  retake: yesNo('true: add a retake allowance'),
});

/** A number parameter checked against its range, or a 400 naming it. */
function numberIn(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw invalid([{ name, in: 'query', detail: `${name} cannot be negative.` }]);
  if (n > max) throw invalid([{ name, in: 'query', detail: `${name} above ${max.toLocaleString('en-US')} is not plausible.` }]);
  return n;
}

export function programsRoutes(deps: AppDeps) {
  const { reference } = deps;
  const certifications = () => reference.listCatalog<Certification>('certification');

  return new Hono()
    .use(referenceCache(deps))
    .get('/', async (c) => {
      const q = parseQuery(c, programsQuery);
      const certs = await certifications();
      const certification = q.certification?.toLowerCase();
      if (certification !== undefined && !certs.some((x) => x.id === certification)) {
        throw invalid([{ name: 'certification', in: 'query', detail: `"${q.certification}" is not a certification.`, allowed: certs.map((x) => x.id) }]);
      }
      const filters = {
        certification,
        format: q.format,
        maxCost: numberIn(q.maxCost, 'maxCost', 0, 10_000_000),
        maxMonths: numberIn(q.maxMonths, 'maxMonths', 0, 600),
        includesExam: q.includesExam === undefined ? undefined : q.includesExam === 'true',
      };
      // With a credential: its programs from GSI1, cheapest first; without: the whole catalog.
      const programs = certification ? await reference.programsForCertification<Program>(certification) : await reference.listCatalog<Program>('program');
      const items = sortPrograms(programs.map((p) => programSummary(p, certs, certification)).filter((p) => matches(p, filters)), q.sort);
      return c.json({ count: items.length, sort: q.sort, items });
    })
    .get('/compare', async (c) => {
      const q = parseQuery(c, compareProgramsQuery);
      const ids = [...new Set(q.ids.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean))];
      const ownTexts = q.own === undefined ? [] : q.own.split(OWN_LIST);
      if (ids.length + ownTexts.length < 1 || ids.length + ownTexts.length > MAX_COMPARE) {
        throw invalid([{ name: 'ids', in: 'query', detail: `Give 1 to ${MAX_COMPARE} programs (ids and own together); ${ids.length + ownTexts.length} given.` }]);
      }
      const area = q.area.trim().toUpperCase();
      if (!isAreaCode(area)) throw invalid([{ name: 'area', in: 'query', detail: `"${q.area}" is not US or a state code.`, allowed: AREA_CODES }]);
      const place = area;
      const income = numberIn(q.currentIncome, 'currentIncome', 0, MAX_INCOME);
      const [catalog, certs, roles, occupations, sources] = await Promise.all([
        reference.listCatalog<Program>('program'),
        certifications(),
        reference.listCatalog<Role>('role'),
        reference.listCatalog<Occupation>('occupation'),
        reference.listCatalog<Source>('source'),
      ]);
      const unknownIds = ids.filter((id) => !catalog.some((p) => p.id === id));
      if (unknownIds.length > 0) throw invalid([{ name: 'ids', in: 'query', detail: `Unknown program${unknownIds.length > 1 ? 's' : ''}: ${unknownIds.join(', ')}.`, allowed: catalog.map((p) => p.id) }]);
      const certIds = new Set(certs.map((x) => x.id));
      const own = ownTexts.map((text) => decodeOwn(text, certIds));
      if (own.includes(undefined)) throw invalid([{ name: 'own', in: 'query', detail: 'Each program is name~price~months~credential~flags~booksCost: a name of 1 to 60 characters, amounts as plain numbers, a known credential id, flags from b, e, m.' }]);
      const chosenRole = q.role === undefined ? undefined : roles.find((r) => r.slug === q.role);
      if (q.role !== undefined && !chosenRole) throw invalid([{ name: 'role', in: 'query', detail: `"${q.role}" is not a role.`, allowed: roles.map((r) => r.slug) }]);
      const options = { ...(q.examPrice && { examPrice: q.examPrice }), retake: q.retake === 'true' };

      /** Cost, length and payback of one program, from the catalog or typed in. */
      async function compared(input: CostInput, certId: string | undefined, months: number | null) {
        const cert = certs.find((x) => x.id === certId);
        const cost = programCost(input, cert, options);
        // The target role: the reader's, else the first role that asks for the credential, else the coder.
        const role = chosenRole ?? roles.find((r) => cert && r.credentials.includes(cert.id)) ?? roles.find((r) => r.slug === 'medical-coder')!;
        let pay = null;
        if (income !== undefined) {
          const row = newestRow(await reference.wagesIn<WageRow>(role.primarySoc, place), place);
          const annualWage = row ? wageAt(row, q.percentile) : null;
          pay = {
            role: { slug: role.slug, title: role.title },
            roleChosenBy: chosenRole ? 'reader' : cert && role.credentials.includes(cert.id) ? 'credential' : 'default',
            soc: role.primarySoc,
            occupationTitle: occupations.find((o) => o.soc === role.primarySoc)?.title ?? role.primarySoc,
            year: row?.year ?? null,
            annualWage,
            sourceIds: row?.sourceIds ?? [],
            ...payback({ cost: cost.total, costLowerBound: cost.lowerBound, costKnown: cost.tuitionKnown, annualWage, currentIncome: income }),
          };
        }
        return { certification: cert ? { id: cert.id, acronym: cert.acronym, fullName: cert.fullName } : null, cost, months, costPerMonth: costPerMonth(cost, months), payback: pay };
      }

      const items = await Promise.all([
        ...ids.map(async (id) => {
          const program = catalog.find((p) => p.id === id)!;
          const item = await compared(program, program.certificationIds[0], program.length.months);
          return { program: programSummary(program, certs, item.certification?.id), own: null, hours: program.hours, ...item };
        }),
        ...(own as OwnProgram[]).map(async (o) => ({ program: null, own: o, hours: null, ...(await compared(ownProgramInput(o), o.certificationId ?? undefined, o.months)) })),
      ]);
      const cited = new Set(items.flatMap((i) => [...(i.program?.sourceIds ?? []), ...i.cost.lines.flatMap((l) => l.sourceIds), ...(i.payback?.sourceIds ?? [])]));
      return c.json({
        area,
        areaName: AREA_NAMES[area],
        percentile: q.percentile,
        currentIncome: income ?? null,
        caveat: PERCENTILE_CAVEAT,
        rule: 'Where pages disagree, the figure shown comes from the official page first, then the newest one; every version is kept in the data.',
        items,
        sources: sources.filter((s) => cited.has(s.id)).map(({ id, title, publisher, url, seen, vintage }) => ({ id, title, publisher, url, ...(seen && { seen }), ...(vintage && { vintage }) })),
      });
    });
}

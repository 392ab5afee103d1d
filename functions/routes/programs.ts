/**
 * GET /api/programs (filter and sort the catalog) and /api/programs/compare (up to four programs
 * side by side: every cost line, total, length, cost per month and payback in an area).
 */
import { Hono } from '../http/hono.ts';
import type { Certification, Occupation, Program, ProgramPlace, Role, Source, WageRow } from '../../data/schemas.ts';
import { STATE_CODES } from '../../data/area-codes.ts';
import type { AppDeps } from './deps.ts';
import { MAX_COMPARE, MAX_INCOME, programCompareQuery, programsQuery, type PaybackView, type ProgramCompareItem, type ProgramCompareResponse, type ProgramListResponse } from '../contract/programs.ts';
import { AREA_NAMES } from '../domain/areas.ts';
import { payback, wageAt } from '../domain/payback.ts';
import { costPerMonth, decodeOwn, OWN_LIST, ownProgramInput, programCost, type CostInput, type OwnProgram } from '../domain/program-cost.ts';
import { countByPlace, matches, programSummary, sortPrograms } from '../domain/program-list.ts';
import { newestRow } from '../domain/salary.ts';
import { costDataIn, costMessages, costWords } from '../../site/i18n/cost-words.ts';
import { formatFor } from '../../site/i18n/format.ts';
import { DEFAULT_LOCALE } from '../../site/i18n/locale.ts';
import { languageOf } from '../contract/shared.ts';
import { invalid } from '../http/problem.ts';
import { parseQuery } from '../http/validate.ts';
import { referenceCache } from './reference-cache.ts';

/** A number parameter checked against its range, or a 400 naming it. */
function numberIn(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw invalid([{ name, in: 'query', detail: `${name} cannot be negative.` }]);
  if (n > max) throw invalid([{ name, in: 'query', detail: `${name} above ${formatFor(DEFAULT_LOCALE).count(max)} is not plausible.` }]);
  return n;
}

/** The place a state parameter names: a state code in any case, or online; a 400 naming the parameter otherwise. */
function placeOf(value: string | undefined): ProgramPlace | undefined {
  if (value === undefined) return undefined;
  const place = value.toLowerCase() === 'online' ? 'online' : STATE_CODES.find((code) => code === value.toUpperCase());
  if (!place) throw invalid([{ name: 'state', in: 'query', detail: `"${value}" is not a state code or online.`, allowed: [...STATE_CODES, 'online'] }]);
  return place;
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
        state: placeOf(q.state),
        format: q.format,
        maxCost: numberIn(q.maxCost, 'maxCost', 0, 10_000_000),
        maxMonths: numberIn(q.maxMonths, 'maxMonths', 0, 600),
        includesExam: q.includesExam === undefined ? undefined : q.includesExam === 'true',
      };
      // With a credential: its programs from GSI1, cheapest first; without: the whole catalog (one Query on
      // CATALOG#program, cached per dataset version), which a state filters in memory: no key per state is needed.
      const catalog = await reference.listCatalog<Program>('program');
      const programs = certification ? await reference.programsForCertification<Program>(certification) : catalog;
      const items = sortPrograms(programs.map((p) => programSummary(p, certs, certification)).filter((p) => matches(p, filters)), q.sort);
      return c.json({ count: items.length, sort: q.sort, places: countByPlace(catalog), items } satisfies ProgramListResponse);
    })
    .get('/compare', async (c) => {
      const q = parseQuery(c, programCompareQuery);
      const ids = [...new Set(q.ids.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean))];
      const ownTexts = q.own === undefined ? [] : q.own.split(OWN_LIST);
      if (ids.length + ownTexts.length < 1 || ids.length + ownTexts.length > MAX_COMPARE) {
        throw invalid([{ name: 'ids', in: 'query', detail: `Give 1 to ${MAX_COMPARE} programs (ids and own together); ${ids.length + ownTexts.length} given.` }]);
      }
      const place = q.area;
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
      if (own.includes(undefined)) throw invalid([{ name: 'own', in: 'query', detail: 'Each program is name~price~months~certification~flags~booksCost: a name of 1 to 60 characters, amounts as plain numbers, a known certification id, flags from b, e, m.' }]);
      const chosenRole = q.role === undefined ? undefined : roles.find((r) => r.slug === q.role);
      if (q.role !== undefined && !chosenRole) throw invalid([{ name: 'role', in: 'query', detail: `"${q.role}" is not a role.`, allowed: roles.map((r) => r.slug) }]);
      const options = { ...(q.examPrice && { examPrice: q.examPrice }), retake: q.retake === 'true' };
      const language = languageOf(q);

      /** Cost, length and payback of one program, from the catalog or typed in. */
      async function compared(input: CostInput, certId: string | undefined, months: number | null): Promise<Omit<ProgramCompareItem, 'program' | 'own' | 'hours'>> {
        const found = certs.find((x) => x.id === certId);
        // The lines' words (and the data notes they carry) in the asked language; status and figures stay codes and numbers.
        const [costInput, cert] = await Promise.all([costDataIn(input, language), found && costDataIn(found, language)]);
        const cost = costWords(programCost(costInput, cert, options), language);
        // The target role: the reader's, else the first role that asks for the credential, else the coder.
        const role = chosenRole ?? roles.find((r) => cert && r.credentials.includes(cert.id)) ?? roles.find((r) => r.slug === 'medical-coder')!;
        let pay: PaybackView | null = null;
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
            ...payback({ total: cost.total, studyMonths: months, annualWage, currentIncome: income }),
          };
        }
        return { certification: cert ? { id: cert.id, acronym: cert.acronym, fullName: cert.fullName } : null, cost, months, costPerMonth: costPerMonth(cost.total, months), payback: pay };
      }

      const items: ProgramCompareItem[] = await Promise.all([
        ...ids.map(async (id) => {
          const program = await costDataIn(catalog.find((p) => p.id === id)!, language);
          const item = await compared(program, program.certificationIds[0], program.length.months);
          return { program: programSummary(program, certs, item.certification?.id), own: null, hours: program.hours, ...item };
        }),
        ...(own as OwnProgram[]).map(async (o) => ({ program: null, own: o, hours: null, ...(await compared(ownProgramInput(o), o.certificationId ?? undefined, o.months)) })),
      ]);
      const cited = new Set(items.flatMap((i) => [...(i.program?.sourceIds ?? []), ...i.cost.lines.flatMap((l) => l.sourceIds), ...(i.payback?.sourceIds ?? [])]));
      return c.json({
        area: place,
        areaName: AREA_NAMES[place],
        percentile: q.percentile,
        currentIncome: income ?? null,
        // Said with every comparison, in its language like the lines' details.
        caveat: costMessages(language).percentileCaveat,
        rule: costMessages(language).rule,
        items,
        sources: sources.filter((s) => cited.has(s.id)).map(({ id, title, publisher, url, seen, vintage }) => ({ id, title, publisher, url, ...(seen && { seen }), ...(vintage && { vintage }) })),
      } satisfies ProgramCompareResponse);
    });
}

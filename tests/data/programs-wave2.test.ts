/**
 * The 25 programs of issue 19 (programs-wave2.json): 23 New Jersey registry records, Chronicles Billing
 * and Florida Education Institute. Every figure equals the reference file; where the reference is not
 * beside the repository, the copy of its figures committed under fixtures/ stands in (the test that the
 * copy equals the reference runs wherever the reference is).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import type { Program } from '../../data/schemas.ts';
import { figureKindOf, staleYearOf } from '../../functions/domain/figure-kind.ts';
import { plannerProgramOf } from '../../functions/domain/planner-adapter.ts';
import { chosenVersion, programCost } from '../../functions/domain/program-cost.ts';
import fixture from './fixtures/programs-wave2-figures.json' with { type: 'json' };

const REFERENCE = path.resolve(import.meta.dirname, '../../../shared/reference/training/programs-wave2.json');
const LENGTH_CLASS = { 5: '4-11-weeks', 6: '3-5-months', 7: '6-12-months', 8: '13-months-2-years' } as const;
const ITEMS = ['fees', 'books', 'supplies', 'other'] as const;

interface Figures {
  tuition: number;
  fees: number;
  books?: number;
  supplies?: number;
  other?: number;
  total?: number;
  cip?: string;
  lengthCode?: number;
  clockHours: number | null;
  credits?: number | null;
  recordId?: number;
}

interface ReferenceRecord {
  id: string;
  price_kind: string;
  price_evidence: string;
  advertised_duration: string;
  hours: string | null;
  notes: string;
}

/** The registry figures of one reference record, read from its raw registry values (the last six are tuition … total). */
function registryFigures(r: ReferenceRecord): Figures {
  const values = [...r.price_evidence.matchAll(/'(\d+)'/g)].map((m) => Number(m[1]));
  const [tuition, fees, books, supplies, other, total] = values.slice(-6) as [number, number, number, number, number, number];
  const cip = /,'(51\d{4})',/.exec(r.price_evidence)![1]!;
  const hours = r.hours ?? '';
  const clock = /([\d,]+) (?:total )?clock hours/.exec(hours) ?? /(\d+) hours of training/.exec(hours);
  return {
    tuition,
    fees,
    books,
    supplies,
    other,
    total,
    cip: `${cip.slice(0, 2)}.${cip.slice(2)}`,
    lengthCode: Number(/code (\d)/.exec(r.advertised_duration)![1]),
    clockHours: /listed as 0/.test(hours) || !clock ? null : Number(clock[1]!.replace(/,/g, '')),
    credits: /(\d+) credits/.exec(hours) ? Number(/(\d+) credits/.exec(hours)![1]) : null,
    recordId: Number(/programid (\d+)/.exec(r.notes)![1]),
  };
}

const reference: ReferenceRecord[] | null = existsSync(REFERENCE) ? (JSON.parse(readFileSync(REFERENCE, 'utf8')) as ReferenceRecord[]) : null;
const committed = fixture.programs as Record<string, Figures>;
/** The figures to hold the data to: the reference's own where it is here, else the committed copy. */
const expected: Record<string, Figures> = reference
  ? Object.fromEntries(reference.map((r) => [r.id, r.price_kind === 'third-party' ? registryFigures(r) : committed[r.id]!]))
  : committed;
const wave2 = Object.keys(expected);
const program = (id: string) => dataset.programs.find((p) => p.id === id)!;
const registry = dataset.programs.filter((p) => p.registry);
const amount = (item: Program['fees'] | undefined) => (item ? chosenVersion(item.cost)?.amount : undefined);

describe('the 25 programs of the second reference', () => {
  it('holds the committed copy of the figures equal to the reference (or, without it, one entry per program id)', () => {
    if (reference) expect(committed).toEqual(expected);
    else expect(Object.keys(committed).sort()).toEqual(wave2.sort());
    expect(wave2).toHaveLength(25);
  });

  it('adds all 25 to programs.json, with ids unique across the catalog', () => {
    expect(wave2.filter((id) => !dataset.programs.some((p) => p.id === id))).toEqual([]);
    expect(new Set(dataset.programs.map((p) => p.id)).size).toBe(dataset.programs.length);
  });

  it('lists 23 programs from the New Jersey registry, each priced as the provider reported it to the state in 2021', () => {
    expect(registry).toHaveLength(23);
    for (const p of registry) {
      const v = chosenVersion(p.tuition)!;
      expect([figureKindOf(v), v.dated?.slice(0, 4), p.registry!.state, staleYearOf(v, p.seen)], p.id).toEqual(['state-registry', '2021', 'NJ', '2021']);
    }
  });

  it.each(wave2.filter((id) => expected[id]!.total !== undefined))('%s: tuition, fees, books, supplies and other costs equal the registry record, a 0 kept as none reported', (id) => {
    const p = program(id);
    const want = expected[id]!;
    expect(amount({ status: 'extra', cost: p.tuition })).toBe(want.tuition);
    for (const kind of ITEMS) {
      const item = p[kind]!;
      if (want[kind] === 0) expect({ status: item.status, noneReported: item.noneReported, versions: item.cost.versions }, `${id} ${kind}`).toEqual({ status: 'unknown', noneReported: true, versions: [] });
      else expect(amount(item), `${id} ${kind}`).toBe(want[kind]);
    }
    expect(p.registry!.totalCost).toBe(want.total);
    expect(p.registry!.recordId).toBe(want.recordId);
  });

  it.each(wave2.filter((id) => expected[id]!.total !== undefined))('%s: CIP code, length class and clock hours equal the registry record', (id) => {
    const p = program(id);
    const want = expected[id]!;
    expect([p.cip, p.length.class, p.hours.clock, p.hours.credits]).toEqual([want.cip, LENGTH_CLASS[want.lengthCode as keyof typeof LENGTH_CLASS], want.clockHours, want.credits]);
  });

  it.each(registry.map((p) => [p.id, p] as const))('%s: keeps the registry total as the total, never counting a none-reported line as $0', (_id, p) => {
    const cost = programCost(p, dataset.certifications.find((c) => c.id === p.certificationIds[0]));
    const noneReported = cost.lines.filter((l) => l.noneReported).map((l) => l.kind);
    expect(cost.lines.filter((l) => l.noneReported && (l.status !== 'unknown' || l.amount !== null))).toEqual([]);
    expect(cost.total.amount).toBe(p.registry!.totalCost);
    for (const kind of noneReported) expect(cost.total.unknown).toContain(kind);
    if (noneReported.length > 0) expect(cost.total.lowerBound).toBe(true);
  });

  it('takes the voucher a title or description names as the exam line, with the quote as evidence', () => {
    const vouchers = dataset.programs.filter((p) => p.exam.status === 'included' && p.registry);
    expect(vouchers.map((p) => [p.id, p.certificationIds])).toEqual([
      ['njcu-administrative-medical-specialist-billing-coding', ['cbcs']],
      ['rutgers-ccpd-cca-medical-billing-coding', ['cca']],
      ['camden-cc-medical-billing-coding-voucher', ['cpc', 'cca']],
    ]);
    for (const p of vouchers) expect(p.exam.evidence, p.id).toMatch(/voucher/i);
    const cost = programCost(program('rutgers-ccpd-cca-medical-billing-coding'), dataset.certifications.find((c) => c.id === 'cca'));
    const exam = cost.lines.find((l) => l.kind === 'exam')!;
    expect([exam.status, exam.amount, exam.note.code]).toEqual(['included', null, 'exam-included']);
    expect(exam.note.code === 'exam-included' && exam.note.evidence).toContain('Voucher Included');
  });

  it("prices Chronicles Billing as the school publishes it: $1,760 tuition and a $290 registration for a new AAPC member, exam not included", () => {
    const p = program('chronicles-billing-cpc-pmcc-16-week');
    expect([figureKindOf(chosenVersion(p.tuition)!), amount({ status: 'extra', cost: p.tuition }), amount(p.fees), p.exam.status, p.membership.status]).toEqual(['published', 1760, 290, 'extra', 'included']);
    const cost = programCost(p, dataset.certifications.find((c) => c.id === 'cpc'));
    expect(cost.total).toMatchObject({ amount: 2050, lowerBound: true, unknown: ['exam'] });
  });

  it('keeps Florida Education Institute as a 2010 disclosure, of the older-page kind and said to be old', () => {
    const p = program('florida-education-institute-mbc-diploma');
    const v = chosenVersion(p.tuition)!;
    expect([figureKindOf(v), v.amount, amount(p.fees), amount(p.books), staleYearOf(v, p.seen), p.state]).toEqual(['older-page', 14800, 100, 500, '2010', 'FL']);
    expect(programCost(p, undefined).total.amount).toBe(15400);
  });

  it.each(registry.map((p) => [p.id, p] as const))("%s: can be the plan's program, planned from its clock hours (or, when taught on a calendar, its length)", (_id, p) => {
    const planned = plannerProgramOf(p, plannerRules);
    if (planned.scheduled || p.hours.clock === null) expect(planned.length?.months, p.id).toBe(p.length.months);
    else expect(planned.hours, p.id).toBe(p.hours.clock);
  });
});

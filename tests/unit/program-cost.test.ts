import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Certification, Figure, FigureVersion, Program } from '../../data/schemas.ts';
import { chosenVersion, costPerMonth, decodeOwn, encodeOwn, ownProgramInput, programCost, type CostInput, type CostLineFacts, type OwnProgram } from '../../functions/domain/program-cost.ts';
import { costWords } from '../../site/i18n/cost-words.ts';

const cert = (id: string): Certification => structuredClone(dataset.certifications.find((c) => c.id === id)!);
const program = (id: string): Program => structuredClone(dataset.programs.find((p) => p.id === id)!);
const line = <L extends Pick<CostLineFacts, 'kind'>>(lines: L[], kind: CostLineFacts['kind']) => lines.find((l) => l.kind === kind)!;
const version = (amount: number, extra: Partial<FigureVersion> = {}): FigureVersion => ({ amount, basis: 'official', sourceIds: ['s'], ...extra });
const known = (amount: number): Figure => ({ versions: [version(amount)] });
const none: Figure = { versions: [], reason: 'Not published.' };

/** A program priced at $1,000 with everything on top, to vary one field at a time. */
const base: CostInput = {
  tuition: known(1000),
  fees: { status: 'included', cost: none },
  books: { status: 'extra', cost: known(200) },
  exam: { status: 'extra', attempts: null },
  membership: { status: 'extra' },
};

describe('chosenVersion', () => {
  it.each([
    ['the official page over a newer third-party page', [version(10, { basis: 'third-party', dated: '2026' }), version(20, { dated: '2015' })], 20],
    ['the newest copy of a page over an older copy', [version(10, { olderCopy: true }), version(20)], 20],
    ['the newest date among official pages', [version(10, { dated: '2019' }), version(20, { dated: '2024-06' }), version(30)], 20],
    ['the first in the file when nothing else decides', [version(10), version(20)], 10],
    ['a third-party figure when it is the only one', [version(10, { basis: 'third-party' })], 10],
  ] as const)('picks %s', (_case, versions, amount) => {
    expect(chosenVersion({ versions: [...versions] })?.amount).toBe(amount);
  });

  it('has nothing to pick from an unknown figure', () => {
    expect(chosenVersion(none)).toBeUndefined();
  });
});

describe('programCost', () => {
  it('adds tuition, books, the CCA non-member exam fee and no membership (optional for AHIMA)', () => {
    const cost = programCost(base, cert('cca'));
    expect(cost.lines.map((l) => [l.kind, l.status, l.amount])).toEqual([
      ['tuition', 'extra', 1000],
      ['fees', 'included', null],
      ['books', 'extra', 200],
      ['exam', 'extra', 299],
      ['membership', 'not-needed', null],
      ['retake', 'not-needed', null],
    ]);
    expect(cost).toMatchObject({ total: 1499, lowerBound: false, unknown: [] });
  });

  describe.each([
    ['books', { books: { status: 'included', cost: known(200) } }, 'books'],
    ['the exam', { exam: { status: 'included', attempts: 1 } }, 'exam'],
  ] as const)('when the program includes %s', (_what, change, kind) => {
    it('marks the line included and does not count it again', () => {
      const cost = programCost({ ...base, ...change }, cert('cca'));
      expect(line(cost.lines, kind)).toMatchObject({ status: 'included', amount: null });
      expect(cost.total).toBe(1499 - (kind === 'books' ? 200 : 299));
    });
  });

  it('does not count an included AAPC membership or a two-attempt exam again, even with a retake asked for (MedCode Logix)', () => {
    const cost = programCost(program('medcode-logix-professional-medical-coding'), cert('cpc'), { retake: true });
    expect(cost.lines.filter((l) => l.status === 'extra').map((l) => l.kind)).toEqual(['tuition']);
    expect(line(cost.lines, 'retake').status).toBe('included');
    expect(cost).toMatchObject({ total: 3895, lowerBound: false });
  });

  it('keeps an unpublished exam fee unknown, never 0, names the third-party reports and flags the total as a lower bound', () => {
    const cost = programCost(base, cert('cpc'));
    const exam = line(cost.lines, 'exam');
    expect(exam).toMatchObject({ status: 'unknown', amount: null, note: { code: 'exam-fee-unpublished', price: 'member' } });
    const detail = line(costWords(cost, 'en').lines, 'exam').detail;
    expect(detail).toContain('$425 one attempt');
    expect(detail).toContain('not used in the total');
    expect(cost).toMatchObject({ total: 1000 + 200 + 190, lowerBound: true, unknown: ['exam'] });
  });

  it('counts the required AAPC membership at the newest official dues, $190, not the older $125 or the third-party $222', () => {
    expect(line(programCost(base, cert('cpc')).lines, 'membership')).toMatchObject({ status: 'extra', amount: 190, basis: 'official' });
  });

  it('adds a membership line when the member exam price is chosen, and keeps unknown dues unknown', () => {
    const cost = programCost(base, cert('cca'), { examPrice: 'member' });
    expect(line(cost.lines, 'exam').amount).toBe(199);
    expect(line(cost.lines, 'membership')).toMatchObject({ status: 'unknown', amount: null });
    expect(cost.lowerBound).toBe(true);
  });

  it.each([
    ['cca', 'extra', 299],
    ['cpc-p', 'included', null],
    ['ccs-p', 'unknown', null],
  ] as const)('prices a %s retake allowance as %s', (id, status, amount) => {
    const cost = programCost({ ...base, exam: { status: 'extra', attempts: null } }, cert(id), { retake: true, examPrice: id === 'cpc-p' ? 'member' : 'non-member' });
    expect(line(cost.lines, 'retake')).toMatchObject({ status, amount });
  });

  it('treats a price the pages do not publish as unknown, with the reason the data gives', () => {
    const cost = programCost(program('polk-state-medical-coding-specialist'), cert('ccs'));
    expect(line(cost.lines, 'tuition')).toMatchObject({ status: 'unknown', amount: null, note: { code: 'unpublished', reason: 'Price not found in the stored pages.' } });
    expect(line(costWords(cost, 'en').lines, 'tuition').detail).toBe('Price not found in the stored pages.');
    expect(cost).toMatchObject({ tuitionKnown: false, lowerBound: true });
  });

  it('says when it does not know whether the exam is in the price', () => {
    const cost = programCost({ ...base, exam: { status: 'unknown', attempts: null } }, cert('cca'));
    expect(line(cost.lines, 'exam')).toMatchObject({ status: 'unknown', amount: null, note: { code: 'exam-maybe-included', fee: 299 } });
    expect(line(costWords(cost, 'en').lines, 'exam').detail).toContain('$299');
  });

  it('leaves exam and membership unknown for a program that names no credential', () => {
    const cost = programCost(program('fscj-medical-information-coder-biller'), undefined);
    expect(cost.unknown).toEqual(['exam', 'membership']);
    expect(cost.total).toBe(3881 + 25 + 2960);
  });

  it('flags a fee that is only a floor as a lower bound (AACC fees), and a tuition ceiling as a ceiling (CPCC)', () => {
    expect(line(programCost(program('aacc-hit-aas'), cert('rhit')).lines, 'fees')).toMatchObject({ bound: 'at-least', amount: 1701 });
    expect(programCost(program('cpcc-hit-associate'), undefined).tuitionCeiling).toBe(true);
  });

  it('marks every amount of a program the reader typed in as their input', () => {
    const own = ownProgramInput({ name: 'Night class', price: 1500, months: 6, certificationId: 'cca', includes: { books: false, exam: true, membership: false }, booksCost: 120 });
    const cost = programCost(own, cert('cca'));
    expect(line(cost.lines, 'tuition')).toMatchObject({ amount: 1500, basis: 'your-input', sourceIds: [] });
    expect(line(cost.lines, 'books')).toMatchObject({ amount: 120, basis: 'your-input' });
    expect(line(cost.lines, 'exam').status).toBe('included');
    expect(cost).toMatchObject({ total: 1620, lowerBound: false });
    expect(costPerMonth(cost, 6)).toBe(270);
  });

  it('keeps a typed-in program without a price unknown', () => {
    const own = ownProgramInput({ name: 'x', price: null, months: null, certificationId: null, includes: { books: true, exam: false, membership: false } });
    expect(programCost(own, undefined)).toMatchObject({ tuitionKnown: false, lowerBound: true });
  });
});

describe('costPerMonth', () => {
  it.each([
    [3895, true, 4.2, 927],
    [3895, true, null, null],
    [0, false, 12, null],
  ] as const)('gives %d over %s months → %s', (total, tuitionKnown, months, expected) => {
    const cost = { ...programCost(base, cert('cca')), total, tuitionKnown };
    expect(costPerMonth(cost, months)).toBe(expected);
  });
});

describe('encodeOwn and decodeOwn', () => {
  const certs = new Set(['cca', 'cpc']);
  const own: OwnProgram = { name: 'Night class', price: 1500.5, months: 6, certificationId: 'cca', includes: { books: true, exam: false, membership: true }, booksCost: null };

  it('round-trips a program through its address form', () => {
    expect(encodeOwn(own)).toBe('Night class~1500.5~6~cca~bm~');
    expect(decodeOwn(encodeOwn(own), certs)).toEqual(own);
  });

  it.each([
    ['an empty name', '~100~~~~'],
    ['a name over 60 characters', `${'x'.repeat(61)}~~~~~`],
    ['a negative price', 'x~-1~~~~'],
    ['a price of 0 (unknown is left empty)', 'x~0~~~~'],
    ['a length over 120 months', 'x~~121~~~'],
    ['an unknown credential', 'x~~~abc~~'],
    ['unknown flags', 'x~~~~z~'],
    ['too many parts', 'x~~~~~~~'],
  ])('rejects %s', (_case, text) => {
    expect(decodeOwn(text, certs)).toBeUndefined();
  });
});

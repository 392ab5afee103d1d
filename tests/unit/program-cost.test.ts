import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Certification, Figure, FigureVersion, Program } from '../../data/schemas.ts';
import { chosenVersion, costPerMonth, decodeOwn, encodeOwn, ownProgramInput, programCost, type CostInput, type CostLineFacts, type OwnProgram } from '../../functions/domain/program-cost.ts';
import { costWords } from '../../site/i18n/cost-words.ts';
import { totalWords } from '../../site/i18n/en/totals.ts';

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
    expect(cost.total).toEqual({ amount: 1499, lowerBound: false, unknown: [], atMost: [] });
  });

  describe.each([
    ['books', { books: { status: 'included', cost: known(200) } }, 'books'],
    ['the exam', { exam: { status: 'included', attempts: 1 } }, 'exam'],
  ] as const)('when the program includes %s', (_what, change, kind) => {
    it('marks the line included and does not count it again', () => {
      const cost = programCost({ ...base, ...change }, cert('cca'));
      expect(line(cost.lines, kind)).toMatchObject({ status: 'included', amount: null });
      expect(cost.total.amount).toBe(1499 - (kind === 'books' ? 200 : 299));
    });
  });

  it('does not count an included AAPC membership or a two-attempt exam again, even with a retake asked for (MedCode Logix)', () => {
    const cost = programCost(program('medcode-logix-professional-medical-coding'), cert('cpc'), { retake: true });
    expect(cost.lines.filter((l) => l.status === 'extra').map((l) => l.kind)).toEqual(['tuition']);
    expect(line(cost.lines, 'retake').status).toBe('included');
    expect(cost.total).toMatchObject({ amount: 3895, lowerBound: false });
  });

  it('keeps an unpublished exam fee unknown, never 0, names the third-party reports and flags the total as a lower bound', () => {
    const cost = programCost(base, cert('cpc'));
    const exam = line(cost.lines, 'exam');
    expect(exam).toMatchObject({ status: 'unknown', amount: null, note: { code: 'exam-fee-unpublished', price: 'member' } });
    const detail = line(costWords(cost, 'en').lines, 'exam').detail;
    expect(detail).toContain('$425 one attempt');
    expect(detail).toContain('not used in the total');
    expect(cost.total).toMatchObject({ amount: 1000 + 200 + 190, lowerBound: true, unknown: ['exam'] });
  });

  it.each([
    ['cpc', 399, 499, ['2026'], 1],
    ['cpb', 300, 499, ['2025', '2026'], 1],
    ['crc', 425, 499, ['2026'], 0],
    ['rhit', 229, 299, ['2026'], 0],
  ] as const)('shows an exam fee only third parties report (%s) as their range, $%d–$%d, of kind third-party, never in the total', (id, low, high, years, leftOut) => {
    const cost = programCost(base, cert(id));
    const exam = line(cost.lines, 'exam');
    expect(exam).toMatchObject({ status: 'unknown', amount: null, reported: { low, high, figureKind: 'third-party', years, leftOut } });
    expect(cost.total.unknown).toContain('exam');
    expect(cost.total.amount).not.toBeGreaterThanOrEqual(1000 + 200 + low);
    expect(totalWords.reported(exam.reported!)).toMatch(new RegExp(`^\\$${low}–\\$${high}, third-party reports? \\(${years.join(', ')}\\)$`));
  });

  it('counts the required AAPC membership at its official renewal price, $190 (not the older $125 or the third-party $222), and says it is the renewal price', () => {
    const cost = programCost(base, cert('cpc'));
    expect(line(cost.lines, 'membership')).toMatchObject({ status: 'extra', amount: 190, basis: 'official', figureKind: 'published', note: { suffix: { counted: { price: 'renewal', issuer: 'AAPC' } } } });
    expect(line(costWords(cost, 'en').lines, 'membership').detail).toContain("AAPC's renewal price: AAPC's pages give no price to join.");
  });

  it('counts the price to join when the issuer publishes one, and says so', () => {
    const joinable = cert('cpc');
    joinable.membership.join = { versions: [version(210, { note: 'New members.' })] };
    const cost = programCost(base, joinable);
    expect(line(cost.lines, 'membership')).toMatchObject({ amount: 210, note: { suffix: { counted: { price: 'join' } } } });
    expect(line(costWords(cost, 'en').lines, 'membership').detail).toContain('The price to join.');
  });

  it.each([
    ['foundation-bmc-cpc-course', 'published', 'Published by the provider.'],
    ['fscj-medical-information-coder-biller', 'computed', 'Computed by this site from a published rate, rate dated 2018.'],
    ['sbcc-medical-coding-specialist', 'third-party', 'Third-party report.'],
    ['cpcc-hit-associate', 'bound', 'An upper bound, not a quote.'],
  ] as const)('names the kind of the tuition of %s (%s) in the line and first in its words', (id, kind, words) => {
    const p = program(id);
    const cost = programCost(p, p.certificationIds[0] ? cert(p.certificationIds[0]) : undefined);
    expect(line(cost.lines, 'tuition').figureKind).toBe(kind);
    expect(line(costWords(cost, 'en').lines, 'tuition').detail.startsWith(words)).toBe(true);
  });

  it('adds a membership line when the member exam price is chosen, and keeps unknown dues unknown', () => {
    const cost = programCost(base, cert('cca'), { examPrice: 'member' });
    expect(line(cost.lines, 'exam').amount).toBe(199);
    expect(line(cost.lines, 'membership')).toMatchObject({ status: 'unknown', amount: null });
    expect(cost.total.lowerBound).toBe(true);
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
    expect(cost.total).toEqual({ amount: null, lowerBound: true, unknown: ['tuition', 'fees', 'books', 'exam'], atMost: [], reason: 'price-not-published' });
  });

  it.each(dataset.programs.filter((p) => p.tuition.versions.length === 0).map((p) => [p.id, p] as const))('never counts the unpublished price of %s as 0: no amount, a reason', (_id, p) => {
    const total = programCost(p, dataset.certifications.find((c) => c.id === p.certificationIds[0])).total;
    expect(total.amount).toBeNull();
    expect(total.reason).toBe('price-not-published');
    expect(total.unknown).toContain('tuition');
  });

  it('says when it does not know whether the exam is in the price', () => {
    const cost = programCost({ ...base, exam: { status: 'unknown', attempts: null } }, cert('cca'));
    expect(line(cost.lines, 'exam')).toMatchObject({ status: 'unknown', amount: null, note: { code: 'exam-maybe-included', fee: 299 } });
    expect(line(costWords(cost, 'en').lines, 'exam').detail).toContain('$299');
  });

  it('leaves exam and membership unknown for a program that names no credential', () => {
    const cost = programCost(program('fscj-medical-information-coder-biller'), undefined);
    expect(cost.total.unknown).toEqual(['exam', 'membership']);
    expect(cost.total.amount).toBe(3881 + 25 + 2960);
  });

  it('flags a fee that is only a floor as a lower bound (AACC fees), and a tuition ceiling as a ceiling (CPCC)', () => {
    expect(line(programCost(program('aacc-hit-aas'), cert('rhit')).lines, 'fees')).toMatchObject({ bound: 'at-least', amount: 1701 });
    expect(programCost(program('cpcc-hit-associate'), undefined).total.atMost).toEqual(['tuition']);
  });

  it('marks every amount of a program the reader typed in as their input', () => {
    const own = ownProgramInput({ name: 'Night class', price: 1500, months: 6, certificationId: 'cca', includes: { books: false, exam: true, membership: false }, booksCost: 120 });
    const cost = programCost(own, cert('cca'));
    expect(line(cost.lines, 'tuition')).toMatchObject({ amount: 1500, basis: 'your-input', sourceIds: [] });
    expect(line(cost.lines, 'books')).toMatchObject({ amount: 120, basis: 'your-input' });
    expect(line(cost.lines, 'exam').status).toBe('included');
    expect(cost.total).toMatchObject({ amount: 1620, lowerBound: false });
    expect(costPerMonth(cost.total, 6)).toBe(270);
  });

  it('keeps a typed-in program without a price unknown', () => {
    const own = ownProgramInput({ name: 'x', price: null, months: null, certificationId: null, includes: { books: true, exam: false, membership: false } });
    expect(programCost(own, undefined).total).toMatchObject({ amount: null, lowerBound: true, reason: 'price-not-published' });
  });
});

describe('costPerMonth', () => {
  it.each([
    [3895, 4.2, 927],
    [3895, null, null],
    [null, 12, null],
  ] as const)('gives $%s over %s months → %s', (amount, months, expected) => {
    expect(costPerMonth({ amount }, months)).toBe(expected);
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

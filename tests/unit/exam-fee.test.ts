import { describe, expect, it } from 'vitest';
import { articleClaims, dataset } from '../../data/index.ts';
import type { Certification } from '../../data/schemas.ts';
import { examFeeEvidence, pricedCertification } from '../../functions/domain/exam-fee.ts';
import { reportedRange } from '../../functions/domain/figure-kind.ts';

const cert = (id: string): Certification => dataset.certifications.find((c) => c.id === id)!;
const report = (amounts: number[] | undefined, dated?: string) => ({ text: 't', sourceId: 's', ...(dated && { dated }), ...(amounts && { amounts }) });

describe('reportedRange', () => {
  it.each<[string, ReturnType<typeof report>[], object]>([
    ['the dated reports, leaving the undated older page out', [report([425, 499], '2026'), report([399], '2026'), report([300])], { low: 399, high: 499, years: ['2026'], leftOut: 1 }],
    ['every report when none is dated', [report([117]), report([117, 155])], { low: 117, high: 155, years: [], leftOut: 0 }],
    ['the years of every dated report, oldest first', [report([300, 400], '2026-05'), report([425, 499], '2025')], { low: 300, high: 499, years: ['2025', '2026'], leftOut: 0 }],
  ])('spans %s', (_case, reports, expected) => {
    expect(reportedRange(reports)).toMatchObject({ ...expected, figureKind: 'third-party' });
  });

  it('is null when no report gives a price', () => {
    expect(reportedRange([report(undefined, '2026')])).toBeNull();
    expect(reportedRange([])).toBeNull();
  });

  it('reads only amounts the report text states', () => {
    for (const c of dataset.certifications) {
      for (const r of c.examFee.reported) for (const a of r.amounts ?? []) expect(r.text, `${c.id}: ${a}`).toContain(`$${a}`);
    }
  });
});

describe('examFeeEvidence', () => {
  it.each([
    ['cca', 199, 299, ['published'], false],
    ['ccs', 299, 399, ['older-page'], false],
    ['cpc-p', 350, 350, ['older-page'], false],
    ['cpc', 399, 499, ['third-party'], true],
    ['cbcs', 117, 155, ['third-party'], true],
  ] as const)('gives %s as $%d–$%d of kind %j', (id, low, high, kinds, reported) => {
    const e = examFeeEvidence(cert(id));
    expect(e).toMatchObject({ low, high, figureKinds: kinds });
    expect(e.reported !== null).toBe(reported);
  });

  it('has nothing for a credential whose fee nobody gives (CMRS)', () => {
    expect(examFeeEvidence(cert('cmrs'))).toMatchObject({ low: null, high: null, figureKinds: [], reported: null });
  });

  it('backs the article’s “a few hundred dollars” with a figure for eleven of twelve credentials, every one between $117 and $499', () => {
    expect(articleClaims.find((c) => c.id === 'exam-cost')?.figure).toBeNull();
    const known = dataset.certifications.map(examFeeEvidence).filter((e) => e.low !== null);
    expect(known).toHaveLength(11);
    expect(Math.min(...known.map((e) => e.low!))).toBe(117);
    expect(Math.max(...known.map((e) => e.high!))).toBe(499);
  });
});

describe('pricedCertification', () => {
  it('names the kind of every price version, keeps join apart from renewal and adds the reported range', () => {
    const cpc = pricedCertification(cert('cpc'));
    expect(cpc.membership.renewal.versions.map((v) => [v.amount, v.figureKind])).toEqual([[190, 'published'], [125, 'older-page']]);
    expect(cpc.membership.join.versions.map((v) => [v.amount, v.figureKind])).toEqual([[222, 'third-party']]);
    expect(cpc.examFee.reportedRange).toMatchObject({ low: 399, high: 499 });
    expect(pricedCertification(cert('cpc-p')).examFee.member.versions[0]!.figureKind).toBe('older-page');
  });
});

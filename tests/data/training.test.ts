import { describe, expect, it } from 'vitest';
import { nestedSourceIds, programCredentialProblems, unexplainedFigureProblems } from '../../data/checks.ts';
import { dataset } from '../../data/index.ts';
import type { Figure } from '../../data/schemas.ts';
import { chosenVersion } from '../../functions/domain/program-cost.ts';
import wave2 from './fixtures/programs-wave2-figures.json' with { type: 'json' };

const { certifications, programs, sources } = dataset;
const sourceIds = new Set(sources.map((s) => s.id));
const certIds = new Set(certifications.map((c) => c.id));
/** The programs of the second wave (issue 19) were read a day later than the first. */
const WAVE2 = new Set(Object.keys(wave2.programs));
const seenOn = (id: string) => (WAVE2.has(id) ? '2026-11-27' : '2026-11-26');

/** Every figure of a record, labelled. */
function figuresOf(): [string, Figure][] {
  return [
    ...certifications.flatMap((c): [string, Figure][] => [
      [`${c.id} exam fee (member)`, c.examFee.member],
      [`${c.id} exam fee (non-member)`, c.examFee.nonMember],
      [`${c.id} exam fee (student)`, c.examFee.student],
      [`${c.id} membership to join`, c.membership.join],
      [`${c.id} membership renewal`, c.membership.renewal],
    ]),
    ...programs.flatMap((p): [string, Figure][] => [
      [`${p.id} tuition`, p.tuition],
      [`${p.id} fees`, p.fees.cost],
      [`${p.id} books`, p.books.cost],
      ...(p.supplies ? [[`${p.id} supplies`, p.supplies.cost] as [string, Figure]] : []),
      ...(p.other ? [[`${p.id} other costs`, p.other.cost] as [string, Figure]] : []),
    ]),
  ];
}

describe('certifications and programs', () => {
  it('carries the twelve credentials of the reference, in its order', () => {
    expect(certifications.map((c) => c.id)).toEqual(['cpc', 'cpb', 'coc', 'crc', 'cpc-p', 'cca', 'ccs', 'ccs-p', 'rhit', 'rhia', 'cbcs', 'cmrs']);
  });

  it('gives programs and credentials unique ids', () => {
    expect(new Set(programs.map((p) => p.id)).size).toBe(programs.length);
    expect(certIds.size).toBe(certifications.length);
  });

  it.each([...certifications.map((c) => [`certification ${c.id}`, c] as const), ...programs.map((p) => [`program ${p.id}`, p] as const)])(
    '%s cites only sources that are listed, and says when it was seen',
    (_label, record) => {
      expect(nestedSourceIds(record).filter((id) => !sourceIds.has(id))).toEqual([]);
      expect(record.seen).toBe(seenOn(record.id));
    },
  );

  it('gives every training source the day its records were read', () => {
    const first = new Set([...certifications, ...programs.filter((p) => !WAVE2.has(p.id))].flatMap(nestedSourceIds));
    const second = new Set(programs.filter((p) => WAVE2.has(p.id)).flatMap(nestedSourceIds));
    expect(sources.filter((s) => first.has(s.id) && !second.has(s.id) && s.seen !== '2026-11-26').map((s) => s.id)).toEqual([]);
    expect(sources.filter((s) => second.has(s.id) && !first.has(s.id) && s.seen !== '2026-11-27').map((s) => s.id)).toEqual([]);
  });

  it('prepares programs only for credentials that exist', () => {
    expect(programCredentialProblems(dataset)).toEqual([]);
  });

  it('gives every price a positive amount, or none with a reason', () => {
    expect(unexplainedFigureProblems(dataset)).toEqual([]);
    for (const [label, figure] of figuresOf()) {
      expect(figure.versions.filter((v) => !(v.amount > 0)), label).toEqual([]);
    }
  });

  it('prices the eight programs of the first reference, with the resident figure it gives', () => {
    const priced = Object.fromEntries(programs.filter((p) => !WAVE2.has(p.id)).flatMap((p) => {
      const v = chosenVersion(p.tuition);
      return v ? [[p.id, v.amount]] : [];
    }));
    expect(priced).toEqual({
      'foundation-bmc-cpc-course': 2500,
      'medcode-logix-professional-medical-coding': 3895,
      'fscj-medical-information-coder-biller': 3881,
      'sbcc-medical-coding-specialist': 1748,
      'mvcc-hit-associate': 10532,
      'college-of-dupage-hit-associate': 9384,
      'aacc-hit-aas': 7812,
      'cpcc-hit-associate': 4864,
    });
  });

  it('keeps every conflicting version with its own source', () => {
    const dupage = programs.find((p) => p.id === 'college-of-dupage-hit-associate')!;
    expect(dupage.tuition.versions.map((v) => [v.amount, v.basis])).toEqual([[9384, 'official'], [9520, 'official'], [10336, 'third-party']]);
    const cpc = certifications.find((c) => c.id === 'cpc')!;
    expect(cpc.membership.renewal.versions.map((v) => v.amount)).toEqual([190, 125]);
    expect(chosenVersion(cpc.membership.renewal)?.amount).toBe(190);
    expect(cpc.membership.join.versions.map((v) => [v.amount, v.basis])).toEqual([[222, 'third-party']]);
  });

  it('publishes no AAPC exam price it did not read on an AAPC page: third-party prices are reports, not figures', () => {
    for (const id of ['cpc', 'cpb', 'coc', 'crc']) {
      const fee = certifications.find((c) => c.id === id)!.examFee;
      expect(fee.member.versions, id).toEqual([]);
      expect(fee.nonMember.versions, id).toEqual([]);
      expect(fee.reported.length, id).toBeGreaterThan(0);
    }
  });

  it('carries the AHIMA exam fees: CCA $199 / $299, CCS and CCS-P $299 / $399', () => {
    const fee = (id: string) => certifications.find((c) => c.id === id)!.examFee;
    expect([chosenVersion(fee('cca').member)?.amount, chosenVersion(fee('cca').nonMember)?.amount]).toEqual([199, 299]);
    expect([chosenVersion(fee('ccs').member)?.amount, chosenVersion(fee('ccs').nonMember)?.amount]).toEqual([299, 399]);
    expect([chosenVersion(fee('ccs-p').member)?.amount, chosenVersion(fee('ccs-p').nonMember)?.amount]).toEqual([299, 399]);
  });

  it('names the apprentice designations CPC-A and COC-A only', () => {
    expect(certifications.filter((c) => c.apprentice).map((c) => c.apprentice!.designation)).toEqual(['CPC-A', 'COC-A']);
  });

  it('lists a credential for every role that asks for one', () => {
    const asked = dataset.roles.flatMap((r) => r.credentials);
    expect(asked.filter((id) => !certIds.has(id))).toEqual([]);
  });
});

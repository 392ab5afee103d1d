import { describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import { plannerCredentialOf, plannerProgramOf } from '../../functions/domain/planner-adapter.ts';
import { checkPlanInput, planTimeline } from '../../functions/domain/planner.ts';
import { contextFor, credentials, programs, rules } from './planner-fixtures.ts';

const known = new Set(dataset.sources.map((s) => s.id));
const certById = (id: string) => dataset.certifications.find((c) => c.id === id)!;

describe('data/planner-rules.json', () => {
  it('cites only listed sources, and marks every figure without a source as an assumption', () => {
    const cited = JSON.stringify(plannerRules).match(/"sourceIds":\[[^\]]*\]/g)!.flatMap((m) => JSON.parse(m.slice(12)) as string[]);
    expect(cited.length).toBeGreaterThan(10);
    for (const id of cited) expect(known, id).toContain(id);
    for (const rule of [rules.hoursPerWeek, rules.examPrepWeeks, rules.hoursPerWeekWarnAbove, rules.resultsDays, rules.windowMarginDays]) {
      expect(rule.assumption || rule.sourceIds.length > 0).toBe(true);
    }
  });

  it('has numbers for every credential in the dataset, and only for those', () => {
    expect(Object.keys(plannerRules.credentials).sort()).toEqual(dataset.certifications.map((c) => c.id).sort());
    for (const id of Object.keys(plannerRules.programs)) expect(dataset.programs.map((p) => p.id)).toContain(id);
    expect(dataset.certifications.map((c) => c.id)).toContain(plannerRules.defaultCredentialId);
  });

  it.each(Object.entries(plannerRules.credentials).filter(([, r]) => r.renewal))('%s: the renewal numbers agree with the certification\'s own words', (id, r) => {
    const cert = certById(id);
    const words = `${cert.renewal.cycle} ${cert.renewal.ceus}`;
    if (r.renewal!.ceus !== null) expect(cert.renewal.ceus).toMatch(new RegExp(`^${r.renewal!.ceus}\\b`));
    expect(words).toMatch(r.renewal!.months === 12 ? /annual|every year|per year/i : /2 years|two years|2-year/i);
  });

  it.each(Object.entries(plannerRules.credentials).filter(([, r]) => r.examWindow))('%s: the exam window agrees with the certification\'s own words', (id, r) => {
    const cert = certById(id);
    expect(`${cert.retake.policy} ${cert.examFormat.timeAllowed ?? ''}`).toContain(`${r.examWindow!.days} days`);
    for (const s of r.examWindow!.sourceIds) expect([...cert.retake.sourceIds, ...cert.examFormat.sourceIds]).toContain(s);
  });

  it.each(Object.entries(plannerRules.credentials))('%s: membership and apprentice rules match the certification', (id, r) => {
    const cert = certById(id);
    expect(Boolean(r.membership)).toBe(cert.membership.required === true);
    expect(Boolean(r.apprentice)).toBe(cert.apprentice !== null);
  });
});

describe('the adapter', () => {
  it('plans every credential with no program, and every program with the credential it prepares for', () => {
    for (const c of credentials) expect(() => planTimeline({ startDate: '2027-01-04', certificationId: c.id }, contextFor({ certificationId: c.id }))).not.toThrow();
    for (const p of programs) {
      const input = { startDate: '2027-01-04', certificationId: p.prepares[0] ?? 'cpc', programId: p.id };
      expect(checkPlanInput(input, '2026-11-27')).toEqual([]);
      expect(planTimeline(input, contextFor(input)).milestones.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['aapc-cpc-preparation-course', { hours: 80, scheduled: false, apprenticeCourse: true, practicode: true }],
    ['aapc-crc-training-course', { hours: 40, scheduled: false, apprenticeCourse: false }],
    ['medcode-logix-professional-medical-coding', { length: { months: 4.2 }, scheduled: true, apprenticeCourse: true }],
    ['college-of-dupage-hit-associate', { length: { months: 24 }, degree: 'associate', scheduled: true }],
    ['mchc-coderclass-online-cpc-coc', { length: { months: 5 }, deadline: { months: 5, kind: 'guarantee' } }],
  ])('reads %s as %o', (id, expected) => {
    const p = plannerProgramOf(dataset.programs.find((x) => x.id === id)!, plannerRules);
    expect(p).toMatchObject(expected);
  });

  it('gives a program that states only credits neither hours nor a length (credits are not hours)', () => {
    const p = plannerProgramOf(dataset.programs.find((x) => x.id === 'fscj-medical-information-coder-biller')!, plannerRules);
    expect(p).not.toHaveProperty('hours');
    expect(p).not.toHaveProperty('length');
  });

  it('takes a credential\'s words from its record and its numbers from the rules', () => {
    const cpc = plannerCredentialOf(certById('cpc'), plannerRules);
    expect(cpc.membership).toMatchObject({ months: 12, body: 'AAPC', text: certById('cpc').membership.note });
    expect(cpc.apprentice).toMatchObject({ designation: 'CPC-A', text: certById('cpc').apprentice!.howRemoved });
    expect(cpc.renewal!.text).toContain('36 CEUs');
    expect(plannerCredentialOf(certById('cca'), plannerRules).examWindow).toMatchObject({ days: 120, from: 'approval' });
    expect(plannerCredentialOf(certById('cca'), plannerRules).membership).toBeUndefined();
  });
});

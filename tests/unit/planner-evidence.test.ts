import { describe, expect, it } from 'vitest';
import { articleClaims, dataset, plannerRules } from '../../data/index.ts';
import plannerRulesJson from '../../data/planner-rules.json' with { type: 'json' };
import { lengthSpan, programLengths } from '../../functions/domain/planner-evidence.ts';

describe("the planner's default coursework", () => {
  const rule = plannerRules.defaultCoursework;
  const program = dataset.programs.find((p) => p.id === rule.programId);

  it('is a real program of the default credential, with the hours that program states and its sources', () => {
    expect(program).toBeDefined();
    expect(program!.certificationIds).toContain(plannerRules.defaultCredentialId);
    expect(rule.value).toBe(program!.hours.clock);
    for (const id of rule.sourceIds) expect(program!.sourceIds).toContain(id);
    expect(rule.assumption).toBe(false);
  });

  it("leaves the article's months one home (article-claims.json): the rules file holds no copy of the quote", () => {
    const claim = articleClaims.find((c) => c.id === 'months-to-certified')!;
    expect(Object.keys(plannerRulesJson)).not.toContain('article');
    expect(JSON.stringify(plannerRulesJson)).not.toContain(claim.quote);
  });
});

describe('how long real programs take', () => {
  const rows = programLengths(dataset.programs);
  const row = (id: string) => rows.find((r) => r.id === id);

  it('lists every program that states clock hours or a length, with the data’s own words and sources', () => {
    expect(row('aapc-cpc-preparation-course')).toMatchObject({ clockHours: 80, lengthText: null });
    expect(row('aapc-cpc-preparation-course')!.hoursText).toContain('80 hours');
    expect(row('medcode-logix-professional-medical-coding')).toMatchObject({ clockHours: 144, months: 4.2 });
    expect(row('medcode-logix-professional-medical-coding')!.lengthText).toContain('16–18 weeks');
    expect(row('mvcc-hit-associate')).toMatchObject({ clockHours: null, months: 24 });
    expect(row('mercy-college-ohio-medical-coding-cert')).toMatchObject({ months: null, lengthText: 'Three semesters (catalog)' });
    for (const r of rows) expect(r.sourceIds.length, r.id).toBeGreaterThan(0);
  });

  it('leaves out programs that state neither ("Not stated.", an access period not found)', () => {
    expect(row('coding-clarified-online-cpc-course')).toBeUndefined();
    expect(row('uma-medical-billing-coding')).toBeUndefined();
    const stated = dataset.programs.filter((p) => p.hours.clock !== null || p.length.months !== null);
    for (const p of stated) expect(row(p.id), p.id).toBeDefined();
  });

  it('orders programs with hours first, fewest first, then lengths, shortest first', () => {
    const hours = rows.filter((r) => r.clockHours !== null).map((r) => r.clockHours!);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    expect(rows.findIndex((r) => r.clockHours === null)).toBe(hours.length);
  });

  it("spans from the CPC's shortest stated course (Rutgers' 49 registry hours) to the longest stated length", () => {
    expect(lengthSpan(rows, 'cpc')).toEqual({ fewestHours: 49, longestMonths: 24 });
    expect(lengthSpan(rows)).toEqual({ fewestHours: 40, longestMonths: 24 });
    expect(lengthSpan([], 'cpc')).toEqual({ fewestHours: null, longestMonths: null });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { dataset, plannerRules } from '../../data/index.ts';
import { createApp } from '../../functions/routes/app.ts';
import { builtPages, type BuiltPage } from './built-pages.ts';

let page: BuiltPage;
let training: BuiltPage;
beforeAll(() => {
  page = builtPages().find((p) => p.path === '/methodology/')!;
  training = builtPages().find((p) => p.path === '/methodology/training-sources/')!;
});

/** The text of one row of the list of computed and assumed figures. */
const rowText = (key: string) => {
  const marker = page.main.indexOf(key);
  return marker < 0 ? '' : page.main.slice(marker);
};

describe('/methodology/ tells the truth about itself', () => {
  it('no longer says nothing is estimated, rounded or filled in (case 10 of issue 11)', () => {
    expect(page.main).not.toMatch(/nothing is estimated|nothing is (?:estimated, )?rounded|filled in\./i);
    expect(page.main).toContain('Figures this site computes or assumes');
  });

  it('lists every price this site computed on the training sources page, with the rule as the data writes it', () => {
    const computed = dataset.programs.flatMap((p) => p.tuition.versions.filter((v) => v.computed));
    expect(computed.length).toBeGreaterThan(0);
    for (const v of computed) expect(training.main, v.note).toContain(v.note!);
    expect(page.main).toContain("Each program's figure, with the pages it comes from");
  });

  it('lists every credit total, hour count or length the data marks as computed on the training sources page', () => {
    for (const p of dataset.programs) {
      if (p.hours.creditsComputed) expect(training.main, p.id).toContain(p.hours.text!);
      if (/computed/i.test(p.length.text ?? '')) expect(training.main, p.id).toContain(p.length.text!);
    }
  });

  it("lists each of the planner's assumptions with its note, and the default coursework's rule", () => {
    const rules = [plannerRules.hoursPerWeek, plannerRules.examPrepWeeks, plannerRules.hoursPerWeekWarnAbove, plannerRules.resultsDays, plannerRules.windowMarginDays];
    for (const rule of rules) expect(page.main, rule.note).toContain(rule.note);
    expect(rules.filter((r) => r.assumption).length).toBeGreaterThan(0);
    expect(page.main).toContain(plannerRules.defaultCoursework.note);
    expect(page.main).toMatch(/Planner assumption: 14 days from exam to results/);
  });

  it.each([
    ['per-credit arithmetic', /Credits \(or terms\) × the published rate, with the rate’s year named/],
    ['annual ÷ 2,080 for state hourly figures', /Annual ÷ 2,080, to the cent/],
    ['payback at the 25th percentile after the months of study', /months of study \(no new earnings yet\), then its total ÷ the monthly gain: the 25th percentile/],
    ['totals with an unknown line', /reads “at least \$X” and names the unknown lines/],
    ['one year per comparison', /One year for every compared area: the newest May year every area has \(May 2024/],
    ['the PRSE caution above 20 %', /above 20 % gets a caution in words/],
    ['BLS symbols in words', /“\*” \(wage not available\), “\*\*” \(employment not available\) and “#”/],
    ['the article quoted, never an input', /never used as an input to a figure/],
  ])('names the rule of %s', (_kind, rule) => {
    expect(page.main).toMatch(rule);
  });

  it('says code sets are page-only, and the API indeed has no code-set route', async () => {
    expect(rowText('Code sets')).toMatch(/the API has no code-set route/);
    const res = await createApp({} as Parameters<typeof createApp>[0]).request('/api/code-sets');
    expect(res.status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import {
  hourlyAnnualProblems,
  ladderProblems,
  missingProblems,
  percentileOrderProblems,
  stateCoverageProblems,
  unknownSourceProblems,
  wageRowProblems,
} from '../../data/checks.ts';
import { dataset } from '../../data/index.ts';
import { projectionSchema, roleSchema, wageRowSchema, type Percentiles, type Role, type WageRow } from '../../data/schemas.ts';

/** A copy of a real record, so a bad input differs from good data in one way only. */
function nationalRow(): WageRow {
  const row = dataset.wages.find((w) => w.soc === '29-2072' && w.area === 'US' && w.year === 2024);
  if (!row) throw new Error('fixture row not found');
  return structuredClone(row);
}

function role(slug: string): Role {
  const found = dataset.roles.find((r) => r.slug === slug);
  if (!found) throw new Error(`fixture role ${slug} not found`);
  return structuredClone(found);
}

const ascending: Percentiles = { p10: 30000, p25: 35000, median: 40000, p75: 50000, p90: 60000, mean: 42000 };

describe('percentileOrderProblems', () => {
  it('accepts percentiles that rise from p10 to p90', () => {
    expect(percentileOrderProblems(ascending)).toEqual([]);
  });

  it('accepts equal neighbours', () => {
    expect(percentileOrderProblems({ ...ascending, p25: 30000 })).toEqual([]);
  });

  it.each([
    ['p25 below p10', { p25: 29000 }, 'p25 (29000) is below p10 (30000)'],
    ['median below p25', { median: 34000 }, 'median (34000) is below p25 (35000)'],
    ['p90 below p75', { p90: 49000 }, 'p90 (49000) is below p75 (50000)'],
  ])('catches %s', (_case, change, problem) => {
    expect(percentileOrderProblems({ ...ascending, ...change })).toEqual([problem]);
  });

  it('compares across a gap when a percentile is null', () => {
    expect(percentileOrderProblems({ ...ascending, p75: null, p90: 39000 })).toEqual(['p90 (39000) is below median (40000)']);
  });

  it('ignores the mean, which has no place in the order', () => {
    expect(percentileOrderProblems({ ...ascending, mean: 1 })).toEqual([]);
  });
});

describe('hourlyAnnualProblems', () => {
  it('accepts hourly × 2080 within $20 of the annual figure', () => {
    expect(hourlyAnnualProblems(nationalRow())).toEqual([]);
  });

  it('catches an hourly figure that does not match the annual one', () => {
    const row = nationalRow();
    row.annual.median = 50300;
    expect(hourlyAnnualProblems(row)).toEqual(['median: 24.16 × 2080 is 47.20 away from 50300']);
  });

  it('has nothing to compare when the row has no hourly figures', () => {
    expect(hourlyAnnualProblems({ ...nationalRow(), hourly: null })).toEqual([]);
  });
});

describe('missingProblems', () => {
  it('accepts a row with every figure present and no missing entries', () => {
    expect(missingProblems(nationalRow())).toEqual([]);
  });

  it('catches a null figure without a missing entry', () => {
    const row = nationalRow();
    row.annual.p90 = null;
    expect(missingProblems(row)).toEqual(['annual.p90 is null with no missing entry']);
  });

  it('catches a missing entry for a figure that is present', () => {
    const row = nationalRow();
    row.missing.push({ field: 'hourly.p90', symbol: '#', meaning: 'top-coded' });
    expect(missingProblems(row)).toEqual(['missing entry for hourly.p90, which is not null']);
  });

  it('catches a figure explained twice', () => {
    const row = nationalRow();
    row.oewsEmployment = null;
    row.missing.push({ field: 'employment', symbol: '**', meaning: 'n/a' }, { field: 'employment', symbol: '**', meaning: 'n/a' });
    expect(missingProblems(row)).toEqual(['two missing entries for employment']);
  });
});

describe('wageRowProblems', () => {
  it('names the row and the block of a percentile out of order', () => {
    const row = nationalRow();
    row.hourly = { p10: 15, p25: 14, median: 20, p75: 25, p90: 30, mean: 20 };
    row.annual = { p10: 31200, p25: 29120, median: 41600, p75: 52000, p90: 62400, mean: 41600 };
    expect(wageRowProblems(row)).toEqual([
      '29-2072 US 2024: annual p25 (29120) is below p10 (31200)',
      '29-2072 US 2024: hourly p25 (14) is below p10 (15)',
    ]);
  });
});

describe('stateCoverageProblems', () => {
  const state2024 = dataset.wages.filter((w) => w.soc === '29-2072' && w.year === 2024);

  it('accepts exactly one row for each of the 50 states and DC', () => {
    expect(stateCoverageProblems(state2024, ['29-2072'], 2024)).toEqual([]);
  });

  it('names a state without a row', () => {
    expect(stateCoverageProblems(state2024.filter((w) => w.area !== 'TX'), ['29-2072'], 2024)).toEqual(['29-2072 2024: no row for TX']);
  });

  it('names a state with two rows', () => {
    const twice = [...state2024, ...state2024.filter((w) => w.area === 'DC')];
    expect(stateCoverageProblems(twice, ['29-2072'], 2024)).toEqual(['29-2072 2024: more than one row for DC']);
  });
});

describe('ladderProblems', () => {
  it('accepts links that both roles mirror', () => {
    expect(ladderProblems([role('medical-billing-manager'), role('medical-billing-specialist'), role('medical-billing-director')])).toEqual([]);
  });

  it('catches a link to a role that does not exist', () => {
    const director = role('medical-billing-director');
    director.after = ['chief-revenue-officer'];
    expect(ladderProblems([role('medical-billing-manager'), role('medical-billing-specialist'), director])).toEqual([
      'medical-billing-director after names unknown role chief-revenue-officer',
    ]);
  });

  it('catches a link the other role does not mirror', () => {
    const specialist = role('medical-billing-specialist');
    specialist.after = [];
    expect(ladderProblems([role('medical-billing-manager'), specialist, role('medical-billing-director')])).toEqual([
      'medical-billing-manager before medical-billing-specialist, but medical-billing-specialist after does not name medical-billing-manager',
    ]);
  });

  it('catches an entry role that lists roles before it', () => {
    const specialist = role('medical-billing-specialist');
    specialist.before = ['medical-billing-specialist'];
    expect(ladderProblems([specialist, role('medical-billing-manager'), role('medical-billing-director')])).toEqual([
      'medical-billing-specialist is an entry role but lists roles before it',
      'medical-billing-specialist lists itself in before',
    ]);
  });
});

describe('unknownSourceProblems', () => {
  it('names a record that cites a source not in sources.json', () => {
    const data = structuredClone(dataset);
    data.codeSets[0]!.sourceIds = ['nchs-icd-cm', 'made-up-source'];
    expect(unknownSourceProblems(data)).toEqual(['code set icd-10-cm cites unknown source made-up-source']);
  });
});

describe('schemas', () => {
  it('rejects a role without a primary occupation', () => {
    const withoutSoc: Partial<Role> = role('medical-coder');
    delete withoutSoc.primarySoc;
    const result = roleSchema.safeParse(withoutSoc);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['primarySoc']);
  });

  it('rejects a wage row without source ids', () => {
    const withoutSources: Partial<WageRow> = nationalRow();
    delete withoutSources.sourceIds;
    expect(wageRowSchema.safeParse(withoutSources).error?.issues.map((i) => i.path.join('.'))).toEqual(['sourceIds']);
  });

  it('rejects a wage row with an empty list of source ids', () => {
    expect(wageRowSchema.safeParse({ ...nationalRow(), sourceIds: [] }).success).toBe(false);
  });

  it('rejects a wage of 0, which BLS never publishes (a blank is null)', () => {
    const row = nationalRow();
    row.annual.p10 = 0;
    expect(wageRowSchema.safeParse(row).error?.issues.map((i) => i.path.join('.'))).toEqual(['annual.p10']);
  });

  it.each(['PR', 'GU', 'XX', 'us'])('rejects the area code %s', (area) => {
    expect(wageRowSchema.safeParse({ ...nationalRow(), area }).success).toBe(false);
  });

  it('keeps OEWS employment and Projections employment in differently named fields', () => {
    expect(Object.keys(wageRowSchema.shape)).toContain('oewsEmployment');
    expect(Object.keys(projectionSchema.shape)).toEqual(expect.arrayContaining(['projectionsBaseEmployment', 'projectionsProjectedEmployment']));
    const shared = Object.keys(wageRowSchema.shape).filter((k) => /employment/i.test(k) && k in projectionSchema.shape);
    expect(shared).toEqual([]);
  });

  it('rejects Projections employment on a wage row and OEWS employment on a projection', () => {
    expect(wageRowSchema.safeParse({ ...nationalRow(), projectionsBaseEmployment: 194800 }).success).toBe(false);
    const projection = dataset.projections[0];
    expect(projectionSchema.safeParse({ ...projection, oewsEmployment: 187910 }).success).toBe(false);
  });
});

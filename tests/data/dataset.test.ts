import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import certificationsJson from '../../data/certifications.json' with { type: 'json' };
import codeSetsJson from '../../data/code-sets.json' with { type: 'json' };
import occupationsJson from '../../data/occupations.json' with { type: 'json' };
import programsJson from '../../data/programs.json' with { type: 'json' };
import projectionsJson from '../../data/projections.json' with { type: 'json' };
import rolesJson from '../../data/roles.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import wagesJson from '../../data/wages.json' with { type: 'json' };
import {
  citations,
  ladderProblems,
  stateCoverageProblems,
  unknownSourceProblems,
  wageRowProblems,
} from '../../data/checks.ts';
import { dataset } from '../../data/index.ts';
import {
  WAGE_FIELDS,
  certificationSchema,
  codeSetSchema,
  occupationSchema,
  programSchema,
  projectionSchema,
  roleSchema,
  sourceSchema,
  wageRowSchema,
  type WageRow,
} from '../../data/schemas.ts';

/** Certification ids of reference/training/certifications.json, as data/certifications.json carries them. */
const CERTIFICATION_IDS = ['cpc', 'cpb', 'coc', 'crc', 'cpc-p', 'cca', 'ccs', 'ccs-p', 'rhit', 'rhia', 'cbcs', 'cmrs'];

/** The nine careers, in the order the source article lists them, with the slugs of reference/roles.md. */
const ARTICLE_ROLES = [
  'medical-billing-specialist',
  'records-coordinator',
  'medical-coder',
  'medical-records-clerk',
  'health-information-clerk',
  'medical-records-director',
  'medical-billing-manager',
  'records-analyst',
  'medical-billing-director',
];

const socs = dataset.occupations.map((o) => o.soc);

function wageRow(soc: string, area: string, year: number): WageRow | undefined {
  return dataset.wages.find((w) => w.soc === soc && w.area === area && w.year === year);
}

describe.each([
  ['sources.json', sourceSchema, sourcesJson, 34 + 127 + 8],
  ['occupations.json', occupationSchema, occupationsJson, 8],
  ['wages.json', wageRowSchema, wagesJson, 24 + 408 + 407],
  ['projections.json', projectionSchema, projectionsJson, 7],
  ['code-sets.json', codeSetSchema, codeSetsJson, 10],
  ['roles.json', roleSchema, rolesJson, 9],
  ['certifications.json', certificationSchema, certificationsJson, 12],
  ['programs.json', programSchema, programsJson, 55],
] as const)('data/%s', (_file, schema, json, count) => {
  it('parses with its schema', () => {
    const result = z.array(schema).safeParse(json);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it(`holds ${count} records`, () => {
    expect(json).toHaveLength(count);
  });
});

describe('sources', () => {
  it('lists every source id that a record cites', () => {
    expect(unknownSourceProblems(dataset)).toEqual([]);
  });

  it('has no source that no record cites', () => {
    const cited = new Set(citations(dataset).flatMap((c) => c.ids));
    expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives each source a unique id', () => {
    const ids = dataset.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('roles', () => {
  it('lists the nine careers of the article in its order, with the slugs of roles.md', () => {
    expect(dataset.roles.map((r) => r.slug)).toEqual(ARTICLE_ROLES);
  });

  it('links the career ladder only to known roles, in both directions, with nothing before an entry role', () => {
    expect(ladderProblems(dataset.roles)).toEqual([]);
  });

  it('gives each duty list three to five points', () => {
    expect(dataset.roles.filter((r) => r.duties.length < 3 || r.duties.length > 5).map((r) => r.slug)).toEqual([]);
  });

  it.each([
    ['medical-billing-specialist', '43-3021', ['29-2072', '43-9041']],
    ['records-coordinator', '29-2072', ['43-4071']],
    ['medical-coder', '29-2072', ['29-9021']],
    ['medical-records-clerk', '29-2072', ['43-4071']],
    ['health-information-clerk', '29-2072', ['43-4071']],
    ['medical-records-director', '11-9111', ['29-9021']],
    ['medical-billing-manager', '43-1011', ['11-9111']],
    ['records-analyst', '29-2072', ['29-9021']],
    ['medical-billing-director', '11-9111', []],
  ])('maps %s to primary occupation %s and related %j, as roles.md does', (slug, primary, related) => {
    const role = dataset.roles.find((r) => r.slug === slug);
    expect(role?.primarySoc).toBe(primary);
    expect(role?.relatedSocs).toEqual(related);
  });

  describe.each(dataset.roles)('$slug', (role) => {
    it('has an occupation entry and a national wage row for its primary occupation', () => {
      expect(socs).toContain(role.primarySoc);
      expect(dataset.wages.some((w) => w.soc === role.primarySoc && w.area === 'US')).toBe(true);
    });

    it('names related occupations that have an occupation entry', () => {
      expect(role.relatedSocs.filter((soc) => !socs.includes(soc))).toEqual([]);
    });

    it('asks only for credentials that exist', () => {
      expect(role.credentials.filter((id) => !CERTIFICATION_IDS.includes(id))).toEqual([]);
    });
  });
});

describe('wages', () => {
  it('passes every row check: percentile order, hourly × 2080 against annual, missing entries', () => {
    expect(dataset.wages.flatMap(wageRowProblems)).toEqual([]);
  });

  it('has no wage of 0', () => {
    const zeros = dataset.wages.filter((w) =>
      WAGE_FIELDS.some((f) => w.annual[f] === 0 || (w.hourly !== null && w.hourly[f] === 0)),
    );
    expect(zeros).toEqual([]);
  });

  it('has one row per occupation, area and year', () => {
    const keys = dataset.wages.map((w) => `${w.soc} ${w.area} ${w.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers exactly the 50 states and DC for each occupation in May 2024', () => {
    expect(stateCoverageProblems(dataset.wages, socs, 2024)).toEqual([]);
    expect(dataset.wages.filter((w) => w.year === 2024 && w.area !== 'US')).toHaveLength(socs.length * 51);
  });

  it('lacks only Wyoming 29-9021 among the May 2023 state rows, as the source extract does', () => {
    expect(stateCoverageProblems(dataset.wages, socs, 2023)).toEqual(['29-9021 2023: no row for WY']);
  });

  it.each([2023, 2024, 2025])('has a national row with hourly and annual percentiles for every occupation in May %i', (year) => {
    for (const soc of socs) {
      const row = wageRow(soc, 'US', year);
      expect(row?.hourly, `${soc} ${year}`).not.toBeNull();
      expect(row?.missing, `${soc} ${year}`).toEqual([]);
    }
  });

  it('cites the BLS release that matches each row\u2019s area and year', () => {
    const expected = (w: WageRow): string =>
      w.area === 'US' ? `bls-oews-${w.year}-national` : w.year === 2024 ? 'bls-oews-2024-state' : 'bls-oews-2023-state-means';
    expect(dataset.wages.filter((w) => w.sourceIds.join() !== expected(w))).toEqual([]);
  });

  it('carries the BLS hourly median of every May 2024 state row from its note, and lists the hourly figures the copy lacks', () => {
    const state2024 = dataset.wages.filter((w) => w.year === 2024 && w.area !== 'US');
    for (const row of state2024) {
      const published = /hourly median (\d+(?:\.\d+)?|\*)/.exec(row.note ?? '')?.[1];
      expect(published, `${row.soc} ${row.area}`).toBeDefined();
      expect(row.hourly?.median ?? '*').toBe(published === '*' ? '*' : Number(published));
      const lacking = row.missing.filter((m) => m.field.startsWith('hourly.') && m.symbol === 'not-collected').map((m) => m.field);
      expect(lacking).toEqual(['hourly.p10', 'hourly.p25', 'hourly.p75', 'hourly.p90', 'hourly.mean']);
    }
  });

  it('carries the employment PRSE of every May 2024 state row whose employment BLS publishes', () => {
    const state2024 = dataset.wages.filter((w) => w.year === 2024 && w.area !== 'US');
    for (const row of state2024) {
      const prse = /emp PRSE (\d+(?:\.\d+)?)%/.exec(row.note ?? '')?.[1];
      expect(row.employmentPrse, `${row.soc} ${row.area}`).toBe(prse === undefined ? undefined : Number(prse));
      if (row.oewsEmployment !== null) expect(row.employmentPrse).toBeGreaterThan(0);
    }
  });

  it('gives May 2023 state rows the two means only, and explains every other figure as not collected', () => {
    const state2023 = dataset.wages.filter((w) => w.year === 2023 && w.area !== 'US');
    for (const row of state2023) {
      expect(row.annual.mean).not.toBeNull();
      expect(row.hourly?.mean).not.toBeNull();
      expect(row.missing.map((m) => m.symbol)).toEqual(Array(11).fill('not-collected'));
    }
  });

  it.each([
    ['CA'], ['CO'], ['DC'], ['DE'], ['GA'], ['MA'], ['NH'], ['NJ'], ['NY'], ['OR'], ['SC'], ['VT'], ['WA'],
  ])('records the BLS top-code # for the May 2024 annual 90th percentile of 11-9111 in %s, with the $239,200 it is at least', (area) => {
    const row = wageRow('11-9111', area, 2024);
    expect(row?.annual.p90).toBeNull();
    expect(row?.missing).toContainEqual(expect.objectContaining({ field: 'annual.p90', symbol: '#', atLeast: 239_200 }));
  });

  it('has the top-code # nowhere else', () => {
    const cells = dataset.wages.flatMap((w) => w.missing.filter((m) => m.symbol === '#').map(() => `${w.soc} ${w.area}`));
    expect(cells).toHaveLength(13);
  });

  it.each([
    ['11-9111', 'DE'], ['11-9111', 'ID'], ['29-9021', 'DE'], ['29-9021', 'UT'], ['43-4071', 'DE'], ['43-4071', 'SD'],
  ])('records employment of %s in %s in May 2024 as ** (not available)', (soc, area) => {
    const row = wageRow(soc, area, 2024);
    expect(row?.oewsEmployment).toBeNull();
    expect(row?.missing).toContainEqual(expect.objectContaining({ field: 'employment', symbol: '**' }));
  });

  it('records all six annual wages of File Clerks in Mississippi in May 2024 as * while keeping the published employment', () => {
    const row = wageRow('43-4071', 'MS', 2024);
    expect(row?.oewsEmployment).toBe(510);
    const suppressed = row?.missing.filter((m) => m.symbol === '*').map((m) => m.field);
    expect(suppressed).toEqual([...WAGE_FIELDS.map((f) => `annual.${f}`), 'hourly.median']);
    expect(row?.employmentPrse).toBe(14.5);
  });

  it.each([
    ['29-2072', 'US', 2024, 'oewsEmployment', 187910],
    ['29-2072', 'US', 2024, 'annual.median', 50250],
    ['29-2072', 'US', 2025, 'hourly.p10', 17.79],
    ['43-4071', 'US', 2023, 'hourly.p10', 13],
    ['11-9111', 'US', 2025, 'annual.p90', 224340],
    ['29-2072', 'AK', 2024, 'annual.p90', 84810],
    ['43-1011', 'WY', 2024, 'annual.mean', 62850],
    ['29-2072', 'MO', 2023, 'hourly.mean', 25.15],
    ['43-1011', 'WY', 2023, 'annual.mean', 59320],
  ] as const)('carries %s %s %i %s exactly as published: %d', (soc, area, year, path, value) => {
    const row = wageRow(soc, area, year);
    const [block, field] = path.split('.') as ['annual' | 'hourly', (typeof WAGE_FIELDS)[number]];
    const actual = path === 'oewsEmployment' ? row?.oewsEmployment : row?.[block]?.[field];
    expect(actual).toBe(value);
  });
});

describe('projections', () => {
  it('covers the first seven occupations, not 43-1011, which the reference did not gather', () => {
    expect(dataset.projections.map((p) => p.soc)).toEqual(socs.filter((soc) => soc !== '43-1011'));
  });

  it.each(dataset.projections)('adds up for $soc: base employment + change = projected employment', (p) => {
    expect(p.projectionsBaseEmployment + p.employmentChange).toBe(p.projectionsProjectedEmployment);
  });

  it.each(dataset.projections)('gives $soc the OEWS May 2024 national median as its 2024 median wage', (p) => {
    expect(p.medianAnnualWage).toBe(wageRow(p.soc, 'US', 2024)?.annual.median);
  });

  it('carries 29-2072 as published: 194,800 in 2024, 208,600 in 2034, 7.1 %, 14,200 openings a year', () => {
    expect(dataset.projections[0]).toMatchObject({
      soc: '29-2072',
      projectionsBaseEmployment: 194800,
      projectionsProjectedEmployment: 208600,
      percentChange: 7.1,
      annualOpenings: 14200,
    });
  });
});

describe('code sets', () => {
  it.each([
    ['icd-10-cm', 'code-set', 'coding'],
    ['icd-10-pcs', 'code-set', 'coding'],
    ['cpt', 'code-set', 'coding'],
    ['hcpcs-level-ii', 'code-set', 'coding'],
    ['modifiers', 'code-set', 'both'],
    ['cms-1500', 'claim-form', 'billing'],
    ['ub-04', 'claim-form', 'billing'],
    ['hipaa-privacy-rule', 'rule', 'both'],
    ['hipaa-security-rule', 'rule', 'both'],
    ['hipaa-code-set-standards', 'rule', 'both'],
  ])('lists %s as a %s used by %s', (id, kind, usedBy) => {
    expect(dataset.codeSets.find((c) => c.id === id)).toMatchObject({ kind, usedBy });
  });
});

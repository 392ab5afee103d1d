import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { CostLine, CostTotal } from '../../functions/domain/program-cost.ts';
import type { ProgramSummary } from '../../functions/domain/program-list.ts';
import { getJson, startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Problem = { status: number; errors: { name: string; in: string }[] };
type List = { count: number; places: { place: string; count: number }[]; items: ProgramSummary[] };
type Compare = {
  area: string;
  caveat: string;
  items: {
    program: ProgramSummary;
    cost: { lines: CostLine[]; total: CostTotal };
    costPerMonth: number | null;
    payback: {
      months: number | null;
      studyMonths: number | null;
      recoveryMonths: number | null;
      floors: string[];
      reason?: string;
      annualWage: number | null;
      year: number;
      role: { slug: string };
      monthlyGain: number;
    } | null;
  }[];
  sources: { id: string; url: string }[];
};

const MEDCODE = 'medcode-logix-professional-medical-coding';
const DUPAGE = 'college-of-dupage-hit-associate';
const FOUNDATION = 'foundation-bmc-cpc-course';
const RUTGERS_CPC = 'rutgers-njaes-certified-professional-medical-coder';
const CHRONICLES = 'chronicles-billing-cpc-pmcc-16-week';

describe('GET /api/programs', () => {
  it('lists all 55 programs, the 33 priced ones cheapest first and unpriced ones after, with no amount (never 0) and a reason', async () => {
    const { res, body } = await getJson<List>(api.app, '/api/programs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toContain('s-maxage');
    expect(res.headers.get('ETag')).toBeTruthy();
    expect(body.count).toBe(55);
    const priced = body.items.filter((p) => p.total.amount !== null);
    expect(priced).toHaveLength(33);
    expect(body.items.slice(0, 33)).toEqual(priced);
    expect(priced.map((p) => p.total.amount)).toEqual([...priced.map((p) => p.total.amount!)].sort((a, b) => a - b));
    for (const p of body.items.slice(33)) expect(p.total, p.id).toMatchObject({ amount: null, lowerBound: true, reason: 'price-not-published' });
  });

  it('lists the CPC programs from the credential index, cheapest first', async () => {
    const { body } = await getJson<List>(api.app, '/api/programs?certification=cpc');
    const expected = dataset.programs.filter((p) => p.certificationIds.includes('cpc')).map((p) => p.id);
    expect(body.items.map((p) => p.id).sort()).toEqual(expected.sort());
    expect(body.items.slice(0, 3).map((p) => p.id)).toEqual([RUTGERS_CPC, CHRONICLES, FOUNDATION]);
    expect(body.items.every((p) => p.certificationId === 'cpc')).toBe(true);
  });

  it.each([
    ['format=associate-degree', (p: ProgramSummary) => p.formats.includes('associate-degree')],
    ['maxCost=4000', (p: ProgramSummary) => p.total.amount !== null && p.total.amount <= 4000],
    ['maxMonths=12', (p: ProgramSummary) => p.months !== null && p.months <= 12],
    ['includesExam=true', (p: ProgramSummary) => p.examIncluded],
    ['includesExam=false', (p: ProgramSummary) => !p.examIncluded],
  ])('filters with %s', async (query, keep) => {
    const all = (await getJson<List>(api.app, '/api/programs')).body.items;
    const { body } = await getJson<List>(api.app, `/api/programs?${query}`);
    expect(body.items.map((p) => p.id).sort()).toEqual(all.filter(keep).map((p) => p.id).sort());
    expect(body.count).toBeGreaterThan(0);
  });

  it('combines filters: CPC programs under $3,000', async () => {
    const { body } = await getJson<List>(api.app, '/api/programs?certification=cpc&maxCost=3000');
    expect(body.items.map((p) => p.id)).toEqual([RUTGERS_CPC, CHRONICLES, FOUNDATION, 'njhcetdf-medical-coding-specialist-apprenticeship', 'camden-cc-medical-billing-coding-voucher']);
  });

  it.each([
    ['NJ', 'NJ', 15],
    ['nj', 'NJ', 15],
    ['online', 'online', 20],
    ['FL', 'FL', 4],
  ])('lists the programs taught in ?state=%s, and how many each place has', async (query, place, count) => {
    const { res, body } = await getJson<List>(api.app, `/api/programs?state=${query}`);
    expect(res.status).toBe(200);
    expect(body.items.map((p) => p.state)).toEqual(Array(count).fill(place));
    expect(body.places.find((p) => p.place === place)?.count).toBe(count);
  });

  it('answers a state with no program with an empty list, and counts every program that says where it is taught', async () => {
    const { body } = await getJson<List>(api.app, '/api/programs?state=OH');
    expect([body.count, body.items]).toEqual([0, []]);
    expect(body.places.some((p) => p.place === 'OH')).toBe(false);
    expect(body.places.reduce((n, p) => n + p.count, 0)).toBe(dataset.programs.filter((p) => p.state !== null).length);
  });

  it('keeps a registry line reported as 0 out of the total and says none was reported, never $0', async () => {
    const { body } = await getJson<Compare>(api.app, '/api/programs/compare?ids=njcu-professional-medical-billing-coding');
    const cost = body.items[0]!.cost;
    expect(cost.lines.filter((l) => l.noneReported).map((l) => [l.kind, l.status, l.amount])).toEqual([['fees', 'unknown', null], ['books', 'unknown', null], ['supplies', 'unknown', null], ['other', 'unknown', null]]);
    expect(cost.lines.find((l) => l.kind === 'tuition')).toMatchObject({ amount: 3699, figureKind: 'state-registry', staleYear: '2021' });
    expect(cost.lines.find((l) => l.kind === 'fees')!.detail).toContain('None reported');
    expect(cost.total).toMatchObject({ amount: 3699, lowerBound: true });
  });

  it.each([
    ['name', (a: ProgramSummary, b: ProgramSummary) => `${a.provider} ${a.name}`.localeCompare(`${b.provider} ${b.name}`) <= 0],
    ['months', (a: ProgramSummary, b: ProgramSummary) => b.months === null || (a.months !== null && a.months <= b.months)],
    ['cost-per-month', (a: ProgramSummary, b: ProgramSummary) => b.costPerMonth === null || (a.costPerMonth !== null && a.costPerMonth <= b.costPerMonth)],
  ])('sorts by %s, unknown figures last', async (sort, inOrder) => {
    const { body } = await getJson<List>(api.app, `/api/programs?sort=${sort}`);
    expect(body.items).toHaveLength(dataset.programs.length);
    for (let i = 1; i < body.items.length; i++) expect(inOrder(body.items[i - 1]!, body.items[i]!), `${body.items[i - 1]!.id} before ${body.items[i]!.id}`).toBe(true);
  });

  it.each([
    ['certification=xyz', 'certification'],
    ['format=correspondence', 'format'],
    ['maxCost=-1', 'maxCost'],
    ['maxCost=abc', 'maxCost'],
    ['state=ZZ', 'state'],
    ['state=New%20Jersey', 'state'],
    ['maxMonths=9999', 'maxMonths'],
    ['includesExam=maybe', 'includesExam'],
    ['sort=price', 'sort'],
    ['colour=blue', 'colour'],
  ])('answers ?%s with a 400 problem naming %s', async (query, name) => {
    const { res, body } = await getJson<Problem>(api.app, `/api/programs?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors.map((e) => e.name)).toContain(name);
  });
});

describe('GET /api/programs/compare', () => {
  it('compares programs line by line in the order given, with payback in the state at the chosen percentile', async () => {
    const { res, body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${MEDCODE},${DUPAGE}&area=TX&currentIncome=30000&percentile=p25`);
    expect(res.status).toBe(200);
    expect(body.items.map((i) => i.program.id)).toEqual([MEDCODE, DUPAGE]);
    const [medcode, dupage] = body.items;
    expect(medcode!.cost.lines.map((l) => l.kind)).toEqual(['tuition', 'fees', 'books', 'exam', 'membership', 'retake']);
    expect(medcode!.cost.total).toMatchObject({ amount: 3895, lowerBound: false });
    expect(medcode!.costPerMonth).toBe(927);
    const tx = dataset.wages.find((w) => w.soc === '29-2072' && w.area === 'TX' && w.year === 2024)!;
    expect(medcode!.payback).toMatchObject({ role: { slug: 'medical-coder' }, year: 2024, annualWage: tx.annual.p25, studyMonths: 4.2 });
    const recovery = Math.ceil(3895 / (Math.round((tx.annual.p25! / 12 - 2500) * 100) / 100));
    expect(medcode!.payback).toMatchObject({ recoveryMonths: recovery, months: Math.ceil(4.2 + recovery), floors: [] });
    expect(dupage!.cost.total.lowerBound).toBe(true);
    expect(dupage!.payback).toMatchObject({ studyMonths: 24, floors: ['cost-unknown-line'] });
    expect(dupage!.payback!.role.slug).toBe('records-coordinator');
    expect(body.caveat).toMatch(/not experience levels/);
    expect(body.sources.map((s) => s.id)).toContain('medcodelogix-enrollment-agreement');
  });

  it('works out payback at the 25th percentile unless another is asked for, and says why', async () => {
    const { body } = await getJson<Compare & { percentile: string }>(api.app, `/api/programs/compare?ids=${MEDCODE}&area=TX&currentIncome=30000`);
    const tx = dataset.wages.find((w) => w.soc === '29-2072' && w.area === 'TX' && w.year === 2024)!;
    expect(body.percentile).toBe('p25');
    expect(body.items[0]!.payback!.annualWage).toBe(tx.annual.p25);
    expect(body.caveat).toMatch(/25th percentile unless you pick another: someone new to the work often earns below the median/);
  });

  it('counts no months of study when the program states no length, and says the months are a floor', async () => {
    const { body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${FOUNDATION}&area=TX&currentIncome=30000`);
    expect(body.items[0]!.payback).toMatchObject({ studyMonths: null, floors: ['cost-unknown-line', 'length-not-stated'] });
    expect(body.items[0]!.payback!.months).toBe(body.items[0]!.payback!.recoveryMonths);
  });

  it('shows an exam fee AAPC does not publish as the third-party range, of kind third-party, never added to the total', async () => {
    const { body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${FOUNDATION}`);
    const { lines, total } = body.items[0]!.cost;
    expect(lines.find((l) => l.kind === 'exam')).toMatchObject({ status: 'unknown', amount: null, reported: { low: 399, high: 499, figureKind: 'third-party' } });
    expect(total).toMatchObject({ amount: 2500 + 190, lowerBound: true });
    expect(total.unknown).toContain('exam');
    const membership = lines.find((l) => l.kind === 'membership')!;
    expect(membership).toMatchObject({ amount: 190, figureKind: 'published' });
    expect(membership.detail).toContain("AAPC's renewal price: AAPC's pages give no price to join.");
  });

  it('gives no payback months when the wage is not above the current income', async () => {
    const { body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${MEDCODE}&area=US&currentIncome=1000000`);
    expect(body.items[0]!.payback).toMatchObject({ months: null, reason: 'no-gain' });
  });

  it('gives no payback without a current income, and none for a program with no published price', async () => {
    const without = await getJson<Compare>(api.app, `/api/programs/compare?ids=${MEDCODE}`);
    expect(without.body.items[0]!.payback).toBeNull();
    const unpriced = await getJson<Compare>(api.app, '/api/programs/compare?ids=polk-state-medical-coding-specialist&currentIncome=0');
    expect(unpriced.body.items[0]!.payback).toMatchObject({ months: null, reason: 'price-not-published' });
  });

  it('adds a retake allowance and the member price when asked', async () => {
    const { body } = await getJson<Compare>(api.app, '/api/programs/compare?ids=albany-state-medical-coding-certificate&examPrice=member&retake=true');
    const lines = body.items[0]!.cost.lines;
    expect(lines.find((l) => l.kind === 'exam')).toMatchObject({ status: 'unknown' });
    expect(lines.find((l) => l.kind === 'membership')).toMatchObject({ status: 'unknown' });
  });

  it('works out a program the reader typed in beside a catalog one, marking its amounts as their input and storing nothing', async () => {
    const own = encodeURIComponent('Night class~1500~6~cca~e~120');
    const { res, body } = await getJson<Compare & { items: { own: { name: string } | null }[] }>(api.app, `/api/programs/compare?ids=${MEDCODE}&own=${own}&area=TX&currentIncome=30000`);
    expect(res.status).toBe(200);
    const mine = body.items[1]!;
    expect(mine.program).toBeNull();
    expect(mine.own).toMatchObject({ name: 'Night class', price: 1500, months: 6, certificationId: 'cca' });
    expect(mine.cost.lines.find((l) => l.kind === 'tuition')).toMatchObject({ amount: 1500, basis: 'your-input', sourceIds: [] });
    expect(mine.cost.lines.find((l) => l.kind === 'exam')?.status).toBe('included');
    expect(mine.cost.total).toMatchObject({ amount: 1620, lowerBound: false });
    expect(mine.cost.lines.find((l) => l.kind === 'tuition')!.figureKind).toBeUndefined();
    expect(mine.costPerMonth).toBe(270);
    expect(mine.payback).toMatchObject({ role: { slug: 'medical-coder' }, year: 2024 });
  });

  it('compares typed-in programs alone, several joined by |', async () => {
    const own = encodeURIComponent('A~1000~~~~|B~~~cpc~bem~');
    const { res, body } = await getJson<Compare>(api.app, `/api/programs/compare?own=${own}`);
    expect(res.status).toBe(200);
    expect(body.items.map((i) => i.cost.total.amount)).toEqual([1000, null]);
    expect(body.items[1]!.cost.total.reason).toBe('price-not-published');
    expect(body.items[1]!.cost.lines.filter((l) => l.status === 'included').map((l) => l.kind)).toEqual(['fees', 'books', 'exam', 'membership']);
  });

  it('uses the role the reader picks for every program', async () => {
    const { body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${MEDCODE},${DUPAGE}&currentIncome=0&role=medical-billing-specialist`);
    expect(body.items.map((i) => i.payback!.role.slug)).toEqual(['medical-billing-specialist', 'medical-billing-specialist']);
  });

  it.each([
    ['ids=nope', 'ids'],
    ['ids=', 'ids'],
    [`ids=${MEDCODE},${DUPAGE},${FOUNDATION},sbcc-medical-coding-specialist,aacc-hit-aas`, 'ids'],
    [`ids=${MEDCODE}&currentIncome=-5`, 'currentIncome'],
    [`ids=${MEDCODE}&currentIncome=1000001`, 'currentIncome'],
    [`ids=${MEDCODE}&currentIncome=lots`, 'currentIncome'],
    [`ids=${MEDCODE}&area=ZZ`, 'area'],
    [`ids=${MEDCODE}&percentile=p99`, 'percentile'],
    [`ids=${MEDCODE}&role=astronaut`, 'role'],
    [`ids=${MEDCODE}&ids=${DUPAGE}`, 'ids'],
    [`ids=${MEDCODE},${DUPAGE},${FOUNDATION}&own=${encodeURIComponent('a~1~~~~|b~2~~~~')}`, 'ids'],
    [`own=${encodeURIComponent('~1500~~~~')}`, 'own'],
    [`own=${encodeURIComponent('x~-5~~~~')}`, 'own'],
    [`own=${encodeURIComponent('x~~~zzz~~')}`, 'own'],
    [`own=${encodeURIComponent('x~~~~q~')}`, 'own'],
  ])('answers ?%s with a 400 problem naming %s', async (query, name) => {
    const { res, body } = await getJson<Problem>(api.app, `/api/programs/compare?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(body.errors.map((e) => e.name)).toContain(name);
  });
});

/** Every number in an answer that stands for a price, a total or a month count: never 0 where it means "unknown". */
function zeros(value: unknown, path = ''): string[] {
  if (value === 0) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => zeros(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => zeros(v, `${path}.${k}`));
  return [];
}
// Zeros that are facts, not unknowns: counts of left-out reports.
const FACT_ZEROS = /\.leftOut$/;

describe('unknown is never a number, for every program', () => {
  const priced = new Set(dataset.programs.filter((p) => p.tuition.versions.length > 0).map((p) => p.id));

  it('/api/programs answers no 0 anywhere, an amount exactly for the eight priced programs, and the kind of every price', async () => {
    const { body } = await getJson<List>(api.app, '/api/programs');
    expect(zeros(body).filter((p) => !FACT_ZEROS.test(p))).toEqual([]);
    for (const p of body.items) {
      expect(p.total.amount !== null, p.id).toBe(priced.has(p.id));
      expect(p.tuition.figureKind !== undefined, p.id).toBe(priced.has(p.id));
      if (p.total.amount === null) expect(p.total.reason, p.id).toBe('price-not-published');
    }
  });

  it.each(dataset.programs.map((p) => [p.id] as const))('/api/programs/compare answers no 0 for %s, and every extra line from a page names its kind', async (id) => {
    const { res, body } = await getJson<Compare>(api.app, `/api/programs/compare?ids=${id}&area=TX&currentIncome=30000&retake=true`);
    expect(res.status).toBe(200);
    expect(zeros(body).filter((p) => !FACT_ZEROS.test(p))).toEqual([]);
    const { cost } = body.items[0]!;
    expect(cost.total.amount !== null).toBe(priced.has(id));
    for (const line of cost.lines) {
      if (line.status === 'extra') expect(line.figureKind, `${id} ${line.kind}`).toBeDefined();
      else expect(line.amount, `${id} ${line.kind}`).toBeNull();
    }
  });
});

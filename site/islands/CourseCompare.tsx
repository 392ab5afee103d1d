/**
 * The course comparison island: filter and sort the programs, pick up to four (or add your own) and see
 * every cost line side by side with a stacked bar and the payback for your state, income and wage percentile.
 * The address holds the choice (?compare=a,b&area=TX&income=30000&percentile=p25), so links, reloads and Back work.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { payback, PERCENTILES, type Percentile } from '../../functions/domain/payback.ts';
import { costPerMonth, ownProgramInput, programCost, type CostCertification, type OwnProgram } from '../../functions/domain/program-cost.ts';
import { matches, sortPrograms, type ProgramSummary } from '../../functions/domain/program-list.ts';
import { useJsonAll, type CompareAnswer, type Loaded, type PaybackView, type SalaryAnswer } from './course-api.ts';
import { CourseList, lengthOf, ProgramTable } from './course-list.tsx';
import { OwnProgramForm } from './course-own.tsx';
import { compareUrl, DEFAULT_STATE, MAX_COMPARE, MAX_INCOME, queryOf, readState, type CourseState } from './course-state.ts';
import { CompareTable, CostBars, PERCENTILE_LABEL, type Column, type SourceMap } from './course-table.tsx';

interface Props {
  programs: ProgramSummary[];
  certs: (CostCertification & { fullName: string })[];
  roles: { slug: string; title: string; credentials: string[] }[];
  /** [code, name], US first. */
  areas: [string, string][];
  /** Sources the credentials' fees and dues cite, for the reader's own programs. */
  sources: [string, { publisher: string; url: string; seen?: string }][];
  caveat: string;
}

export default function CourseCompare({ programs, certs, roles, areas, sources, caveat }: Props) {
  const [s, setS] = useState<CourseState>(DEFAULT_STATE);
  const [ready, setReady] = useState(false);
  const [copyMsg, setCopyMsg] = useState('');
  const [incomeDraft, setIncomeDraft] = useState('');
  const [incomeError, setIncomeError] = useState('');
  const compareRef = useRef<HTMLHeadingElement>(null);
  const names = useMemo(() => new Map(areas), [areas]);

  useEffect(() => {
    const known = { programs: new Set(programs.map((p) => p.id)), certs: new Set(certs.map((c) => c.id)), areas: new Set(names.keys()) };
    const sync = () => {
      const next = readState(location.search, known);
      setS(next);
      setIncomeDraft(next.income === null ? '' : String(next.income));
    };
    sync();
    setReady(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, [programs, certs, names]);

  // The newest state, so two changes in one tick (blur, then a select) build on each other.
  const latest = useRef(s);
  latest.current = s;
  /** A change the reader made: new state and a history entry (replaced while typing a number). */
  const change = (patch: Partial<CourseState>, replace = false) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setS(next);
    setCopyMsg('');
    const url = `${location.pathname}${queryOf(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  };
  const picked = s.compare.length + s.own.length;
  const toggle = (id: string) => change({ compare: s.compare.includes(id) ? s.compare.filter((x) => x !== id) : picked < MAX_COMPARE ? [...s.compare, id] : s.compare });
  const addOwn = (own: OwnProgram) => {
    if (picked >= MAX_COMPARE) return;
    change({ own: [...s.own, own] });
    compareRef.current?.focus();
  };

  const shown = useMemo(() => {
    const filters = { certification: s.certification || undefined, format: s.format || undefined, maxCost: s.maxCost ?? undefined, maxMonths: s.maxMonths ?? undefined, includesExam: s.exam ? s.exam === 'yes' : undefined };
    return sortPrograms(programs.filter((p) => matches(p, filters)), s.sort);
  }, [programs, s.certification, s.format, s.maxCost, s.maxMonths, s.exam, s.sort]);

  // Catalog programs come from the API; own programs are worked out here with the same domain code.
  const url = compareUrl(s);
  const roleFor = (certId: string | null) => roles.find((r) => certId !== null && r.credentials.includes(certId)) ?? roles.find((r) => r.slug === 'medical-coder')!;
  const salaryUrls = s.income === null ? [] : [...new Set(s.own.map((o) => `/api/salaries?role=${roleFor(o.certificationId).slug}&area=${s.area}`))];
  const { loaded, retry } = useJsonAll<CompareAnswer | SalaryAnswer>(url ? [url, ...salaryUrls] : salaryUrls);
  const answer = url ? (loaded.get(url) as Loaded<CompareAnswer> | undefined) : undefined;

  const sourceMap: SourceMap = useMemo(() => {
    const map = new Map(sources);
    if (answer?.state === 'ok') for (const src of answer.data.sources) map.set(src.id, src);
    for (const u of salaryUrls) {
      const l = loaded.get(u);
      if (l?.state === 'ok') for (const src of (l.data as SalaryAnswer).sources) map.set(src.id, src);
    }
    return map;
  }, [sources, answer, loaded, salaryUrls]);

  const options = { ...(s.examPrice && { examPrice: s.examPrice }), retake: s.retake };
  const catalogColumns: Column[] =
    answer?.state === 'ok'
      ? answer.data.items.map((i) => ({
          key: i.program.id,
          name: i.program.name,
          provider: i.program.provider,
          own: false,
          certification: i.certification,
          cost: i.cost,
          months: i.months,
          hoursText: lengthOf({ months: null, hours: i.hours }).replace('Not stated', ''),
          costPerMonth: i.costPerMonth,
          accreditation: i.program.accreditation,
          url: i.program.url,
          seen: i.program.seen,
          payback: i.payback,
        }))
      : [];
  const ownColumns: Column[] = s.own.map((o, n) => {
    const cert = certs.find((c) => c.id === o.certificationId);
    const cost = programCost(ownProgramInput(o), cert, options);
    const role = roleFor(o.certificationId);
    let pay: PaybackView | null | undefined = null;
    if (s.income !== null) {
      const l = loaded.get(`/api/salaries?role=${role.slug}&area=${s.area}`) as Loaded<SalaryAnswer> | undefined;
      if (l?.state === 'ok') {
        const annualWage = l.data.annual[s.percentile];
        pay = {
          role: { slug: role.slug, title: role.title },
          roleChosenBy: cert ? 'credential' : 'default',
          soc: l.data.soc,
          occupationTitle: l.data.occupationTitle,
          year: l.data.year,
          annualWage,
          sourceIds: l.data.sources.map((x) => x.id),
          ...payback({ cost: cost.total, costLowerBound: cost.lowerBound, costKnown: cost.tuitionKnown, annualWage, currentIncome: s.income }),
        };
      } else pay = undefined;
    }
    return { key: `own-${n}`, name: o.name, provider: null, own: true, certification: cert ? { id: cert.id, acronym: cert.acronym } : null, cost, months: o.months, hoursText: '', costPerMonth: costPerMonth(cost, o.months), accreditation: null, url: null, seen: null, payback: pay };
  });
  const columns = [...catalogColumns, ...ownColumns];
  const remove = (c: Column) => (c.own ? change({ own: s.own.filter((_, n) => `own-${n}` !== c.key) }) : change({ compare: s.compare.filter((id) => id !== c.key) }));

  /** Check the income typed; commit it when valid, name the problem when asked to (blur, Enter). */
  const commitIncome = (report = true) => {
    const text = incomeDraft.trim();
    const n = text === '' ? null : Number(text.replaceAll(',', '').replace(/^\$/, ''));
    const problem = n === null ? '' : !Number.isFinite(n) || n < 0 ? 'Give your income as a number of dollars a year (0 if none).' : n > MAX_INCOME ? `Give an income up to ${MAX_INCOME.toLocaleString('en-US')} dollars a year.` : '';
    if (problem) return report && setIncomeError(problem);
    setIncomeError('');
    if (n !== latest.current.income) change({ income: n });
  };
  // Typing pauses for half a second: commit a valid figure without waiting for the field to lose focus.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => commitIncome(false), 500);
    return () => clearTimeout(timer);
  }, [incomeDraft]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopyMsg('Link copied.');
    } catch {
      setCopyMsg(`Copy this link: ${location.href}`);
    }
  };

  if (!ready) {
    return <ProgramTable programs={sortPrograms(programs, 'total')} certs={certs} />;
  }

  const areaName = names.get(s.area) ?? s.area;
  const failure = answer?.state === 'error' ? answer.failure : undefined;
  return (
    <div className="cc">
      <section className="cc-panel" aria-labelledby="cc-compare-h" aria-busy={answer?.state === 'loading'}>
        <h2 id="cc-compare-h" tabIndex={-1} ref={compareRef}>
          Compare {picked > 0 ? `${picked} program${picked > 1 ? 's' : ''}` : 'programs'}
        </h2>
        <form className="cc-controls" onSubmit={(e) => { e.preventDefault(); commitIncome(); }}>
          <div className="cc-field">
            <label htmlFor="cc-area">Your state</label>
            <select id="cc-area" value={s.area} onChange={(e) => change({ area: e.target.value })}>
              {areas.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select>
          </div>
          <div className="cc-field">
            <label htmlFor="cc-income">Your income now ($ a year)</label>
            <input id="cc-income" type="text" inputMode="numeric" value={incomeDraft} onChange={(e) => setIncomeDraft(e.target.value)} onBlur={() => commitIncome()} aria-invalid={incomeError ? true : undefined} aria-describedby={incomeError ? 'cc-income-error' : undefined} />
            {incomeError && <p id="cc-income-error" className="cc-error" role="alert">{incomeError}</p>}
          </div>
          <div className="cc-field">
            <label htmlFor="cc-pct">Wage to compare with</label>
            <select id="cc-pct" value={s.percentile} onChange={(e) => change({ percentile: e.target.value as Percentile })} aria-describedby="cc-caveat">
              {PERCENTILES.map((p) => <option key={p} value={p}>{PERCENTILE_LABEL[p][0]!.toUpperCase() + PERCENTILE_LABEL[p].slice(1)}</option>)}
            </select>
          </div>
          <div className="cc-field">
            <label htmlFor="cc-price">Exam price</label>
            <select id="cc-price" value={s.examPrice} onChange={(e) => change({ examPrice: e.target.value as CourseState['examPrice'] })}>
              <option value="">Usual (member if required)</option>
              <option value="member">Member price</option>
              <option value="non-member">Non-member price</option>
            </select>
          </div>
          <label className="cc-check cc-retake">
            <input type="checkbox" checked={s.retake} onChange={(e) => change({ retake: e.target.checked })} /> Add a retake allowance
          </label>
          <button type="submit" className="cc-secondary">Update</button>
        </form>
        <p id="cc-caveat" className="note cc-caveat">{caveat}</p>

        {picked === 0 ? (
          <p className="cc-empty">Pick up to four programs with the Compare boxes below, or add one you are considering.</p>
        ) : failure ? (
          <div className="cc-error-box" role="alert">
            <p><strong>Could not load the comparison.</strong> {failure.detail}</p>
            <button type="button" onClick={retry}>Try again</button>
          </div>
        ) : url && answer?.state !== 'ok' ? (
          <p className="cc-loading" role="status">Loading the comparison…</p>
        ) : (
          <>
            <CompareTable columns={columns} sources={sourceMap} percentile={s.percentile} areaName={areaName} remove={remove} />
            <CostBars columns={columns} />
          </>
        )}
        <div className="cc-share">
          <button type="button" className="cc-secondary" onClick={() => void copyLink()}>Copy link to this comparison</button>
          <span role="status">{copyMsg}</span>
        </div>
        <OwnProgramForm certs={certs} full={picked >= MAX_COMPARE} add={addOwn} />
      </section>
      <CourseList all={programs} shown={shown} certs={certs} s={s} picked={picked} change={change} toggle={toggle} />
    </div>
  );
}

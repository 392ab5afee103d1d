/**
 * The course comparison island: filter and sort the programs, pick up to four (or add your own) and see
 * every cost line side by side with a stacked bar and the payback for your state, income and wage percentile.
 * The address holds the choice (?compare=a,b&area=TX&income=30000&percentile=p25), so links, reloads and Back work.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { PERCENTILES, type Percentile } from '../../../functions/domain/payback.ts';
import type { OwnProgram } from '../../../functions/domain/program-cost.ts';
import { matches, sortPrograms } from '../../../functions/domain/program-list.ts';
import { useJson, type CompareAnswer } from './api.ts';
import { CourseList, lengthOf, type ListedProgram } from './list.tsx';
import { OwnProgramForm } from './own.tsx';
import { compareUrl, DEFAULT_STATE, MAX_COMPARE, MAX_INCOME, MAX_MONTHS, queryOf, readState, type BadLink, type CourseState } from './state.ts';
import type { Column, SourceMap } from './table.tsx';
import { CompareTray } from './tray.tsx';
import { useCoursesWords } from './words.ts';

// The comparison shows once the reader picks a program (or arrives with some picked): its code loads then.
const Comparison = lazy(() => import('./table.tsx').then((t) => ({ default: t.Comparison })));
const CostBars = lazy(() => import('./table.tsx').then((t) => ({ default: t.CostBars })));

/** What the page gives the comparison (each locale's entry passes it on). */
export interface CourseCompareProps {
  /** The catalog, each program with the words of its price's kind (built into the page). */
  programs: ListedProgram[];
  certs: { id: string; acronym: string }[];
  /** [code, name] in the page's language and order, US first. */
  areas: [string, string][];
  caveat: string;
}

export default function CourseCompare({ programs, certs, areas, caveat }: CourseCompareProps) {
  const { m, common, locale } = useCoursesWords();
  const M = m.compare;
  const [s, setS] = useState<CourseState>(DEFAULT_STATE);
  const [ready, setReady] = useState(false);
  const [copyMsg, setCopyMsg] = useState('');
  /** What the link named that is not known, said on arrival until the next change. */
  const [linkMsg, setLinkMsg] = useState('');
  /** Said politely when the number of programs compared changes (the tray's live region). */
  const [announce, setAnnounce] = useState('');
  const [incomeDraft, setIncomeDraft] = useState('');
  const [incomeError, setIncomeError] = useState('');
  const compareRef = useRef<HTMLHeadingElement>(null);
  const names = useMemo(() => new Map(areas), [areas]);

  useEffect(() => {
    const known = { programs: new Set(programs.map((p) => p.id)), certs: new Set(certs.map((c) => c.id)) };
    const sync = () => {
      const { state: next, bad } = readState(location.search, known);
      const msgs = badLinkWords(bad, next);
      setLinkMsg(msgs.length > 0 ? [...msgs, M.badLink.fixed].join(' ') : '');
      if (msgs.length > 0) history.replaceState(null, '', `${location.pathname}${queryOf(next)}`);
      setS(next);
      setIncomeDraft(next.income === null ? '' : String(next.income));
    };
    sync();
    setReady(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, [programs, certs, names]);

  /** Each value of a link this page does not know, named with what is shown instead, in the catalog's order. */
  const badLinkWords = (bad: BadLink, next: CourseState): string[] => {
    const b = M.badLink;
    const nameOf = (id: string) => programs.find((p) => p.id === id)?.name ?? id;
    return [
      bad.compare && b.compare(bad.compare),
      bad.overflow && b.overflow(bad.overflow.map(nameOf)),
      bad.own && b.own(bad.own),
      bad.area !== undefined && b.area(bad.area, common.theArea(names.get(next.area) ?? next.area)),
      bad.income !== undefined && b.income(bad.income),
      bad.percentile !== undefined && b.percentile(bad.percentile, next.percentile),
      bad.examPrice !== undefined && b.examPrice(bad.examPrice),
      bad.retake !== undefined && b.retake(bad.retake),
      bad.certification !== undefined && b.certification(bad.certification),
      bad.state !== undefined && b.state(bad.state),
      bad.format !== undefined && b.format(bad.format),
      bad.maxCost !== undefined && b.maxCost(bad.maxCost),
      bad.maxMonths !== undefined && b.maxMonths(bad.maxMonths, MAX_MONTHS),
      bad.includesExam !== undefined && b.includesExam(bad.includesExam),
      bad.sort !== undefined && b.sort(bad.sort, m.sort[next.sort]),
    ].filter((x): x is string => !!x);
  };

  // The newest state, so two changes in one tick (blur, then a select) build on each other.
  const latest = useRef(s);
  latest.current = s;
  /** A change the reader made: new state and a history entry (replaced while typing a number). */
  const change = (patch: Partial<CourseState>, replace = false) => {
    const next = { ...latest.current, ...patch };
    const count = next.compare.length + next.own.length;
    if (count !== latest.current.compare.length + latest.current.own.length) setAnnounce(M.tray.announce(count));
    latest.current = next;
    setS(next);
    setCopyMsg('');
    setLinkMsg('');
    const url = `${location.pathname}${queryOf(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  };
  const picked = s.compare.length + s.own.length;
  const toggle = (id: string) => change({ compare: s.compare.includes(id) ? s.compare.filter((x) => x !== id) : picked < MAX_COMPARE ? [...s.compare, id] : s.compare });
  /** Add the reader's program; false (and nothing changed) when four are already compared. */
  const addOwn = (own: OwnProgram): boolean => {
    if (picked >= MAX_COMPARE) return false;
    change({ own: [...s.own, own] });
    return true;
  };
  const panelRef = useRef<HTMLElement>(null);
  /** The tray's button: the comparison shown (cards on a phone, else the table; the heading while it loads) takes focus and comes into view. */
  const viewComparison = () => {
    const shown = [...(panelRef.current?.querySelectorAll<HTMLElement>('.cc-frame, .cc-cards') ?? [])].find((el) => el.offsetParent !== null);
    const target = shown ?? compareRef.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
  };

  const shown = useMemo(() => {
    const filters = { certification: s.certification || undefined, state: s.place || undefined, format: s.format || undefined, maxCost: s.maxCost ?? undefined, maxMonths: s.maxMonths ?? undefined, includesExam: s.exam ? s.exam === 'yes' : undefined };
    return sortPrograms(programs.filter((p) => matches(p, filters)), s.sort);
  }, [programs, s.certification, s.place, s.format, s.maxCost, s.maxMonths, s.exam, s.sort]);

  // Catalog and own programs are worked out by the API with the domain code; own programs are never stored.
  const url = compareUrl(s, locale);
  const { loaded: answer, retry } = useJson<CompareAnswer>(url);
  const sourceMap: SourceMap = useMemo(() => new Map(answer?.state === 'ok' ? answer.data.sources.map((x) => [x.id, x]) : []), [answer]);
  let ownIndex = 0;
  const columns: Column[] =
    answer?.state === 'ok'
      ? answer.data.items.map((i) => ({
          key: i.program?.id ?? `own-${ownIndex++}`,
          name: i.program?.name ?? i.own!.name,
          provider: i.program?.provider ?? null,
          own: i.program === null,
          certification: i.certification,
          cost: i.cost,
          months: i.months,
          hoursText: i.hours && (i.hours.clock || i.hours.credits) ? lengthOf({ months: null, hours: i.hours }, m) : '',
          costPerMonth: i.costPerMonth,
          accreditation: i.program?.accreditation ?? null,
          url: i.program?.url ?? null,
          seen: i.program?.seen ?? null,
          payback: i.payback,
        }))
      : [];
  /** Take a program out; its button goes with it, so focus moves to the heading, which says the new count. */
  const remove = (c: Column) => {
    change(c.own ? { own: s.own.filter((_, n) => `own-${n}` !== c.key) } : { compare: s.compare.filter((id) => id !== c.key) });
    compareRef.current?.focus();
  };

  /** Check the income typed; commit it when valid, name the problem when asked to (blur, Enter). */
  const commitIncome = (report = true) => {
    const text = incomeDraft.trim();
    const n = text === '' ? null : Number(text.replaceAll(',', '').replace(/^\$/, ''));
    const problem = n === null ? '' : !Number.isFinite(n) || n < 0 ? m.incomeNotNumber : n > MAX_INCOME ? m.incomeTooHigh(MAX_INCOME) : '';
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
      setCopyMsg(M.copied);
    } catch {
      setCopyMsg(M.copyThis(location.href));
    }
  };

  const areaName = names.get(s.area) ?? s.area;
  const failure = answer?.state === 'error' ? answer.failure : undefined;
  return (
    <div className="cc">
      <section className="cc-panel" aria-labelledby="cc-compare-h" aria-busy={answer?.state === 'loading'} ref={panelRef}>
        <h2 id="cc-compare-h" tabIndex={-1} ref={compareRef}>
          {M.heading(picked)}
        </h2>
        <div role="status">{linkMsg && <p className="cc-error-box">{linkMsg}</p>}</div>
        <form className="cc-controls" onSubmit={(e) => { e.preventDefault(); commitIncome(); }}>
          <div className="cc-field">
            <label htmlFor="cc-area">{M.state}</label>
            <select id="cc-area" value={s.area} onChange={(e) => change({ area: e.target.value })}>
              {areas.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select>
          </div>
          <div className="cc-field">
            <label htmlFor="cc-income">{M.income}</label>
            <input id="cc-income" type="text" inputMode="numeric" value={incomeDraft} onChange={(e) => setIncomeDraft(e.target.value)} onBlur={() => commitIncome()} aria-invalid={incomeError ? true : undefined} aria-describedby={incomeError ? 'cc-income-error' : undefined} />
            {incomeError && <p id="cc-income-error" className="cc-error" role="alert">{incomeError}</p>}
          </div>
          <div className="cc-field">
            <label htmlFor="cc-pct">{M.percentile}</label>
            <select id="cc-pct" value={s.percentile} onChange={(e) => change({ percentile: e.target.value as Percentile })} aria-describedby="cc-caveat">
              {PERCENTILES.map((p) => <option key={p} value={p}>{m.percentileOption[p]}</option>)}
            </select>
          </div>
          <div className="cc-field">
            <label htmlFor="cc-price">{M.examPrice}</label>
            <select id="cc-price" value={s.examPrice} onChange={(e) => change({ examPrice: e.target.value as CourseState['examPrice'] })}>
              <option value="">{M.memberIfRequired}</option>
              <option value="member">{M.member}</option>
              <option value="non-member">{M.nonMember}</option>
            </select>
          </div>
          <label className="cc-check cc-retake">
            <input type="checkbox" checked={s.retake} onChange={(e) => change({ retake: e.target.checked })} /> {M.retake}
          </label>
          <button type="submit" className="cc-secondary">{M.update}</button>
        </form>
        <p id="cc-caveat" className="note cc-caveat">{caveat}</p>

        {picked === 0 ? (
          <p className="cc-empty">{M.empty}</p>
        ) : failure ? (
          <div className="cc-error-box" role="alert">
            <p><strong>{M.failed}</strong> {failure.detail}</p>
            <button type="button" onClick={retry}>{M.retry}</button>
          </div>
        ) : url && answer?.state !== 'ok' ? (
          <p className="cc-loading" role="status">{M.loading}</p>
        ) : (
          <Suspense fallback={<p className="cc-loading" role="status">{M.loading}</p>}>
            <Comparison columns={columns} sources={sourceMap} percentile={s.percentile} areaName={areaName} remove={remove} />
            <CostBars columns={columns} />
          </Suspense>
        )}
        {picked > 0 && (
          <div className="cc-share">
            <button type="button" className="cc-secondary" onClick={() => void copyLink()}>{M.copy}</button>
            <span role="status">{copyMsg}</span>
          </div>
        )}
        <OwnProgramForm certs={certs} picked={picked} add={addOwn} />
      </section>
      <CourseList all={programs} shown={shown} certs={certs} states={areas.filter(([code]) => code !== 'US')} s={s} picked={picked} change={change} toggle={toggle} />
      <CompareTray picked={picked} announce={announce} view={viewComparison} />
    </div>
  );
}

/**
 * The salary explorer island: choose a role (or BLS occupation), an area and annual or hourly pay;
 * see the range as a chart and a table, add up to five more areas to the same chart, and rank
 * every area by pay. The address holds the choice (?role=&area=&pay=&compare=), so links, reloads and Back work.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { commonMessages } from '../../i18n/common-messages.ts';
import { salariesMessages } from '../../i18n/salaries-messages.ts';
import { DEFAULT_LOCALE } from '../../i18n/locale.ts';
import { ChartKey, RangeChart } from './chart.tsx';
import {
  DEFAULT_STATE,
  figuresOf,
  MAX_AREAS,
  perUnit,
  queryOf,
  readState,
  useApi,
  whoParam,
  type AreasAnswer,
  type CompareAnswer,
  Failure,
  type Pay,
  type Salary,
  type ViewState,
} from './api.ts';
import { AreasTable, FiguresTable, MissingList, Sources } from './tables.tsx';

const { money } = salariesMessages(DEFAULT_LOCALE);
const { inArea, theArea } = commonMessages(DEFAULT_LOCALE);

interface Props {
  roles: { slug: string; title: string; soc: string }[];
  occupations: { soc: string; title: string }[];
  /** [code, name], US first. */
  areas: [string, string][];
  /** The default view (medical coder, US), built from data/ so the first paint needs no request. */
  seed: { url: string; data: Salary };
}

/** The sentence the live region reads when a result arrives, e.g. "Medical coder in Texas, May 2024: median $47,230 a year (Medical Records Specialists)." */
function summary(who: string, v: Salary, pay: Pay): string {
  const f = figuresOf(v, pay);
  const measure = f?.median != null ? 'median' : f?.mean != null ? 'mean' : null;
  return `${who} ${inArea(v.areaName)}, May ${v.year}: ${measure ? `${measure} ${money(f![measure]!, pay)} ${perUnit(pay)}` : `${pay} pay not published`}${who === v.occupationTitle ? '' : ` (${v.occupationTitle})`}.`;
}

function Loading() {
  return (
    <div className="sx-skeleton">
      Loading figures…
      <span />
      <span />
    </div>
  );
}

/** A 404 is an empty answer (BLS publishes nothing there); anything else can be retried. */
function Problem({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  if (failure.status === 404) return <p className="sx-empty">{failure.message} Choose another area or role.</p>;
  return (
    <div className="sx-error" role="alert">
      <p>
        <strong>Could not load the figures.</strong> {failure.message}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export default function SalaryExplorer({ roles, occupations, areas, seed }: Props) {
  const names = useMemo(() => new Map(areas), [areas]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const [s, setS] = useState<ViewState>(DEFAULT_STATE);
  const [ready, setReady] = useState(false);
  const [adding, setAdding] = useState('');
  const [compareMsg, setCompareMsg] = useState('');
  const [copyMsg, setCopyMsg] = useState('');
  const addRef = useRef<HTMLSelectElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  // The address is the state: read it once hydrated, and again when Back or Forward changes it.
  useEffect(() => {
    const picks = new Set([...roles.map((r) => r.slug), ...occupations.map((o) => o.soc)]);
    const sync = () => setS(readState(location.search, picks));
    sync();
    setReady(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, [roles, occupations, names]);

  /** A change the reader made: new state, new history entry. */
  const change = (patch: Partial<ViewState>) => {
    const next = { ...s, ...patch };
    next.compare = next.compare.filter((a) => a !== next.area);
    setS(next);
    setCopyMsg('');
    history.pushState(null, '', queryOf(next));
  };

  const role = roles.find((r) => r.slug === s.pick);
  const soc = role?.soc ?? s.pick;
  const occupationTitle = occupations.find((o) => o.soc === soc)?.title ?? soc;
  const who = role?.title ?? occupationTitle;
  const all = [s.area, ...s.compare];
  const q = whoParam(s.pick);

  const [answer, retry] = useApi<Salary | CompareAnswer>(
    !ready ? seed.url : all.length > 1 ? `/api/salaries/compare?${q}&areas=${all.join(',')}` : `/api/salaries?${q}&area=${s.area}`,
    seed,
  );
  const [ranked, retryRanked] = useApi<AreasAnswer>(ready ? `/api/salaries/areas?${q}` : null);
  const items = !answer || answer instanceof Failure ? [] : 'items' in answer ? answer.items : [answer];
  const first = items[0];

  const add = () => {
    if (all.length >= MAX_AREAS) setCompareMsg(`The chart holds ${MAX_AREAS} areas at most: remove one to add another.`);
    else if (!adding) setCompareMsg('Choose an area to add first.');
    else {
      change({ compare: [...s.compare, adding] });
      setCompareMsg(`${nameOf(adding)} added.`);
      setAdding('');
    }
  };
  const remove = (area: string) => {
    change({ compare: s.compare.filter((a) => a !== area) });
    setCompareMsg(`${nameOf(area)} removed.`);
    addRef.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopyMsg('Copied.');
    } catch {
      linkRef.current?.select();
      setCopyMsg('Press Ctrl+C (⌘C on a Mac) to copy the selected link.');
    }
  };

  return (
    <div className="sx">
      <fieldset className="sx-controls" disabled={!ready}>
        <p className="sx-field">
          <label htmlFor="sx-pick">Role or BLS occupation</label>
          <select id="sx-pick" value={s.pick} onChange={(e) => change({ pick: e.target.value })}>
            <optgroup label="Roles">
              {roles.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="BLS occupations">
              {occupations.map((o) => (
                <option key={o.soc} value={o.soc}>
                  {o.soc} {o.title}
                </option>
              ))}
            </optgroup>
          </select>
        </p>
        <p className="sx-field">
          <label htmlFor="sx-area">Area</label>
          <select id="sx-area" value={s.area} onChange={(e) => change({ area: e.target.value })}>
            {areas.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </p>
        <fieldset className="sx-field sx-pay">
          <legend>Pay</legend>
          {(['annual', 'hourly'] as const).map((pay) => (
            <label key={pay}>
              <input type="radio" name="sx-pay" value={pay} checked={s.pay === pay} onChange={() => change({ pay })} /> {pay === 'annual' ? 'Annual' : 'Hourly'}
            </label>
          ))}
        </fieldset>

        <div className="sx-compare">
          <p className="sx-field">
            <label htmlFor="sx-add">Compare with another area</label>
            <select id="sx-add" ref={addRef} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose an area…</option>
              {areas
                .filter(([code]) => !all.includes(code))
                .map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </select>
            <button type="button" onClick={add}>
              Add
            </button>
          </p>
          <ul className="sx-chips" aria-label="Areas on the chart">
            <li className="sx-chip">{nameOf(s.area)}</li>
            {s.compare.map((a) => (
              <li key={a} className="sx-chip">
                {nameOf(a)}
                <button type="button" aria-label={`Remove ${nameOf(a)}`} onClick={() => remove(a)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <p className="sx-msg" role="status">
            {compareMsg}
          </p>
        </div>

        <p className="sx-field sx-share">
          <label htmlFor="sx-link">Link to this view</label>
          <input id="sx-link" ref={linkRef} type="text" readOnly value={ready ? location.href : ''} />
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>{' '}
          <span role="status">{copyMsg}</span>
        </p>
      </fieldset>

      <p className="sx-sr" role="status">
        {first ? summary(who, first, s.pay) : answer instanceof Failure ? answer.message : ''}
      </p>
      <section className="sx-result" aria-labelledby="sx-result-h" aria-busy={!answer}>
        <h2 id="sx-result-h" ref={resultRef} tabIndex={-1}>
          {who} {inArea(nameOf(s.area))}
          {s.compare.length > 0 && `, compared with ${s.compare.map((a) => theArea(nameOf(a))).join(', ')}`}
        </h2>
        {answer instanceof Failure ? (
          <Problem failure={answer} onRetry={retry} />
        ) : first ? (
          <Figures items={items} pay={s.pay} onAnnual={() => change({ pay: 'annual' })} />
        ) : (
          <Loading />
        )}
      </section>

      {ready && (
        <section aria-labelledby="sx-areas-h" aria-busy={!ranked}>
          <h2 id="sx-areas-h">Where {who.toLowerCase()} pay is highest</h2>
          <p className="note">The median where BLS publishes it, otherwise the mean (labelled). Choose an area to see its range.</p>
          {ranked instanceof Failure ? (
            <Problem failure={ranked} onRetry={retryRanked} />
          ) : !ranked ? (
            <Loading />
          ) : (
            <AreasTable
              items={ranked.items}
              caption={`${ranked.occupationTitle} (SOC ${ranked.soc}): annual pay in each area, newest year`}
              current={s.area}
              hrefOf={(area) => queryOf({ ...s, area })}
              onPick={(area) => {
                change({ area });
                resultRef.current?.focus();
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** The figures of the chosen areas: occupation, chart, table, what is missing and sources. */
function Figures({ items, pay, onAnnual }: { items: Salary[]; pay: Pay; onAnnual: () => void }) {
  const v = items[0]!;
  const shown = items.filter((i) => figuresOf(i, pay));
  const blank = items.filter((i) => !figuresOf(i, pay));
  const title = `${v.occupationTitle} (SOC ${v.soc}), ${pay} pay`;
  const caption = (
    <>
      {v.occupationTitle} <span className="nw">(SOC {v.soc})</span>, {pay} pay
    </>
  );
  return (
    <>
      <p>
        BLS occupation: <strong>{v.occupationTitle}</strong> <span className="nw">(SOC {v.soc})</span>.
      </p>
      {blank.length > 0 && (
        <div className="sx-notice">
          <p>
            <strong>
              {pay === 'hourly' ? 'Hourly' : 'Annual'} pay is not published for {blank.map((i) => i.areaName).join(', ')}.
            </strong>{' '}
            {blank[0]!.missing.find((m) => m.field === `${pay}.median`)?.meaning}
          </p>
          {pay === 'hourly' && (
            <button type="button" onClick={onAnnual}>
              Show annual pay instead
            </button>
          )}
        </div>
      )}
      {shown.length > 0 && (
        <>
          <RangeChart rows={shown.map((i) => ({ label: `${i.areaName}, May ${i.year}`, figures: figuresOf(i, pay)! }))} pay={pay} title={title} />
          <ChartKey mean={shown.some((i) => figuresOf(i, pay)!.median === null)} />
          <FiguresTable items={shown} pay={pay} caption={caption} />
          {shown.map((i) => (
            <MissingList key={i.area} v={i} pay={pay} />
          ))}
        </>
      )}
      <Sources sources={items.flatMap((i) => i.sources)} />
    </>
  );
}

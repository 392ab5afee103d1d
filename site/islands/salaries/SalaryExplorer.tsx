/**
 * The salary explorer island: choose a role (or BLS occupation), an area and annual or hourly pay;
 * see the range as a chart and a table, add up to five more areas to the same chart, and rank
 * every area by pay, on a map of the states (static SVG passed in as children, recolored here) and in a table. The address holds the choice (?role=&area=&pay=&compare=), so links, reloads and Back work.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ChartKey, RangeChart } from './chart.tsx';
import {
  computedOf,
  DEFAULT_STATE,
  figuresOf,
  MAX_AREAS,
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
import { AreaNotes, AreasTable, FiguresTable, Sources } from './tables.tsx';
import { MAP_FIELDS, type MapField } from '../../lib/pay-classes.ts';
import type { PayMapFile } from '../../lib/pay-map.ts';
import { useStateMap } from './map.ts';
import { useSalariesWords, type SalariesWords } from './words.ts';

/** What the page gives the explorer (each locale's entry passes it on). */
export interface SalaryExplorerProps {
  roles: { slug: string; title: string; soc: string }[];
  occupations: { soc: string; title: string }[];
  /** [code, name] in the page's language and order, US first: the explorer names every area with these, the API's answers too. */
  areas: [string, string][];
  /** The default view (medical coder, US), built from data/ so the first paint needs no request. */
  seed: { url: string; data: Salary };
  /** The default view's ranking of every area, built from data/ the same way. */
  seedRanking: { url: string; data: AreasAnswer };
  /** The state map, built with the page for the default view (site/components/PayMap.astro). */
  children?: ReactNode;
}

/** "median $47,230 a year" (computed figures say so), or null when the pay kind has no median or mean. */
function headlineFigure(v: Salary, pay: Pay, { t, w }: SalariesWords): string | null {
  const f = figuresOf(v, pay);
  const measure = f?.median != null ? 'median' : f?.mean != null ? 'mean' : null;
  if (!measure) return null;
  const computed = computedOf(v, pay).includes(measure) ? ` (${w.computedMark}: ${w.computedRule})` : '';
  return `${t.measure[measure]} ${w.money(f![measure]!, pay)} ${w.perUnit[pay]}${computed}`;
}

/** The sentence the live region reads when a result arrives, e.g. "Medical coder in Texas, May 2024: median $47,230 a year (Medical Records Specialists)." */
function summary(who: string, v: Salary, pay: Pay, words: SalariesWords): string {
  const { t, w, common } = words;
  return t.summary({ who, area: common.inArea(v.areaName), year: v.year, figure: headlineFigure(v, pay, words), pay: w.pay[pay].toLowerCase(), occupation: who === v.occupationTitle ? null : v.occupationTitle });
}

function Loading() {
  const { t } = useSalariesWords();
  return (
    <div className="sx-skeleton">
      {t.loading}
      <span />
      <span />
    </div>
  );
}

/**
 * A 404 is an empty answer (BLS publishes nothing for this occupation there), said in the page's words;
 * anything else can be retried. The API's own detail is English, so only English pages show it.
 */
function Problem({ failure, onRetry, occupation, area }: { failure: Failure; onRetry: () => void; occupation: string; area: string }) {
  const { t, locale } = useSalariesWords();
  if (failure.status === 404) return <p className="sx-empty">{t.empty(occupation, area)}</p>;
  return (
    <div className="sx-error" role="alert">
      <p>
        <strong>{t.failed}</strong> {locale === 'en' && failure.message}
      </p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

export default function SalaryExplorer({ roles, occupations, areas, seed, seedRanking, children }: SalaryExplorerProps) {
  const words = useSalariesWords();
  const { t, w } = words;
  const { inArea, theArea } = words.common;
  const names = useMemo(() => new Map(areas), [areas]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const [s, setS] = useState<ViewState>(DEFAULT_STATE);
  const [ready, setReady] = useState(false);
  const [adding, setAdding] = useState('');
  const [compareMsg, setCompareMsg] = useState('');
  const [copyMsg, setCopyMsg] = useState('');
  /** What the link named that is not known, said once on arrival (a change of choice clears it). */
  const [linkMsg, setLinkMsg] = useState<string[]>([]);
  const addRef = useRef<HTMLSelectElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const [mapField, setMapField] = useState<MapField>('median');

  // The address is the state: read it once hydrated, and again when Back or Forward changes it.
  useEffect(() => {
    const picks = new Set([...roles.map((r) => r.slug), ...occupations.map((o) => o.soc)]);
    const sync = () => {
      const { state, bad } = readState(location.search, picks);
      const b = t.badLink;
      const shownWho = roles.find((r) => r.slug === state.pick)?.title ?? state.pick;
      const msgs = [
        bad.pick && b.pick(bad.pick, shownWho.toLowerCase()),
        bad.area && b.area(bad.area, theArea(names.get(state.area) ?? state.area)),
        bad.compare && b.compare(bad.compare),
        bad.pay && b.pay(bad.pay),
      ].filter((x): x is string => !!x);
      setS(state);
      setLinkMsg(msgs.length > 0 ? [...msgs, b.fixed] : []);
      if (msgs.length > 0) history.replaceState(null, '', queryOf(state));
    };
    sync();
    setReady(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, [roles, occupations, names, t, theArea]);

  /** A change the reader made: new state, new history entry. */
  const change = (patch: Partial<ViewState>) => {
    const next = { ...s, ...patch };
    next.compare = next.compare.filter((a) => a !== next.area);
    setS(next);
    setCopyMsg('');
    setLinkMsg([]);
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
  const [ranked, retryRanked] = useApi<AreasAnswer>(ready ? `/api/salaries/areas?${q}` : seedRanking.url, seedRanking);
  const [mapData] = useApi<PayMapFile>(ready ? '/maps/pay.json' : null);
  useStateMap(
    mapRef,
    {
      data: mapData,
      soc,
      occupation: occupationTitle,
      field: mapField,
      current: s.area,
      hrefOf: (area) => queryOf({ ...s, area }),
      onPick: (area) => {
        change({ area });
        resultRef.current?.focus();
      },
    },
    names,
  );
  const compared = !answer || answer instanceof Failure || !('items' in answer) ? undefined : answer;
  // The API names areas in English: each answer's areas take the page's names.
  const items = (!answer || answer instanceof Failure ? [] : compared ? compared.items : [answer as Salary]).map((i) => ({ ...i, areaName: nameOf(i.area) }));
  const rankedNamed = ranked && !(ranked instanceof Failure) ? { ...ranked, items: ranked.items.map((i) => ({ ...i, areaName: nameOf(i.area) })) } : ranked;
  const first = items[0];

  const add = () => {
    if (all.length >= MAX_AREAS) setCompareMsg(t.tooMany(MAX_AREAS));
    else if (!adding) setCompareMsg(t.chooseFirst);
    else {
      change({ compare: [...s.compare, adding] });
      setCompareMsg(t.added(nameOf(adding)));
      setAdding('');
    }
  };
  const remove = (area: string) => {
    change({ compare: s.compare.filter((a) => a !== area) });
    setCompareMsg(t.removed(nameOf(area)));
    addRef.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopyMsg(t.copied);
    } catch {
      linkRef.current?.select();
      setCopyMsg(t.copyByHand);
    }
  };

  return (
    <div className="sx">
      <div role="status">{linkMsg.length > 0 && <p className="sx-notice">{linkMsg.join(' ')}</p>}</div>
      <fieldset className="sx-controls">
        <p className="sx-field">
          <label htmlFor="sx-pick">{t.pick}</label>
          <select id="sx-pick" value={s.pick} onChange={(e) => change({ pick: e.target.value })}>
            <optgroup label={t.rolesGroup}>
              {roles.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.title}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.occupationsGroup}>
              {occupations.map((o) => (
                <option key={o.soc} value={o.soc}>
                  {o.soc} {o.title}
                </option>
              ))}
            </optgroup>
          </select>
        </p>
        <p className="sx-field">
          <label htmlFor="sx-area">{t.area}</label>
          <select id="sx-area" value={s.area} onChange={(e) => change({ area: e.target.value })}>
            {areas.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </p>
        <fieldset className="sx-field sx-pay">
          <legend>{t.payLegend}</legend>
          {(['annual', 'hourly'] as const).map((pay) => (
            <label key={pay}>
              <input type="radio" name="sx-pay" value={pay} checked={s.pay === pay} onChange={() => change({ pay })} /> {w.pay[pay]}
            </label>
          ))}
        </fieldset>

        <div className="sx-compare">
          <p className="sx-field">
            <label htmlFor="sx-add">{t.addLabel}</label>
            <select id="sx-add" ref={addRef} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t.addPlaceholder}</option>
              {areas
                .filter(([code]) => !all.includes(code))
                .map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </select>
            <button type="button" onClick={add}>
              {t.add}
            </button>
          </p>
          <ul className="sx-chips" aria-label={t.chips} data-lead={t.chipsLead}>
            <li className="sx-chip">{nameOf(s.area)}</li>
            {s.compare.map((a) => (
              <li key={a} className="sx-chip">
                {nameOf(a)}
                <button type="button" aria-label={t.remove(nameOf(a))} onClick={() => remove(a)}>
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
          <label htmlFor="sx-link">{t.link}</label>
          <input id="sx-link" ref={linkRef} type="text" readOnly value={ready ? location.href : ''} />
          <button type="button" onClick={() => void copy()}>
            {t.copy}
          </button>{' '}
          <span role="status">{copyMsg}</span>
        </p>
      </fieldset>

      <p className="sx-sr" role="status">
        {first ? summary(who, first, s.pay, words) : answer instanceof Failure ? (answer.status === 404 ? t.empty(occupationTitle, inArea(nameOf(s.area))) : t.failed) : ''}
      </p>
      <section className="sx-result" aria-labelledby="sx-result-h" aria-busy={!answer}>
        <h2 id="sx-result-h" ref={resultRef} tabIndex={-1}>
          {t.heading(who, inArea(nameOf(s.area)), s.compare.map((a) => theArea(nameOf(a))))}
        </h2>
        {answer instanceof Failure ? (
          <Problem failure={answer} onRetry={retry} occupation={occupationTitle} area={inArea(nameOf(s.area))} />
        ) : first ? (
          <Figures items={items} year={compared?.year} newest={compared?.newestNational} pay={s.pay} onAnnual={() => change({ pay: 'annual' })} />
        ) : (
          <Loading />
        )}
      </section>

      <section aria-labelledby="sx-map-h" className="sx-map">
        <h2 id="sx-map-h">{t.map.heading}</h2>
        <p className="sx-field">
          <label htmlFor="sx-map-field">{t.map.measure}</label>
          <select id="sx-map-field" value={mapField} onChange={(e) => setMapField(e.target.value as MapField)}>
            {MAP_FIELDS.map((f) => (
              <option key={f} value={f}>
                {w.field[f]}
              </option>
            ))}
          </select>
        </p>
        <p className="note">{t.map.pick}</p>
        <div ref={mapRef}>{children}</div>
      </section>

      <section aria-labelledby="sx-areas-h" aria-busy={!ranked}>
        <h2 id="sx-areas-h">{t.rankHeading(who)}</h2>
        <p className="note">{t.rankNote}</p>
        {rankedNamed instanceof Failure ? (
          <Problem failure={rankedNamed} onRetry={retryRanked} occupation={occupationTitle} area={inArea(nameOf(s.area))} />
        ) : !rankedNamed ? (
          <Loading />
        ) : (
          <Ranking
            ranked={rankedNamed}
            current={s.area}
            hrefOf={(area) => queryOf({ ...s, area })}
            onPick={(area) => {
              change({ area });
              resultRef.current?.focus();
            }}
          />
        )}
      </section>
    </div>
  );
}

/** The ranking of every area in one year (a fallen-back row says its year in its cell), with the newest national year apart. */
function Ranking({ ranked, current, hrefOf, onPick }: { ranked: AreasAnswer; current: string; hrefOf: (area: string) => string; onPick: (area: string) => void }) {
  const { t, w } = useSalariesWords();
  const n = ranked.newestNational;
  const other = ranked.items.filter((i) => i.year !== ranked.year);
  return (
    <>
      <p className="sx-year-line">
        {t.oneYear(ranked.year)} {other.length > 0 && t.twoYears(ranked.year, other.map((i) => i.areaName).join(', '))}
      </p>
      {n?.headline && <p className="sx-newest">{t.newestNational(n.year, `${t.measure[n.headline.measure]} ${w.money(n.headline.value, 'annual')} ${w.perUnit.annual}`)}</p>}
      <AreasTable items={ranked.items} caption={t.rankCaption(ranked.occupationTitle, ranked.soc, ranked.year)} current={current} hrefOf={hrefOf} onPick={onPick} />
    </>
  );
}

/** The figures of the chosen areas: occupation, the comparison's year, chart, table, notes and sources. */
function Figures({ items, year, newest, pay, onAnnual }: { items: Salary[]; year: number | undefined; newest: Salary | undefined; pay: Pay; onAnnual: () => void }) {
  const words = useSalariesWords();
  const { t, w } = words;
  const v = items[0]!;
  const shown = items.filter((i) => figuresOf(i, pay));
  const blank = items.filter((i) => !figuresOf(i, pay));
  const other = year === undefined ? [] : items.filter((i) => i.year !== year);
  const title = t.caption(v.occupationTitle, v.soc, w.pay[pay].toLowerCase());
  const newestFigure = newest && headlineFigure(newest, pay, words);
  return (
    <>
      <p>
        {t.occupation} <strong>{v.occupationTitle}</strong> <span className="nw">({t.soc(v.soc)})</span>.
      </p>
      {year !== undefined && items.length > 1 && (
        <p className="sx-year-line">
          {t.oneYear(year)} {other.length > 0 && t.twoYears(year, other.map((i) => i.areaName).join(', '))}
        </p>
      )}
      {newest && newestFigure && <p className="sx-newest">{t.newestNational(newest.year, newestFigure)}</p>}
      {blank.length > 0 && (
        <div className="sx-notice">
          <p>
            <strong>{t.noneOfKind(w.pay[pay].toLowerCase(), blank.map((i) => i.areaName).join(', '))}</strong> {blank[0]!.missing.find((m) => m.field === `${pay}.median`)?.meaning}
          </p>
          {pay === 'hourly' && (
            <button type="button" onClick={onAnnual}>
              {t.showAnnual}
            </button>
          )}
        </div>
      )}
      {shown.length > 0 && (
        <>
          <RangeChart rows={shown.map((i) => ({ label: `${i.areaName}, ${w.may(i.year)}`, figures: figuresOf(i, pay)!, computed: computedOf(i, pay) }))} pay={pay} title={title} />
          <ChartKey mean={shown.some((i) => figuresOf(i, pay)!.median === null)} computed={shown.some((i) => computedOf(i, pay).length > 0)} />
          <FiguresTable items={shown} pay={pay} caption={title} />
        </>
      )}
      {items.map((i) => (
        <AreaNotes key={i.area} v={i} pay={pay} />
      ))}
      <Sources sources={[...items, ...(newest ? [newest] : [])].flatMap((i) => i.sources)} />
    </>
  );
}

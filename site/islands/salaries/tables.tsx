/** The explorer's tables (what a screen reader reads) and the lines that name what is missing, computed or uncertain, and where figures come from. */
import { useState, type ReactNode } from 'react';
import type { WageField } from '../../../data/schemas.ts';
import { formatTag } from '../../i18n/locale.ts';
import type { WagesMessages } from '../../i18n/wages-messages.ts';
import { computedOf, FIELDS, figuresOf, type AreaItem, type Pay, type Salary, type SourceRef } from './api.ts';
import { useSalariesWords } from './words.ts';

type Missing = Salary['missing'][number];

/** Where a figure would be: BLS's symbol in words (never 0, never a bare blank). */
const blank = (m: Missing | undefined, w: WagesMessages) => <span className="sx-np">{m ? w.blank[m.symbol] : w.notPublished}</span>;

/** A figure, marked when this site computed it. */
const shown = (text: string, computed: boolean, w: WagesMessages) =>
  computed ? (
    <>
      {text} <span className="sx-computed">{w.computedMark}</span>
    </>
  ) : (
    text
  );

/** The jobs count with its PRSE caution, or the blank in words. */
const jobs = (v: Pick<Salary, 'oewsEmployment' | 'employmentPrse' | 'employmentCaution' | 'missing'>, w: WagesMessages) =>
  v.oewsEmployment === null ? (
    blank(v.missing.find((m) => m.field === 'employment'), w)
  ) : (
    <>
      {w.count(v.oewsEmployment)}
      {v.employmentCaution && v.employmentPrse !== null && <span className="sx-caution">{w.prseShort(v.employmentPrse)}</span>}
    </>
  );

/** "May 2024", or "May 2023 (May 2024 suppressed)" for a fallen-back row. */
const yearOf = (v: Pick<Salary, 'year' | 'fallbackFrom'>, w: WagesMessages) => (v.fallbackFrom ? w.fallbackShort(v.year, v.fallbackFrom.year, v.fallbackFrom.symbol) : w.may(v.year));

/** A scrollable, keyboard-reachable frame for a table that may be wider than the screen. */
function Frame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The figures of one or more areas: a column per area, a row per measure, so one area reads top to bottom. */
export function FiguresTable({ items, pay, caption }: { items: readonly Salary[]; pay: Pay; caption: ReactNode }) {
  const { t, w } = useSalariesWords();
  const cell = (v: Salary, k: WageField) => {
    const value = figuresOf(v, pay)?.[k] ?? null;
    return value === null ? blank(v.missing.find((m) => m.field === `${pay}.${k}`), w) : shown(w.money(value, pay), computedOf(v, pay).includes(k), w);
  };
  const rows: [string, (v: Salary) => ReactNode][] = [
    [t.year, (v) => yearOf(v, w)],
    ...FIELDS.map((k): [string, (v: Salary) => ReactNode] => [w.field[k], (v) => cell(v, k)]),
    [t.jobs, (v) => jobs(v, w)],
  ];
  return (
    <Frame label={t.table}>
      <table className="sx-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.measureHeader}</th>
            {items.map((v) => (
              <th key={v.area} scope="col" className="num">
                {v.areaName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className={name === w.field.median ? 'sx-strong' : undefined}>
              <th scope="row">{name}</th>
              {items.map((v) => (
                <td key={v.area} className="num">
                  {value(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

/**
 * What a reader must know about one area's figures: an older year shown and why, an uncertain jobs
 * count, the figures this site computed, and the blanks grouped by what they mean.
 */
export function AreaNotes({ v, pay }: { v: Salary; pay: Pay }) {
  const { t, w } = useSalariesWords();
  const computed = computedOf(v, pay);
  const groups = new Map<string, string[]>();
  for (const m of v.missing) {
    const [kind, field] = m.field.split('.') as [string, WageField | undefined];
    const name = field ? (kind === pay && !computed.includes(field) ? w.field[field] : null) : t.jobsName;
    if (name) groups.set(m.meaning, [...(groups.get(m.meaning) ?? []), name.toLowerCase()]);
  }
  const f = v.fallbackFrom;
  return (
    <>
      {f && <p className="sx-fallback">{w.fallback({ area: v.areaName, shown: v.year, asked: f.year, symbol: f.symbol, jobs: f.oewsEmployment })}</p>}
      {v.employmentCaution && v.employmentPrse !== null && (
        <p className="sx-caution-note">
          {v.areaName}: {w.prseCaution(v.employmentPrse)}
        </p>
      )}
      {computed.length > 0 && (
        <p className="sx-missing">
          {t.computedFor(v.areaName)} <strong>{computed.map((k) => w.field[k].toLowerCase()).join(', ')}</strong> ({w.computedRule}).
        </p>
      )}
      {groups.size > 0 && (
        <div className="sx-missing">
          {t.notPublishedFor(v.areaName)}
          <ul>
            {[...groups].map(([meaning, names]) => (
              <li key={meaning}>
                <strong>{names.join(', ')}</strong>: {meaning}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** "Source: <title>, publisher." for each source, linked to the original. */
export function Sources({ sources }: { sources: readonly SourceRef[] }) {
  const { t } = useSalariesWords();
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return (
    <p className="source">
      {t.source}{' '}
      {unique.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <a href={s.url}>{s.title}</a>, {s.publisher}
        </span>
      ))}
      .
    </p>
  );
}

type SortKey = 'name' | 'pay';

/** Every area for the occupation in one year, sortable by name or by pay (highest first by default). */
export function AreasTable(props: { items: readonly AreaItem[]; caption: string; current: string; hrefOf: (area: string) => string; onPick: (area: string) => void }) {
  const { items, current, hrefOf, onPick } = props;
  const { t, w, locale } = useSalariesWords();
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'pay', up: false });
  const sign = sort.up ? 1 : -1;
  const rows = [...items].sort((a, b) =>
    sort.key === 'name' ? sign * a.areaName.localeCompare(b.areaName, formatTag(locale)) : sign * ((a.headline?.value ?? 0) - (b.headline?.value ?? 0)),
  );
  const header = (key: SortKey, text: string) => {
    const on = sort.key === key;
    return (
      <th scope="col" aria-sort={on ? (sort.up ? 'ascending' : 'descending') : undefined} className={key === 'pay' ? 'num' : undefined}>
        <button type="button" className="sx-sort" onClick={() => setSort({ key, up: on ? !sort.up : key === 'name' })}>
          {text}
          <span aria-hidden="true">{on ? (sort.up ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <Frame label={t.rankTable}>
      <table className="sx-table sx-areas">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {header('name', t.rankArea)}
            {header('pay', t.rankPay)}
            <th scope="col" className="num">
              {t.jobs}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.area} className={i.area === current ? 'sx-current' : undefined}>
              <th scope="row">
                <a
                  href={hrefOf(i.area)}
                  aria-current={i.area === current ? 'true' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    onPick(i.area);
                  }}
                >
                  {i.areaName}
                </a>
                <span className={i.fallbackFrom ? 'sx-year sx-year-other' : 'sx-year'}>{yearOf(i, w)}</span>
              </th>
              <td className="num">
                {i.headline ? (
                  <>
                    {w.money(i.headline.value, 'annual')} <span className="sx-measure">{t.measure[i.headline.measure]}</span>
                  </>
                ) : (
                  blank(undefined, w)
                )}
              </td>
              <td className="num">{jobs({ ...i, missing: [] }, w)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

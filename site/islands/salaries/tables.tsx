/** The explorer's tables (what a screen reader reads) and the lines that name what is missing and where figures come from. */
import { useState, type ReactNode } from 'react';
import type { WageField } from '../../../data/schemas.ts';
import { salariesMessages } from '../../i18n/salaries-messages.ts';
import { DEFAULT_LOCALE } from '../../i18n/locale.ts';
import { FIELD_NAME, FIELDS, figuresOf, type AreaItem, type Pay, type Salary, type SourceRef } from './api.ts';

const { count, money } = salariesMessages(DEFAULT_LOCALE);


/** A figure, or "not published": never 0. */
const figure = (value: number | null, format: (n: number) => string) => (value === null ? <span className="sx-np">not published</span> : format(value));

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
  const rows: [string, (v: Salary) => ReactNode][] = [
    ['Year', (v) => `May ${v.year}`],
    ...FIELDS.map((k): [string, (v: Salary) => ReactNode] => [FIELD_NAME[k], (v) => figure(figuresOf(v, pay)?.[k] ?? null, (n) => money(n, pay))]),
    ['Jobs (OEWS)', (v) => figure(v.oewsEmployment, count)],
  ];
  return (
    <Frame label="Pay table">
      <table className="sx-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {items.map((v) => (
              <th key={v.area} scope="col" className="num">
                {v.areaName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, cell]) => (
            <tr key={name} className={name === FIELD_NAME.median ? 'sx-strong' : undefined}>
              <th scope="row">{name}</th>
              {items.map((v) => (
                <td key={v.area} className="num">
                  {cell(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

/** "Not published for Mississippi": the missing figures of one kind of pay, grouped by what the blank means. */
export function MissingList({ v, pay }: { v: Salary; pay: Pay }) {
  const groups = new Map<string, string[]>();
  for (const m of v.missing) {
    const [kind, field] = m.field.split('.') as [string, WageField | undefined];
    const name = field ? (kind === pay ? FIELD_NAME[field] : null) : 'Jobs';
    if (name) groups.set(m.meaning, [...(groups.get(m.meaning) ?? []), name.toLowerCase()]);
  }
  if (groups.size === 0) return null;
  return (
    <div className="sx-missing">
      Not published for {v.areaName}:
      <ul>
        {[...groups].map(([meaning, names]) => (
          <li key={meaning}>
            <strong>{names.join(', ')}</strong>: {meaning}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Source: <title>, publisher." for each source, linked to the original. */
export function Sources({ sources }: { sources: readonly SourceRef[] }) {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return (
    <p className="source">
      Source:{' '}
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

/** Every area for the occupation, sortable by name or by pay (highest first by default). */
export function AreasTable(props: { items: readonly AreaItem[]; caption: string; current: string; hrefOf: (area: string) => string; onPick: (area: string) => void }) {
  const { items, current, hrefOf, onPick } = props;
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'pay', up: false });
  const sign = sort.up ? 1 : -1;
  const rows = [...items].sort((a, b) =>
    sort.key === 'name' ? sign * a.areaName.localeCompare(b.areaName) : sign * ((a.headline?.value ?? 0) - (b.headline?.value ?? 0)),
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
    <Frame label="Pay in every area">
      <table className="sx-table sx-areas">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {header('name', 'Area')}
            {header('pay', 'Annual pay')}
            <th scope="col" className="num">
              Jobs (OEWS)
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
                <span className="sx-year">May {i.year}</span>
              </th>
              <td className="num">
                {i.headline ? (
                  <>
                    {money(i.headline.value, 'annual')} <span className="sx-measure">{i.headline.measure}</span>
                  </>
                ) : (
                  figure(null, String)
                )}
              </td>
              <td className="num">{figure(i.oewsEmployment, count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

/** The program list: filters and sort over the catalog (built into the page), a table on wide screens and compact rows with details on demand on phones. */
import { useMemo } from 'react';
import type { ProgramFormat } from '../../../data/schemas.ts';
import { countByPlace, type ProgramSummary } from '../../../functions/domain/program-list.ts';
import type { CoursesMessages } from '../../i18n/courses-messages.ts';
import { localePath } from '../../i18n/locale.ts';
import { FORMATS, MAX_COMPARE, placeOf, type CourseState } from './state.ts';
import { useCoursesWords } from './words.ts';

/** "4.2 months, 144 hours", "38 credits (computed by this site …)", "Not stated". */
export function lengthOf(p: Pick<ProgramSummary, 'months' | 'hours'>, m: CoursesMessages): string {
  const hours = p.hours.clock ? m.length.hours(p.hours.clock) : p.hours.credits ? m.length.credits(p.hours.credits, p.hours.creditsComputed === true) : '';
  return [p.months === null ? '' : m.months(p.months), hours].filter(Boolean).join(', ') || m.notStated;
}

/**
 * A program in the list: its summary, and the words of its price's kind with the rule of a figure this
 * site computed or bounded (worked out when the page is built, so the words stay out of the script).
 */
export type ListedProgram = ProgramSummary & { priceKind: { kind: string; rule: string | null; stale: string | null } | null };

/** The tuition with what kind of figure it is. */
function PriceCell({ p }: { p: ListedProgram }) {
  const { m } = useCoursesWords();
  const t = p.tuition;
  if (t.amount === null || !p.priceKind) return <>{m.notPublished}</>;
  return (
    <>
      {t.bound === 'at-most' ? m.compare.atMost(m.usd(t.amount)) : t.bound === 'at-least' ? m.compare.atLeast(m.usd(t.amount)) : m.usd(t.amount)}
      <span className="cc-sub">{p.priceKind.kind}</span>
      {p.priceKind.stale && <span className="cc-sub cc-stale">{p.priceKind.stale}</span>}
      {p.priceKind.rule && <span className="cc-sub">{p.priceKind.rule}</span>}
    </>
  );
}

interface Props {
  all: ListedProgram[];
  shown: ListedProgram[];
  certs: { id: string; acronym: string }[];
  /** [code, name] of every state, by name. */
  states: [string, string][];
  s: CourseState;
  picked: number;
  change: (patch: Partial<CourseState>, replace?: boolean) => void;
  toggle: (id: string) => void;
}

const CLEAR: Partial<CourseState> = { certification: '', place: '', format: '', maxCost: null, maxMonths: null, exam: '' };

export function CourseList({ all, shown, certs, states, s, picked, change, toggle }: Props) {
  const { m } = useCoursesWords();
  const L = m.list;
  const full = picked >= MAX_COMPARE;
  const filtered = s.certification || s.place || s.format || s.maxCost !== null || s.maxMonths !== null || s.exam;
  const counts = useMemo(() => new Map<string, number>(countByPlace(all).map((c) => [c.place, c.count])), [all]);
  const placeName = s.place === 'online' ? L.online : (states.find(([code]) => code === s.place)?.[1] ?? s.place);
  const emptyState = s.place !== '' && s.place !== 'online' && !counts.has(s.place);
  const num = (v: string) => (v === '' ? null : Math.max(0, Number(v)) || 0);
  return (
    <section aria-labelledby="cc-list-h">
      <h2 id="cc-list-h">{L.heading}</h2>
      <form className="cc-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="cc-field">
          <label htmlFor="cc-cert">{m.col.credential}</label>
          <select id="cc-cert" value={s.certification} onChange={(e) => change({ certification: e.target.value })}>
            <option value="">{L.any}</option>
            {certs.map((c) => <option key={c.id} value={c.id}>{c.acronym}</option>)}
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-place">{L.place}</label>
          <select id="cc-place" value={s.place} onChange={(e) => change({ place: placeOf(e.target.value) })}>
            <option value="">{L.anywhere}</option>
            <option value="online">{L.placeOption(L.online, counts.get('online') ?? 0)}</option>
            {states.map(([code, name]) => <option key={code} value={code}>{L.placeOption(name, counts.get(code) ?? 0)}</option>)}
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-format">{m.col.format}</label>
          <select id="cc-format" value={s.format} onChange={(e) => change({ format: e.target.value as ProgramFormat | '' })}>
            <option value="">{L.any}</option>
            {FORMATS.map((f) => <option key={f} value={f}>{m.format[f]}</option>)}
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-max-cost">{L.maxCost}</label>
          <input id="cc-max-cost" type="number" inputMode="numeric" min="0" step="100" value={s.maxCost ?? ''} onChange={(e) => change({ maxCost: num(e.target.value) }, true)} />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-max-months">{L.maxMonths}</label>
          <input id="cc-max-months" type="number" inputMode="numeric" min="0" step="1" value={s.maxMonths ?? ''} onChange={(e) => change({ maxMonths: num(e.target.value) }, true)} />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-exam">{L.exam}</label>
          <select id="cc-exam" value={s.exam} onChange={(e) => change({ exam: e.target.value as CourseState['exam'] })}>
            <option value="">{L.either}</option>
            <option value="yes">{L.included}</option>
            <option value="no">{L.notIncluded}</option>
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-sort">{L.sortBy}</label>
          <select id="cc-sort" value={s.sort} onChange={(e) => change({ sort: e.target.value as CourseState['sort'] })}>
            {Object.entries(m.sort).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        {filtered && (
          <button type="button" className="cc-secondary" onClick={() => change(CLEAR)}>
            {L.clear}
          </button>
        )}
      </form>
      <p className="cc-count" role="status">
        {L.showing(shown.length, all.length, s.maxCost !== null)}
        {full ? L.full : ''}
      </p>
      {emptyState ? (
        <div className="cc-empty">
          <p>{L.noneIn(placeName)}</p>
          <ul>
            <li><button type="button" className="cc-link" onClick={() => change({ place: 'online' })}>{L.showOnline}</button></li>
            <li>{L.localCollege(placeName)}</li>
          </ul>
        </div>
      ) : shown.length === 0 ? (
        <p className="cc-empty">{L.noMatch} <button type="button" className="cc-link" onClick={() => change(CLEAR)}>{L.clear}</button></p>
      ) : (
        <ProgramTable programs={shown} certs={certs} picked={s.compare} full={full} toggle={toggle} />
      )}
    </section>
  );
}

/** The table itself, each row with its Compare box (built with the page too: a tick before the island is live is held and replayed). */
function ProgramTable({ programs, certs, picked, full, toggle }: { programs: ListedProgram[]; certs: { id: string; acronym: string }[]; picked: string[]; full: boolean; toggle: (id: string) => void }) {
  const acronym = (id: string) => certs.find((c) => c.id === id)?.acronym ?? id.toUpperCase();
  const { m, price, locale } = useCoursesWords();
  const L = m.list;
  const C = m.col;
  // Between a phone's stacked rows and a wide screen the columns can outgrow the page: the table scrolls in its own box (the keyboard can scroll it too).
  return (
    <div className="cc-table-scroll" role="region" aria-label={L.caption} tabIndex={0}>
      <table className="stack cc-table">
        <caption>{L.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{C.program}</th>
            <th scope="col">{C.compare}</th>
            <th scope="col">{C.credential}</th>
            <th scope="col">{C.format}</th>
            <th scope="col">{C.length}</th>
            <th scope="col" className="num">{C.price}</th>
            <th scope="col" className="num">{C.total}</th>
            <th scope="col">{C.accreditation}</th>
            <th scope="col">{C.source}</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => {
            const on = picked.includes(p.id);
            return (
              <tr key={p.id} id={`p-${p.id}`} className={on ? 'cc-picked' : undefined}>
                <th scope="row">
                  <a href={p.url} translate="no">
                    {p.name}
                  </a>
                  <span className="cc-sub">
                    <span translate="no">{p.provider}</span> · {p.location}
                  </span>
                  {p.cip && <span className="cc-sub cc-extra">{m.field(p.cip)}</span>}
                  {/* On a phone the row shows its name, total and Compare box; the rest of its cells open here (no script needed). */}
                  <details className="cc-more">
                    <summary>{L.details}<span className="cc-sr"> {p.name}</span></summary>
                  </details>
                </th>
                <td data-label={C.compare} className="cc-pick">
                  <label className="cc-check">
                    <input type="checkbox" checked={on} disabled={!on && full} onChange={() => toggle(p.id)} />
                    {C.compare}<span className="cc-sr"> {p.name}, {p.provider}</span>
                  </label>
                </td>
                <td data-label={C.credential}>
                  {p.certificationIds.length > 0 ? p.certificationIds.map((id, i) => <span key={id}>{i > 0 && ', '}<a href={localePath(locale, `/certifications/${id}/`)}>{acronym(id)}</a></span>) : m.noneNamed}
                </td>
                <td data-label={C.format}>{p.formats.length > 0 ? p.formats.map((f) => m.format[f]).join(', ') : m.notStated}</td>
                <td data-label={C.length}>{lengthOf(p, m)}</td>
                <td data-label={C.price} className="num">
                  <PriceCell p={p} />
                </td>
                <td data-label={C.total} className="num cc-total-cell">{price.total(p.total)}</td>
                <td data-label={C.accreditation}>{p.accreditation ?? m.notStated}</td>
                <td data-label={C.source}>
                  <a href={p.url}>{m.programPage}</a>
                  <span className="cc-sub">{m.read(p.seen)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

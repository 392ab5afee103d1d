/** The program list: filters and sort over the catalog (built into the page), a table on wide screens and cards on phones. */
import type { ProgramFormat } from '../../../data/schemas.ts';
import type { ProgramSummary } from '../../../functions/domain/program-list.ts';
import { coursesMessages } from '../../i18n/courses-messages.ts';
import { DEFAULT_LOCALE } from '../../i18n/locale.ts';
import { FORMATS, MAX_COMPARE, type CourseState } from './state.ts';

export const FORMAT_LABEL: Readonly<Record<ProgramFormat, string>> = {
  'self-paced-online': 'Self-paced online',
  'instructor-led-online': 'Instructor-led online',
  'in-person': 'In person',
  'community-college-certificate': 'College certificate',
  'associate-degree': 'Associate degree',
};
const SORT_LABEL = { total: 'Total cost', months: 'Length', 'cost-per-month': 'Cost per month', name: 'Name' } as const;
const m = coursesMessages(DEFAULT_LOCALE);
const usd = m.usd;
const monthsText = m.months;
/** The day a page was read, short: Nov 27, 2026. */
export const seenText = m.seen;

/** "$3,895", "at least $2,690", "at most $4,864": the total with its caveat. */
export function totalText(p: Pick<ProgramSummary, 'total' | 'lowerBound' | 'tuitionKnown' | 'tuitionCeiling'>): string {
  if (!p.tuitionKnown) return 'Price not published';
  if (p.tuitionCeiling) return p.lowerBound ? `up to ${usd(p.total)}, plus unknown costs` : `at most ${usd(p.total)}`;
  return p.lowerBound ? `at least ${usd(p.total)}` : usd(p.total);
}

export function lengthOf(p: Pick<ProgramSummary, 'months' | 'hours'>): string {
  const hours = p.hours.clock ? `${p.hours.clock} hours` : p.hours.credits ? `${p.hours.credits} credits` : '';
  return [p.months === null ? '' : monthsText(p.months), hours].filter(Boolean).join(', ') || 'Not stated';
}

interface Props {
  all: ProgramSummary[];
  shown: ProgramSummary[];
  certs: { id: string; acronym: string }[];
  s: CourseState;
  picked: number;
  change: (patch: Partial<CourseState>, replace?: boolean) => void;
  toggle: (id: string) => void;
}

export function CourseList({ all, shown, certs, s, picked, change, toggle }: Props) {
  const full = picked >= MAX_COMPARE;
  const filtered = s.certification || s.format || s.maxCost !== null || s.maxMonths !== null || s.exam;
  const num = (v: string) => (v === '' ? null : Math.max(0, Number(v)) || 0);
  return (
    <section aria-labelledby="cc-list-h">
      <h2 id="cc-list-h">Find a program</h2>
      <form className="cc-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="cc-field">
          <label htmlFor="cc-cert">Credential</label>
          <select id="cc-cert" value={s.certification} onChange={(e) => change({ certification: e.target.value })}>
            <option value="">Any</option>
            {certs.map((c) => <option key={c.id} value={c.id}>{c.acronym}</option>)}
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-format">Format</label>
          <select id="cc-format" value={s.format} onChange={(e) => change({ format: e.target.value as ProgramFormat | '' })}>
            <option value="">Any</option>
            {FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABEL[f]}</option>)}
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-max-cost">Total at most ($)</label>
          <input id="cc-max-cost" type="number" inputMode="numeric" min="0" step="100" value={s.maxCost ?? ''} onChange={(e) => change({ maxCost: num(e.target.value) }, true)} />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-max-months">Months at most</label>
          <input id="cc-max-months" type="number" inputMode="numeric" min="0" step="1" value={s.maxMonths ?? ''} onChange={(e) => change({ maxMonths: num(e.target.value) }, true)} />
        </div>
        <div className="cc-field">
          <label htmlFor="cc-exam">Exam in the price</label>
          <select id="cc-exam" value={s.exam} onChange={(e) => change({ exam: e.target.value as CourseState['exam'] })}>
            <option value="">Either</option>
            <option value="yes">Included</option>
            <option value="no">Not included or not stated</option>
          </select>
        </div>
        <div className="cc-field">
          <label htmlFor="cc-sort">Sort by</label>
          <select id="cc-sort" value={s.sort} onChange={(e) => change({ sort: e.target.value as CourseState['sort'] })}>
            {Object.entries(SORT_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        {filtered && (
          <button type="button" className="cc-secondary" onClick={() => change({ certification: '', format: '', maxCost: null, maxMonths: null, exam: '' })}>
            Clear filters
          </button>
        )}
      </form>
      <p className="cc-count" role="status">
        Showing {shown.length} of {all.length} programs{s.maxCost !== null ? '; programs without a published price are left out under a maximum cost' : ''}.
        {full ? ` Four programs are picked: remove one to pick another.` : ''}
      </p>
      {shown.length === 0 ? (
        <p className="cc-empty">No program matches these filters. <button type="button" className="cc-link" onClick={() => change({ certification: '', format: '', maxCost: null, maxMonths: null, exam: '' })}>Clear filters</button></p>
      ) : (
        <ProgramTable programs={shown} certs={certs} picked={s.compare} full={full} toggle={toggle} />
      )}
    </section>
  );
}

/** The table itself; also rendered without JavaScript (no compare boxes then). */
export function ProgramTable({ programs, certs, picked, full, toggle }: { programs: ProgramSummary[]; certs: { id: string; acronym: string }[]; picked?: string[]; full?: boolean; toggle?: (id: string) => void }) {
  const acronym = (id: string) => certs.find((c) => c.id === id)?.acronym ?? id.toUpperCase();
  return (
    <table className="stack cc-table">
      <caption>Training programs: price as published, total with the costs around it, and length</caption>
      <thead>
        <tr>
          <th scope="col">Program</th>
          {toggle && <th scope="col">Compare</th>}
          <th scope="col">Credential</th>
          <th scope="col">Format</th>
          <th scope="col">Length</th>
          <th scope="col" className="num">Price</th>
          <th scope="col" className="num">Total</th>
          <th scope="col">Accreditation or approval</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {programs.map((p) => {
          const on = picked?.includes(p.id) ?? false;
          return (
            <tr key={p.id} className={on ? 'cc-picked' : undefined}>
              <th scope="row">
                <a href={p.url}>{p.name}</a>
                <span className="cc-sub">{p.provider} · {p.location}</span>
              </th>
              {toggle && (
                <td data-label="Compare" className="cc-pick">
                  <label className="cc-check">
                    <input type="checkbox" checked={on} disabled={!on && full} onChange={() => toggle(p.id)} />
                    Compare<span className="cc-sr"> {p.name}, {p.provider}</span>
                  </label>
                </td>
              )}
              <td data-label="Credential">
                {p.certificationIds.length > 0 ? p.certificationIds.map((id, i) => <span key={id}>{i > 0 && ', '}<a href={`/certifications/${id}/`}>{acronym(id)}</a></span>) : 'None named'}
              </td>
              <td data-label="Format">{p.formats.length > 0 ? p.formats.map((f) => FORMAT_LABEL[f]).join(', ') : 'Not stated'}</td>
              <td data-label="Length">{lengthOf(p)}</td>
              <td data-label="Price" className="num">
                {p.tuition.amount === null ? 'Price not published' : `${p.tuition.bound === 'at-most' ? 'at most ' : ''}${usd(p.tuition.amount)}`}
                {p.tuition.basis === 'third-party' && <span className="cc-sub">third-party report</span>}
                {p.tuition.computed && <span className="cc-sub">our calculation</span>}
              </td>
              <td data-label="Total" className="num">{totalText(p)}</td>
              <td data-label="Accreditation or approval">{p.accreditation ?? 'Not stated'}</td>
              <td data-label="Source">
                <a href={p.url}>Program page</a>
                <span className="cc-sub">read {seenText(p.seen)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

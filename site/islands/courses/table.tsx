/** The comparison: every cost line side by side, a stacked bar of the lines, and the payback of each program. */
import type { CostLine, LineKind, ProgramCost } from '../../../functions/domain/program-cost.ts';
import { LINE_KINDS } from '../../../functions/domain/program-cost.ts';
import type { Percentile } from '../../../functions/domain/payback.ts';
import { coursesMessages } from '../../i18n/courses-messages.ts';
import { DEFAULT_LOCALE } from '../../i18n/locale.ts';
import type { PaybackView } from './api.ts';
import { seenText, totalText } from './list.tsx';

const m = coursesMessages(DEFAULT_LOCALE);
const usd = m.usd;
const monthsText = m.months;
const lineLabel = (kind: LineKind) => m.line[kind];

/** One program in the comparison, from the API or typed in by the reader. */
export interface Column {
  key: string;
  name: string;
  provider: string | null;
  own: boolean;
  certification: { id: string; acronym: string } | null;
  cost: ProgramCost;
  months: number | null;
  hoursText: string;
  costPerMonth: number | null;
  accreditation: string | null;
  url: string | null;
  seen: string | null;
  /** undefined: still loading; null: no income given. */
  payback: PaybackView | null | undefined;
}

export type SourceMap = ReadonlyMap<string, { publisher: string; url: string; seen?: string | undefined; vintage?: string | undefined }>;

export const PERCENTILE_LABEL: Readonly<Record<Percentile, string>> = { p10: '10th percentile', p25: '25th percentile', median: 'median', p75: '75th percentile', p90: '90th percentile' };
const COLOURS: Readonly<Record<LineKind, string>> = { tuition: '#0d5e56', fees: '#6b7f99', books: '#b35c00', exam: '#7b3fa0', membership: '#1f5fbf', retake: '#8a1c3c' };
const PATTERN: Partial<Record<LineKind, string>> = { fees: 'cc-dots', exam: 'cc-stripes', retake: 'cc-stripes' };

/** 2024-06-24 → Jun 24, 2024; 2024-06 → Jun 2024; 2024 → 2024 */
const datedText = m.dated;

function amountText(line: CostLine): string {
  if (line.status === 'included') return 'Included';
  if (line.status === 'unknown') return 'Unknown';
  if (line.status === 'not-needed') return 'Not needed';
  return `${line.bound === 'at-most' ? 'at most ' : line.bound === 'at-least' ? 'at least ' : ''}${usd(line.amount!)}`;
}

function Sources({ ids, sources, dated }: { ids: string[]; sources: SourceMap; dated?: string | undefined }) {
  const known = ids.map((id) => [id, sources.get(id)] as const).filter((e) => e[1] !== undefined);
  if (known.length === 0) return null;
  return (
    <span className="cc-src">
      Source: {known.map(([id, s], i) => <span key={id}>{i > 0 && '; '}<a href={s!.url}>{s!.publisher}</a></span>)}
      {dated ? `, dated ${datedText(dated)}` : known[0]![1]!.seen ? `, read ${seenText(known[0]![1]!.seen)}` : ''}
    </span>
  );
}

function LineCell({ line, sources }: { line: CostLine; sources: SourceMap }) {
  return (
    <td className={`cc-line cc-${line.status}`}>
      <strong>{amountText(line)}</strong>
      {line.basis === 'third-party' && <span className="cc-sub">third-party report</span>}
      {line.basis === 'your-input' && <span className="cc-sub">your input</span>}
      {line.computed && <span className="cc-sub">our calculation</span>}
      {line.detail && line.basis !== 'your-input' && <span className="cc-detail">{line.detail}</span>}
      <Sources ids={line.sourceIds} sources={sources} dated={line.dated} />
    </td>
  );
}

function PaybackCell({ p, percentile, areaName, sources }: { p: PaybackView | null | undefined; percentile: Percentile; areaName: string; sources: SourceMap }) {
  if (p === undefined) return <td>Loading wages…</td>;
  if (p === null) return <td>Enter your current income above to see it.</td>;
  const pct = PERCENTILE_LABEL[percentile];
  const wage = p.annualWage === null ? null : `${pct[0]!.toUpperCase()}${pct.slice(1)} pay for ${p.role.title} (BLS: ${p.occupationTitle}) in ${areaName}${p.year ? `, May ${p.year}` : ''}: ${usd(p.annualWage)} a year, ${usd(Math.round(p.monthlyWage!))} a month.`;
  let head: string;
  if (p.reason === 'price-not-published') head = 'Not worked out: the price is not published.';
  else if (p.reason === 'wage-not-published') head = `Not worked out: BLS publishes no ${pct} wage for ${p.occupationTitle} in ${areaName}.`;
  else if (p.reason === 'no-gain') head = 'Never, at this wage: it is not above your current income.';
  else head = `${p.lowerBound ? 'At least ' : 'About '}${monthsText(p.months)}`;
  return (
    <td className="cc-payback">
      <strong>{head}</strong>
      {wage && <span className="cc-detail">{wage}{p.monthlyGain !== null && p.monthlyGain > 0 ? ` That is ${usd(Math.round(p.monthlyGain))} a month more than now.` : ''}</span>}
      {p.lowerBound && p.months !== null && <span className="cc-detail">Some costs are unknown, so it may take longer.</span>}
      <Sources ids={p.sourceIds} sources={sources} />
    </td>
  );
}

export function CompareTable({ columns, sources, percentile, areaName, remove }: { columns: Column[]; sources: SourceMap; percentile: Percentile; areaName: string; remove: (c: Column) => void }) {
  return (
    <div className="table-wrap cc-frame" role="region" aria-labelledby="cc-compare-caption" tabIndex={0}>
      <table className="cc-compare">
        <caption id="cc-compare-caption">Cost of each program, line by line</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.url ? <a href={c.url}>{c.name}</a> : c.name}
                <span className="cc-sub">{c.own ? 'Your program (stays in this browser and its link)' : c.provider}</span>
                <button type="button" className="cc-link cc-remove" onClick={() => remove(c)}>
                  Remove<span className="cc-sr"> {c.name}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Credential</th>
            {columns.map((c) => <td key={c.key}>{c.certification ? <a href={`/certifications/${c.certification.id}/`}>{c.certification.acronym}</a> : 'None named'}</td>)}
          </tr>
          {LINE_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{lineLabel(kind)}</th>
              {columns.map((c) => <LineCell key={c.key} line={c.cost.lines.find((l) => l.kind === kind)!} sources={sources} />)}
            </tr>
          ))}
          <tr className="cc-total">
            <th scope="row">Total</th>
            {columns.map((c) => (
              <td key={c.key}>
                <strong>{totalText(c.cost)}</strong>
                {c.cost.lowerBound && c.cost.tuitionKnown && <span className="cc-detail">A lower bound: unknown lines ({c.cost.unknown.map((k) => lineLabel(k).toLowerCase()).join(', ') || 'a fee floor'}) are not in it.</span>}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Length</th>
            {columns.map((c) => <td key={c.key}>{monthsText(c.months)}{c.hoursText && <span className="cc-sub">{c.hoursText}</span>}</td>)}
          </tr>
          <tr>
            <th scope="row">Cost per month</th>
            {columns.map((c) => <td key={c.key}>{c.costPerMonth === null ? 'Not worked out (length or price unknown)' : `${c.cost.lowerBound ? 'at least ' : ''}${usd(c.costPerMonth)}`}</td>)}
          </tr>
          <tr>
            <th scope="row">Accreditation or approval</th>
            {columns.map((c) => <td key={c.key}>{c.own ? 'Your program' : c.accreditation ?? 'Not stated'}</td>)}
          </tr>
          <tr>
            <th scope="row">Source</th>
            {columns.map((c) => <td key={c.key}>{c.url ? <><a href={c.url}>Program page</a><span className="cc-sub">read {c.seen ? seenText(c.seen) : ''}</span></> : 'Your input'}</td>)}
          </tr>
          <tr className="cc-total">
            <th scope="row">Payback</th>
            {columns.map((c) => <PaybackCell key={c.key} p={c.payback} percentile={percentile} areaName={areaName} sources={sources} />)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A stacked bar per program: each known line paid on top, drawn to one scale; a dashed stub marks unknown lines. */
export function CostBars({ columns }: { columns: Column[] }) {
  const priced = columns.filter((c) => c.cost.total > 0);
  if (priced.length === 0) return null;
  const max = Math.max(...priced.map((c) => c.cost.total));
  const kinds = LINE_KINDS.filter((k) => priced.some((c) => c.cost.lines.some((l) => l.kind === k && l.status === 'extra')));
  return (
    <figure className="cc-bars" aria-labelledby="cc-bars-cap">
      <svg width="0" height="0" aria-hidden="true" className="cc-defs">
        <defs>
          <pattern id="cc-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff" /><rect width="3" height="6" fill="currentColor" /></pattern>
          <pattern id="cc-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="currentColor" /><circle cx="2.5" cy="2.5" r="1.2" fill="#fff" /></pattern>
        </defs>
      </svg>
      <ul className="cc-bar-list">
        {priced.map((c) => {
          let x = 0;
          return (
            <li key={c.key}>
              <span className="cc-bar-label">{c.name}: {totalText(c.cost)}</span>
              <svg viewBox="0 0 640 22" preserveAspectRatio="none" aria-hidden="true">
                {c.cost.lines.filter((l) => l.status === 'extra').map((l) => {
                  const w = Math.max(1, (l.amount! / max) * 600);
                  const rect = <rect key={l.kind} x={x} y="0" width={w} height="22" fill={PATTERN[l.kind] ? `url(#${PATTERN[l.kind]})` : COLOURS[l.kind]} style={{ color: COLOURS[l.kind] }} stroke="#fff" strokeWidth="1" />;
                  x += w;
                  return rect;
                })}
                {c.cost.lowerBound && <rect x={x + 2} y="1" width="30" height="20" fill="none" stroke="#4a5360" strokeDasharray="4 3" />}
              </svg>
            </li>
          );
        })}
      </ul>
      <figcaption id="cc-bars-cap">
        <ul className="cc-legend">
          {kinds.map((k) => (
            <li key={k}><svg width="14" height="14" aria-hidden="true" style={{ color: COLOURS[k] }}><rect width="14" height="14" fill={PATTERN[k] ? `url(#${PATTERN[k]})` : COLOURS[k]} /></svg> {lineLabel(k)}</li>
          ))}
          {priced.some((c) => c.cost.lowerBound) && <li><svg width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" fill="none" stroke="#4a5360" strokeDasharray="3 2" /></svg> Unknown (not to scale)</li>}
        </ul>
        Known costs of each program on one scale, by line. Lines a program includes are inside its tuition.
      </figcaption>
    </figure>
  );
}

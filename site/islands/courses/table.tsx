/** The comparison: every cost line side by side (a table, or a card per program on a phone), a stacked bar of the lines, and the payback of each program. */
import { use, type ReactNode } from 'react';
import type { CostLine, LineKind, ProgramCost } from '../../../functions/domain/program-cost.ts';
import { LINE_KINDS } from '../../../functions/domain/program-cost.ts';
import type { Percentile } from '../../../functions/domain/payback.ts';
import type { CoursesComparisonMessages } from '../../i18n/courses-comparison-messages.ts';
import { localePath } from '../../i18n/locale.ts';
import type { PaybackView } from './api.ts';
import { useCoursesWords, type CoursesWords } from './words.ts';

/** The island's words with the comparison's own (X), which load with this part. */
type TableWords = CoursesWords & { X: CoursesComparisonMessages };

/** The comparison's words, inside render: the island's, and the table's own once loaded (Suspense waits for them). */
function useTableWords(): TableWords {
  const words = useCoursesWords();
  return { ...words, X: use(words.comparison()) };
}

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

const COLOURS: Readonly<Record<LineKind, string>> = { tuition: '#0d5e56', fees: '#6b7f99', books: '#b35c00', supplies: '#5c6b1f', other: '#4a5360', exam: '#7b3fa0', membership: '#1f5fbf', retake: '#8a1c3c' };
const PATTERN: Partial<Record<LineKind, string>> = { fees: 'cc-dots', other: 'cc-dots', exam: 'cc-stripes', retake: 'cc-stripes' };

/** The amount, "at most $4,864", "Included", "Unknown", "None reported", or for a fee only third parties report, their range. */
function amountText(line: CostLine, { m, X, price }: TableWords): string {
  const { usd, compare: M } = m;
  if (line.reported) return price.range(line.reported);
  if (line.noneReported) return X.noneReported;
  if (line.status !== 'extra') return X.status[line.status];
  return line.bound === 'at-most' ? M.atMost(usd(line.amount!)) : line.bound === 'at-least' ? M.atLeast(usd(line.amount!)) : usd(line.amount!);
}

function Sources({ ids, sources, dated }: { ids: string[]; sources: SourceMap; dated?: string | undefined }) {
  const { X } = useTableWords();
  const known = ids.map((id) => [id, sources.get(id)] as const).filter((e) => e[1] !== undefined);
  if (known.length === 0) return null;
  const seen = known[0]![1]!.seen;
  return (
    <span className="cc-src">
      {X.source}{known.map(([id, s], i) => <span key={id}>{i > 0 && '; '}<a href={s!.url}>{s!.publisher}</a></span>)}
      {dated ? X.datedAt(dated) : seen ? X.readAt(seen) : ''}
    </span>
  );
}

/** What a comparison cell holds, and the class that marks its kind (included, unknown, a total). */
interface Cell {
  className?: string | undefined;
  content: ReactNode;
}

/** One line: its amount, then (in the API's words) what kind of figure it is, where it comes from and why. */
function lineCell(line: CostLine, sources: SourceMap, words: TableWords): Cell {
  const { m, price } = words;
  return {
    className: `cc-line cc-${line.status}${line.reported ? ' cc-reported' : ''}`,
    content: (
      <>
        <strong>{amountText(line, words)}</strong>
        {line.staleYear && line.figureKind && <span className="cc-sub cc-stale">{price.stale(line.figureKind, line.staleYear)}</span>}
        {line.basis === 'your-input' && <span className="cc-sub">{m.yourInput}</span>}
        {line.reported && <span className="cc-sub">{price.reportedKind(line.reported)}, {price.notCounted}</span>}
        {line.detail && line.basis !== 'your-input' && <span className="cc-detail">{line.detail}</span>}
        <Sources ids={line.sourceIds} sources={sources} dated={line.dated} />
      </>
    ),
  };
}

function paybackCell(p: PaybackView | null | undefined, percentile: Percentile, areaName: string, sources: SourceMap, { X }: TableWords): Cell {
  const P = X.payback;
  if (p === undefined) return { content: P.loading };
  if (p === null) return { content: P.noIncome };
  const wage = p.annualWage === null ? null : P.wage(percentile, p.role.title, p.occupationTitle, areaName, p.year, p.annualWage, Math.round(p.monthlyWage!));
  return {
    className: 'cc-payback',
    content: (
      <>
        <strong>{P.head(p, percentile, p.occupationTitle, areaName)}</strong>
        {p.recoveryMonths !== null && <span className="cc-detail">{P.split(p.studyMonths, p.recoveryMonths)}</span>}
        {wage && <span className="cc-detail">{wage}{p.monthlyGain !== null && p.monthlyGain > 0 ? P.gain(Math.round(p.monthlyGain)) : ''}</span>}
        {p.floors.includes('cost-unknown-line') && p.months !== null && <span className="cc-detail">{P.unknownCosts}</span>}
        <Sources ids={p.sourceIds} sources={sources} />
      </>
    ),
  };
}

/** One row of the comparison: the table's row, a card's line. */
interface CompareRow {
  key: string;
  label: string;
  /** A total: set apart by a rule above it. */
  total?: boolean;
  /** A cost line (a card keeps these on demand). */
  line?: boolean;
  cell: (c: Column) => Cell;
}

/** The comparison's rows, one home for what the table and the cards show. */
function compareRows(columns: Column[], sources: SourceMap, percentile: Percentile, areaName: string, words: TableWords): CompareRow[] {
  const { m, X, price, locale } = words;
  const { usd, compare: M, col: R } = m;
  const lineLabel = (kind: LineKind) => X.line[kind];
  const lines = LINE_KINDS.filter((kind) => columns.some((c) => c.cost.lines.some((l) => l.kind === kind))).map(
    (kind): CompareRow => ({
      key: kind,
      label: lineLabel(kind),
      line: true,
      cell: (c) => {
        const line = c.cost.lines.find((l) => l.kind === kind);
        // Supplies and other costs are lines only where a program's source lists them apart.
        return line ? lineCell(line, sources, words) : { className: 'cc-line', content: X.notSeparate };
      },
    }),
  );
  return [
    { key: 'credential', label: R.credential, cell: (c) => ({ content: c.certification ? <a href={localePath(locale, `/certifications/${c.certification.id}/`)}>{c.certification.acronym}</a> : m.noneNamed }) },
    ...lines,
    {
      key: 'total',
      label: R.total,
      total: true,
      cell: (c) => ({
        content: (
          <>
            <strong>{price.total(c.cost.total)}</strong>
            {c.cost.total.lowerBound && c.cost.total.amount !== null && <span className="cc-detail">{X.lowerBound(c.cost.total.unknown.map((k) => lineLabel(k).toLowerCase()))}</span>}
          </>
        ),
      }),
    },
    { key: 'length', label: R.length, cell: (c) => ({ content: <>{m.months(c.months)}{c.hoursText && <span className="cc-sub">{c.hoursText}</span>}</> }) },
    { key: 'per-month', label: R.perMonth, cell: (c) => ({ content: c.costPerMonth === null ? X.noPerMonth : c.cost.total.lowerBound ? M.atLeast(usd(c.costPerMonth)) : usd(c.costPerMonth) }) },
    { key: 'accreditation', label: R.accreditation, cell: (c) => ({ content: c.own ? X.yourProgramShort : (c.accreditation ?? m.notStated) }) },
    { key: 'source', label: R.source, cell: (c) => ({ content: c.url ? <><a href={c.url}>{m.programPage}</a><span className="cc-sub">{c.seen ? m.read(c.seen) : ''}</span></> : m.yourInput }) },
    { key: 'payback', label: R.payback, total: true, cell: (c) => paybackCell(c.payback, percentile, areaName, sources, words) },
  ];
}

interface CompareProps {
  columns: Column[];
  sources: SourceMap;
  percentile: Percentile;
  areaName: string;
  remove: (c: Column) => void;
}

/** A program's name (linked to its page; a heading on a card), who offers it, and its Remove button: a column head or a card's top. */
function ProgramHead({ c, remove, heading = false }: { c: Column; remove: (c: Column) => void; heading?: boolean }) {
  const { X } = useTableWords();
  const name = c.url ? <a href={c.url}>{c.name}</a> : c.name;
  return (
    <>
      {heading ? <h3 className="cc-card-head">{name}</h3> : name}
      <span className="cc-sub">{c.own ? X.yourProgram : c.provider}</span>
      <button type="button" className="cc-link cc-remove" onClick={() => remove(c)}>
        {X.remove}<span className="cc-sr"> {c.name}</span>
      </button>
    </>
  );
}

/**
 * The comparison, drawn twice from one set of rows: a table with a column per program on wide screens and in print,
 * one card per program on narrow screens (the stylesheet shows one), so a phone never scrolls sideways to see a program.
 * Each can take focus (the tray's "View comparison" moves it to the one shown).
 */
export function Comparison(props: CompareProps) {
  const rows = compareRows(props.columns, props.sources, props.percentile, props.areaName, useTableWords());
  return (
    <>
      <CompareTable {...props} rows={rows} />
      <CompareCards {...props} rows={rows} />
    </>
  );
}

function CompareTable({ columns, rows, remove }: CompareProps & { rows: CompareRow[] }) {
  const { X } = useTableWords();
  return (
    <div className="table-wrap cc-frame" role="region" aria-labelledby="cc-compare-caption" tabIndex={0}>
      <table className="cc-compare">
        <caption id="cc-compare-caption">{X.caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                <ProgramHead c={c} remove={remove} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.total ? 'cc-total' : undefined}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => {
                const cell = row.cell(c);
                return <td key={c.key} className={cell.className}>{cell.content}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows as a card's definition list. */
function CardRows({ c, rows }: { c: Column; rows: CompareRow[] }) {
  return (
    <dl>
      {rows.map((row) => {
        const cell = row.cell(c);
        return (
          <div key={row.key} className={row.total ? 'cc-total' : undefined}>
            <dt>{row.label}</dt>
            <dd className={cell.className}>{cell.content}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** A card per program: the figures to compare first (total, length, payback), its cost lines on demand under the total. */
function CompareCards({ columns, rows, remove }: CompareProps & { rows: CompareRow[] }) {
  const { X } = useTableWords();
  const totalAt = rows.findIndex((r) => r.key === 'total') + 1;
  const head = rows.slice(0, totalAt).filter((r) => !r.line);
  const lines = rows.filter((r) => r.line);
  const tail = rows.slice(totalAt).filter((r) => !r.line);
  return (
    <section className="cc-cards" aria-label={X.cards} tabIndex={-1}>
      <ul>
        {columns.map((c) => (
          <li key={c.key} className="cc-card">
            <ProgramHead c={c} remove={remove} heading />
            <CardRows c={c} rows={head} />
            {lines.length > 0 && (
              <details className="cc-card-lines">
                <summary>{X.cardLines}<span className="cc-sr"> {c.name}</span></summary>
                <CardRows c={c} rows={lines} />
              </details>
            )}
            <CardRows c={c} rows={tail} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A stacked bar per program: each known line paid on top, drawn to one scale; a dashed stub marks unknown lines. */
export function CostBars({ columns }: { columns: Column[] }) {
  const { X, price } = useTableWords();
  const priced = columns.filter((c) => c.cost.total.amount !== null);
  if (priced.length === 0) return null;
  const max = Math.max(...priced.map((c) => c.cost.total.amount!));
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
              <span className="cc-bar-label">{c.name}: {price.total(c.cost.total)}</span>
              <svg viewBox="0 0 640 22" preserveAspectRatio="none" aria-hidden="true">
                {c.cost.lines.filter((l) => l.status === 'extra').map((l) => {
                  const w = Math.max(1, (l.amount! / max) * 600);
                  const rect = <rect key={l.kind} x={x} y="0" width={w} height="22" fill={PATTERN[l.kind] ? `url(#${PATTERN[l.kind]})` : COLOURS[l.kind]} style={{ color: COLOURS[l.kind] }} stroke="#fff" strokeWidth="1" />;
                  x += w;
                  return rect;
                })}
                {c.cost.total.lowerBound && <rect x={x + 2} y="1" width="30" height="20" fill="none" stroke="#4a5360" strokeDasharray="4 3" />}
              </svg>
            </li>
          );
        })}
      </ul>
      <figcaption id="cc-bars-cap">
        <ul className="cc-legend">
          {kinds.map((k) => (
            <li key={k}><svg width="14" height="14" aria-hidden="true" style={{ color: COLOURS[k] }}><rect width="14" height="14" fill={PATTERN[k] ? `url(#${PATTERN[k]})` : COLOURS[k]} /></svg> {X.line[k]}</li>
          ))}
          {priced.some((c) => c.cost.total.lowerBound) && <li><svg width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" fill="none" stroke="#4a5360" strokeDasharray="3 2" /></svg> {X.bars.unknown}</li>}
        </ul>
        {X.bars.caption}
      </figcaption>
    </figure>
  );
}

/**
 * The pay range of one or more areas as an SVG: a hatched 10th–90th percentile bar, a solid
 * 25th–75th band, the median as a heavy line, every number written on it. It scales with its
 * viewBox; shapes and labels carry the meaning, so it reads without colour.
 */
import type { WageField } from '../../../data/schemas.ts';
import { FIELDS, type Figures, type Pay } from './api.ts';
import { useSalariesWords, type SalariesWords } from './words.ts';

export interface ChartRow {
  /** Area and year, shown above its bar. */
  label: string;
  figures: Figures;
  /** Measures this site computed (annual ÷ 2,080), said so in the chart's name. */
  computed: readonly WageField[];
}

const W = 320;
const PAD = 4;
const ROW = 94;
const CY = 58;
const HATCH = 'sx-hatch';

/** The scale shared by every row: known values, with room for an unpublished top end. */
function domainOf(rows: readonly ChartRow[]): [number, number] {
  const values = rows.flatMap((r) => FIELDS.map((f) => r.figures[f]).filter((v) => v !== null));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || hi * 0.2;
  const openTop = rows.some((r) => r.figures.p90 === null && r.figures.p75 !== null);
  return [lo - span * 0.03, hi + span * (openTop ? 0.15 : 0.03)];
}

/** What one row says, for the chart's accessible name. */
const describe = ({ label, figures: f, computed }: ChartRow, pay: Pay, { w: { field, money, computedMark }, t: { chart: t } }: SalariesWords) =>
  `${label}: ${FIELDS.filter((k) => k !== 'mean' || f.median === null)
    .map((k) => `${field[k].toLowerCase()} ${f[k] === null ? t.blank : `${money(f[k], pay)}${computed.includes(k) ? ` (${computedMark})` : ''}`}`)
    .join(', ')}`;

export function RangeChart({ rows, pay, title }: { rows: readonly ChartRow[]; pay: Pay; title: string }) {
  const words = useSalariesWords();
  const [lo, hi] = domainOf(rows);
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (W - 2 * PAD);
  return (
    <svg className="sx-chart" viewBox={`0 0 ${W} ${rows.length * ROW}`} role="img" aria-label={`${title}. ${rows.map((r) => describe(r, pay, words)).join('. ')}.`}>
      <defs>
        <pattern id={HATCH} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="sx-hatch-bg" />
          <line y2="6" className="sx-hatch-line" />
        </pattern>
      </defs>
      {rows.map((row, i) => (
        <g key={row.label} transform={`translate(0 ${i * ROW})`}>
          <text x={PAD} y={13} className="sx-chart-area">
            {row.label}
          </text>
          <RowMarks f={row.figures} computed={row.computed} pay={pay} x={x} />
        </g>
      ))}
    </svg>
  );
}

/**
 * One area's marks around the bar's centre line CY: the median's label on top, the 25th and 75th
 * above the bar, the 10th and 90th below it. An unpublished end is drawn open (dashed) to the edge.
 */
function RowMarks({ f, computed, pay, x }: { f: Figures; computed: readonly WageField[]; pay: Pay; x: (v: number) => number }) {
  const {
    w: { money, field },
    t: { chart: t },
  } = useSalariesWords();
  /** Computed figures are drawn in italics (the key says so). */
  const cls = (k: WageField, base?: string) => (computed.includes(k) ? `${base ?? ''} sx-chart-computed`.trim() : base);
  /** A label placed by its start, middle or end (share 0, 0.5, 1 of its width), kept inside the chart. */
  const label = (text: string, at: number, y: number, share: number, className?: string) => {
    const w = text.length * 7; // rough width of a 12-unit system-ui label
    return (
      <text key={y + text} x={Math.min(Math.max(at - w * share, PAD), W - PAD - w)} y={y} className={className}>
        {text}
      </text>
    );
  };
  const { p10, p25, median, p75, p90, mean } = f;
  const marks = [];
  if (p10 !== null || p90 !== null) {
    const a = p10 === null ? PAD : x(p10);
    const b = p90 === null ? W - PAD : x(p90);
    marks.push(<rect key="outer" x={a} y={CY - 5} width={b - a} height={10} fill={`url(#${HATCH})`} className={p10 === null || p90 === null ? 'sx-outer sx-open' : 'sx-outer'} />);
    marks.push(label(p10 === null ? t.tenthBlank : money(p10, pay), a, CY + 27, 0, cls('p10')));
    marks.push(label(p90 === null ? t.ninetiethBlank : money(p90, pay), b, CY + 27, 1, cls('p90')));
  }
  if (p25 !== null && p75 !== null) marks.push(<rect key="band" x={x(p25)} y={CY - 10} width={x(p75) - x(p25)} height={20} className="sx-band" />);
  if (p25 !== null) marks.push(label(money(p25, pay), x(p25) - 3, CY - 14, 1, cls('p25')));
  if (p75 !== null) marks.push(label(money(p75, pay), x(p75) + 3, CY - 14, 0, cls('p75')));
  if (median !== null) {
    marks.push(<line key="median" x1={x(median)} x2={x(median)} y1={CY - 15} y2={CY + 15} className="sx-median" />);
    marks.push(label(t.at(field.median, money(median, pay)), x(median), CY - 28, 0.5, cls('median', 'sx-chart-strong')));
  } else if (mean !== null) {
    marks.push(<circle key="mean" cx={x(mean)} cy={CY} r={6} className="sx-mean" />);
    marks.push(label(t.at(field.mean, money(mean, pay)), x(mean), CY - 28, 0.5, cls('mean', 'sx-chart-strong')));
    if (p10 === null && p90 === null) marks.push(label(t.noPercentiles, x(mean), CY + 27, 0.5, 'sx-chart-note'));
  }
  return marks;
}

/** The key to the chart's shapes, in words (the swatches are drawn by CSS). */
export function ChartKey({ mean, computed }: { mean: boolean; computed: boolean }) {
  const t = useSalariesWords().t.chart;
  return (
    <ul className="sx-key" aria-label={t.key}>
      <li className="sx-k-outer">{t.outer}</li>
      <li className="sx-k-band">{t.band}</li>
      <li className="sx-k-median">{t.median}</li>
      {mean && <li className="sx-k-mean">{t.mean}</li>}
      {computed && <li className="sx-k-computed">{t.computed}</li>}
    </ul>
  );
}

/**
 * The plan as a timeline by month, start to credential: one labelled bar per phase (solid, hatched,
 * dashed), breaks as a dotted band drawn over the bars (study pauses there), the exam and the credential
 * as labelled lines. Words and patterns carry the meaning, so it reads without colour; the milestone
 * list after it says the same in full.
 */
import type { Plan } from '../../../functions/domain/planner.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';

const W = 360;
const PAD = 4;
const FONT = 11;
const LANE = { coursework: 30, 'exam-prep': 62, results: 94 } as const;
const BAR = 12;
const AXIS = 126;
const H = 150;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** Rough width of a label in viewBox units. */
const textWidth = (s: string) => s.length * FONT * 0.62;

/** The first day of each month from the start's month to the month after the credential. */
function monthsOf(plan: Plan): string[] {
  const [y, m] = plan.startDate.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const iso = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 10);
    out.push(iso);
    if (iso > plan.credentialDate) return out;
  }
}

/** What the chart shows, for its accessible name. */
export function describeChart(plan: Plan, m: PlanPageMessages['chart']): string {
  return m.describe({
    phases: plan.phases,
    breaks: plan.breaks.length,
    examDate: plan.examDate,
    acronym: plan.credential.acronym,
    credentialDate: plan.credentialDate,
  });
}

/** The timeline chart of a plan. */
export function TimelineChart({ plan, m }: { plan: Plan; m: PlanPageMessages['chart'] }) {
  const months = monthsOf(plan);
  const from = dayOf(months[0]!);
  const to = dayOf(months.at(-1)!);
  const x = (iso: string) => PAD + ((dayOf(iso) - from) / (to - from)) * (W - 2 * PAD);
  const xEnd = (iso: string) => x(isoOfDay(dayOf(iso) + 1));
  const every = Math.max(1, Math.ceil(months.length / 12));
  const clampLabel = (text: string, at: number) => Math.min(Math.max(at, PAD), W - PAD - textWidth(text));
  const marker = (iso: string, label: string, y: number) => {
    const at = x(iso) + 0.5;
    const right = at + 3 + textWidth(label) <= W - PAD;
    return (
      <g key={label}>
        <line x1={at} x2={at} y1={14} y2={AXIS} className="pl-c-marker" />
        <text x={right ? at + 3 : at - 3} y={y} textAnchor={right ? 'start' : 'end'} className="pl-c-strong">
          {label}
        </text>
      </g>
    );
  };
  return (
    <svg className="pl-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeChart(plan, m)}>
      <defs>
        <pattern id="pl-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" className="pl-c-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="5" className="pl-c-hatch" />
        </pattern>
        <pattern id="pl-dots" width="4" height="4" patternUnits="userSpaceOnUse">
          <circle cx="2" cy="2" r="0.8" className="pl-c-dot" />
        </pattern>
      </defs>
      {months.map((month, i) => (
        <g key={month}>
          <line x1={x(month)} x2={x(month)} y1={14} y2={AXIS} className="pl-c-grid" />
          {i % every === 0 && i < months.length - 1 && (
            <text x={x(month) + 2} y={AXIS + 12} className="pl-c-month">
              {m.month(month)}
              {(i === 0 || month.endsWith('-01-01')) && (
                <tspan x={x(month) + 2} dy={11}>
                  {month.slice(0, 4)}
                </tspan>
              )}
            </text>
          )}
        </g>
      ))}
      {plan.phases.map((p) => {
        const y = LANE[p.key as keyof typeof LANE];
        if (y === undefined) return null;
        const a = x(p.start);
        return <rect key={p.key} x={a} y={y} width={Math.max(xEnd(p.end) - a, 2)} height={BAR} fill={p.key === 'exam-prep' ? 'url(#pl-hatch)' : undefined} className={`pl-c-bar pl-c-${p.key}`} />;
      })}
      {plan.breaks.map((b) => {
        const a = Math.max(x(b.start), PAD);
        const e = Math.min(xEnd(b.end), W - PAD);
        // Drawn over the bars: study pauses in a break, so the bars visibly stop.
        return e > a ? (
          <g key={b.start}>
            <rect x={a} y={14} width={e - a} height={AXIS - 14} className="pl-c-break-bg" />
            <rect x={a} y={14} width={e - a} height={AXIS - 14} fill="url(#pl-dots)" className="pl-c-break" />
          </g>
        ) : null;
      })}
      {plan.phases.map((p) => {
        const y = LANE[p.key as keyof typeof LANE];
        return y === undefined ? null : (
          <text key={p.key} x={clampLabel(p.label, x(p.start))} y={y - 4} className="pl-c-label">
            {p.label}
          </text>
        );
      })}
      {marker(plan.examDate, m.exam, 10)}
      {plan.credentialDate !== plan.examDate && marker(plan.credentialDate, plan.credential.acronym, AXIS - 4)}
    </svg>
  );
}

/** Spanish words of a total and of an exam-fee range third parties report: what islands put beside a price (no cost notes, no kinds). */
import type { FigureKind, ReportedRange } from '../../../functions/domain/figure-kind.ts';
import type { CostTotal } from '../../../functions/domain/program-cost.ts';
import type { totalWords as english } from '../en/totals.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
const range = (r: Pick<ReportedRange, 'low' | 'high'>) => (r.low === r.high ? f.usd(r.low) : `${f.usd(r.low)}–${f.usd(r.high)}`);
const reportedKind = (r: ReportedRange) => `${r.sourceIds.length > 1 ? 'informes de terceros' : 'informe de terceros'}${r.years.length > 0 ? ` (${r.years.join(', ')})` : ''}`;

/** The words of a total and of a range third parties report (islands import this group alone: it carries no cost notes). */
export const totalWords: typeof english = {
  /** A total as a reader meets it: "$3,895", "al menos $2,690", "hasta $4,864, más costos desconocidos", "Precio no publicado". */
  total: (t: Pick<CostTotal, 'amount' | 'lowerBound' | 'atMost'>) => {
    if (t.amount === null) return 'Precio no publicado';
    const dollars = f.usdExact(t.amount);
    if (t.atMost.length > 0) return t.lowerBound ? `hasta ${dollars}, más costos desconocidos` : `como máximo ${dollars}`;
    return t.lowerBound ? `al menos ${dollars}` : dollars;
  },
  /** "$399–$499", "$117" */
  range,
  /** "informes de terceros (2026)": the kind of a reported range. */
  reportedKind,
  /** "$399–$499, informes de terceros (2026)", never counted in a total. */
  reported: (r: ReportedRange) => `${range(r)}, ${reportedKind(r)}`,
  notCounted: 'no se cuenta en el total',
  /** Beside a registry's or older page's price more than two years old: "informado en 2021; verifique el precio actual". */
  stale: (kind: FigureKind, year: string) => `${kind === 'state-registry' ? 'informado en' : 'de'} ${year}; verifique el precio actual`,
};

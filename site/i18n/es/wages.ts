/**
 * Spanish words for wage figures wherever they appear (the salaries island and the static pages):
 * measures, units, BLS symbols in words, the figures this site computes, a fallen-back year and the
 * PRSE caution. The domain gives codes and numbers (functions/domain/salary.ts); this words them.
 */
import type { WageField } from '../../../data/schemas.ts';
import type { BlankSymbol } from '../../../functions/domain/salary.ts';
import type { wages as english } from '../en/wages.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
type Pay = Parameters<typeof english.money>[1];

/** A percent as BLS writes a PRSE: 30.4 %. */
const percent = (n: number) => `${f.decimal(n)} %`;

/** Why BLS's asked-for year has no wages here, in words. */
const whyNot = (symbol: BlankSymbol) =>
  symbol === '*' ? 'están suprimidos (*: estimación de salario no disponible)' : symbol === 'not-collected' ? 'no están en la copia consultada' : `están marcados con ${symbol}`;

/** Wage words in Spanish. */
export const wages: typeof english = {
  /** $47,230 a year's figure, or $22.71 an hour's: whole dollars for annual pay, cents for hourly. */
  money: (value: number, pay: Pay) => (pay === 'hourly' ? f.usdHourly(value) : f.usd(value)),
  /** 20,390 */
  count: f.count,
  /** "mayo de 2024": OEWS figures are for a May reference period. */
  may: (year: number) => `mayo de ${year}`,
  /** Names of the measures in tables, chart descriptions and lists. */
  field: { p10: 'Percentil 10', p25: 'Percentil 25', median: 'Mediana', p75: 'Percentil 75', p90: 'Percentil 90', mean: 'Promedio' } satisfies Record<WageField, string>,
  /** "al año", "por hora" */
  perUnit: { annual: 'al año', hourly: 'por hora' } satisfies Record<Pay, string>,
  pay: { annual: 'Anual', hourly: 'Por hora' } satisfies Record<Pay, string>,
  /** Where a figure would be: the BLS symbol in words (never a bare blank, never 0). */
  blank: {
    '*': 'suprimido por BLS (*)',
    '**': 'no disponible en BLS (**)',
    '#': 'por encima del tope de BLS (#)',
    'not-collected': 'no está en la copia consultada',
  } satisfies Record<BlankSymbol, string>,
  /** A blank with no entry in the data's list. */
  notPublished: 'no publicado',
  /** The label beside a figure this site computed from BLS's annual one. */
  computedMark: 'calculado',
  /** The rule, in a legend or after a computed figure. */
  computedRule: 'anual ÷ 2,080, la convención de BLS',
  /** The caution for an uncertain jobs count (employment PRSE above the threshold). */
  prseCaution: (prse: number) => `La estimación de empleos de BLS aquí es incierta: error estándar relativo de ${percent(prse)}.`,
  /** Beside the jobs count in a narrow cell. */
  prseShort: (prse: number) => `incierto (RSE ${percent(prse)})`,
  /** Why an older year is shown (e.g. Mississippi file clerks: May 2024 suppressed, May 2023 mean). */
  fallback: ({ area, shown, asked, symbol, jobs }: Parameters<typeof english.fallback>[0]) =>
    `${area}: mayo de ${shown}, otro año. Los salarios de BLS de mayo de ${asked} aquí ${whyNot(symbol)}${jobs !== null ? `, aunque BLS publicó una cifra de empleo de ${f.count(jobs)} para mayo de ${asked}` : ''}. En su lugar se muestran las cifras de mayo de ${shown}.`,
  /** In a year cell: "mayo de 2023 (mayo de 2024 suprimido)". */
  fallbackShort: (shown: number, asked: number, symbol: BlankSymbol) => `mayo de ${shown} (mayo de ${asked} ${symbol === '*' ? 'suprimido' : 'no publicado'})`,
};

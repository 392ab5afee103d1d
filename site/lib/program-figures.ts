/**
 * The program figures this site worked out, in a locale's words, for /methodology/training-sources/:
 * each price computed from a per-credit rate (its rule and kind), and each credit total, hour count or
 * length derived from the program's own figures. Which lengths and hours are worked out is read from
 * the English data, its one wording ("computed"); the page shows each in its language.
 */
import { dataset } from '../../data/index.ts';
import { figureKindOf } from '../../functions/domain/figure-kind.ts';
import { kindMessages } from '../i18n/cost-words.ts';
import { dataText } from '../i18n/data-text.ts';
import type { Locale } from '../i18n/locale.ts';
import { methodologyMessages } from '../i18n/methodology-messages.ts';
import { datasetIn } from './data-in.ts';

/** The worked-out figures: prices from a per-credit rate, and derived credits, hours and lengths. */
export function workedOutProgramFigures(locale: Locale): { perCredit: string[]; derived: string[] } {
  const c = methodologyMessages(locale).computed;
  const price = kindMessages(locale);
  const words = dataText(locale);
  const perCredit = datasetIn(locale).programs.flatMap((p) =>
    p.tuition.versions.filter((v) => v.computed).map((v) => c.example({ program: p.provider, note: v.note ?? '', kind: price.kind(figureKindOf(v), p.provider, v.bound) })),
  );
  const derived = dataset.programs.flatMap((p) =>
    [p.hours.creditsComputed || /computed/i.test(p.hours.text ?? '') ? p.hours.text : null, /computed/i.test(p.length.text ?? '') ? p.length.text : null]
      .filter((t): t is string => t !== null)
      .map((text) => c.derived({ program: p.provider, text: words(text) })),
  );
  return { perCredit, derived };
}

/**
 * Spanish words of a program's cost: each cost note code as the line's detail (the API's `detail`),
 * and the words of a price's kind that pages put beside it.
 */
import type { FigureKind } from '../../../functions/domain/figure-kind.ts';
import type { CostNote, CostNoteCode, ItemKind, MembershipPrice, MembershipWhy } from '../../../functions/domain/program-cost.ts';
import type { cost as english, kindWords as englishKindWords } from '../en/cost.ts';
import { formatFor } from '../format.ts';
import { totalWords } from './totals.ts';

const f = formatFor('es');
const why = (w: MembershipWhy) => (w.required ? `Para la credencial ${w.acronym} se exige la membresía de ${w.issuer}.` : 'Hace falta para el precio del examen para miembros.');
const counted = (c: MembershipPrice) =>
  c.price === 'join' ? ' El precio para hacerse miembro.' : ` El precio de renovación de ${c.issuer}: las páginas de ${c.issuer} no dan un precio para hacerse miembro.`;
const examPrice = { member: 'para miembros', 'non-member': 'para no miembros' } as const;

/** "tarifa con fecha de 2018", "tarifa con fecha de jun 2024": the year of a computed figure's rate, or that it is not stated. */
const rateDate = (dated: string | undefined) => (dated ? `tarifa con fecha de ${f.partialDate(dated, 'medium')}` : 'no se indica el año de la tarifa');

/** The words of a price's kind (pages, the guide reader and the API's details; build time where it can be). */
export const kindWords: typeof englishKindWords = {
  /** A kind as a short label beside a figure; `who` publishes it ("el proveedor", "AHIMA"). */
  kind: (kind: FigureKind, who: string, bound?: 'at-least' | 'at-most') =>
    ({
      published: `publicado por ${who}`,
      computed: 'calculado por nosotros a partir de una tarifa publicada',
      'third-party': 'informe de terceros',
      bound: bound === 'at-least' ? 'un mínimo: se cobra más aparte' : 'un límite superior, no una cotización',
      'older-page': 'de una página anterior',
      'state-registry': `informado por ${who} a un registro estatal`,
    })[kind],
  /** Beside a registry's or older page's price more than two years old: "informado en 2021; verifique el precio actual". */
  stale: totalWords.stale,
  /** "tarifa con fecha de 2018", "no se indica el año de la tarifa": the date of a computed figure's rate. */
  rateDate,
  /** The rule and rate date of a computed figure: "37 credits × $104.88 … fees only; tarifa con fecha de 2018". */
  computedRule: (note: string | undefined, dated: string | undefined) => (note ? `${note.replace(/\.$/, '')}; ${rateDate(dated)}` : rateDate(dated)),
};

/** "Calculado por nosotros a partir de una tarifa publicada, tarifa con fecha de 2018." : a figure's kind as the first words of its detail. */
const kindSentence = (kind: FigureKind, who: string | null, dated: string | null, bound: 'at-least' | 'at-most' | null, staleYear: string | null) => {
  const words = kindWords.kind(kind, who ?? 'el proveedor', bound ?? undefined);
  const stale = staleYear ? `: ${kindWords.stale(kind, staleYear)}` : '';
  return `${words[0]!.toUpperCase()}${words.slice(1)}${kind === 'computed' ? `, ${rateDate(dated ?? undefined)}` : ''}${stale}.`;
};

/** A line besides tuition in a sentence: "cuotas", "útiles o herramientas". */
const itemWords: Record<ItemKind, string> = { fees: 'cuotas', books: 'libros o materiales', supplies: 'útiles o herramientas', other: 'otros costos' };
/** "incluidas" for fees (feminine), "incluidos" for the rest. */
const includedWord = (kind: ItemKind) => (kind === 'fees' ? 'incluidas' : 'incluidos');

const note: { [C in CostNoteCode]: (n: Extract<CostNote, { code: C }>) => string } = {
  figure: ({ yourInput, figureKind, who, dated, bound, staleYear, text, suffix, otherVersions }) => {
    const end =
      suffix === null ? '' : 'exam' in suffix ? ` (precio ${examPrice[suffix.exam.price]}, ${suffix.exam.acronym}).` : ` Un año.${counted(suffix.counted)} ${why(suffix.membership)}`;
    const conflict =
      otherVersions > 0
        ? ` ${otherVersions > 1 ? `Se guardan otras ${otherVersions} versiones` : 'Se guarda otra versión'}; esta se elige por la regla (primero la página oficial, luego la más reciente).`
        : '';
    const kind = figureKind === null ? '' : `${kindSentence(figureKind, who, dated, bound, staleYear)} `;
    return `${yourInput ? 'Dato ingresado por usted.' : `${kind}${text ?? ''}`}${end}${conflict}`.trim();
  },
  unpublished: ({ reason, missing, itemNote }) =>
    reason ??
    {
      price: 'Precio no publicado.',
      'item-cost': `No está incluido y el costo no está publicado.${itemNote ? ` ${itemNote}` : ''}`,
      dues: 'Cuotas de membresía no publicadas.',
    }[missing],
  'in-price': ({ itemNote }) => `Incluido en el precio del programa.${itemNote ? ` ${itemNote}` : ''}`.trim(),
  'in-your-price': () => 'Incluido en el precio del programa. Se toma como parte del precio que usted escribió.',
  'not-entered': ({ missing }) => (missing === 'item-cost' ? 'No está incluido y no se escribió un costo.' : 'No se escribió.'),
  'item-unknown': ({ kind, itemNote }) => itemNote ?? `Las páginas del programa no dicen si incluye ${itemWords[kind]} ni cuánto cuestan.`,
  'none-reported': ({ kind, itemNote }) =>
    `No se informó nada: el proveedor no anotó ${itemWords[kind]} en el registro estatal (el campo es 0). Eso no quiere decir que estén ${includedWord(kind)}: pregunte al proveedor.${itemNote ? ` ${itemNote}` : ''}`,
  'no-credential': ({ about }) =>
    ({
      exam: 'El programa no nombra ninguna credencial, así que no se sabe la cuota del examen.',
      membership: 'El programa no nombra ninguna credencial, así que no se sabe si hace falta una membresía.',
      retake: 'El programa no nombra ninguna credencial, así que no se puede calcular el precio de volver a tomar el examen.',
    })[about],
  'exam-included': ({ acronym, attempts, evidence }) =>
    `El examen ${acronym} está incluido en el precio del programa${attempts ? ` (${attempts} ${attempts > 1 ? 'intentos' : 'intento'})` : ''}.${evidence ? ` La fuente dice: ${evidence}` : ''}`,
  'exam-maybe-included': ({ acronym, fee }) =>
    `Las páginas del programa no dicen si incluye el examen ${acronym}.${fee !== null ? ` Si no lo incluye, cuesta ${f.usdExact(fee)}.` : ''}`,
  // The range itself is the line's `reported` figure, said beside the amount; the words name each report.
  'exam-fee-unpublished': ({ reason, issuer, price, reported }) =>
    `${reason ?? `${issuer} no publica el precio ${examPrice[price]}.`}${reported.length > 0 ? ` Informes de terceros: ${reported.join('; ')} (no se usan en el total).` : ''}`,
  'membership-not-needed': ({ issuer, acronym, stated }) =>
    stated ? `La membresía de ${issuer} es opcional para la credencial ${acronym}.` : `Las páginas leídas no indican que se exija la membresía de ${issuer}.`,
  'membership-included': (n) => `${why(n.why)} El precio del programa la incluye.`,
  'membership-maybe-included': (n) => `${why(n.why)} Las páginas del programa no dicen si está incluida.`,
  'no-retake': () => 'No se sumó el costo de volver a tomar el examen.',
  'retake-included': () => 'El programa incluye un segundo intento.',
  'retake-free': ({ policy }) => `Puede volver a tomar el examen una vez gratis: ${policy}`,
  'retake-pay-again': ({ policy }) => `Un segundo intento cuesta otra vez la cuota del examen. ${policy}`,
  'retake-unpublished': ({ acronym, policy }) => `El precio para volver a tomar el examen ${acronym} no está publicado: ${policy}`,
};

/** A program's cost in Spanish; `rule` and `percentileCaveat` are said with every comparison. */
export const cost: typeof english = {
  note,
  rule: 'Si las páginas no coinciden, la cifra que se muestra viene primero de la página oficial y luego de la más reciente. Todas las versiones se guardan en los datos.',
  percentileCaveat:
    'La recuperación de la inversión usa el percentil 25, salvo que usted elija otro. Quien empieza en este trabajo suele ganar menos que la mediana. Los percentiles de OEWS (estadísticas de empleo y salarios por ocupación) no son niveles de experiencia. Muestran cómo se reparte el salario entre todas las personas de la ocupación en el área, en cualquier momento de su carrera.',
};

/**
 * English words of a program's cost: each cost note code as the line's detail (the API's `detail`),
 * and the words of a price's kind that pages put beside it.
 */
import type { FigureKind } from '../../../functions/domain/figure-kind.ts';
import type { CostNote, CostNoteCode, ItemKind, MembershipPrice, MembershipWhy } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../format.ts';
import { totalWords } from './totals.ts';

const f = formatFor('en');
const why = (w: MembershipWhy) => (w.required ? `${w.issuer} membership is required for the ${w.acronym}.` : 'Needed for the member exam price.');
const counted = (c: MembershipPrice) => (c.price === 'join' ? ' The price to join.' : ` ${c.issuer}'s renewal price: ${c.issuer}'s pages give no price to join.`);

/** "rates dated 2018", "June 2024 rates": the year of a computed figure's rate, or that it is not stated. */
const rateDate = (dated: string | undefined) => (dated ? `rate dated ${f.partialDate(dated, 'medium')}` : 'rate year not stated');

/** The words of a price's kind (pages, the guide reader and the API's details; build time where it can be). */
export const kindWords = {
  /** A kind as a short label beside a figure; `who` publishes it ("the provider", "AHIMA"). */
  kind: (kind: FigureKind, who: string, bound?: 'at-least' | 'at-most') =>
    ({
      published: `published by ${who}`,
      computed: 'computed by this site from a published rate',
      'third-party': 'third-party report',
      bound: bound === 'at-least' ? 'a floor: more is charged on top' : 'an upper bound, not a quote',
      'older-page': 'from an older page',
      'state-registry': `reported by ${who} to a state registry`,
    })[kind],
  /** Beside a registry's or older page's price more than two years old: "reported in 2021; check the current price". */
  stale: totalWords.stale,
  /** "rate dated 2018", "rate year not stated": the date of a computed figure's rate. */
  rateDate,
  /** The rule and rate date of a computed figure: "37 credits × $104.88 … fees only; rate dated 2018". */
  computedRule: (note: string | undefined, dated: string | undefined) => (note ? `${note.replace(/\.$/, '')}; ${rateDate(dated)}` : rateDate(dated)),
};

/** "Computed by this site from a published rate, rate dated 2018." : a figure's kind as the first words of its detail. */
const kindSentence = (kind: FigureKind, who: string | null, dated: string | null, bound: 'at-least' | 'at-most' | null, staleYear: string | null) => {
  const words = kindWords.kind(kind, who ?? 'the provider', bound ?? undefined);
  const stale = staleYear ? `: ${kindWords.stale(kind, staleYear)}` : '';
  return `${words[0]!.toUpperCase()}${words.slice(1)}${kind === 'computed' ? `, ${rateDate(dated ?? undefined)}` : ''}${stale}.`;
};

/** A line besides tuition in a sentence: "fees", "supplies and tools". */
const itemWords: Record<ItemKind, string> = { fees: 'fees', books: 'books or materials', supplies: 'supplies or tools', other: 'other costs' };

const note: { [C in CostNoteCode]: (n: Extract<CostNote, { code: C }>) => string } = {
  figure: ({ yourInput, figureKind, who, dated, bound, staleYear, text, suffix, otherVersions }) => {
    const end = suffix === null ? '' : 'exam' in suffix ? ` (${suffix.exam.price} price, ${suffix.exam.acronym}).` : ` One year.${counted(suffix.counted)} ${why(suffix.membership)}`;
    const conflict = otherVersions > 0 ? ` ${otherVersions} other version${otherVersions > 1 ? 's' : ''} kept; this one is chosen by the rule (official page first, newest next).` : '';
    const kind = figureKind === null ? '' : `${kindSentence(figureKind, who, dated, bound, staleYear)} `;
    return `${yourInput ? 'Your input.' : `${kind}${text ?? ''}`}${end}${conflict}`.trim();
  },
  unpublished: ({ reason, missing, itemNote }) =>
    reason ?? { price: 'Price not published.', 'item-cost': `Not included, and the cost is not published.${itemNote ? ` ${itemNote}` : ''}`, dues: 'Dues not published.' }[missing],
  'in-price': ({ itemNote }) => `In the program's price.${itemNote ? ` ${itemNote}` : ''}`.trim(),
  'in-your-price': () => "In the program's price. Taken as part of the price you entered.",
  'not-entered': ({ missing }) => (missing === 'item-cost' ? 'Not included, and no cost entered.' : 'Not entered.'),
  'item-unknown': ({ kind, itemNote }) => itemNote ?? `The program's pages do not say whether ${itemWords[kind]} are included or what they cost.`,
  'none-reported': ({ kind, itemNote }) =>
    `None reported: the provider listed no ${itemWords[kind]} in the state registry (the field is 0). That does not say they are included: ask the provider.${itemNote ? ` ${itemNote}` : ''}`,
  'no-credential': ({ about }) =>
    ({
      exam: 'The program names no credential, so its exam fee is not known.',
      membership: 'The program names no credential, so whether a membership is needed is not known.',
      retake: 'The program names no credential, so a retake cannot be priced.',
    })[about],
  'exam-included': ({ acronym, attempts, evidence }) =>
    `The ${acronym} exam is in the program's price${attempts ? ` (${attempts} attempt${attempts > 1 ? 's' : ''})` : ''}.${evidence ? ` The source says: ${evidence}` : ''}`,
  'exam-maybe-included': ({ acronym, fee }) => `The program's pages do not say whether the ${acronym} exam is included.${fee !== null ? ` If not, it costs ${f.usdExact(fee)}.` : ''}`,
  // The range itself is the line's `reported` figure, said beside the amount; the words name each report.
  'exam-fee-unpublished': ({ reason, issuer, price, reported }) =>
    `${reason ?? `${issuer} does not publish the ${price} price.`}${reported.length > 0 ? ` Third parties report: ${reported.join('; ')} (not used in the total).` : ''}`,
  'membership-not-needed': ({ issuer, acronym, stated }) => (stated ? `${issuer} membership is optional for the ${acronym}.` : `The pages read state no ${issuer} membership requirement.`),
  'membership-included': (n) => `${why(n.why)} The program's price includes it.`,
  'membership-maybe-included': (n) => `${why(n.why)} The program's pages do not say whether it is included.`,
  'no-retake': () => 'No retake allowance added.',
  'retake-included': () => 'The program includes a second attempt.',
  'retake-free': ({ policy }) => `One free retake: ${policy}`,
  'retake-pay-again': ({ policy }) => `A second attempt costs the exam fee again. ${policy}`,
  'retake-unpublished': ({ acronym, policy }) => `The ${acronym} retake price is not published: ${policy}`,
};

/** A program's cost in English; `rule` and `percentileCaveat` are said with every comparison. */
export const cost = {
  note,
  rule: 'Where pages disagree, the figure shown comes from the official page first, then the newest one; every version is kept in the data.',
  percentileCaveat:
    'Payback uses the 25th percentile unless you pick another: someone new to the work often earns below the median. OEWS percentiles are not experience levels: they show how pay is spread across everyone in the occupation in the area, at every stage.',
};

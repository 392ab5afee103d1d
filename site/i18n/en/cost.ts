/** English words of a program's cost: each cost note code as the line's detail (the API's `detail`). */
import type { CostNote, CostNoteCode, MembershipWhy } from '../../../functions/domain/program-cost.ts';
import { formatFor } from '../format.ts';

const f = formatFor('en');
const why = (w: MembershipWhy) => (w.required ? `${w.issuer} membership is required for the ${w.acronym}.` : 'Needed for the member exam price.');

const note: { [C in CostNoteCode]: (n: Extract<CostNote, { code: C }>) => string } = {
  figure: ({ yourInput, text, suffix, otherVersions }) => {
    const end = suffix === null ? '' : 'exam' in suffix ? ` (${suffix.exam.price} price, ${suffix.exam.acronym}).` : ` One year. ${why(suffix.membership)}`;
    const conflict = otherVersions > 0 ? ` ${otherVersions} other version${otherVersions > 1 ? 's' : ''} kept; this one is chosen by the rule (official page first, newest next).` : '';
    return `${yourInput ? 'Your input.' : (text ?? '')}${end}${conflict}`.trim();
  },
  unpublished: ({ reason, missing, itemNote }) =>
    reason ?? { price: 'Price not published.', 'item-cost': `Not included, and the cost is not published.${itemNote ? ` ${itemNote}` : ''}`, dues: 'Dues not published.' }[missing],
  'in-price': ({ itemNote }) => `In the program's price.${itemNote ? ` ${itemNote}` : ''}`.trim(),
  'item-unknown': ({ kind, itemNote }) => itemNote ?? `The program's pages do not say whether ${kind} are included or what they cost.`,
  'no-credential': ({ about }) =>
    ({
      exam: 'The program names no credential, so its exam fee is not known.',
      membership: 'The program names no credential, so whether a membership is needed is not known.',
      retake: 'The program names no credential, so a retake cannot be priced.',
    })[about],
  'exam-included': ({ acronym, attempts }) => `The ${acronym} exam is in the program's price${attempts ? ` (${attempts} attempt${attempts > 1 ? 's' : ''})` : ''}.`,
  'exam-maybe-included': ({ acronym, fee }) => `The program's pages do not say whether the ${acronym} exam is included.${fee !== null ? ` If not, it costs ${f.usdExact(fee)}.` : ''}`,
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

/** A program's cost in English. */
export const cost = { note };

/**
 * Credential figures in words for the static pages (a helper file: the underscore keeps it off the
 * routes). Every price comes with its kind; the words come from the locale's catalog.
 */
import type { Certification, Figure, FigureVersion } from '../../../../data/schemas.ts';
import { examFeeEvidence, type ExamFeeEvidence } from '../../../../functions/domain/exam-fee.ts';
import { figureKindOf } from '../../../../functions/domain/figure-kind.ts';
import { chosenVersion } from '../../../../functions/domain/program-cost.ts';
import { certificationsMessages } from '../../../i18n/certifications-messages.ts';
import { priceMessages } from '../../../i18n/cost-words.ts';
import { formatTag, type Locale } from '../../../i18n/locale.ts';

/** The credential figure helpers of one locale. */
export function certificationFigures(locale: Locale) {
  const m = certificationsMessages(locale);
  const price = priceMessages(locale);
  const list = new Intl.ListFormat(formatTag(locale), { type: 'conjunction' });

  /** A version's kind in words, with its date: "from an older page", "published by AHIMA, dated June 2024". */
  function versionLabel(v: FigureVersion, issuer: string): string {
    return m.withDate(price.kind(figureKindOf(v), issuer, v.bound), v.dated);
  }

  /** The amount shown for a figure, with "at most"/"at least"; undefined when unknown. */
  function shown(figure: Figure): { version: FigureVersion; text: string; others: FigureVersion[] } | undefined {
    const version = chosenVersion(figure);
    if (!version) return undefined;
    const amount = m.usd(version.amount);
    const text = version.bound === 'at-most' ? m.atMost(amount) : version.bound === 'at-least' ? m.atLeast(amount) : amount;
    return { version, text, others: figure.versions.filter((v) => v !== version) };
  }

  /** "Billing and coding; Facturación y codificación" */
  const focusLabel = (focus: Certification['focus']) => list.format(focus.map((f, i) => (i === 0 ? m.focus[f] : m.focus[f].toLowerCase())));

  /** A one-line exam fee for lists, each price with its kind: "$350 members (from an older page); no non-member price published". */
  function feeSummary(c: Certification): string {
    const e = examFeeEvidence(c);
    const general = e.prices.filter((p) => p.price !== 'student');
    if (general.length === 0) {
      if (e.reported) return m.fee.reportedOnly(c.issuer, price.reported(e.reported));
      return c.examFee.reported.length > 0 ? m.fee.notPublishedReports(c.issuer) : m.fee.notPublished;
    }
    // One kind for all: said once; kinds that differ: each price with its own.
    const kinds = new Set(general.map((p) => p.figureKind));
    const text =
      kinds.size === 1
        ? m.fee.withKind(m.fee.prices(general), price.kind(general[0]!.figureKind, c.issuer))
        : general.map((p) => m.fee.withKind(m.fee.prices([p]), price.kind(p.figureKind, c.issuer))).join(', ');
    const missing = (['member', 'nonMember'] as const).filter((p) => !general.some((g) => g.price === p));
    return [text, ...missing.map(m.fee.missing)].join('; ');
  }

  /** "Required: AAPC. $190 a year to renew (published by AAPC); AAPC's pages give no price to join", "Optional (AHIMA)", "Not stated". */
  function membershipSummary(c: Certification): string {
    if (c.membership.required === null) return m.membership.notStated;
    const join = chosenVersion({ versions: c.membership.join.versions.filter((v) => v.basis === 'official') });
    const renewal = shown(c.membership.renewal);
    const head = c.membership.required ? m.membership.required(c.issuer) : m.membership.optional(c.issuer);
    const prices = [
      join ? m.membership.join(m.usd(join.amount), versionLabel(join, c.issuer)) : renewal && m.membership.noJoin(c.issuer),
      renewal && m.membership.renewal(renewal.text, versionLabel(renewal.version, c.issuer)),
    ].filter(Boolean);
    return prices.length > 0 ? `${head}. ${prices.join('; ')}` : c.membership.required ? `${head}, ${m.membership.noDues}` : head;
  }

  /** Each credential's exam fee as evidence beside the article's claim, and the spread of every fee found. */
  function examClaimEvidence(certs: readonly Certification[]): { items: string[]; summary: string } {
    const all = certs.map((c) => ({ c, e: examFeeEvidence(c) }));
    const kindWords = ({ c, e }: { c: Certification; e: ExamFeeEvidence }) =>
      e.reported ? `${price.reportedKind(e.reported)}; ${m.claim.issuerNone(c.issuer)}` : e.figureKinds.map((k) => price.kind(k, c.issuer)).join(', ');
    const items = all.map((x) => (x.e.low === null ? m.claim.notFound(x.c.acronym, x.c.issuer) : m.claim.item(x.c.acronym, m.range(x.e.low, x.e.high!), kindWords(x))));
    const known = all.filter((x) => x.e.low !== null);
    const low = Math.min(...known.map((x) => x.e.low!));
    const high = Math.max(...known.map((x) => x.e.high!));
    const thirdPartyOnly = known.filter((x) => x.e.reported !== null).map((x) => x.c.acronym);
    return { items, summary: m.claim.summary(m.usd(low), m.usd(high), thirdPartyOnly) };
  }

  return { versionLabel, shown, focusLabel, feeSummary, membershipSummary, examClaimEvidence };
}

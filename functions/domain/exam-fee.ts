/**
 * What a credential's exam costs, as evidence (pure): the issuer's own prices with their kind, or the
 * range third parties report. Set beside the article's "a few hundred dollars"; a reported range is
 * never a price a total counts.
 */
import type { Certification, Figure, FigureVersion } from '../../data/schemas.ts';
import { FIGURE_KINDS, figureKindOf, reportedRange, type FigureKind, type ReportedRange } from './figure-kind.ts';
import { chosenVersion } from './program-cost.ts';

/** The exam prices an issuer may set. */
export const EXAM_PRICES = ['member', 'nonMember', 'student'] as const;
export type ExamPrice = (typeof EXAM_PRICES)[number];

/** One price the issuer's pages give (the version the cost rule would choose), with its kind. */
export interface IssuerPrice {
  price: ExamPrice;
  amount: number;
  figureKind: FigureKind;
  dated?: string;
  sourceIds: string[];
}

/** A credential's exam fee as evidence: the issuer's prices, else what third parties report. */
export interface ExamFeeEvidence {
  certificationId: string;
  issuer: Certification['issuer'];
  /** The member, non-member and student prices the pages give, in that order (unknown ones left out). */
  prices: IssuerPrice[];
  /** What third parties report, when the issuer publishes no member or non-member price. */
  reported: ReportedRange | null;
  /** The lowest and highest figure shown (student prices left out: not everyone can have them); null when nothing is known. */
  low: number | null;
  high: number | null;
  /** The kinds of the figures that range is made of, in FIGURE_KINDS order. */
  figureKinds: FigureKind[];
}

/** The exam-fee evidence of one credential. */
export function examFeeEvidence(cert: Pick<Certification, 'id' | 'issuer' | 'examFee'>): ExamFeeEvidence {
  const prices = EXAM_PRICES.flatMap((price): IssuerPrice[] => {
    const v = chosenVersion(cert.examFee[price]);
    return v ? [{ price, amount: v.amount, figureKind: figureKindOf(v), ...(v.dated && { dated: v.dated }), sourceIds: v.sourceIds }] : [];
  });
  const general = prices.filter((p) => p.price !== 'student');
  const reported = general.length > 0 ? null : reportedRange(cert.examFee.reported);
  const amounts = general.length > 0 ? general.map((p) => p.amount) : reported ? [reported.low, reported.high] : [];
  const kinds = new Set<FigureKind>(general.length > 0 ? general.map((p) => p.figureKind) : reported ? ['third-party'] : []);
  return {
    certificationId: cert.id,
    issuer: cert.issuer,
    prices,
    reported,
    low: amounts.length > 0 ? Math.min(...amounts) : null,
    high: amounts.length > 0 ? Math.max(...amounts) : null,
    figureKinds: FIGURE_KINDS.filter((k) => kinds.has(k)),
  };
}

/** A figure version with its kind named. */
export type PricedVersion = FigureVersion & { figureKind: FigureKind };
/** A figure whose every version names its kind. */
export type PricedFigure = Omit<Figure, 'versions'> & { versions: PricedVersion[] };

/**
 * A credential as the API answers it: every price version (exam fees, membership to join and to renew)
 * with its kind, and the range third parties report for the exam fee (null when none gives a price).
 */
export type PricedCertification = Omit<Certification, 'examFee' | 'membership'> & {
  examFee: Omit<Certification['examFee'], ExamPrice> & Record<ExamPrice, PricedFigure> & { reportedRange: ReportedRange | null };
  membership: Omit<Certification['membership'], 'join' | 'renewal'> & { join: PricedFigure; renewal: PricedFigure };
};

const priced = (figure: Figure): PricedFigure => ({ ...figure, versions: figure.versions.map((v) => ({ ...v, figureKind: figureKindOf(v) })) });

/** A credential with the kind of every price it gives. */
export function pricedCertification(cert: Certification): PricedCertification {
  const { examFee, membership } = cert;
  return {
    ...cert,
    examFee: { ...examFee, member: priced(examFee.member), nonMember: priced(examFee.nonMember), student: priced(examFee.student), reportedRange: reportedRange(examFee.reported) },
    membership: { ...membership, join: priced(membership.join), renewal: priced(membership.renewal) },
  };
}

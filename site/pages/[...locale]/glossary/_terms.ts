/**
 * The glossary's structure (a helper file: the underscore keeps it off the routes): which entries each
 * group holds and in what order, the source that defines an entry where one does, and the page of this
 * site that says more. The words themselves are in the locale's catalog (site/i18n/en/glossary.ts).
 */
import type { GlossaryId } from '../../../i18n/en/glossary.ts';
import type { GlossaryMessages } from '../../../i18n/glossary-messages.ts';

/** One entry's place: its source ids (data/sources.json) and this site's page that says more. */
export interface TermPlace {
  id: GlossaryId;
  sourceIds: readonly string[];
  more?: string;
}

/** The groups in page order, each entry in reading order. */
export const GLOSSARY_GROUPS: { group: keyof GlossaryMessages['groups']; terms: TermPlace[] }[] = [
  {
    group: 'pay',
    terms: [
      { id: 'percentile', sourceIds: ['bls-oews-2025-national'], more: '/methodology/#percentiles' },
      { id: 'median', sourceIds: ['bls-oews-2025-national'] },
      { id: 'mean', sourceIds: ['bls-oews-2025-national'] },
      { id: 'oews', sourceIds: ['bls-oews-2025-national'], more: '/salaries/' },
      { id: 'bls', sourceIds: [] },
      { id: 'projections', sourceIds: ['bls-ep-2024-34'] },
      { id: 'soc', sourceIds: ['soc-2018'], more: '/methodology/#mapping' },
      { id: 'prse', sourceIds: [], more: '/methodology/#computed-prse' },
    ],
  },
  {
    group: 'codes',
    terms: [
      { id: 'code-set', sourceIds: ['cfr-45-162-1002'], more: '/billing-vs-coding/#code-sets' },
      { id: 'icd-10-cm', sourceIds: ['nchs-icd-cm'], more: '/billing-vs-coding/#icd-10-cm' },
      { id: 'icd-10-pcs', sourceIds: ['kumc-icd10-guide'], more: '/billing-vs-coding/#icd-10-pcs' },
      { id: 'cpt', sourceIds: ['ama-cpt-purpose-mission'], more: '/billing-vs-coding/#cpt' },
      { id: 'hcpcs', sourceIds: ['cfr-45-162-1002'], more: '/billing-vs-coding/#hcpcs-level-ii' },
      { id: 'modifier', sourceIds: ['aapc-modifiers'], more: '/billing-vs-coding/#modifiers' },
      { id: 'claim', sourceIds: [] },
      { id: 'cms-1500', sourceIds: ['cms-1500-supporting-statement-2007'], more: '/billing-vs-coding/#cms-1500' },
      { id: 'ub-04', sourceIds: ['medicare-payment-institutional-claims-2010'], more: '/billing-vs-coding/#ub-04' },
      { id: 'cms', sourceIds: [] },
      { id: 'hipaa', sourceIds: ['healthit-hipaa-basics'], more: '/billing-vs-coding/#hipaa-privacy-rule' },
      { id: 'phi', sourceIds: ['healthit-hipaa-basics'] },
    ],
  },
  {
    group: 'credentials',
    terms: [
      { id: 'credential', sourceIds: [], more: '/certifications/' },
      { id: 'aapc', sourceIds: [] },
      { id: 'ahima', sourceIds: [] },
      { id: 'nha', sourceIds: [], more: '/certifications/cbcs/' },
      { id: 'amba', sourceIds: [], more: '/certifications/cmrs/' },
      { id: 'cpc', sourceIds: ['aapc-cpc-exam-page'], more: '/certifications/cpc/' },
      { id: 'cpc-a', sourceIds: ['aapc-complete-cpc-apprenticeship'], more: '/certifications/cpc/#apprentice' },
      { id: 'cca', sourceIds: ['ahima-cca-exam-copy'], more: '/certifications/cca/' },
      { id: 'ccs', sourceIds: ['ahima-ccs-overview'], more: '/certifications/ccs/' },
      { id: 'rhit', sourceIds: [], more: '/certifications/rhit/' },
      { id: 'ceu', sourceIds: ['aapc-ceu-policies'] },
      { id: 'prerequisite', sourceIds: [] },
      { id: 'proctored', sourceIds: [] },
      { id: 'pearson-vue', sourceIds: ['ahima-certification-faqs'] },
      { id: 'accreditation', sourceIds: [] },
      { id: 'cahiim', sourceIds: [] },
    ],
  },
  {
    group: 'courses',
    terms: [
      { id: 'third-party', sourceIds: [], more: '/certifications/' },
      { id: 'voucher', sourceIds: [], more: '/courses/' },
      { id: 'etpl', sourceIds: ['nj-etpl-providers'], more: '/methodology/training-sources/' },
      { id: 'payback', sourceIds: [], more: '/methodology/#computed-payback' },
    ],
  },
];

/** The address of a glossary entry. */
export const termHref = (id: GlossaryId) => `/glossary/#${id}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The glossary entries a page's text uses, in the order they first appear: an entry's word or one of
 * its other spellings, as a whole word (case kept for acronyms, ignored for plain words).
 */
export function termsUsedIn(texts: readonly string[], m: GlossaryMessages, only?: readonly GlossaryId[]): GlossaryId[] {
  const text = texts.join(' \n ');
  const found: { id: GlossaryId; at: number }[] = [];
  for (const [id, entry] of Object.entries(m.terms) as [GlossaryId, GlossaryMessages['terms'][GlossaryId]][]) {
    if (only && !only.includes(id)) continue;
    const words = [entry.term.replace(/ \(.*\)$/, ''), ...('also' in entry ? entry.also : [])];
    const at = Math.min(
      ...words.map((w) => {
        const acronym = w === w.toUpperCase();
        const hit = new RegExp(`(?<![\\p{L}\\d-])${escape(w)}(?![\\p{L}\\d-])`, acronym ? 'u' : 'iu').exec(text);
        return hit ? hit.index : Infinity;
      }),
    );
    if (at < Infinity) found.push({ id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

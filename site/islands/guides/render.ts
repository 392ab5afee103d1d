/**
 * What a student reads: the counselor's note, each chosen role with its pay (year and source on
 * every figure), credentials, programs and next steps. The builder's live preview renders the same.
 * Every text a counselor typed becomes a text node, isolated with dir="auto", and is never a link.
 */
import { el, type Child } from './dom.ts';
import { commonMessages } from '../../i18n/common-messages.ts';
import { guidesMessages } from '../../i18n/guides-messages.ts';
import { pageLocale } from '../../i18n/locale.ts';
import type { CredentialInfo, GuideInput, PreviewRole, SalaryView } from './api.ts';

const common = commonMessages(pageLocale());
const { usd, longDate } = guidesMessages(pageLocale());
/** The guide's area in a sentence: "Texas", "the United States". */
const inArea = common.theArea;
const sideLabel = (side: PreviewRole['side']) => common.side[side];
const levelLabel = (level: PreviewRole['level']) => common.level[level];

/** A program's total as /api/programs/compare gives it (the fields the guide shows). */
export interface ProgramLine {
  id: string;
  name: string;
  provider: string;
  /** Dollars; null when the tuition itself is not published. */
  total: number | null;
  /** Some cost is unknown or a floor: the real total is higher. */
  lowerBound: boolean;
  months: number | null;
  /** The day the prices were read (YYYY-MM-DD). */
  seen?: string;
  sources: { title: string; url: string }[];
}

export interface GuideDoc {
  guide: Pick<GuideInput, 'title' | 'counselorName' | 'organisation' | 'note' | 'planId' | 'programs' | 'certifications'>;
  area: string;
  areaName: string;
  roles: PreviewRole[];
  /** Every credential by id (built into the page from data/). */
  credentials: readonly CredentialInfo[];
  /** The chosen programs' totals; undefined while unknown or when the API has none (the section stays out). */
  programs?: ProgramLine[];
  /** The share link and its QR code (an image URL), printed so a paper copy leads back to the links. */
  share?: { url: string; qr: string };
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;
const heading = (level: number, attrs: Record<string, string>, ...children: Child[]) => el(`h${Math.min(level, 6) as Level}`, attrs, ...children);

/** The guide as an <article>; `level` is its title's heading level (1 on the student's page, lower in the preview). */
export function renderGuide(doc: GuideDoc, level: 1 | 2 | 3 = 1): HTMLElement {
  const { guide, area, areaName, roles, credentials, programs, share } = doc;
  const section = level + 1;
  const byline = [guide.counselorName, guide.organisation].filter((s): s is string => !!s && s.trim() !== '');
  const chosen = (guide.certifications ?? []).flatMap((id) => credentials.filter((c) => c.id === id));
  const areaQuery = `&area=${encodeURIComponent(area)}`;
  const note = guide.note && guide.note.trim() !== '' ? guide.note : undefined;

  return el(
    'article',
    { class: 'gd' },
    el(
      'header',
      { class: 'gd-head' },
      heading(level, {}, el('span', { dir: 'auto' }, guide.title.trim() === '' ? 'Untitled guide' : guide.title)),
      byline.length > 0 && el('p', { class: 'gd-from' }, 'From ', byline.map((part, i) => [i > 0 && ', ', el('bdi', {}, part)])),
    ),
    note && el('section', { class: 'gd-note-box', 'aria-label': 'Note from your counselor' }, heading(section, {}, 'A note from your counselor'), el('p', { class: 'gd-note', dir: 'auto' }, note)),
    heading(section, {}, roles.length === 1 ? 'The role' : `${roles.length} roles to look at`),
    el(
      'p',
      { class: 'gd-lead' },
      `Pay is what the U.S. Bureau of Labor Statistics (BLS) reports for ${inArea(areaName)}, in the newest year published, for the BLS occupation each role is matched to. Half of workers earn between the 25th and 75th percentile; percentiles are not experience levels.`,
    ),
    el(
      'ol',
      { class: 'gd-roles' },
      roles.map((role) =>
        el(
          'li',
          { class: 'gd-role' },
          heading(section + 1, {}, role.title),
          el('p', { class: 'gd-tags' }, `${sideLabel(role.side)} side · ${levelLabel(role.level)}`),
          el('p', {}, role.summary),
          renderPay(role.pay, area, areaName),
          el(
            'p',
            { class: 'gd-creds' },
            el('strong', {}, 'Credentials that lead here: '),
            role.credentials.length === 0
              ? 'none in particular is listed for this role.'
              : role.credentials.map((id, i) => {
                  const c = credentials.find((x) => x.id === id);
                  return [i > 0 && ', ', c ? el('a', { href: `/certifications/${id}/`, title: c.fullName }, c.acronym) : id.toUpperCase()];
                }),
          ),
          el('p', { class: 'gd-links' }, el('a', { href: `/roles/${role.slug}/` }, 'Full guide to this role'), el('a', { href: `/salaries/?role=${role.slug}${areaQuery}` }, 'Pay in other states')),
        ),
      ),
    ),
    chosen.length > 0 && [
      heading(section, {}, 'Credentials to look at'),
      el(
        'ul',
        { class: 'gd-list' },
        chosen.map((c) => el('li', {}, el('a', { href: `/certifications/${c.id}/` }, el('strong', {}, c.acronym), ` — ${c.fullName}`), c.issuingBody ? `, ${c.issuingBody}` : '')),
      ),
    ],
    programs &&
      programs.length > 0 && [
        heading(section, {}, 'Programs to compare'),
        el(
          'ul',
          { class: 'gd-list' },
          programs.map((p) =>
            el(
              'li',
              {},
              el('strong', {}, p.name),
              `, ${p.provider}: `,
              p.total === null ? 'tuition not published' : p.lowerBound ? `at least ${usd(p.total)} in all (some costs are not published)` : `${usd(p.total)} in all`,
              p.months !== null && `, up to ${p.months} months`,
              p.seen && `; prices as read ${longDate(p.seen)}`,
              '.',
              p.sources.length > 0 && el('span', { class: 'gd-src' }, ' Source: ', p.sources.map((s, i) => [i > 0 && '; ', el('a', { href: s.url }, s.title)]), '.'),
            ),
          ),
        ),
      ],
    heading(section, {}, 'Next steps'),
    el(
      'ul',
      { class: 'gd-list gd-next' },
      el(
        'li',
        {},
        guide.planId
          ? [el('a', { href: `/plan/?id=${encodeURIComponent(guide.planId)}` }, 'Your saved plan'), ': the route to a credential, dated milestone by milestone.']
          : [el('a', { href: '/plan/' }, 'Plan your route'), ' to a credential from your start date and the hours you have each week.'],
      ),
      el(
        'li',
        {},
        el('a', { href: guide.programs?.length ? `/courses/?compare=${guide.programs.map(encodeURIComponent).join(',')}${areaQuery}` : '/courses/' }, 'Compare training programs'),
        ': every cost side by side, and how long each takes to pay back.',
      ),
      el('li', {}, el('a', { href: '/billing-vs-coding/' }, 'Billing and coding side by side'), ', and ', el('a', { href: '/roles/' }, 'all nine roles'), '.'),
    ),
    printedSources(roles),
    share &&
      el(
        'div',
        { class: 'gd-share' },
        el('img', { src: share.qr, alt: '', width: 96, height: 96 }),
        el('p', {}, 'This guide online, with every link: scan the code or open ', el('span', { class: 'gd-url' }, share.url)),
      ),
  );
}

/** On paper, each pay source's address once at the end (the lines above name it by title; program sources are named beside each program). */
function printedSources(roles: readonly PreviewRole[]) {
  const unique = [...new Map(roles.flatMap((r) => r.pay?.sources ?? []).map((s) => [s.url + s.title, s])).values()];
  return unique.length > 0 && el('div', { class: 'gd-sources' }, el('p', {}, 'Sources of the pay figures'), el('ul', {}, unique.map((s) => el('li', {}, `${s.title}: ${s.url}`))));
}

/** The pay of one role: median (or mean), middle half and 10th–90th, then occupation, area, year and source. */
function renderPay(pay: SalaryView | null | undefined, area: string, areaName: string): HTMLElement {
  if (pay === undefined) return el('p', { class: 'gd-src' }, 'Loading pay figures…');
  if (pay === null) return el('p', {}, "BLS publishes no wage figures for this role's occupation.");
  const a = pay.annual;
  const figure = (v: number | null, field: string) => {
    if (v !== null) return usd(v);
    const meaning = pay.missing.find((m) => m.field === `annual.${field}`)?.meaning;
    return `not published${meaning ? ` (${meaning})` : ''}`;
  };
  const row = (term: string, ...value: Child[]) => [el('dt', {}, term), el('dd', {}, ...value)];
  const source = pay.sources[0];
  return el(
    'div',
    { class: 'gd-pay' },
    pay.area !== area && el('p', { class: 'gd-fallback' }, `BLS publishes no figures for this occupation in ${areaName}; these are national.`),
    el(
      'dl',
      {},
      a.median !== null ? row('Median pay', el('strong', {}, usd(a.median)), ' a year') : a.mean !== null && row('Mean pay', el('strong', {}, usd(a.mean)), ' a year (BLS gives no median here)'),
      (a.p25 !== null || a.p75 !== null) && row('Middle half', `${figure(a.p25, 'p25')} to ${figure(a.p75, 'p75')}`),
      (a.p10 !== null || a.p90 !== null) && row('10th to 90th percentile', `${figure(a.p10, 'p10')} to ${figure(a.p90, 'p90')}`),
    ),
    el(
      'p',
      { class: 'gd-src' },
      `${pay.occupationTitle} (SOC ${pay.soc}), ${pay.areaName}, May ${pay.year}. `,
      // Titles usually carry the release already ("…, May 2024"). On paper the full title and address are listed once at the end.
      source &&
        el(
          'span',
          { class: 'gd-cite' },
          'Source: ',
          el('a', { href: source.url }, source.title),
          `, ${source.publisher}${source.vintage && !source.title.includes(source.vintage) ? `, ${source.vintage}` : ''}.`,
        ),
      source && el('span', { class: 'gd-cite-print' }, `Source: ${source.publisher}, ${source.title.replace(/^Occupational Employment and Wage Statistics \(OEWS\)/, 'OEWS')} (address below).`),
    ),
  );
}

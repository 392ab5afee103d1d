/**
 * What a student reads: the counselor's note, each chosen role with its pay (year and source on
 * every figure), credentials, programs and next steps. The builder's live preview renders the same.
 * Every text a counselor typed becomes a text node, isolated with dir="auto", and is never a link.
 */
import type { FigureKind } from '../../../functions/domain/figure-kind.ts';
import type { CostTotal } from '../../../functions/domain/program-cost.ts';
import { el, type Child } from './dom.ts';
import { localePath } from '../../i18n/locale.ts';
import type { CredentialInfo, GuideInput, PreviewRole, SalaryView } from './api.ts';
import { words } from './words.ts';

const { common, g, price, locale } = words;
const { usd } = g;
/** A site path in the page's language. */
const here = (path: string) => localePath(locale, path);
const w = g.doc;
/** The guide's area in a sentence: "Texas", "the United States". */
const inArea = common.theArea;
const sideLabel = (side: PreviewRole['side']) => common.side[side];
const levelLabel = (level: PreviewRole['level']) => common.level[level];

/** A program's total as /api/programs/compare gives it (the fields the guide shows). */
export interface ProgramLine {
  id: string;
  name: string;
  provider: string;
  /** The total as the API gives it: amount null when the tuition is not published, a floor when a line is unknown. */
  total: Pick<CostTotal, 'amount' | 'lowerBound' | 'atMost'>;
  /** What kind of figure the program's own price is, with the rule of one this site computed or bounded; null when unpublished. */
  tuition: { figureKind: FigureKind; bound?: 'at-least' | 'at-most' | undefined; note?: string | undefined; dated?: string | undefined } | null;
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
      heading(level, {}, el('span', { dir: 'auto' }, guide.title.trim() === '' ? w.untitled : guide.title)),
      byline.length > 0 && el('p', { class: 'gd-from' }, w.from, byline.map((part, i) => [i > 0 && ', ', el('bdi', {}, part)])),
      // On paper the way back to the links sits on page 1, beside the title (hidden on screen, where the reader is already online).
      share &&
        el(
          'div',
          { class: 'gd-share' },
          el('img', { src: share.qr, alt: '', width: 144, height: 144 }),
          el('p', {}, w.shareOnline, el('span', { class: 'gd-url' }, share.url)),
        ),
    ),
    note && el('section', { class: 'gd-note-box', 'aria-label': w.noteLabel }, heading(section, {}, w.noteHeading), el('p', { class: 'gd-note', dir: 'auto' }, note)),
    heading(section, {}, w.roles(roles.length)),
    el(
      'p',
      { class: 'gd-lead' },
      w.payLead(inArea(areaName)),
    ),
    el(
      'ol',
      { class: 'gd-roles' },
      roles.map((role) =>
        el(
          'li',
          { class: 'gd-role' },
          heading(section + 1, {}, role.title),
          el('p', { class: 'gd-tags' }, w.tags(sideLabel(role.side), levelLabel(role.level))),
          el('p', {}, role.summary),
          renderPay(role.pay, area, areaName),
          sharedOccupation(role, roles),
          el(
            'p',
            { class: 'gd-creds' },
            el('strong', {}, w.credentialsLead),
            role.credentials.length === 0
              ? w.noCredentials
              : role.credentials.map((id, i) => {
                  const c = credentials.find((x) => x.id === id);
                  return [i > 0 && ', ', c ? el('a', { href: here(`/certifications/${id}/`), title: c.fullName }, c.acronym) : id.toUpperCase()];
                }),
          ),
          el('p', { class: 'gd-links' }, el('a', { href: here(`/roles/${role.slug}/`) }, w.roleGuide), el('a', { href: here(`/salaries/?role=${role.slug}${areaQuery}`) }, w.otherStates)),
        ),
      ),
    ),
    chosen.length > 0 && [
      heading(section, {}, w.credentials),
      el(
        'ul',
        { class: 'gd-list' },
        chosen.map((c) => el('li', {}, el('a', { href: here(`/certifications/${c.id}/`) }, el('strong', {}, c.acronym), ` — ${c.fullName}`), c.issuingBody ? `, ${c.issuingBody}` : '')),
      ),
    ],
    programs &&
      programs.length > 0 && [
        heading(section, {}, w.programs),
        el(
          'ul',
          { class: 'gd-list' },
          programs.map((p) =>
            el(
              'li',
              {},
              el('strong', {}, p.name),
              `, ${p.provider}: `,
              p.total.amount === null ? w.programNoPrice : w.programTotal(price.total(p.total)),
              p.months !== null && w.programMonths(p.months),
              p.seen && w.pricesRead(p.seen),
              '.',
              // The kind of the price goes with its source, in the small print.
              (p.tuition || p.sources.length > 0) &&
                el(
                  'span',
                  { class: 'gd-src' },
                  p.tuition && w.programKind(price.kind(p.tuition.figureKind, g.provider, p.tuition.bound), tuitionRule(p.tuition)),
                  p.sources.length > 0 && [w.source, p.sources.map((s, i) => [i > 0 && '; ', el('a', { href: s.url }, s.title)]), '.'],
                ),
            ),
          ),
        ),
      ],
    heading(section, {}, w.next),
    el(
      'ul',
      { class: 'gd-list gd-next' },
      el(
        'li',
        {},
        guide.planId
          ? [el('a', { href: here(`/plan/?id=${encodeURIComponent(guide.planId)}`) }, w.savedPlan), w.savedPlanAfter]
          : [el('a', { href: here('/plan/') }, w.planRoute), w.planRouteAfter],
      ),
      el(
        'li',
        {},
        el('a', { href: here(guide.programs?.length ? `/courses/?compare=${guide.programs.map(encodeURIComponent).join(',')}${areaQuery}` : '/courses/') }, w.compare),
        w.compareAfter,
      ),
      el('li', {}, el('a', { href: here('/billing-vs-coding/') }, w.sideBySide), w.and, el('a', { href: here('/roles/') }, w.allRoles), '.'),
    ),
    printedSources(roles),
  );
}

/** The rule of a price this site computed ("37 credits × … ; rate dated 2018"); other kinds are said by their label alone, so the guide stays short on paper. */
function tuitionRule(t: NonNullable<ProgramLine['tuition']>): string | null {
  return t.figureKind === 'computed' ? price.computedRule(t.note, t.dated) : null;
}

/** A role's pay figures once loaded (none while loading, failed or unpublished). */
const figures = (r: PreviewRole): SalaryView | undefined => (r.pay && r.pay !== 'failed' ? r.pay : undefined);

/** On paper, each pay source's address once at the end (the lines above name it by title; program sources are named beside each program). */
function printedSources(roles: readonly PreviewRole[]) {
  const unique = [...new Map(roles.flatMap((r) => figures(r)?.sources ?? []).map((s) => [s.url + s.title, s])).values()];
  return unique.length > 0 && el('div', { class: 'gd-sources' }, el('p', {}, w.paySources), el('ul', {}, unique.map((s) => el('li', {}, `${s.title}: ${s.url}`))));
}

/** When other chosen roles are counted in the same BLS occupation, say why their pay figures are identical. */
function sharedOccupation(role: PreviewRole, roles: readonly PreviewRole[]): HTMLElement | false {
  const soc = figures(role)?.soc;
  const others = roles.filter((r) => r !== role && soc !== undefined && figures(r)?.soc === soc).map((r) => r.title);
  return others.length > 0 && el('p', { class: 'gd-src gd-shared' }, w.sharedOccupation(others.join(w.listJoin)));
}

/** The pay of one role: median (or mean), middle half and 10th–90th, then occupation, area, year and source. */
function renderPay(pay: PreviewRole['pay'], area: string, areaName: string): HTMLElement {
  if (pay === undefined) return el('p', { class: 'gd-src' }, w.loadingPay);
  if (pay === 'failed') return el('p', { class: 'gd-src' }, w.payNotLoaded);
  if (pay === null) return el('p', {}, w.noPay);
  const a = pay.annual;
  const figure = (v: number | null, field: string) => {
    if (v !== null) return usd(v);
    const meaning = pay.missing.find((m) => m.field === `annual.${field}`)?.meaning;
    return w.notPublished(meaning);
  };
  const row = (term: string, ...value: Child[]) => [el('dt', {}, term), el('dd', {}, ...value)];
  const source = pay.sources[0];
  return el(
    'div',
    { class: 'gd-pay' },
    pay.area !== area && el('p', { class: 'gd-fallback' }, w.nationalFallback(areaName)),
    el(
      'dl',
      {},
      a.median !== null ? row(w.median, el('strong', {}, usd(a.median)), w.aYear) : a.mean !== null && row(w.mean, el('strong', {}, usd(a.mean)), w.meanNoMedian),
      (a.p25 !== null || a.p75 !== null) && row(w.middleHalf, `${figure(a.p25, 'p25')}${w.to}${figure(a.p75, 'p75')}`),
      (a.p10 !== null || a.p90 !== null) && row(w.tenthToNinetieth, `${figure(a.p10, 'p10')}${w.to}${figure(a.p90, 'p90')}`),
    ),
    el(
      'p',
      { class: 'gd-src' },
      w.payLine(pay.occupationTitle, pay.soc, pay.areaName, pay.year),
      // Titles usually carry the release already ("…, May 2024"). On paper the full title and address are listed once at the end.
      source &&
        el(
          'span',
          { class: 'gd-cite' },
          w.sourceLabel,
          el('a', { href: source.url }, source.title),
          `, ${source.publisher}${source.vintage && !source.title.includes(source.vintage) ? `, ${source.vintage}` : ''}.`,
        ),
      source && el('span', { class: 'gd-cite-print' }, w.printedSource(source.publisher, source.title.replace(/^Occupational Employment and Wage Statistics \(OEWS\)/, 'OEWS'))),
    ),
  );
}

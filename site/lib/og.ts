/**
 * Share images (Open Graph, 1200 × 630 PNG), built at build time: an SVG template per page (title,
 * figure and year, source line; a role's also carries its state pay map) rendered by @resvg/resvg-js
 * with DejaVu Sans from the npm package dejavu-fonts-ttf (no system font look-up), so every machine
 * that ran `npm install` draws the same picture. Which image a page shows, and its alt text, is decided here too.
 * Each locale has its own images, drawn in its words and formats, at the English image's path under
 * the locale's prefix (/og/home.png, /es/og/home.png), as pages are.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { dataset } from '../../data/index.ts';
import type { WageRow } from '../../data/schemas.ts';
import { shareMessages, type ShareMessages } from '../i18n/share-messages.ts';
import { shellMessages } from '../i18n/shell-messages.ts';
import { wagesMessages } from '../i18n/wages-messages.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locale.ts';
import { roleIn } from './data-in.ts';
import { newestWage, occupationBySoc } from './lookup.ts';
import { classOf, PAY_CLASS_COUNT, shadeOf } from './pay-classes.ts';
import { payMapOf } from './pay-map.ts';
import { MAP_HEIGHT, MAP_WIDTH, stateShapes } from './us-map.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The pages with an image of their own besides the roles; any other page shares the home image. */
export const SHARE_PAGES = ['home', 'salaries', 'courses', 'plan', 'guide'] as const;
export type SharePage = (typeof SHARE_PAGES)[number];

/** DejaVu Sans as the npm package dejavu-fonts-ttf installs it (a devDependency: fonts for the build, nothing from the system). */
const FONT_DIR = join(dirname(fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/package.json'))), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));
const FONT = 'DejaVu Sans';

const INK = '#1b1f24';
const MUTED = '#4a5360';
const ACCENT = '#0d5e56';
const SHADES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Text safe inside SVG markup. */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words broken into lines of at most `chars` characters (DejaVu Sans averages about 0.6 em a character). */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines of text from (x, y), `size` px, one line every 1.2 em. */
const textLines = (lines: string[], x: number, y: number, size: number, attrs: string) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * 1.2}">${esc(l)}</tspan>`).join('')}</text>`;

/** The source line(s), the last just above the bottom band. */
function sourceLines(source: string): string {
  const lines = wrap(source, 88);
  return textLines(lines, 60, OG_HEIGHT - 34 - (lines.length - 1) * 26.4, 22, `fill="${MUTED}"`);
}

/** The frame every image shares: white page, the site's band with its name, the source line. */
function frame(body: string, source: string, locale: Locale): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fff"/>
<rect width="${OG_WIDTH}" height="84" fill="${ACCENT}"/>
<text x="60" y="55" font-size="32" font-weight="bold" fill="#fff">${esc(shellMessages(locale).siteName)}</text>
${body}
<rect y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="${ACCENT}"/>
${source ? sourceLines(source) : ''}
</svg>`;
}

/** A state pay map drawn at (x, y), `width` wide, with its label and a lower-to-higher key. */
function mapBlock(soc: string, who: string, x: number, y: number, width: number, m: ShareMessages): { svg: string; year: number } {
  const map = payMapOf(soc);
  const scale = width / MAP_WIDTH;
  const fill = new Map(map.states.map((s) => [s.code, shadeOf(classOf(s.value, map.breaks), map.breaks)]));
  const colorOf = (shade: string) => (shade === 'pm-x' ? '#fff' : SHADES[Number(shade.slice(3))]!);
  const paths = stateShapes().map((s) => `<path d="${s.d}" fill="${colorOf(fill.get(s.code)!)}"/>`).join('');
  const label = wrap(m.mapLabel(who, map.year), 40);
  const top = y + 20 + label.length * 28;
  const keyY = top + MAP_HEIGHT * scale + 14;
  const swatches = Array.from({ length: PAY_CLASS_COUNT }, (_, i) => `<rect x="${x + 90 + i * 40}" y="${keyY}" width="36" height="18" fill="${SHADES[i]}"/>`).join('');
  const svg = `${textLines(label, x, y + 24, 23, `fill="${INK}" font-weight="bold"`)}
<g transform="translate(${x} ${top}) scale(${scale})" stroke="#fff" stroke-width="${1 / scale}" stroke-linejoin="round">${paths}</g>
<text x="${x}" y="${keyY + 15}" font-size="18" fill="${MUTED}">${esc(m.lower)}</text>${swatches}<text x="${x + 100 + PAY_CLASS_COUNT * 40}" y="${keyY + 15}" font-size="18" fill="${MUTED}">${esc(m.higher)}</text>`;
  return { svg, year: map.year };
}

/** The publisher of a wage row's source (a proper name, in its own language). */
function publisherOf(wage: WageRow | undefined): string {
  const source = dataset.sources.find((s) => s.id === wage?.sourceIds[0]);
  if (!source) throw new Error(`No source for the wage row of ${wage?.soc ?? 'an occupation without wages'}`);
  return source.publisher;
}

/** A role's image in a locale: its title, national median and year, its state map, the source. */
export function roleShareSvg(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = shareMessages(locale);
  const role = roleIn(locale, slug);
  const w = wagesMessages(locale);
  const wage = newestWage(role.primarySoc);
  const median = wage?.annual.median ?? null;
  const title = wrap(role.title, 16);
  const titleEnd = 170 + (title.length - 1) * 70;
  const pay = median === null || !wage
    ? textLines([m.noPay], 60, titleEnd + 90, 30, `fill="${MUTED}"`)
    : `${textLines([m.pay(w.money(median, 'annual'))], 60, titleEnd + 100, 52, `fill="${ACCENT}" font-weight="bold"`)}${textLines([m.payLabel(wage.year)], 60, titleEnd + 145, 28, `fill="${MUTED}"`)}`;
  const map = mapBlock(role.primarySoc, occupationBySoc(role.primarySoc).title, 640, 110, 500, m);
  const years = [...new Set([wage?.year, map.year].filter((y): y is number => y !== undefined))].sort();
  const source = m.source(publisherOf(wage), m.survey, m.years(years));
  return frame(`${textLines(title, 60, 170, 56, `fill="${INK}" font-weight="bold"`)}\n${pay}\n${map.svg}`, source, locale);
}

/** A page's image in a locale: its title and line; the salaries page also shows the default view's state map. */
export function pageShareSvg(page: SharePage, locale: Locale = DEFAULT_LOCALE): string {
  const m = shareMessages(locale);
  const words = m.pages[page];
  if (page === 'salaries') {
    const coder = roleIn(locale, 'medical-coder');
    const map = mapBlock(coder.primarySoc, coder.title, 640, 110, 500, m);
    const title = wrap(words.title, 16);
    const body = `${textLines(title, 60, 170, 56, `fill="${INK}" font-weight="bold"`)}${textLines(wrap(words.line, 30), 60, 200 + title.length * 70, 30, `fill="${MUTED}"`)}${map.svg}`;
    return frame(body, m.source(publisherOf(newestWage(coder.primarySoc)), m.survey, m.years([map.year])), locale);
  }
  const title = wrap(words.title, 28);
  return frame(`${textLines(title, 60, 220, 66, `fill="${INK}" font-weight="bold"`)}${textLines(wrap(words.line, 52), 60, 250 + title.length * 80, 34, `fill="${MUTED}"`)}`, '', locale);
}

/** An SVG as a PNG at its own size, drawn with DejaVu Sans only (no system font look-up). */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT } });
  return resvg.render().asPng();
}

/** The image a page shares, as an address and its alt text. */
export interface ShareImage {
  src: string;
  alt: string;
}

/** Where a locale's share image is served: the English path under the locale's prefix. */
export const sharePath = (locale: Locale, image: { role: string } | { page: SharePage }): string =>
  localePath(locale, 'role' in image ? `/og/roles/${image.role}.png` : `/og/${image.page}.png`);

/** A role's share image in a locale. */
export function roleShareImage(slug: string, locale: Locale = DEFAULT_LOCALE): ShareImage {
  const m = shareMessages(locale);
  const role = roleIn(locale, slug);
  const wage = newestWage(role.primarySoc);
  const median = wage?.annual.median ?? null;
  const pay = median === null ? null : wagesMessages(locale).money(median, 'annual');
  return { src: sharePath(locale, { role: slug }), alt: m.roleAlt(role.title, pay, wage?.year ?? 0, payMapOf(role.primarySoc).year) };
}

/** The image a page at `path` (without its locale prefix) shares in a locale: its role's, its tool's, the guide image, or the home image. */
export function shareImageFor(path: string, locale: Locale = DEFAULT_LOCALE): ShareImage {
  const role = /^\/roles\/([^/]+)\/$/.exec(path)?.[1];
  if (role && dataset.roles.some((r) => r.slug === role)) return roleShareImage(role, locale);
  const page: SharePage = path.startsWith('/guides/') ? 'guide' : (SHARE_PAGES.find((p) => path === `/${p}/`) ?? 'home');
  const m = shareMessages(locale);
  return { src: sharePath(locale, { page }), alt: m.pageAlt(m.pages[page]) };
}

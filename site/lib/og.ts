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
import { textMeasure } from './text-width.ts';
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

/** The share images' font, measured from the files resvg draws with. */
const measure = textMeasure(FONT_FILES[0]!, FONT_FILES[1]!);

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

/** A block of text in its column: `chars` a line at most, as drawn no wider than `width` px. */
interface Column {
  chars: number;
  width: number;
  size: number;
  bold: boolean;
  /** The smallest size it may shrink to when a single word is wider than the column. */
  minSize?: number;
}

/**
 * Text broken into lines for its column: by characters (short lines read better) and, where a line
 * so broken is still wider than the column as measured in the font, by characters and width together;
 * a word wider than the column on its own shrinks the size, down to `minSize`. Returns the lines and
 * the size they are drawn at.
 */
export function fit(text: string, column: Column): { lines: string[]; size: number } {
  const { chars, width, bold, minSize = column.size } = column;
  const words = text.split(/\s+/);
  let size = column.size;
  const narrow = (line: string) => measure.width(line, size, bold) <= width;
  const fits = (line: string) => line.length <= chars && narrow(line);
  while (size > minSize && !words.every(narrow)) size -= 2;
  const byChars = wrap(text, chars);
  if (byChars.every(fits)) return { lines: byChars, size };
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return { lines, size };
}

/** Lines of text from (x, y), `size` px, one line every 1.2 em. */
const textLines = (lines: string[], x: number, y: number, size: number, attrs: string) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * 1.2}">${esc(l)}</tspan>`).join('')}</text>`;

/** The left edge of every image's text, and the width of its columns: the whole page, the left of a map, the map. */
const LEFT = 60;
const FULL = OG_WIDTH - 2 * LEFT;
const BESIDE_MAP = 560;
const MAP_X = 640;
const MAP_COLUMN = OG_WIDTH - LEFT - MAP_X;

/** The source line(s), the last just above the bottom band, and the top of the first line. */
function sourceLines(source: string): { svg: string; top: number } {
  const { lines } = fit(source, { chars: 88, width: FULL, size: 22, bold: false });
  const y = OG_HEIGHT - 34 - (lines.length - 1) * 26.4;
  return { svg: textLines(lines, LEFT, y, 22, `fill="${MUTED}"`), top: y - 22 };
}

/** The frame every image shares: white page, the site's band with its name, the source line. */
function frame(body: string, source: string, locale: Locale): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fff"/>
<rect width="${OG_WIDTH}" height="84" fill="${ACCENT}"/>
<text x="${LEFT}" y="55" font-size="32" font-weight="bold" fill="#fff">${esc(shellMessages(locale).siteName)}</text>
${body}
<rect y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="${ACCENT}"/>
${source}
</svg>`;
}

/**
 * A state pay map in the right column from `y`, with its label and a lower-to-higher key, the key
 * ending above `bottom`: a longer label makes the map smaller rather than push the key into the source line.
 */
function mapBlock(soc: string, who: string, y: number, bottom: number, m: ShareMessages): { svg: string; year: number } {
  const x = MAP_X;
  const map = payMapOf(soc);
  const fill = new Map(map.states.map((s) => [s.code, shadeOf(classOf(s.value, map.breaks), map.breaks)]));
  const colorOf = (shade: string) => (shade === 'pm-x' ? '#fff' : SHADES[Number(shade.slice(3))]!);
  const paths = stateShapes().map((s) => `<path d="${s.d}" fill="${colorOf(fill.get(s.code)!)}"/>`).join('');
  const label = fit(m.mapLabel(who, map.year), { chars: 40, width: MAP_COLUMN, size: 23, bold: true }).lines;
  const top = y + 20 + label.length * 28;
  const KEY = 14 + 18 + 8;
  const scale = Math.min(MAP_COLUMN / MAP_WIDTH, (bottom - KEY - top) / MAP_HEIGHT);
  const keyY = top + MAP_HEIGHT * scale + 14;
  const swatchX = x + Math.max(90, Math.ceil(measure.width(m.lower, 18, false)) + 10);
  const swatches = Array.from({ length: PAY_CLASS_COUNT }, (_, i) => `<rect x="${swatchX + i * 40}" y="${keyY}" width="36" height="18" fill="${SHADES[i]}"/>`).join('');
  const svg = `${textLines(label, x, y + 24, 23, `fill="${INK}" font-weight="bold"`)}
<g transform="translate(${x} ${top}) scale(${scale})" stroke="#fff" stroke-width="${1 / scale}" stroke-linejoin="round">${paths}</g>
<text x="${x}" y="${keyY + 15}" font-size="18" fill="${MUTED}">${esc(m.lower)}</text>${swatches}<text x="${swatchX + 10 + PAY_CLASS_COUNT * 40}" y="${keyY + 15}" font-size="18" fill="${MUTED}">${esc(m.higher)}</text>`;
  return { svg, year: map.year };
}

/** The publisher of a wage row's source (a proper name, in its own language). */
function publisherOf(wage: WageRow | undefined): string {
  const source = dataset.sources.find((s) => s.id === wage?.sourceIds[0]);
  if (!source) throw new Error(`No source for the wage row of ${wage?.soc ?? 'an occupation without wages'}`);
  return source.publisher;
}

/** A title beside the map, from y = 170: its SVG and the baseline of its last line. */
function sideTitle(text: string): { svg: string; end: number } {
  const { lines, size } = fit(text, { chars: 16, width: BESIDE_MAP, size: 56, bold: true, minSize: 40 });
  const step = (size * 70) / 56;
  return { svg: textLines(lines, LEFT, 170, size, `fill="${INK}" font-weight="bold"`), end: 170 + (lines.length - 1) * step };
}

/** A role's image in a locale: its title, national median and year, its state map, the source. */
export function roleShareSvg(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = shareMessages(locale);
  const role = roleIn(locale, slug);
  const w = wagesMessages(locale);
  const wage = newestWage(role.primarySoc);
  const median = wage?.annual.median ?? null;
  const title = sideTitle(role.title);
  const beside = (text: string, size: number, bold: boolean) => fit(text, { chars: 40, width: BESIDE_MAP, size, bold, minSize: size - 12 });
  let pay: string;
  if (median === null || !wage) {
    const none = beside(m.noPay, 30, false);
    pay = textLines(none.lines, LEFT, title.end + 90, none.size, `fill="${MUTED}"`);
  } else {
    const figure = beside(m.pay(w.money(median, 'annual')), 52, true);
    const label = beside(m.payLabel(wage.year), 28, false);
    const labelY = title.end + 100 + (figure.lines.length - 1) * figure.size * 1.2 + 45;
    pay = `${textLines(figure.lines, LEFT, title.end + 100, figure.size, `fill="${ACCENT}" font-weight="bold"`)}${textLines(label.lines, LEFT, labelY, label.size, `fill="${MUTED}"`)}`;
  }
  const years = [...new Set([wage?.year, payMapOf(role.primarySoc).year].filter((y): y is number => y !== undefined))].sort();
  const source = sourceLines(m.source(publisherOf(wage), m.survey, m.years(years)));
  const map = mapBlock(role.primarySoc, occupationBySoc(role.primarySoc).title, 110, source.top - 6, m);
  return frame(`${title.svg}\n${pay}\n${map.svg}`, source.svg, locale);
}

/** A page's image in a locale: its title and line; the salaries page also shows the default view's state map. */
export function pageShareSvg(page: SharePage, locale: Locale = DEFAULT_LOCALE): string {
  const m = shareMessages(locale);
  const words = m.pages[page];
  if (page === 'salaries') {
    const coder = roleIn(locale, 'medical-coder');
    const year = payMapOf(coder.primarySoc).year;
    const source = sourceLines(m.source(publisherOf(newestWage(coder.primarySoc)), m.survey, m.years([year])));
    const map = mapBlock(coder.primarySoc, coder.title, 110, source.top - 6, m);
    const title = sideTitle(words.title);
    const line = fit(words.line, { chars: 30, width: BESIDE_MAP, size: 30, bold: false });
    const body = `${title.svg}${textLines(line.lines, LEFT, title.end + 100, line.size, `fill="${MUTED}"`)}${map.svg}`;
    return frame(body, source.svg, locale);
  }
  const title = fit(words.title, { chars: 28, width: FULL, size: 66, bold: true, minSize: 48 });
  const line = fit(words.line, { chars: 52, width: FULL, size: 34, bold: false });
  const lineY = 250 + (title.lines.length * 80 * title.size) / 66;
  return frame(`${textLines(title.lines, LEFT, 220, title.size, `fill="${INK}" font-weight="bold"`)}${textLines(line.lines, LEFT, lineY, line.size, `fill="${MUTED}"`)}`, '', locale);
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

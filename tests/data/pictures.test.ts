/**
 * The pictures as built (after `astro build`): each role page's state map names all 51 areas and
 * draws them from the shared outline file; every page's share image exists as a 1200 × 630 PNG, a
 * Spanish page's is its own image under /es/og/ drawn in Spanish, and no image's line runs past its margin;
 * role pages stay script-free within 14 KB; the ladder figure links all nine roles; a top-coded state is
 * a bound on the map, never a blank; roles and credentials wear their badges.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../data/area-codes.ts';
import { dataset } from '../../data/index.ts';
import { AREA_NAMES } from '../../functions/domain/areas.ts';
import { BOUND_SHADE, classOf, payBreaks, shadeOfValue, type MapValue } from '../../site/lib/pay-classes.ts';
import { mapValueOf, payMapOf, type PayMapFile } from '../../site/lib/pay-map.ts';
import { commonMessages } from '../../site/i18n/common-messages.ts';
import { builtPages, decodeEntities, SITE_DIR } from './built-pages.ts';
import { LOCALES } from '../../site/i18n/locale.ts';
import { formatFor } from '../../site/i18n/format.ts';
import { roleIn } from '../../site/lib/data-in.ts';
import { newestWage, roleBySlug } from '../../site/lib/lookup.ts';
import { OG_WIDTH, pageShareSvg, roleShareSvg, SHARE_PAGES } from '../../site/lib/og.ts';
import { textMeasure } from '../../site/lib/text-width.ts';

const html = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
const ROLE_PATHS = dataset.roles.map((r) => `roles/${r.slug}`);
/** The site's address as pages write it in og:image. */
const SITE = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html(''))![1]!).origin;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('the state pay map on role pages', () => {
  it.each(ROLE_PATHS)('%s names all 51 areas, each with a figure or "no published figure", drawn from /maps/states.svg', (path) => {
    const page = html(path);
    const map = /<svg class="pm-map"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    const titles = [...map.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decodeEntities(m[1]!));
    for (const code of STATE_CODES) {
      expect(titles.some((t) => t.startsWith(`${AREA_NAMES[code]}: `) && /: ((at least )?\$[\d,]+|no published figure)$/.test(t)), code).toBe(true);
      expect(map).toContain(`href="/maps/states.svg#${code}"`);
    }
    expect(titles.some((t) => /: \$0$/.test(t))).toBe(false);
  });

  it('has one outline per area in /maps/states.svg, each under its USPS code', () => {
    const svg = readFileSync(join(SITE_DIR, 'maps', 'states.svg'), 'utf8');
    expect([...svg.matchAll(/<path id="([A-Z]{2})"/g)].map((m) => m[1]).sort()).toEqual([...STATE_CODES].sort());
  });

  it('states the one May year of every state and links each small state to its figure on the salaries page', () => {
    const page = html('roles/medical-coder');
    expect(decodeEntities(page)).toMatch(/Median annual pay, Medical Records Specialists, in each state and DC, May 2024/);
    expect(page).toContain('District of Columbia: <span class="pm-fig">$');
  });

  it('puts a lower pay in a class no higher than a higher pay', () => {
    const breaks = payBreaks([40000, 45000, 50000, 55000, 60000, 65000]);
    expect(classOf(41000, breaks)! <= classOf(64000, breaks)!).toBe(true);
    expect(classOf(null, breaks)).toBeNull();
  });
});

describe('share images', () => {
  const pages = ['', 'salaries', 'courses', 'plan', 'guides/new', 'billing-vs-coding', ...ROLE_PATHS];
  it.each(pages)('/%s names an og:image that exists as a 1200 × 630 PNG, with alt text and a large card', (path) => {
    const page = html(path);
    const src = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
    expect(src).toBeTruthy();
    const file = join(SITE_DIR, new URL(src!).pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(page).toMatch(/<meta property="og:image:alt" content="[^"]{20,}"/);
    expect(page).toContain('<meta property="og:image:width" content="1200">');
    expect(page).toContain('<meta property="og:image:height" content="630">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('gives each role its own image, and the guide pages the generic guide image', () => {
    for (const role of dataset.roles) expect(html(`roles/${role.slug}`)).toContain(`"${SITE}/og/roles/${role.slug}.png"`);
    expect(html('guides/new')).toContain(`"${SITE}/og/guide.png"`);
  });
});

describe('Spanish share images', () => {
  const spanish = builtPages().filter((p) => p.path.startsWith('/es/'));
  /** A built page's og:image path and alt text, by its URL path (/es/roles/x/ or /roles/x/). */
  const shareOf = (path: string) => {
    const page = readFileSync(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    return { src: new URL(/<meta property="og:image" content="([^"]+)"/.exec(page)![1]!).pathname, alt: decodeEntities(/<meta property="og:image:alt" content="([^"]*)"/.exec(page)![1]!) };
  };

  it('covers every Spanish page', () => {
    expect(spanish.length).toBeGreaterThan(20);
  });

  it.each(spanish.map((p) => p.path))('%s shares a Spanish image under /es/og/ that exists, unlike its English page’s image and alt text', (path) => {
    const es = shareOf(path);
    const en = shareOf(path === '/es/404/' ? '/404.html' : path.slice('/es'.length));
    expect(es.src).toBe(`/es${en.src}`);
    const file = readFileSync(join(SITE_DIR, es.src));
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(file.equals(readFileSync(join(SITE_DIR, en.src)))).toBe(false);
    expect(es.alt).not.toBe(en.alt);
  });

  it('keeps English pages on their English images under /og/', () => {
    for (const path of ['/', '/salaries/', '/plan/', '/guides/new/', '/404.html', ...ROLE_PATHS.map((p) => `/${p}/`)]) expect(shareOf(path).src, path).toMatch(/^\/og\//);
  });

  it('names the Spanish role title and its es-US median in a Spanish role image’s alt text', () => {
    const role = roleIn('es', 'medical-billing-specialist');
    const median = newestWage(role.primarySoc)!.annual.median!;
    expect(shareOf('/es/roles/medical-billing-specialist/').alt).toContain(`${role.title}: salario mediano nacional de ${formatFor('es').usd(median)} al año`);
  });
});

describe('what the share images draw', () => {
  /** The words an image's SVG draws, its lines joined by spaces. */
  const wordsOf = (svg: string) => decodeEntities([...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' '));
  const dejavu = join(dirname(fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/package.json'))), 'ttf');
  const measure = textMeasure(join(dejavu, 'DejaVuSans.ttf'), join(dejavu, 'DejaVuSans-Bold.ttf'));
  const svgs = LOCALES.flatMap((locale) => [
    ...SHARE_PAGES.map((page) => [`${locale} ${page}`, pageShareSvg(page, locale)] as const),
    ...dataset.roles.map((r) => [`${locale} ${r.slug}`, roleShareSvg(r.slug, locale)] as const),
  ]);

  it.each(dataset.roles.map((r) => r.slug))('draws %s in Spanish: its Spanish title, its es-US median a year, and the source in Spanish', (slug) => {
    const role = roleIn('es', slug);
    const wage = newestWage(role.primarySoc)!;
    const words = wordsOf(roleShareSvg(slug, 'es'));
    expect(words).toContain(role.title);
    expect(role.title).not.toBe(roleBySlug(slug).title);
    expect(words).toContain(`${formatFor('es').usd(wage.annual.median!)} al año mediana nacional, mayo de ${wage.year}`);
    expect(words).toContain('Fuente: U.S. Bureau of Labor Statistics');
    expect(words).not.toMatch(/\b(a year|May|Source|lower|higher)\b/);
  });

  it.each(dataset.roles.map((r) => r.slug))('draws %s in English as before: its English title, its en-US median a year', (slug) => {
    const role = roleBySlug(slug);
    const wage = newestWage(role.primarySoc)!;
    const words = wordsOf(roleShareSvg(slug, 'en'));
    expect(words).toContain(role.title);
    expect(words).toContain(`${formatFor('en').usd(wage.annual.median!)} a year national median, May ${wage.year}`);
    expect(words).not.toMatch(/\b(al año|mayo|Fuente)\b/);
  });

  it('draws the Spanish page images from the Spanish catalog', () => {
    const home = wordsOf(pageShareSvg('home', 'es'));
    expect(home).toContain('Carreras en facturación y codificación médica');
    expect(wordsOf(pageShareSvg('salaries', 'es'))).toContain(`${roleIn('es', 'medical-coder').title}: mediana por estado`);
  });

  it.each(svgs)('keeps every line of the %s image inside the page’s 60 px margins', (_, svg) => {
    for (const text of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)"([^>]*)>([\s\S]*?)<\/text>/g)) {
      const [, x, size, attrs, body] = text;
      const lines = body!.includes('<tspan') ? [...body!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!) : [body!];
      for (const line of lines) expect(Number(x) + measure.width(decodeEntities(line), Number(size), attrs!.includes('bold')), line).toBeLessThanOrEqual(OG_WIDTH - 60);
    }
  });
});

describe('role pages stay light', () => {
  it.each(ROLE_PATHS)('/%s/ ships no script and at most 14 KB of gzipped HTML and CSS', (path) => {
    const page = html(path);
    expect(page.match(/<script\b(?![^>]*application\/ld\+json)/g) ?? []).toEqual([]);
    const css = [...page.matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(SITE_DIR, m[1]!)));
    expect(gzipSync(Buffer.concat([Buffer.from(page), ...css]), { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('the career ladder figure', () => {
  it('links all nine roles from /roles/ inside a figure with a caption and the arrows in words', () => {
    const figure = /<figure class="lad-fig"[\s\S]*?<\/figure>/.exec(html('roles'))?.[0] ?? '';
    expect(figure).toContain('<figcaption>');
    for (const role of dataset.roles) expect(figure, role.slug).toContain(`href="/roles/${role.slug}/"`);
    const words = decodeEntities(figure);
    for (const role of dataset.roles) {
      for (const next of role.after) {
        const to = dataset.roles.find((r) => r.slug === next)!;
        expect(words, `${role.slug} → ${next}`).toMatch(new RegExp(`${role.title} leads to [^.]*${to.title.toLowerCase()}`));
      }
    }
  });

  it('shows each role its neighbours on its own page, the role itself marked as the current page', () => {
    for (const role of dataset.roles) {
      const figure = /<figure class="lad-fig"[\s\S]*?<\/figure>/.exec(html(`roles/${role.slug}`))?.[0] ?? '';
      expect(figure).toMatch(new RegExp(`href="/roles/${role.slug}/" aria-current="page"`));
      for (const slug of [...role.before, ...role.after]) expect(figure, `${role.slug} shows ${slug}`).toContain(`href="/roles/${slug}/"`);
    }
  });
});

describe('a top-coded 90th percentile on the map', () => {
  const SOC = '11-9111';
  const map = payMapOf(SOC, 'p90');
  /** The states whose annual 90th percentile BLS printed as # in the map's year. */
  const topCoded = dataset.wages
    .filter((r) => r.soc === SOC && r.year === map.year && r.missing.some((m) => m.field === 'annual.p90' && m.symbol === '#'))
    .map((r) => r.area);

  it('is a lower bound of $239,200 for each state BLS top-coded, never a figure, a blank or 0', () => {
    expect(topCoded.length).toBeGreaterThan(0);
    for (const code of topCoded) {
      const state = map.states.find((s) => s.code === code)!;
      expect(state, code).toMatchObject({ value: null, atLeast: 239_200 });
      expect(shadeOfValue(mapValueOf(state), map.breaks), code).toBe(BOUND_SHADE);
    }
    expect(map.states.filter((s) => s.atLeast !== null).map((s) => s.code).sort()).toEqual([...topCoded].sort());
  });

  it('leaves the bounds out of the class breaks, so the exact figures keep their classes', () => {
    const exact = map.states.flatMap((s) => (s.value === null ? [] : [s.value]));
    expect(map.breaks).toEqual(payBreaks(exact));
    expect(Math.max(...exact)).toBeLessThan(239_200);
  });

  it('reaches the salaries island as { atLeast } in /maps/pay.json', () => {
    const file = JSON.parse(readFileSync(join(SITE_DIR, 'maps', 'pay.json'), 'utf8')) as PayMapFile;
    const values = file.socs[SOC]!.values.p90;
    const byCode = new Map<string, MapValue>(file.states.map((code, i) => [code, values[i] ?? null]));
    for (const code of topCoded) expect(byCode.get(code), code).toEqual({ atLeast: 239_200 });
    expect(values).not.toContain(0);
  });
});

describe('role and credential badges', () => {
  const common = commonMessages('en');
  it.each(dataset.roles.map((r) => [r.slug, r] as const))('/roles/%s/ shows its side and level badges and a chip per credential', (slug, role) => {
    const page = decodeEntities(html(`roles/${slug}`));
    expect(page).toContain(`<span class="badge badge-${role.side}">${common.side[role.side]}</span>`);
    expect(page).toMatch(new RegExp(`<span class="badge badge-level">[\\s\\S]*?</svg>\\s*${common.level[role.level]}\\s*</span>`));
    for (const id of role.credentials) expect(page, id).toContain(`<a class="badge badge-cred" href="/certifications/${id}/">${id.toUpperCase()}</a>`);
  });

  it('gives every card on /roles/ its side and level badges', () => {
    const page = html('roles');
    const cards = page.split('<li class="card">').slice(1);
    expect(cards).toHaveLength(dataset.roles.length);
    for (const card of cards) {
      expect(card).toMatch(/class="badge badge-(billing|coding|records|records-coding)"/);
      expect(card).toContain('class="badge badge-level"');
    }
  });

  it('names each credential on /certifications/ by its chip, and each credential page its roles with their side', () => {
    const index = html('certifications');
    for (const cert of dataset.certifications) expect(index, cert.id).toContain(`<a class="badge badge-cred" href="/certifications/${cert.id}/">${cert.acronym}</a>`);
    for (const role of dataset.roles) {
      for (const id of role.credentials) expect(html(`certifications/${id}`), `${id} → ${role.slug}`).toMatch(new RegExp(`href="/roles/${role.slug}/"[^>]*>[^<]+</a> <span class="badge badge-${role.side}">`));
    }
  });
});

/**
 * The registry of figure kinds the data-truth suite traces page figures to. Each kind names where a
 * figure comes from (a record in data/, or a named computation over records) and, given the dataset,
 * returns every figure it can produce. A dollar figure or a year printed on a page must be produced by
 * at least one kind; the kinds a figure traces to are reported beside it.
 */
import type { ArticleClaim, Certification, Dataset, Figure, PlannerRulesData, Program } from '../../data/schemas.ts';
import { figureKindOf } from '../../functions/domain/figure-kind.ts';
import { MAP_FIELDS } from '../../site/lib/pay-classes.ts';
import { payMapFile, payMapOf } from '../../site/lib/pay-map.ts';

/** What the kinds read. */
export interface RegistryInput {
  dataset: Dataset;
  articleClaims: readonly ArticleClaim[];
  plannerRules: PlannerRulesData;
  /** Dates of plans the pages show (the planner's worked example), YYYY-MM-DD. */
  planDates: readonly string[];
}

/** A kind of figure: its name, the rule in words, and every figure (dollars, or years) it produces. */
export interface KindSpec {
  kind: string;
  rule: string;
  figures: (input: RegistryInput) => Iterable<number>;
}

const HOURS_PER_YEAR = 2080;
const cents = (x: number) => Math.round(x * 100) / 100;
const amountsOf = (figure: Figure) => figure.versions.map((v) => v.amount);
const WAGE_FIELDS = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;

/** Every string anywhere in a value, nested. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/** "$1,234", "$22.71", "$30" in a text, as numbers. */
export function dollarsIn(text: string): number[] {
  return [...text.matchAll(/\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g)].map((m) => Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`));
}

/** Every annual figure of every wage row. */
const annuals = (d: Dataset) => d.wages.flatMap((w) => WAGE_FIELDS.map((f) => w.annual[f]).filter((x): x is number => x !== null));

/** The exam fee choices a program's total may use for one credential: member, non-member or student price. */
const examChoices = (c: Certification) => [...amountsOf(c.examFee.member), ...amountsOf(c.examFee.nonMember), ...amountsOf(c.examFee.student)];

/** Every sum a program's cost lines can make: each line taken at one of its known prices or left out. */
function programSums(p: Program, certs: readonly Certification[]): number[] {
  const pick = (xs: number[]) => [0, ...new Set(xs)];
  const forCerts = certs.filter((c) => p.certificationIds.includes(c.id));
  const exam = pick(forCerts.flatMap(examChoices));
  const membership = pick(forCerts.flatMap((c) => [...amountsOf(c.membership.join), ...amountsOf(c.membership.renewal)]));
  const sums = new Set<number>();
  // Supplies and other costs are lines of their own only where a state registry lists them apart.
  const extras = [0];
  for (const s of pick(amountsOf(p.supplies?.cost ?? { versions: [] }))) for (const o of pick(amountsOf(p.other?.cost ?? { versions: [] }))) extras.push(s + o);
  for (const t of pick(amountsOf(p.tuition)))
    for (const f of pick(amountsOf(p.fees.cost)))
      for (const b of pick(amountsOf(p.books.cost)))
        for (const x of new Set(extras))
          for (const e of exam)
            for (const m of membership)
              // A retake allowance is the exam fee once more.
              for (const r of [0, e]) sums.add(cents(t + f + b + x + e + m + r));
  sums.delete(0);
  return [...sums];
}

/** The kinds a dollar figure on a page may trace to. */
export const DOLLAR_KINDS: readonly KindSpec[] = [
  { kind: 'wage', rule: 'a BLS wage figure (annual or hourly) of a row in wages.json', figures: ({ dataset }) => dataset.wages.flatMap((w) => WAGE_FIELDS.flatMap((f) => [w.annual[f], w.hourly?.[f] ?? null]).filter((x): x is number => x !== null)) },
  { kind: 'wage ÷ 2,080', rule: 'an annual wage ÷ 2,080, to the cent (hourly computed)', figures: ({ dataset }) => annuals(dataset).map((a) => cents(a / HOURS_PER_YEAR)) },
  { kind: 'wage ÷ 12', rule: 'an annual wage ÷ 12, to the cent (a month of pay, payback)', figures: ({ dataset }) => annuals(dataset).map((a) => cents(a / 12)) },
  {
    kind: 'national wage change',
    rule: 'the difference between two May years of one national figure of one occupation (the trend on role pages)',
    figures: ({ dataset }) =>
      dataset.wages.flatMap((a) =>
        dataset.wages
          .filter((b) => a.area === 'US' && b.soc === a.soc && b.area === a.area && b.year > a.year)
          .flatMap((b) =>
            WAGE_FIELDS.flatMap((f) => {
              const [from, to] = [a.annual[f], b.annual[f]];
              return from !== null && to !== null ? [Math.abs(to - from)] : [];
            }),
          ),
      ),
  },
  {
    kind: 'program price',
    rule: 'a tuition, fee, book, supplies or other-cost price version of a program in programs.json',
    figures: ({ dataset }) => dataset.programs.flatMap((p) => [p.tuition, p.fees.cost, p.books.cost, ...(p.supplies ? [p.supplies.cost] : []), ...(p.other ? [p.other.cost] : [])].flatMap(amountsOf)),
  },
  { kind: 'program total', rule: "a sum of a program's known cost lines (tuition, fees, books, supplies, other, exam, membership, retake), the unknown ones left out", figures: ({ dataset }) => dataset.programs.flatMap((p) => programSums(p, dataset.certifications)) },
  {
    kind: 'state registry total',
    rule: "the total a state registry lists for a program, kept as the registry gives it (programs.json registry.totalCost, reported by the provider)",
    figures: ({ dataset }) => dataset.programs.flatMap((p) => (p.registry ? [p.registry.totalCost] : [])),
  },
  {
    kind: 'credential fee',
    rule: 'an exam fee (member, non-member, student), a third-party reported exam price, or a membership join or renewal price in certifications.json',
    figures: ({ dataset }) => dataset.certifications.flatMap((c) => [...examChoices(c), ...c.examFee.reported.flatMap((r) => r.amounts ?? []), ...amountsOf(c.membership.join), ...amountsOf(c.membership.renewal)]),
  },
  {
    kind: 'map class limit',
    rule: "a limit of a state pay map's color class: the states' 20th, 40th, 60th or 80th percentile of one measure, rounded to $1,000 (site/lib/pay-classes.ts payBreaks), or $1 below it as the class above's upper end",
    figures: () => Object.keys(payMapFile().socs).flatMap((soc) => MAP_FIELDS.flatMap((field) => payMapOf(soc, field).breaks.flatMap((b) => [b, b - 1]))),
  },
  { kind: 'record text', rule: 'a dollar figure written in a record’s own words (a note, a reported text, a BLS symbol’s meaning, a price as the page words it)', figures: ({ dataset }) => [...stringsIn(dataset)].flatMap(dollarsIn) },
  { kind: 'article claim', rule: "a figure of the source article's claims (article-claims.json), or as its quote writes it", figures: ({ articleClaims }) => articleClaims.flatMap((c) => [...(c.figure?.unit === 'usd-per-year' ? [c.figure.low, c.figure.high] : []), ...dollarsIn(c.quote)]) },
];

/** Years: every 4-digit year 1900–2099 a text holds (SOC codes such as 29-2072 and 43-4071 are not years). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(?<!(?<!\d)\d{2}-)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}

/** Spans of years as pages write them: "2024–34", "2018-19", "2016-2017"; the first year and the last, in full. */
export function periodsIn(text: string): { text: string; from: number; to: number }[] {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d{2})[–-]((?:19|20)?\d{2})(?!\d)/g)].map((m) => {
    const from = Number(m[1]);
    const to = m[2]!.length === 4 ? Number(m[2]) : Math.floor(from / 100) * 100 + Number(m[2]);
    return { text: m[0], from, to };
  });
}

/** The kinds a span of years may trace to: a projections period, a span a record writes, or an academic year (a traced year and the next). */
export function tracePeriod(period: { from: number; to: number }, registry: Registry): string[] {
  return [...(registry.periods.get(`${period.from}-${period.to}`) ?? []), ...(period.to === period.from + 1 && registry.years.has(period.from) ? ['academic year'] : [])];
}

/** The kinds a year on a page may trace to. */
export const YEAR_KINDS: readonly KindSpec[] = [
  { kind: 'wage year', rule: 'the May year of a row in wages.json', figures: ({ dataset }) => dataset.wages.map((w) => w.year) },
  { kind: 'projection years', rule: 'the base or projected year of a row in projections.json', figures: ({ dataset }) => dataset.projections.flatMap((p) => [p.baseYear, p.projectedYear]) },
  { kind: 'record date or text', rule: 'a year in a record: a source’s vintage or the day it was read, a price’s date, a note', figures: (input) => [...stringsIn(input.dataset), ...stringsIn(input.articleClaims), ...stringsIn(input.plannerRules)].flatMap(yearsIn) },
  { kind: 'plan date', rule: "the year of a date in a plan a page shows (the planner's worked example)", figures: ({ planDates }) => planDates.map((d) => Number(d.slice(0, 4))) },
];

/** A figure traced to kinds, per unit: dollars by their cents (and whole dollars, for figures shown rounded), years as they are. */
export interface Registry {
  byCents: Map<number, Set<string>>;
  byDollar: Map<number, Set<string>>;
  years: Map<number, Set<string>>;
  /** Spans of years by "from-to" (full years). */
  periods: Map<string, Set<string>>;
}

function add<K>(map: Map<K, Set<string>>, key: K, kind: string) {
  const kinds = map.get(key) ?? new Set<string>();
  kinds.add(kind);
  map.set(key, kinds);
}

/** Every figure every kind produces. */
export function buildRegistry(input: RegistryInput): Registry {
  const registry: Registry = { byCents: new Map(), byDollar: new Map(), years: new Map(), periods: new Map() };
  for (const spec of DOLLAR_KINDS) {
    for (const x of spec.figures(input)) {
      add(registry.byCents, Math.round(x * 100), spec.kind);
      add(registry.byDollar, Math.round(x), spec.kind);
    }
  }
  for (const spec of YEAR_KINDS) for (const y of spec.figures(input)) add(registry.years, y, spec.kind);
  for (const p of input.dataset.projections) add(registry.periods, `${p.baseYear}-${p.projectedYear}`, 'projections period');
  for (const w of [...stringsIn(input.dataset)].flatMap(periodsIn)) add(registry.periods, `${w.from}-${w.to}`, 'record text');
  return registry;
}

/** The kinds a printed dollar figure traces to: "$22.71" by its cents, "$1,234" by its whole dollars (a traced figure shown rounded). */
export function traceDollar(token: string, registry: Registry): string[] {
  const m = /^\$\s?([\d,]+)(?:\.(\d{2}))?$/.exec(token);
  if (!m) return [];
  const dollars = Number(m[1]!.replace(/,/g, ''));
  const kinds = m[2] !== undefined ? registry.byCents.get(dollars * 100 + Number(m[2])) : registry.byDollar.get(dollars);
  return [...(kinds ?? [])];
}

/** Prices a JSON-LD Offer may carry: the versions whose kind is published (figureKindOf). */
export function publishedPrices(dataset: Dataset): Set<number> {
  const figures = [...dataset.programs.flatMap((p) => [p.tuition, p.fees.cost, p.books.cost]), ...dataset.certifications.flatMap((c) => [c.examFee.member, c.examFee.nonMember, c.examFee.student, c.membership.join, c.membership.renewal])];
  return new Set(figures.flatMap((f) => f.versions.filter((v) => figureKindOf(v) === 'published').map((v) => v.amount)));
}

/** A page's texts as the checks read them: where each is, and the text. */
export interface PageTexts {
  title: string;
  description: string;
  main: string;
  jsonLd: unknown[];
}

/** Every string of JSON-LD blocks (names, descriptions), for the text checks; addresses and types left out. */
function* jsonLdStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* jsonLdStrings(v);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '@context' && k !== '@type' && k !== 'url' && k !== '@id') yield* jsonLdStrings(v);
}

/** Keys under which JSON-LD gives a dollar amount as a number, inside an object priced in USD. */
const MONEY_KEYS = new Set(['price', 'lowPrice', 'highPrice', 'minPrice', 'maxPrice', 'value', 'minValue', 'maxValue', 'median', 'percentile10', 'percentile25', 'percentile75', 'percentile90']);

function* jsonLdMoney(value: unknown, usd = false): Generator<{ key: string; amount: number }> {
  if (Array.isArray(value)) for (const v of value) yield* jsonLdMoney(v, usd);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const here = usd || o.currency === 'USD' || o.priceCurrency === 'USD';
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number' && here && MONEY_KEYS.has(k)) yield { key: k, amount: v };
      else yield* jsonLdMoney(v, here);
    }
  }
}

/** Every JSON-LD Offer, nested. */
function* offersIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* offersIn(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o['@type'] === 'Offer') yield o;
    for (const v of Object.values(o)) yield* offersIn(v);
  }
}

const textsOf = (p: PageTexts) => [
  { where: 'title', text: p.title },
  { where: 'description', text: p.description },
  { where: 'main', text: p.main },
  ...[...jsonLdStrings(p.jsonLd)].map((text) => ({ where: 'JSON-LD', text })),
];

/** A few words either side of a figure, to find it on the page. */
const around = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 50), at + length + 30);

/** A printed dollar figure: "$1,234", "$22.71", "$30" (not the start of a longer number). */
const DOLLAR = /\$\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?(?![\d,]*\d)/g;

/** Every dollar figure of a page that traces to no kind, and every $0 (unknown is never 0), with where it is and the words around it. */
export function untracedDollars(p: PageTexts, registry: Registry): string[] {
  const out: string[] = [];
  for (const { where, text } of textsOf(p)) {
    for (const m of text.matchAll(DOLLAR)) {
      const zero = dollarsIn(m[0])[0] === 0;
      if (zero || traceDollar(m[0], registry).length === 0) out.push(`${m[0]}${zero ? ' (a $0)' : ''} in ${where}: “…${around(text, m.index, m[0].length)}…”`);
    }
  }
  for (const { key, amount } of jsonLdMoney(p.jsonLd)) {
    if (amount === 0 || traceDollar(`$${amount}`, registry).length === 0) out.push(`${amount} as JSON-LD ${key}${amount === 0 ? ' (a 0)' : ''}`);
  }
  return out;
}

/** Every year and span of years of a page that traces to no kind, with where it is and the words around it. */
export function untracedYears(p: PageTexts, registry: Registry): string[] {
  const out: string[] = [];
  for (const { where, text } of textsOf(p)) {
    for (const y of new Set(yearsIn(text))) if (!registry.years.has(y)) out.push(`${y} in ${where}: “…${around(text, text.indexOf(String(y)), 4)}…”`);
    for (const period of periodsIn(text)) if (tracePeriod(period, registry).length === 0) out.push(`${period.text} in ${where}: “…${around(text, text.indexOf(period.text), period.text.length)}…”`);
  }
  return out;
}

/** JSON-LD Offers whose price is not one the provider published. */
export function unpublishedOfferPrices(p: PageTexts, published: ReadonlySet<number>): string[] {
  return [...offersIn(p.jsonLd)].filter((o) => o.price !== undefined && !published.has(Number(o.price))).map((o) => `Offer.price ${String(o.price)}${typeof o.description === 'string' ? ` (${o.description})` : ''}`);
}

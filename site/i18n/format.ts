/**
 * One home for how figures read in a language: money, counts, dates, months and hours. Every page,
 * island and API message formats through `formatFor(locale)`, so a new language changes them all.
 */
import { formatTag, type Locale } from './locale.ts';

/** The formatters of one locale. */
export interface Format {
  /** Whole dollars: $51,140. */
  usd: (amount: number) => string;
  /** Dollars with cents where the figure has them: $3,895, $219.5, $1,234.56. */
  usdExact: (amount: number) => string;
  /** An hourly wage, always with cents: $24.59. */
  usdHourly: (amount: number) => string;
  /** A count with thousands separators: 194,720. */
  count: (n: number) => string;
  /** A calendar day (YYYY-MM-DD, or a timestamp's day) in words: November 27, 2026. */
  longDate: (iso: string) => string;
  /** A calendar day, short: Nov 27, 2026. */
  mediumDate: (iso: string) => string;
  /** The short name of a day's month: Nov. */
  monthShort: (iso: string) => string;
  /** A date given to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD): 2024; June 2024 or Jun 2024; June 24, 2024 or Jun 24, 2024. */
  partialDate: (dated: string, style: 'long' | 'medium') => string;
  /** A figure to a tenth, as a plain number without grouping (hours, months): 10, 12.5, 1200. */
  decimal: (n: number) => string;
}

/** The UTC midnight of a calendar day. */
const dayDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The months as en-US words them in a long date (ICU's own words; tests/unit/format.test.ts holds them to Intl). */
const EN_US_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Two en-US formats written without Intl, because the first Intl formatter of a process starts ICU (about
 * 12 ms of a Lambda cold start) and an English plan's words need only these: a long date (November 27,
 * 2026) and a tenth (12.5). Each gives exactly what Intl gives (tests/unit/format.test.ts), and leaves to
 * Intl what it does not cover (undefined): years outside 1–9999, figures that are not finite or round to -0
 * or reach 1e21.
 */
const enUs = {
  longDate: (date: Date): string | undefined => {
    const year = date.getUTCFullYear();
    return year >= 1 && year <= 9999 ? `${EN_US_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}` : undefined;
  },
  decimal: (x: number): string | undefined => (Number.isFinite(x) && !Object.is(x, -0) && Math.abs(x) < 1e21 ? String(x) : undefined),
};

/** A value made on its first use, then kept. */
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

/**
 * The formatters of a locale, each made on its first use: the first Intl formatter of a process starts
 * ICU (about 12 ms), which a catalog imported for its other words, or a Lambda answering without a
 * figure in words, need not pay.
 */
function createFormat(locale: Locale): Format {
  const tag = formatTag(locale);
  const number = (options?: Intl.NumberFormatOptions) => once(() => new Intl.NumberFormat(tag, options));
  const money = (options: Intl.NumberFormatOptions) => number({ style: 'currency', currency: 'USD', ...options });
  const date = (options: Intl.DateTimeFormatOptions) => once(() => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }));
  const whole = money({ maximumFractionDigits: 0 });
  const exact = money({ maximumFractionDigits: 2, minimumFractionDigits: 0 });
  const hourly = money({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = number();
  const long = date({ dateStyle: 'long' });
  const medium = date({ dateStyle: 'medium' });
  const month = date({ month: 'short' });
  const tenths = number({ useGrouping: false, maximumFractionDigits: 1 });
  const monthYear = { long: date({ month: 'long', year: 'numeric' }), medium: date({ month: 'short', year: 'numeric' }) };
  const day = { long, medium };
  const fast = tag === 'en-US' ? enUs : undefined;
  return {
    usd: (n) => whole().format(n),
    usdExact: (n) => exact().format(n),
    usdHourly: (n) => hourly().format(n),
    count: (n) => count().format(n),
    longDate: (iso) => {
      const date = dayDate(iso);
      return fast?.longDate(date) ?? long().format(date);
    },
    mediumDate: (iso) => medium().format(dayDate(iso)),
    monthShort: (iso) => month().format(dayDate(iso)),
    partialDate: (dated, style) => {
      const [y, m, d] = dated.split('-');
      if (!m) return y!;
      return d ? day[style]().format(dayDate(dated)) : monthYear[style]().format(dayDate(`${dated}-01`));
    },
    decimal: (n) => {
      const x = round1(n);
      return fast?.decimal(x) ?? tenths().format(x);
    },
  };
}

const made = new Map<Locale, Format>();

/** The formatters of a locale (made once, then shared). */
export function formatFor(locale: Locale): Format {
  let f = made.get(locale);
  if (!f) made.set(locale, (f = createFormat(locale)));
  return f;
}

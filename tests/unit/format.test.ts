/**
 * site/i18n/format.ts writes two en-US formats without Intl, so that an English plan's words start no
 * ICU on a Lambda's cold path. These hold them to what Intl itself gives, the formats they stand in for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../site/i18n/format.ts';

const en = formatFor('en');
const intlLong = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const intlTenths = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 1 });
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

describe('English long dates', () => {
  it('read as Intl reads them for every day from 1900 to 2100', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = isoOf(new Date(t));
      expect(en.longDate(iso), iso).toBe(intlLong.format(new Date(t)));
    }
  });

  it('read as Intl reads them for any day of years 1 to 9999, from a timestamp too', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(en.longDate(iso)).toBe(intlLong.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)));
      }),
    );
  });

  it('refuse a day that is no date as Intl does', () => {
    expect(() => en.longDate('2026-13-45')).toThrow(RangeError);
  });
});

describe('English tenths', () => {
  it('read as Intl reads the figure rounded to a tenth, for any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: -1e4, max: 1e4 }), fc.integer().map((n) => n / 20)), (n) => {
        expect(en.decimal(n)).toBe(intlTenths.format(Math.round(n * 10) / 10));
      }),
      { numRuns: 5_000 },
    );
  });

  it('read as Intl reads zero, minus zero, and figures past 1e21', () => {
    for (const n of [0, -0, -0.04, 0.05, 12.5, 1200, 1e21, -1e22, 123456789012345.6]) expect(en.decimal(n), String(n)).toBe(intlTenths.format(Math.round(n * 10) / 10));
  });
});

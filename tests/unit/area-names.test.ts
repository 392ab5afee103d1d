/**
 * The areas' names by locale (site/i18n/area-names.ts): every area has a name in every language, the
 * Spanish names are the ones USA.gov en español uses, each locale lists the areas in its own alphabetical
 * order with the nation first, and a Spanish sentence names the nation and DC with their article.
 */
import { describe, expect, it } from 'vitest';
import { NATION_CODE, STATE_CODES } from '../../data/area-codes.ts';
import { AREA_CODES, AREA_NAMES } from '../../functions/domain/areas.ts';
import { areaCodesIn, areaNames, areaOptions } from '../../site/i18n/area-names.ts';
import { commonMessages } from '../../site/i18n/common-messages.ts';
import { formatTag, LOCALES } from '../../site/i18n/locale.ts';

const CODES = [NATION_CODE, ...STATE_CODES];

describe.each(LOCALES)('the area names in %s', (locale) => {
  const names = areaNames(locale);

  it('name every area with wages, each once, and nothing else', () => {
    expect(Object.keys(names).sort()).toEqual([...CODES].sort());
    for (const [code, name] of Object.entries(names)) expect(name.trim(), code).not.toBe('');
    expect(new Set(Object.values(names)).size).toBe(CODES.length);
  });

  it('list the nation first, then every state once in the alphabetical order of the locale', () => {
    const order = areaCodesIn(locale);
    expect(order[0]).toBe(NATION_CODE);
    expect([...order].sort()).toEqual([...CODES].sort());
    const states = order.slice(1).map((code) => names[code]);
    expect(states).toEqual([...states].sort(new Intl.Collator(formatTag(locale)).compare));
    expect(areaOptions(locale)).toEqual(order.map((code) => [code, names[code]]));
  });
});

describe('the English area names', () => {
  it('are the names the API answers with, in the API order', () => {
    expect(areaNames('en')).toBe(AREA_NAMES);
    expect(areaCodesIn('en')).toEqual(AREA_CODES);
  });
});

describe('the Spanish area names', () => {
  const es = areaNames('es');
  const en = areaNames('en');

  it.each([
    ['US', 'Estados Unidos'],
    ['NY', 'Nueva York'],
    ['NJ', 'Nueva Jersey'],
    ['NM', 'Nuevo México'],
    ['NH', 'Nuevo Hampshire'],
    ['NC', 'Carolina del Norte'],
    ['SC', 'Carolina del Sur'],
    ['ND', 'Dakota del Norte'],
    ['SD', 'Dakota del Sur'],
    ['PA', 'Pensilvania'],
    ['MS', 'Misisipi'],
    ['LA', 'Luisiana'],
    ['HI', 'Hawái'],
    ['WV', 'Virginia Occidental'],
    ['DC', 'Distrito de Columbia'],
  ] as const)('name %s as USA.gov en español does: %s', (code, name) => {
    expect(es[code]).toBe(name);
    expect(en[code]).not.toBe(name);
  });

  it.each(['TX', 'FL', 'CA', 'AZ', 'NV', 'WA'] as const)('keep %s as English writes it', (code) => {
    expect(es[code]).toBe(en[code]);
  });

  it('sort by Spanish name: Carolina del Norte among the Cs, Nueva York among the Ns, Virginia before Virginia Occidental', () => {
    const order = areaCodesIn('es');
    const at = (code: string) => order.indexOf(code as (typeof order)[number]);
    expect(at('NC')).toBeLessThan(at('CO'));
    expect(at('NY')).toBeGreaterThan(at('NV'));
    expect(at('NY')).toBeLessThan(at('OH'));
    expect(at('VA')).toBe(at('WV') - 1);
    expect(order).not.toEqual(areaCodesIn('en'));
  });

  it('take their article in a sentence: en los Estados Unidos, en el Distrito de Columbia, en Texas', () => {
    const { inArea, theArea } = commonMessages('es');
    expect(inArea(es.US)).toBe('en los Estados Unidos');
    expect(inArea(es.DC)).toBe('en el Distrito de Columbia');
    expect(inArea(es.TX)).toBe('en Texas');
    expect(theArea(es.NY)).toBe('Nueva York');
  });

  it('leave the English sentences as they were: in the United States, in the District of Columbia', () => {
    const { inArea } = commonMessages('en');
    expect(inArea(en.US)).toBe('in the United States');
    expect(inArea(en.DC)).toBe('in the District of Columbia');
    expect(inArea(en.NY)).toBe('in New York');
  });
});

import { describe, expect, it } from 'vitest';
import { dataTexts } from '../../site/i18n/data-text-fields.ts';
import { dataText, hasDataText } from '../../site/i18n/data-text.ts';
import { ES_DATA_TEXT } from '../../site/i18n/es/data/index.ts';
import { TERMS } from '../../site/i18n/es/terms.ts';

const texts = dataTexts();
const spanish = dataText('es');
const rows = texts.map((t) => [`${t.file} ${t.field}`, t] as const);

/** The numbers a text states ("120", "2015", "43-3021" as 43 and 3021), so a translation keeps every figure. */
const numbersIn = (text: string) => new Set(text.match(/\d+(?:\.\d+)?/g) ?? []);

/** Whether a text uses a word as a whole word, case-insensitive. */
const usesWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'iu').test(text);

describe('Spanish data texts', () => {
  it('lists the texts pages show from roles, code sets, projections and planner rules', () => {
    const files = new Set(texts.map((t) => t.file));
    expect([...files]).toEqual(expect.arrayContaining(['data/roles.json', 'data/code-sets.json', 'data/projections.json', 'data/planner-rules.json']));
    expect(texts.find((t) => t.field === 'medical-coder.title')?.text).toBe('Medical coder');
    expect(texts.some((t) => t.field.startsWith('credentials.cca.examWindow'))).toBe(true);
  });

  it('lists program and source texts, a location that is only a place name as a proper name', () => {
    const files = new Set(texts.map((t) => t.file));
    expect([...files]).toEqual(expect.arrayContaining(['data/programs.json', 'data/sources.json']));
    expect(texts.find((t) => t.text === 'Newark, NJ')?.properName).toBe(true);
    expect(texts.find((t) => t.text === 'Online')?.properName).toBeUndefined();
    expect(texts.some((t) => t.field.endsWith('.priceText'))).toBe(false);
  });

  it('lists the credential texts pages show, but not the credential names, which stay in English', () => {
    const credentials = texts.filter((t) => t.file === 'data/certifications.json');
    expect(credentials.find((t) => t.field === 'cpc.whoFor')?.text).toMatch(/^For medical coders/);
    expect(credentials.some((t) => t.field === 'cca.retake.policy')).toBe(true);
    expect(credentials.some((t) => t.text === 'Certified Professional Coder')).toBe(false);
  });

  it('reports a text with no Spanish as missing, so the checks below can fail', () => {
    expect(hasDataText('es', 'A sentence no data file holds.')).toBe(false);
    expect(spanish('A sentence no data file holds.')).toBe('A sentence no data file holds.');
  });

  it.each(rows)('has a Spanish text for %s', (_where, t) => {
    expect(hasDataText('es', t.text), `no Spanish for: ${t.text}`).toBe(true);
  });

  it.each(rows)('says %s in Spanish, not in English (a proper name may stay as it is)', (_where, t) => {
    if (t.properName) expect(spanish(t.text)).toContain(t.text);
    else expect(spanish(t.text)).not.toBe(t.text);
  });

  it.each(rows)('keeps every figure of %s', (_where, t) => {
    const english = numbersIn(t.text);
    const translated = numbersIn(spanish(t.text));
    expect([...english].filter((n) => !translated.has(n))).toEqual([]);
  });

  it('keeps no Spanish for a text data/ no longer has', () => {
    const current = new Set(texts.map((t) => t.text));
    expect(Object.keys(ES_DATA_TEXT).filter((english) => !current.has(english))).toEqual([]);
  });

  it('uses none of the words the Spanish terms list avoids', () => {
    const avoided = TERMS.flatMap((term) => term.avoid ?? []);
    const found = Object.values(ES_DATA_TEXT).flatMap((text) => avoided.filter((word) => usesWord(text, word)).map((word) => `${word}: ${text}`));
    expect(found).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fernandezHuerta, fleschKincaid, mainBlocks, readability, sentencesOf, syllablesEn, syllablesEs, wordsOf } from '../../scripts/readability.ts';

describe('readability measure', () => {
  it('counts English syllables by vowel groups, with a silent final e', () => {
    expect(['pay', 'code', 'coder', 'billing', 'certification', 'insurance', 'wage'].map(syllablesEn)).toEqual([1, 1, 2, 2, 5, 3, 1]);
  });

  it('counts Spanish syllables with diphthongs once and hiatus twice', () => {
    expect(['cuidado', 'día', 'leer', 'aéreo', 'muy', 'hay', 'salario', 'certificación', 'codificador', 'que'].map(syllablesEs)).toEqual([3, 2, 2, 4, 1, 1, 3, 5, 5, 1]);
  });

  it('ends sentences at full stops but not at abbreviations, and leaves figures out of the words', () => {
    expect(sentencesOf('The U.S. Bureau of Labor Statistics publishes pay. Coders earn $51,420 a year! Ask Ms. Rivera, e.g. on Tuesday')).toEqual([
      'The U.S. Bureau of Labor Statistics publishes pay.',
      'Coders earn $51,420 a year!',
      'Ask Ms. Rivera, e.g. on Tuesday',
    ]);
    expect(wordsOf('Median pay: $51,420 in May 2024 (SOC 29-2072), CPC-A’s route')).toEqual(['Median', 'pay', 'in', 'May', 'SOC', 'CPC-A’s', 'route']);
  });

  it('reads the blocks of <main> only, leaving out tables, scripts, hidden text, SVG and citations', () => {
    const html = `<header><p>Site header words here.</p></header><main><h1>What coders earn</h1><p>Pay is the <a href="#">median</a> wage.</p>
      <table><tr><td>Ohio earns a great deal of money in this table.</td></tr></table><script>var x = "not prose";</script>
      <p hidden>Hidden words.</p><p><span translate="no">Certified Professional Medical Coder, Rutgers University, NJAES</span></p><p class="source" data-cite>Source: Occupational Employment and Wage Statistics, read November 26, 2026.</p><svg><title>A map title</title></svg><ul><li>First item</li><li>Second item.</li></ul></main>`;
    expect(mainBlocks(html)).toEqual(['What coders earn', 'Pay is the median wage.', 'First item', 'Second item.']);
  });

  it('applies the Flesch–Kincaid and Fernández-Huerta formulas as published', () => {
    expect(fleschKincaid(100, 5, 150)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 10);
    expect(fernandezHuerta(100, 5, 200)).toBeCloseTo(206.84 - 0.6 * 200 - 1.02 * 5, 10);
  });

  it('grades short plain sentences lower than long technical ones', () => {
    const plain = readability(['Coders read the chart.', 'They pick the right code.', 'Then the bill goes out.']);
    const dense = readability(['Certified professional coders systematically translate documented clinical encounters into standardized alphanumeric classification identifiers for reimbursement adjudication.']);
    expect(plain.score).toBeLessThan(3);
    expect(dense.score).toBeGreaterThan(15);
    expect(plain.sentences).toBe(3);
    expect(plain.wordsPerSentence).toBeCloseTo(14 / 3, 10);
    expect(readability(['Los codificadores leen el expediente.'], 'es').formula).toBe('fernandez-huerta-ease');
  });
});

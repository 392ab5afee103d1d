import { describe, expect, it } from 'vitest';
import { formatError, htmlErrors, type VnuMessage } from '../../scripts/lint-html.ts';

const styleInBody: VnuMessage = {
  type: 'error',
  url: 'file:/repo/dist/site/plan/index.html',
  lastLine: 3,
  firstColumn: 1330,
  message: 'A “style” element in “body” must be the first child of its parent.',
};

describe('htmlErrors', () => {
  it('keeps errors and fatal messages, drops info and the known paint-order false positive', () => {
    const fatal: VnuMessage = { type: 'non-document-error', subType: 'fatal', message: 'cannot read' };
    const messages: VnuMessage[] = [
      styleInBody,
      fatal,
      { type: 'info', message: 'Trailing slash on void elements' },
      { type: 'error', message: 'CSS: “paint-order”: Property “paint-order” doesn\'t exist.' },
    ];
    expect(htmlErrors(messages)).toEqual([styleInBody, fatal]);
  });

  it('still reports other unknown CSS properties', () => {
    const typo: VnuMessage = { type: 'error', message: 'CSS: “colr”: Property “colr” doesn\'t exist.' };
    expect(htmlErrors([typo])).toEqual([typo]);
  });
});

describe('formatError', () => {
  it('names the page relative to the built site, with line and column', () => {
    expect(formatError(styleInBody, '/repo/dist/site')).toBe(
      'plan/index.html:3:1330 A “style” element in “body” must be the first child of its parent.',
    );
  });
});

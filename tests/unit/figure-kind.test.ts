import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { FigureVersion } from '../../data/schemas.ts';
import { countByKind, figureKindOf } from '../../functions/domain/figure-kind.ts';
import { chosenVersion } from '../../functions/domain/program-cost.ts';

const base: FigureVersion = { amount: 100, basis: 'official', sourceIds: ['x'] };

describe('figureKindOf', () => {
  it.each([
    ['a price on the provider’s own page is published', base, 'published'],
    ['per-credit arithmetic on an official rate is computed', { ...base, computed: true }, 'computed'],
    ['a price only a third party reports is third-party', { ...base, basis: 'third-party' }, 'third-party'],
    ['third-party arithmetic is still third-party', { ...base, basis: 'third-party', computed: true }, 'third-party'],
    ['a ceiling is a bound even when computed', { ...base, computed: true, bound: 'at-most' }, 'bound'],
    ['a floor is a bound', { ...base, bound: 'at-least' }, 'bound'],
    ['an older copy of a page is an older page', { ...base, olderCopy: true }, 'older-page'],
    ["a provider's report to a state registry is its own kind", { ...base, basis: 'third-party', stateRegistry: true }, 'state-registry'],
    ['an older copy of a registry is an older page first', { ...base, stateRegistry: true, olderCopy: true }, 'older-page'],
  ] as const)('%s', (_name, version, kind) => {
    expect(figureKindOf(version as FigureVersion)).toBe(kind);
  });
});

describe('the catalog’s tuition prices by kind', () => {
  it('counts 3 published, 4 computed, 1 third-party, 1 bound, 1 older page and 23 state-registry reports among the 33 priced programs', () => {
    const shown = dataset.programs.map((p) => chosenVersion(p.tuition));
    expect(countByKind(shown)).toEqual({ published: 3, computed: 4, 'third-party': 1, bound: 1, 'older-page': 1, 'state-registry': 23 });
    expect(dataset.programs.filter((p) => p.tuition.versions.length === 0)).toHaveLength(22);
  });
});

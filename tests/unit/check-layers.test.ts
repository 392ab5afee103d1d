import { describe, expect, it } from 'vitest';
import { circles, relativeImports, resolveImport, ruleBroken, zoneOf } from '../../scripts/check-layers.ts';

describe('zoneOf', () => {
  it.each([
    ['data/schemas.ts', 'data'],
    ['data/import/bls.ts', 'data'],
    ['functions/domain/payback.ts', 'functions/domain'],
    ['site/i18n/en.ts', 'site/i18n'],
    ['site/islands/plan/api.ts', 'site'],
    ['functions/edges/server.ts', 'functions/edges'],
    ['infra/api.ts', 'infra'],
    ['tests/api/roles.test.ts', 'tooling'],
    ['astro.config.mjs', 'tooling'],
    ['functions/server.ts', 'unplaced'],
  ])('places %s in %s', (path, zone) => {
    expect(zoneOf(path)).toBe(zone);
  });
});

describe('ruleBroken', () => {
  it.each([
    ['functions/routes/roles.ts', 'functions/store/reference-store.ts'],
    ['functions/routes/registry.ts', 'functions/store/keys.ts'],
    ['functions/edges/lambda-plans.ts', 'functions/routes/registry.ts'],
    ['functions/contract/plans.ts', 'functions/domain/planner.ts'],
    ['functions/domain/areas.ts', 'data/index.ts'],
    ['site/islands/plan/api.ts', 'functions/contract/plans.ts'],
    ['site/pages/index.astro', 'site/i18n/en.ts'],
    ['site/i18n/en.ts', 'functions/domain/planner-types.ts'],
    ['infra/table.ts', 'functions/store/keys.ts'],
    ['infra/seed.ts', 'data/index.ts'],
    ['tests/infra/stack.test.ts', 'infra/stack.ts'],
    ['bench/run.ts', 'functions/edges/server.ts'],
  ])('lets %s import %s', (from, to) => {
    expect(ruleBroken(from, to)).toBeNull();
  });

  it.each([
    ['data/schemas.ts', 'functions/store/keys.ts', 'sits below'],
    ['functions/domain/planner.ts', 'site/i18n/en.ts', 'sits below'],
    ['functions/contract/openapi.ts', 'functions/routes/plans.ts', 'sits below'],
    ['functions/routes/app.ts', 'functions/edges/lambda-plans.ts', 'sits below'],
    ['functions/store/seed.ts', 'functions/routes/deps.ts', 'sits below'],
    ['site/islands/guides/api.ts', 'functions/routes/guides.ts', 'site/ may import only'],
    ['site/lib/lookup.ts', 'functions/store/keys.ts', 'site/ may import only'],
    ['functions/domain/format.ts', 'site/lib/format.ts', 'may import only its own floor'],
    ['infra/api.ts', 'functions/routes/plans.ts', 'infra/ may import only'],
    ['bench/run.ts', 'infra/node-function.ts', 'only infra/ and tests/'],
    ['functions/server.ts', 'functions/routes/app.ts', 'outside every layer'],
  ])('stops %s from importing %s', (from, to, why) => {
    expect(ruleBroken(from, to)).toContain(why);
  });
});

describe('relativeImports', () => {
  it('finds static, type-only, multi-line, re-exported, side-effect and dynamic imports, and nothing in comments', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      'import {\n  c,\n  d,\n} from "./c.ts";',
      "export { e } from './e.ts';",
      "import './styles.css';",
      "const f = await import('./f.ts');",
      "import { z } from 'zod';",
      "// import { old } from './old.ts';",
      "/* import { older } from './older.ts'; */",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['../b.ts', './a.ts', './c.ts', './e.ts', './f.ts', './styles.css']);
  });
});

describe('resolveImport', () => {
  it('resolves a specifier against the importing file and finds a missing extension', () => {
    expect(resolveImport('functions/routes/roles.ts', '../store/keys.ts')).toBe('functions/store/keys.ts');
    expect(resolveImport('site/pages/index.astro', '../lib/format', (p) => p === 'site/lib/format.ts')).toBe('site/lib/format.ts');
    expect(resolveImport('site/pages/x.astro', '../styles/a.css?raw')).toBe('site/styles/a.css');
  });
});

describe('circles', () => {
  it('finds a two-file circle and a longer one, and nothing in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['a', 'c']],
    ]);
    expect(circles(graph)).toEqual(
      expect.arrayContaining([
        ['a', 'b', 'a'],
        ['c', 'd', 'e', 'c'],
      ]),
    );
    expect(circles(graph)).toHaveLength(2);
    expect(circles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('finds a file that imports itself', () => {
    expect(circles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
  });
});

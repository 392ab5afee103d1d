import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickWith, seededRandom, seedFromEnv } from '../support/random.ts';

const draws = (seed: number, n = 1000) => Array.from({ length: n }, seededRandom(seed));

describe('seededRandom', () => {
  it('repeats the same numbers for the same seed and other numbers for another seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(43)).not.toEqual(draws(42));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const values = draws(7, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const tenths = new Set(values.map((v) => Math.floor(v * 10)));
    expect(tenths.size).toBe(10);
  });

  it('picks every item of a list in time', () => {
    const random = seededRandom(1);
    const picked = new Set(Array.from({ length: 200 }, () => pickWith(random, ['a', 'b', 'c'])));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('seedFromEnv', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads a whole number from the variable', () => {
    vi.stubEnv('TEST_SEED', '123456');
    expect(seedFromEnv('TEST_SEED')).toBe(123456);
  });

  it('makes up a 32-bit seed when the variable is unset', () => {
    vi.stubEnv('TEST_SEED', '');
    const seed = seedFromEnv('TEST_SEED');
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });

  it.each(['-1', '1.5', 'abc', String(2 ** 32)])('refuses %s', (raw) => {
    vi.stubEnv('TEST_SEED', raw);
    expect(() => seedFromEnv('TEST_SEED')).toThrow(/whole number/);
  });
});

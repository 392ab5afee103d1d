/** Seeded randomness for tests that roll dice: a failure names its seed, and the seed replays the run. */
import { randomInt } from 'node:crypto';

/** A random number generator in [0, 1) fully decided by a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The seed named by an environment variable (a whole number), or a fresh one when it is unset. */
export function seedFromEnv(name: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return randomInt(2 ** 32);
  if (!/^\d+$/.test(raw) || Number(raw) >= 2 ** 32) throw new Error(`${name} must be a whole number below 2^32; got "${raw}".`);
  return Number(raw);
}

/** One item of a list, chosen by the given generator. */
export const pickWith = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

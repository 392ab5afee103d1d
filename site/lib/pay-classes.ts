/**
 * How a pay map sorts states into color classes (pure, no imports: the salaries island uses it too).
 * Five classes of ColorBrewer's sequential "Blues" (its 6-class scheme without the near-white shade,
 * so every state stands out from the page): one hue from light to dark, so the order reads in
 * grayscale and for every kind of color blindness; each class is labelled with its dollar range.
 */

/** How many classes a map has at most. */
export const PAY_CLASS_COUNT = 5;

/** The measures a state map can be colored by (annual pay). */
export const MAP_FIELDS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
/** A measure a state map can be colored by. */
export type MapField = (typeof MAP_FIELDS)[number];

/** Small states drawn as labelled squares beside the map, north to south (their shapes are too small to see or click). */
export const SQUARE_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'] as const;
/** Small or inset states listed by name beside the map. */
export const SMALL_STATES = [...SQUARE_STATES, 'AK', 'HI'] as const;

/**
 * The lower bounds of classes 2…n: the 20th, 40th, 60th and 80th percentile of the values, rounded
 * to the nearest $1,000, without repeats (so a narrow spread gets fewer classes). Empty with no values.
 */
export function payBreaks(values: readonly number[], step = 1000): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < PAY_CLASS_COUNT; i++) {
    const at = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / PAY_CLASS_COUNT))]!;
    const rounded = Math.round(at / step) * step;
    if (rounded > sorted[0]! && rounded <= sorted[sorted.length - 1]! && !breaks.includes(rounded)) breaks.push(rounded);
  }
  return breaks;
}

/**
 * A state's figure on a map: annual dollars; a lower bound where BLS top-coded the wage (`#`: at or
 * above its top-code, no exact figure published); or null where BLS published none. Never 0.
 */
export type MapValue = number | { atLeast: number } | null;

/** The CSS class of a state whose figure is only a lower bound: the darkest shade with light stripes. */
export const BOUND_SHADE = 'pm-b';

/** A value's class: 0 below the first break, n for at or above the n-th; null for no figure. */
export function classOf(value: number | null, breaks: readonly number[]): number | null {
  if (value === null) return null;
  return breaks.filter((b) => value >= b).length;
}

/**
 * The CSS class of a class index on a map with `breaks`: pm-0 … pm-4, spread over the five shades
 * when there are fewer classes (so the darkest is always the highest); pm-x for no figure.
 */
export function shadeOf(index: number | null, breaks: readonly number[]): string {
  if (index === null) return 'pm-x';
  const classes = breaks.length + 1;
  return `pm-${classes === 1 ? 2 : Math.round((index * (PAY_CLASS_COUNT - 1)) / (classes - 1))}`;
}

/** A class's dollar range: [from, below) with null for an open end. */
export function classRange(index: number, breaks: readonly number[]): [number | null, number | null] {
  return [index === 0 ? null : breaks[index - 1]!, index === breaks.length ? null : breaks[index]!];
}

/**
 * A state's CSS class on a map whose breaks come from the exact figures: its class's shade; the bound's
 * own striped shade for a top-coded state (a top-code lies above every exact figure); pm-x for none.
 */
export function shadeOfValue(value: MapValue, breaks: readonly number[]): string {
  if (value !== null && typeof value === 'object') return BOUND_SHADE;
  return shadeOf(classOf(value, breaks), breaks);
}

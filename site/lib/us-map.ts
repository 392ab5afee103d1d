/**
 * The shapes of the 50 states and DC for the pay maps (build time, pure): us-atlas's
 * states-albers-10m (already projected with d3-geo's geoAlbersUsa, Alaska and Hawaii inset, 975 × 610),
 * its shared borders simplified once (Douglas–Peucker on each arc, so neighbours still meet), drawn by
 * d3-geo into short relative SVG paths on a whole-pixel grid.
 */
import { createRequire } from 'node:module';
import { geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { STATE_CODES, type StateCode } from '../../data/area-codes.ts';
import { AREA_NAMES } from '../../functions/domain/areas.ts';

/** The map's drawing box (us-atlas's albers size), in its own units. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/** How far (map units) a simplified border may stray from the original. */
const TOLERANCE = 0.9;
/** Islands and slivers smaller than this (square map units) are left out; a state's largest part always stays. */
const MIN_PART_AREA = 6;

/** One state's outline. */
export interface StateShape {
  code: StateCode;
  name: string;
  /** SVG path data, relative commands on whole map units. */
  d: string;
}

/** Distance of p from the segment a–b. */
function offset(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

/** Douglas–Peucker: the fewest points of a line within `tolerance` of it; both ends kept. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let at = first;
    for (let i = first + 1; i < last; i++) {
      const d = offset(points[i]!, points[first]!, points[last]!);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > tolerance) {
      keep[at] = true;
      stack.push([first, at], [at, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** The atlas's arcs as absolute points (it stores them quantized and delta-encoded), each simplified. */
function simplifiedTopology(topology: Topology): Topology {
  const { scale, translate } = topology.transform!;
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    const absolute = arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    return simplifyLine(absolute, TOLERANCE);
  });
  // The arcs are absolute now, so the topology drops its quantization transform.
  return { type: topology.type, bbox: topology.bbox, objects: topology.objects, arcs };
}

/** Planar area of a ring (absolute value). */
const ringArea = (ring: readonly Position[]) => Math.abs(ring.reduce((sum, p, i) => {
  const q = ring[(i + 1) % ring.length]!;
  return sum + p[0]! * q[1]! - q[0]! * p[1]!;
}, 0)) / 2;

/** A state's polygons without the parts too small to see at this size (its largest part always stays). */
function withoutSpecks(geometry: Polygon | MultiPolygon): MultiPolygon {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = Math.max(...parts.map((p) => ringArea(p[0]!)));
  return { type: 'MultiPolygon', coordinates: parts.filter((p) => ringArea(p[0]!) >= Math.min(MIN_PART_AREA, largest)) };
}

/** "3-2", "-1 4": a pair of whole numbers, a space only where no minus sign separates them. */
const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ' '}${b}`;

/**
 * A d3-geo path context that writes relative SVG commands on whole units: the first point absolute,
 * then `m` per ring with its points as implicit relative line-tos; repeated points are dropped.
 */
class RelativePath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  moveTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.out += this.out === '' ? `M${pair(rx, ry)}l` : `m${pair(rx - this.x, ry - this.y)}`;
    [this.x, this.y, this.startX, this.startY] = [rx, ry, rx, ry];
  }
  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    const text = pair(rx - this.x, ry - this.y);
    this.out += /[lm]$/.test(this.out) || text.startsWith('-') ? text : ` ${text}`;
    [this.x, this.y] = [rx, ry];
  }
  closePath() {
    this.out += 'z';
    [this.x, this.y] = [this.startX, this.startY];
  }
  beginPath() {}
  arc() {}
  /** The path data. */
  result(): string {
    return this.out;
  }
}

let cache: StateShape[] | undefined;

/** The 50 states and DC as simplified outlines, in STATE_CODES order (computed once per build). */
export function stateShapes(): StateShape[] {
  if (cache) return cache;
  const atlas = createRequire(import.meta.url)('us-atlas/states-albers-10m.json') as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const topology = simplifiedTopology(atlas) as typeof atlas;
  const collection = feature(topology, topology.objects.states);
  const byName = new Map(STATE_CODES.map((code) => [AREA_NAMES[code], code]));
  const shapes = new Map<StateCode, StateShape>();
  for (const f of collection.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
    const code = byName.get(f.properties.name);
    if (!code) continue;
    const context = new RelativePath();
    geoPath(null, context)(withoutSpecks(f.geometry));
    shapes.set(code, { code, name: AREA_NAMES[code], d: context.result() });
  }
  const missing = STATE_CODES.filter((c) => !shapes.has(c));
  if (missing.length > 0) throw new Error(`us-atlas has no outline for ${missing.join(', ')}`);
  cache = STATE_CODES.map((c) => shapes.get(c)!);
  return cache;
}

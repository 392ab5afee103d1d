/**
 * The career ladder's layout (pure): roles in three lanes (billing, coding, health records), each
 * lane read left to right from entry to leadership, with the arrows of data/roles.json (`after`).
 * A role on two sides (records-coding) spans both lanes. Columns follow the arrows: a role stands one
 * column right of the furthest role before it, and a starting role stands just left of the role it leads to.
 */
import type { Role } from '../../data/schemas.ts';

/** The lanes, top to bottom. */
export const LANES = ['billing', 'coding', 'records'] as const;
/** A lane of the ladder. */
export type Lane = (typeof LANES)[number];

const LANES_OF: Record<Role['side'], readonly Lane[]> = { billing: ['billing'], coding: ['coding'], records: ['records'], 'records-coding': ['coding', 'records'] };

/** Roles standing together: same lanes, same column (e.g. the two entry-level records clerks). */
export interface LadderCell {
  col: number;
  /** First lane index and how many lanes it spans, among the ladder's lanes. */
  lane: number;
  lanes: number;
  roles: Role[];
}

/** An arrow from one column to a later one, in the lanes the two ends share. */
export interface LadderArrow {
  from: number;
  to: number;
  lane: number;
  lanes: number;
}

/** A laid-out ladder. */
export interface LadderLayout {
  lanes: Lane[];
  columns: number;
  cells: LadderCell[];
  arrows: LadderArrow[];
  /** Each role with the roles it leads to among those shown, in data order. */
  edges: { from: Role; to: Role[] }[];
}

/** Lay out `roles` (the whole ladder, or a role with its neighbours); arrows only between roles given. */
export function ladderLayout(roles: readonly Role[]): LadderLayout {
  const bySlug = new Map(roles.map((r) => [r.slug, r]));
  const next = (r: Role) => r.after.flatMap((s) => bySlug.get(s) ?? []);
  const prev = (r: Role) => roles.filter((p) => p.after.includes(r.slug));
  const col = new Map<string, number>();
  const depth = (r: Role): number => {
    if (!col.has(r.slug)) col.set(r.slug, Math.max(-1, ...prev(r).map(depth)) + 1);
    return col.get(r.slug)!;
  };
  roles.forEach(depth);
  for (const r of roles) {
    if (prev(r).length === 0 && next(r).length > 0) col.set(r.slug, Math.min(...next(r).map((n) => col.get(n.slug)!)) - 1);
  }
  const lanes = LANES.filter((lane) => roles.some((r) => LANES_OF[r.side].includes(lane)));
  const span = (r: Role) => {
    const idx = LANES_OF[r.side].map((l) => lanes.indexOf(l));
    return { lane: Math.min(...idx), lanes: idx.length };
  };
  const cells = new Map<string, LadderCell>();
  for (const r of roles) {
    const { lane, lanes: n } = span(r);
    const key = `${col.get(r.slug)}:${lane}:${n}`;
    const cell = cells.get(key) ?? { col: col.get(r.slug)!, lane, lanes: n, roles: [] };
    cell.roles.push(r);
    cells.set(key, cell);
  }
  const arrows = new Map<string, LadderArrow>();
  for (const r of roles) {
    for (const n of next(r)) {
      const [a, b] = [LANES_OF[r.side], LANES_OF[n.side]];
      const shared = a.filter((l) => b.includes(l));
      const idx = (shared.length > 0 ? shared : a).map((l) => lanes.indexOf(l));
      const arrow = { from: col.get(r.slug)!, to: col.get(n.slug)!, lane: Math.min(...idx), lanes: idx.length };
      arrows.set(JSON.stringify(arrow), arrow);
    }
  }
  return {
    lanes,
    columns: Math.max(...col.values()) + 1,
    cells: [...cells.values()].sort((x, y) => x.lane - y.lane || x.col - y.col),
    arrows: [...arrows.values()],
    edges: roles.filter((r) => next(r).length > 0).map((r) => ({ from: r, to: next(r) })),
  };
}

/** A role with the roles just before and after it: the excerpt a role guide shows. */
export function ladderAround(roles: readonly Role[], slug: string): Role[] {
  const role = roles.find((r) => r.slug === slug);
  if (!role) throw new Error(`Unknown role slug: ${slug}`);
  const near = new Set([slug, ...role.before, ...role.after]);
  return roles.filter((r) => near.has(r.slug));
}

/**
 * The chosen programs' totals for a guide, from /api/programs/compare. Answers undefined when the
 * API does not serve it, and the guide leaves that part out.
 */
import { call } from './api.ts';
import type { ProgramLine } from './render.ts';

/** The part of /api/programs/compare a guide shows. */
interface CompareAnswer {
  items: {
    program: { id: string; name: string; provider: string; seen?: string; sourceIds: string[] };
    cost: { total: number; lowerBound: boolean; tuitionKnown: boolean; lines: { sourceIds: string[] }[] };
    months: number | null;
  }[];
  sources: { id: string; title: string; url: string }[];
}

/** The chosen programs' totals in an area, each with the sources of its figures; undefined when unavailable. */
export async function loadProgramLines(ids: readonly string[], area: string): Promise<ProgramLine[] | undefined> {
  if (ids.length === 0) return [];
  try {
    const { data } = await call<CompareAnswer>(`/api/programs/compare?ids=${ids.map(encodeURIComponent).join(',')}&area=${encodeURIComponent(area)}`);
    return data.items.map(({ program, cost, months }) => {
      const cited = new Set([...program.sourceIds, ...cost.lines.flatMap((l) => l.sourceIds)]);
      return {
        id: program.id,
        name: program.name,
        provider: program.provider,
        total: cost.tuitionKnown ? cost.total : null,
        lowerBound: cost.lowerBound,
        months,
        seen: program.seen,
        sources: data.sources.filter((s) => cited.has(s.id)),
      };
    });
  } catch {
    return undefined;
  }
}

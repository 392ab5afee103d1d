/**
 * The chosen programs' totals for a guide, from /api/programs/compare. Answers undefined when the
 * API does not serve it, and the guide leaves that part out.
 */
import type { ProgramCompareResponse } from '../../../functions/contract/programs.ts';
import { call } from './api.ts';
import type { ProgramLine } from './render.ts';

/** The chosen programs' totals in an area, each with the kind of its price and the sources of its figures; undefined when unavailable. */
export async function loadProgramLines(ids: readonly string[], area: string): Promise<ProgramLine[] | undefined> {
  if (ids.length === 0) return [];
  try {
    const { data } = await call<ProgramCompareResponse>(`/api/programs/compare?ids=${ids.map(encodeURIComponent).join(',')}&area=${encodeURIComponent(area)}`);
    return data.items.flatMap(({ program, cost, months }) => {
      if (!program) return [];
      const cited = new Set([...program.sourceIds, ...cost.lines.flatMap((l) => l.sourceIds)]);
      const t = program.tuition;
      return [
        {
          id: program.id,
          name: program.name,
          provider: program.provider,
          total: cost.total,
          tuition: t.figureKind ? { figureKind: t.figureKind, bound: t.bound, note: t.note, dated: t.dated } : null,
          months,
          seen: program.seen,
          sources: data.sources.filter((s) => cited.has(s.id)),
        },
      ];
    });
  } catch {
    return undefined;
  }
}

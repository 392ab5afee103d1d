/** Sources grouped by what cites them, for the two methodology pages; each source falls in exactly one group. */
import { dataset } from '../../data/index.ts';
import type { Source } from '../../data/schemas.ts';
import { articleSource } from './lookup.ts';

/** A group of sources; its heading is in the page's catalog, by id. */
export interface SourceGroup<Id extends string = string> {
  id: Id;
  sources: Source[];
}

/** Ids of the sources a set of records cites anywhere, nested figures included. */
function citedBy(records: unknown): Set<string> {
  const text = JSON.stringify(records);
  return new Set(dataset.sources.filter((s) => text.includes(`"${s.id}"`)).map((s) => s.id));
}

function groupsOf<Id extends string>(specs: { id: Id; ids: Set<string> }[], taken: Set<string>): SourceGroup<Id>[] {
  return specs
    .map((g) => {
      const sources = dataset.sources.filter((s) => g.ids.has(s.id) && !taken.has(s.id));
      for (const s of sources) taken.add(s.id);
      return { id: g.id, sources };
    })
    .filter((g) => g.sources.length > 0);
}

const taken = new Set<string>();
/** On /methodology/: the article, wages and outlook, roles and occupations. */
export const mainSourceGroups = groupsOf(
  [
    { id: 'article' as const, ids: new Set(articleSource ? [articleSource.id] : []) },
    { id: 'wages' as const, ids: citedBy([dataset.wages, dataset.projections]) },
    { id: 'roles' as const, ids: citedBy([dataset.roles, dataset.occupations]) },
  ],
  taken,
);
/** On /billing-vs-coding/, below the code sets they describe: the sources of the code sets, claim forms and rules. */
export const codeSetSources: Source[] = groupsOf([{ id: 'code-sets' as const, ids: citedBy(dataset.codeSets) }], taken)[0]?.sources ?? [];
/** On /methodology/training-sources/: credentials, programs, and whatever else remains. */
export const trainingSourceGroups = groupsOf(
  [
    { id: 'credentials', ids: citedBy(dataset.certifications) },
    { id: 'programs', ids: citedBy(dataset.programs) },
    { id: 'other', ids: new Set(dataset.sources.map((s) => s.id)) },
  ],
  taken,
);

/**
 * The one table's key design: attribute names, index name and key builders.
 * infra/ imports the same constants, so the table and the code cannot disagree.
 */

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const GSI1 = { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;
/** Bumped when the stored item shape changes. */
export const SCHEMA_VERSION = 1;

/** Every catalog the table holds, one partition each. */
export const CATALOG_KINDS = ['role', 'occupation', 'projection', 'source', 'code-set', 'certification', 'program'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** list a catalog / get one entry: pk = CATALOG#<kind>, sk = <id> */
export const catalogKey = (kind: CatalogKind, id: string) => ({ pk: `CATALOG#${kind}`, sk: id });
export const catalogPk = (kind: CatalogKind) => `CATALOG#${kind}`;

/** wages of an occupation: pk = WAGE#<soc>, sk = AREA#<code>#<year> */
export const wageKey = (soc: string, area: string, year: number) => ({ pk: wagePk(soc), sk: `${wageAreaPrefix(area)}${year}` });
export const wagePk = (soc: string) => `WAGE#${soc}`;
export const wageAreaPrefix = (area: string) => `AREA#${area}#`;

/** programs for a credential by total cost: gsi1pk = CERT#<id>, gsi1sk = COST#<zero-padded cents> */
export const programCostKey = (certificationId: string, totalCents: number | null) => ({
  gsi1pk: `CERT#${certificationId}`,
  // Unknown totals sort after every known one.
  gsi1sk: totalCents === null ? 'COST#UNKNOWN' : `COST#${String(totalCents).padStart(12, '0')}`,
});

/** a saved plan or guide: pk = PLAN#<id> | GUIDE#<id>, sk = ITEM */
export const savedKey = (kind: SavedKind, id: string) => ({ pk: savedPk(kind, id), sk: 'ITEM' });
/** The partition key of a saved plan or guide; with an empty id, the prefix its function may write. */
export const savedPk = (kind: SavedKind, id: string) => `${kind}#${id}`;
export type SavedKind = 'PLAN' | 'GUIDE';

/** The partition-key prefix of create-rate counters (RATE#<keyed address hash>#<window start>); infra grants writes to it. */
export const RATE_PREFIX = 'RATE#';

/**
 * create-rate counter: pk = RATE#<keyed hash of the client>#<window start ms>, sk = COUNT. The
 * hash is an HMAC (store/rate-counters.ts), so the key holds no address; the window is in the key,
 * so a new window is a new item whether or not TTL has removed the old one.
 */
export const rateCounterKey = (clientHash: string, windowStartMs: number) => ({ pk: `${RATE_PREFIX}${clientHash}#${windowStartMs}`, sk: 'COUNT' });

/** dataset version marker: pk = META, sk = DATASET */
export const DATASET_KEY = { pk: 'META', sk: 'DATASET' } as const;

/** The local default table name; deployed stacks pass their own through TABLE_NAME. */
export const LOCAL_TABLE_NAME = 'billing-coding-explorer';

/**
 * Saved objects (plans and guides): one item each at pk = PLAN#<id> | GUIDE#<id>, sk = ITEM.
 * Writes are conditional, never transactional: create only where nothing is, and update or
 * delete only the version the caller read, so of two concurrent edits exactly one wins.
 *
 * Exactly once from the caller's view: the SDK retries a call whose reply was lost or late, and
 * when the first attempt had landed the retry fails its own condition. So after a failed
 * condition each write re-reads the item and succeeds when what is stored is its own write
 * (create: its edit-token hash; replace: its version, updatedAt and body; delete: the item is
 * gone). Only when another writer's item is there does ConditionFailedError reach the caller.
 *
 * Retention (domain/retention.ts): every item carries `ttl`, the epoch second DynamoDB's TTL deletes
 * it after; a write sets it KEPT_DAYS ahead, and a read moves it there with one conditional update
 * at most once a day. A read past `ttl` finds nothing, since TTL deletes late and dynalite never does.
 * A delete leaves a tombstone (`type: gone`, no content) for DELETED_NOTICE_DAYS, so the link can say so.
 */
import { isDeepStrictEqual } from 'node:util';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DELETED_NOTICE_DAYS, expiryAfter, READ_EXTENDS_AFTER_DAYS } from '../domain/retention.ts';
import { ConditionFailedError, storeCall } from './errors.ts';
import { savedKey, SCHEMA_VERSION } from './keys.ts';

export type SavedKind = 'PLAN' | 'GUIDE';

/** What is stored: the body as the client sent it (after validation), plus bookkeeping. */
export interface SavedItem<T> {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  editTokenHash: string;
  /** Epoch second it expires (expiryAfter the last edit or read); absent only on items saved before retention, until their next read. */
  ttl?: number;
  body: T;
}

export type SavedStore = ReturnType<typeof createSavedStore>;

export interface SavedStoreOptions<T> {
  client: DynamoDBDocumentClient;
  tableName: string;
  kind: SavedKind;
  /** Reads a stored body under today's field names (items written before a rename carry the old ones); default: as stored. */
  upgrade?: (body: unknown) => T;
}

/** Repository for one kind of saved object. */
export function createSavedStore<T>({ client, tableName, kind, upgrade = (body) => body as T }: SavedStoreOptions<T>) {
  const toItem = (saved: SavedItem<T>) => ({ ...savedKey(kind, saved.id), type: kind.toLowerCase(), schemaVersion: SCHEMA_VERSION, ...saved });
  const fromItem = (item: Record<string, unknown>): SavedItem<T> => {
    // The item's keys and type come along: the view names what it shows, and a replace writes them back as they are.
    const { body, ...saved } = item as unknown as SavedItem<unknown>;
    return { ...saved, body: upgrade(body) };
  };

  /** The item as stored (strongly consistent), before any upgrade. */
  const readRaw = async (id: string) =>
    (await storeCall(() => client.send(new GetCommand({ TableName: tableName, Key: savedKey(kind, id), ConsistentRead: true })))).Item;

  /** Run a conditional write; when its condition fails, it stands when `landed` says the stored item is this write's own. */
  async function conditional(id: string, write: () => Promise<unknown>, landed: (stored: Record<string, unknown> | undefined) => boolean): Promise<void> {
    try {
      await storeCall(write);
    } catch (error) {
      if (!(error instanceof ConditionFailedError)) throw error;
      if (!landed(await readRaw(id))) throw error;
    }
  }

  return {
    /**
     * a saved object: GetItem pk = <KIND>#<id>, sk = ITEM (strongly consistent: an edit is seen at once);
     * null when its author deleted it lately, undefined when there is none or it expired. Moves its expiry on.
     */
    async get(id: string): Promise<SavedItem<T> | null | undefined> {
      const item = await readRaw(id);
      const now = Date.now();
      const ttl = expiryAfter(now);
      if (!item || (item.ttl as number) * 1000 <= now) return undefined;
      if (item.type == 'gone') return null;
      if (!((item.ttl as number) > ttl - READ_EXTENDS_AFTER_DAYS * 86_400)) {
        // The item as read with the new expiry, only where it is still the version read: never over an edit
        // or a delete made since. (Reads at the very same moment may each write once; the next day's first read writes again.)
        await conditional(
          id,
          () => client.send(new PutCommand({ TableName: tableName, Item: { ...item, ttl }, ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': item.version as number } })),
          // An edit or delete came first: this read stands all the same.
          () => true,
        );
        item.ttl = ttl;
      }
      return fromItem(item);
    },

    /** create: PutItem with attribute_not_exists(pk); ConditionFailedError when the id holds another writer's item */
    async create(saved: SavedItem<T>): Promise<void> {
      const item = toItem(saved);
      await conditional(
        saved.id,
        () => client.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' })),
        // The token hash comes from 32 random bytes: no other create writes the same one.
        (stored) => stored?.editTokenHash === saved.editTokenHash,
      );
    },

    /** replace: PutItem only where version = the version read; ConditionFailedError when another write moved it on or removed it */
    async replace(saved: SavedItem<T>, expectedVersion: number): Promise<void> {
      const item = toItem(saved);
      await conditional(
        saved.id,
        () =>
          client.send(
            new PutCommand({
              TableName: tableName,
              Item: item,
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': expectedVersion },
            }),
          ),
        (stored) => stored?.version === saved.version && stored.updatedAt === saved.updatedAt && isDeepStrictEqual(stored.body, storedForm(saved.body)),
      );
    },

    /**
     * delete: PutItem of a tombstone (no content, expiring after DELETED_NOTICE_DAYS) only where version = the
     * version read; a tombstone or nothing there afterwards counts as done (only edit-token holders delete)
     */
    async remove(id: string, expectedVersion: number): Promise<void> {
      await conditional(
        id,
        () =>
          client.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...savedKey(kind, id), type: 'gone', schemaVersion: SCHEMA_VERSION, ttl: expiryAfter(Date.now(), DELETED_NOTICE_DAYS) },
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': expectedVersion },
            }),
          ),
        (stored) => !stored?.version,
      );
    },
  };
}

/** A body (an object) as DynamoDB gives it back: undefined members are not stored (removeUndefinedValues). */
const storedForm = (body: unknown): unknown => JSON.parse(JSON.stringify(body));

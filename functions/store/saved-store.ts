/**
 * Saved objects (plans and guides): one item each at pk = PLAN#<id> | GUIDE#<id>, sk = ITEM.
 * Writes are conditional, never transactional: create only where nothing is, and update or
 * delete only the version the caller read, so of two concurrent edits exactly one wins.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { storeCall } from './errors.ts';
import { savedKey, SCHEMA_VERSION } from './keys.ts';

export type SavedKind = 'PLAN' | 'GUIDE';

/** What is stored: the body as the client sent it (after validation), plus bookkeeping. */
export interface SavedItem<T> {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  editTokenHash: string;
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
    const { id, version, createdAt, updatedAt, editTokenHash, body } = item as unknown as SavedItem<unknown>;
    return { id, version, createdAt, updatedAt, editTokenHash, body: upgrade(body) };
  };

  return {
    /** a saved object: GetItem pk = <KIND>#<id>, sk = ITEM (strongly consistent: an edit is seen at once) */
    async get(id: string): Promise<SavedItem<T> | undefined> {
      const out = await storeCall(() => client.send(new GetCommand({ TableName: tableName, Key: savedKey(kind, id), ConsistentRead: true })));
      return out.Item ? fromItem(out.Item) : undefined;
    },

    /** create: PutItem with attribute_not_exists(pk); a ConditionFailedError means the id was taken */
    async create(saved: SavedItem<T>): Promise<void> {
      await storeCall(() =>
        client.send(new PutCommand({ TableName: tableName, Item: toItem(saved), ConditionExpression: 'attribute_not_exists(pk)' })),
      );
    },

    /** replace: PutItem only where version = the version read; ConditionFailedError when it moved on or is gone */
    async replace(saved: SavedItem<T>, expectedVersion: number): Promise<void> {
      await storeCall(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: toItem(saved),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          }),
        ),
      );
    },

    /** delete: DeleteItem only where version = the version read */
    async remove(id: string, expectedVersion: number): Promise<void> {
      await storeCall(() =>
        client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: savedKey(kind, id),
            ConditionExpression: 'attribute_exists(pk) AND version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          }),
        ),
      );
    },
  };
}

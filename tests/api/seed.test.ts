/**
 * The seed against a real embedded table: idempotent per dataset version, `--force` rewrites, and
 * records that leave the dataset leave the table. The command itself is run once per case too.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Dataset } from '../../data/schemas.ts';
import { createDocumentClient } from '../../functions/store/client.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../functions/store/embedded.ts';
import { catalogKey, DATASET_KEY, programCostKey } from '../../functions/store/keys.ts';
import { datasetItems, datasetVersion, seedTable } from '../../functions/store/seed.ts';
import { ensureTable } from '../../functions/store/table.ts';

const TABLE = 'seed-test';
let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;

beforeEach(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ endpoint: dynamo.endpoint, tableName: TABLE }, { requestTimeoutMs: 10_000 });
  await ensureTable(client, TABLE);
});
afterEach(async () => {
  client.destroy();
  await dynamo.close();
});

const seed = (data: Dataset, options?: { force?: boolean }) => seedTable(client, TABLE, data, datasetVersion(data), options);
const getItem = async (key: { pk: string; sk: string }) => (await client.send(new GetCommand({ TableName: TABLE, Key: key }))).Item;

/** The dataset without one role and one program (which prepares for at least one credential). */
function withoutOneRoleAndProgram(): { data: Dataset; role: string; program: Dataset['programs'][number] } {
  const data = structuredClone(dataset);
  const [role] = data.roles.splice(data.roles.length - 1, 1);
  const index = data.programs.findIndex((p) => p.certificationIds.length > 0);
  const [program] = data.programs.splice(index, 1);
  return { data, role: role!.slug, program: program! };
}

describe('seedTable', () => {
  it('writes every item of the dataset and the version marker last', async () => {
    const result = await seed(dataset);
    expect(result).toEqual({ status: 'seeded', version: datasetVersion(dataset), written: datasetItems(dataset).length, deleted: 0 });
    expect(await getItem(DATASET_KEY)).toMatchObject({ version: datasetVersion(dataset) });
  });

  it('says unchanged and sends no write when the table already holds this version', async () => {
    await seed(dataset);
    const marker = await getItem(DATASET_KEY);
    const send = vi.spyOn(client, 'send');
    const again = await seed(dataset);
    expect(again).toEqual({ status: 'unchanged', version: datasetVersion(dataset), written: 0, deleted: 0 });
    const commands = send.mock.calls.map(([command]) => command.constructor.name);
    expect(commands).toEqual(['GetCommand']);
    expect(await getItem(DATASET_KEY)).toEqual(marker);
  });

  it('rewrites every item with force, restoring an item changed by hand', async () => {
    await seed(dataset);
    const role = dataset.roles[0]!;
    const key = catalogKey('role', role.slug);
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...(await getItem(key)), data: { ...role, title: 'Tampered' } } }));

    expect((await seed(dataset)).status).toBe('unchanged');
    expect((await getItem(key))?.data).toMatchObject({ title: 'Tampered' });

    const forced = await seed(dataset, { force: true });
    expect(forced).toMatchObject({ status: 'seeded', written: datasetItems(dataset).length, deleted: 0 });
    expect((await getItem(key))?.data).toEqual(role);
  });

  it('deletes a role and a program the new dataset no longer holds, with its cost-ordered entries', async () => {
    await seed(dataset);
    const { data, role, program } = withoutOneRoleAndProgram();
    const costKeys = program.certificationIds.map((id) => ({ pk: programCostKey(id, null).gsi1pk, sk: `PROGRAM#${program.id}` }));
    expect(await getItem(catalogKey('role', role))).toBeDefined();
    for (const key of costKeys) expect(await getItem(key)).toBeDefined();

    const result = await seed(data);
    expect(result).toMatchObject({ status: 'seeded', version: datasetVersion(data), deleted: 2 + costKeys.length });
    expect(await getItem(catalogKey('role', role))).toBeUndefined();
    expect(await getItem(catalogKey('program', program.id))).toBeUndefined();
    for (const key of costKeys) expect(await getItem(key)).toBeUndefined();
    const roles = await client.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'CATALOG#role' } }));
    expect(roles.Items?.map((i) => i.sk as string).sort()).toEqual(data.roles.map((r) => r.slug).sort());
  });

  it('writes again after the version marker is lost, as after a half-finished load', async () => {
    await seed(dataset);
    await client.send(new DeleteCommand({ TableName: TABLE, Key: DATASET_KEY }));
    expect((await seed(dataset)).status).toBe('seeded');
  });
});

describe('npm run seed', () => {
  const run = async (...args: string[]) => {
    const command = ['functions/store/seed-command.ts', '--endpoint', dynamo.endpoint, '--table', TABLE, ...args];
    const { stdout } = await promisify(execFile)(process.execPath, command, { env: { ...process.env, DYNAMODB_ENDPOINT: '', TABLE_NAME: '' } });
    return stdout.trim();
  };

  it('seeds, then says there is nothing to do, then writes everything again with --force', async () => {
    const items = datasetItems(dataset).length;
    expect(await run()).toBe(`Seeded ${TABLE}: dataset ${datasetVersion(dataset)}, ${items} items written, 0 stale items removed.`);
    expect(await run()).toBe(`${TABLE} already holds dataset ${datasetVersion(dataset)}; nothing to do (--force writes anyway).`);
    expect(await run('--force')).toBe(`Seeded ${TABLE}: dataset ${datasetVersion(dataset)}, ${items} items written, 0 stale items removed.`);
  });
});

/**
 * `npm run seed`: load data/ into a table. Idempotent: skipped when the table holds this dataset version.
 *   npm run seed                                   the local table (the running `npm start`, or the embedded store under .data/)
 *   npm run seed -- --endpoint URL --table NAME    any DynamoDB (or DYNAMODB_ENDPOINT / TABLE_NAME)
 *   npm run seed -- --force                        write even when the version is unchanged
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, openLocalStore } from './local.ts';

const { values } = parseArgs({
  options: { endpoint: { type: 'string' }, table: { type: 'string' }, force: { type: 'boolean', default: false } },
});
if (values.endpoint) process.env.DYNAMODB_ENDPOINT = values.endpoint;
if (values.table) process.env.TABLE_NAME = values.table;
// A running `npm start` holds the embedded store open: seed through its endpoint instead.
const running = join(DATA_DIR, 'endpoint');
if (!process.env.DYNAMODB_ENDPOINT && existsSync(running)) process.env.DYNAMODB_ENDPOINT = readFileSync(running, 'utf8').trim();

try {
  const store = await openLocalStore({ force: values.force });
  const { status, version, written, deleted } = store.seed;
  console.log(
    status === 'seeded'
      ? `Seeded ${store.config.tableName}: dataset ${version}, ${written} items written, ${deleted} stale items removed.`
      : `${store.config.tableName} already holds dataset ${version}; nothing to do (--force writes anyway).`,
  );
  await store.close();
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/**
 * The embedded table's own process (started by embedded-process.ts): dynalite over LevelDB files
 * in the folder given as the first argument, on loopback at the port given as the second (0: any).
 * Its own process, so a LevelDB failure (disk full, corruption found while running) ends this
 * process, and the web server answers 503 instead of dying with it.
 *
 * Before dynalite opens the folder it is checked, because LevelDB, told to create a database
 * where it finds no CURRENT file, deletes the table files it does not know: so a folder with table
 * files but no CURRENT, or one LevelDB cannot open, is refused and left exactly as it is.
 * Tells its parent over IPC: { type: 'ready', port } or { type: 'refused', reason, detail }.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** What the child tells its parent. */
export type ChildMessage = { type: 'ready'; port: number } | { type: 'refused'; reason: 'in-use' | 'unreadable'; detail: string };

/** The part of `level` (dynalite's own LevelDB binding) used to try the folder before dynalite opens it. */
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelModule = { Level: new (path: string, options: { createIfMissing: boolean }) => LevelDatabase };

/** LevelDB's table data: write-ahead logs, sorted tables, manifests. */
const TABLE_FILE = /^(\d+\.(log|ldb|sst)|MANIFEST-\d+)$/;

function tell(message: ChildMessage, then?: () => void) {
  if (process.send) process.send(message, undefined, {}, () => then?.());
  else then?.();
}

function refuse(reason: 'in-use' | 'unreadable', detail: string): never {
  tell({ type: 'refused', reason, detail }, () => process.exit(2));
  // Wait for the message to go out; exit follows.
  return undefined as never;
}

/** Can the folder be opened as it is, without LevelDB creating or deleting anything in it? */
async function check(path: string): Promise<boolean> {
  const files = existsSync(path) ? readdirSync(path) : [];
  const hasTables = files.some((name) => TABLE_FILE.test(name));
  if (hasTables && !files.includes('CURRENT')) {
    refuse('unreadable', `${path} holds table files but its CURRENT file is missing, so they cannot be opened.`);
    return false;
  }
  // Resolved from dynalite, as dynalite resolves it: the same LevelDB binding, no dependency of our own.
  const { Level } = createRequire(createRequire(import.meta.url).resolve('dynalite'))('level') as LevelModule;
  const probe = new Level(path, { createIfMissing: !hasTables });
  try {
    await probe.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') refuse('in-use', `${path} is open in another process.`);
    else refuse('unreadable', `${path} cannot be opened: ${cause?.message ?? String(error)}`);
    return false;
  }
  await probe.close();
  return true;
}

async function main() {
  const [path, port = '0'] = process.argv.slice(2);
  if (!path) throw new Error('usage: embedded-child.ts <folder> [port]');
  if (!(await check(path))) return;
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.listen(Number(port), '127.0.0.1', () => tell({ type: 'ready', port: (server.address() as AddressInfo).port }));
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  // Ctrl-C reaches the whole process group: the parent stops this process once it has stopped serving.
  process.on('SIGINT', () => undefined);
  // The parent is gone (even by kill -9): nothing is left to serve.
  process.on('disconnect', stop);
}

process.on('uncaughtException', (error) => {
  console.error(`The embedded table stopped: ${error.message}`);
  process.exit(1);
});
await main();

/**
 * The embedded table in a child process (embedded-child.ts), for `npm start` and `npm run seed`:
 * the web server outlives whatever happens to LevelDB, and a folder that cannot be opened is
 * refused instead of being replaced by an empty table.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMessage } from './embedded-child.ts';
import type { EmbeddedDynamo } from './embedded.ts';

/** The embedded table would not open its folder: `in-use` (another process has it) or `unreadable` (left untouched). */
export class StoreRefusedError extends Error {
  override name = 'StoreRefusedError';
  readonly reason: 'in-use' | 'unreadable';
  constructor(reason: 'in-use' | 'unreadable', detail: string) {
    super(detail);
    this.reason = reason;
  }
}

export interface DynamoProcess extends EmbeddedDynamo {
  pid: number;
  /** Called once if the process ends without close() (a crash): the API answers 503 from then on. */
  onUnexpectedExit(listener: (detail: string) => void): void;
}

const CHILD = join(import.meta.dirname, 'embedded-child.ts');

/** Start the embedded table on disk at `path` in its own process; resolves once it listens, or rejects with StoreRefusedError. */
export async function startDynamoProcess({ path, port = 0 }: { path: string; port?: number }): Promise<DynamoProcess> {
  // No inherited flags (a test runner's loaders); Node runs the .ts child itself.
  const child = fork(CHILD, [path, String(port)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)));
  const first = await Promise.race([
    new Promise<ChildMessage>((resolve) => child.once('message', (message) => resolve(message as ChildMessage))),
    exited.then((how): never => {
      throw new Error(`The embedded table process stopped before it was ready (${how}).`);
    }),
  ]);
  if (first.type === 'refused') {
    await exited;
    throw new StoreRefusedError(first.reason, first.detail);
  }
  let closing = false;
  let onCrash: ((detail: string) => void) | undefined;
  void exited.then((how) => {
    if (!closing) onCrash?.(how);
  });
  return {
    endpoint: `http://127.0.0.1:${first.port}`,
    port: first.port,
    pid: child.pid!,
    onUnexpectedExit(listener) {
      onCrash = listener;
    },
    async close() {
      closing = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The local server (functions/edges/server.ts, as `npm start` runs it) in a child process, on a free port with a data folder the test names. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with its exit code once it has ended. */
  exited: Promise<number | null>;
  /** Whether it came up (printed its address) rather than exiting first. */
  ready: boolean;
  /** SIGTERM, as Ctrl-C would stop it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Spawn the server on `dataDir` and wait until it says it listens, or until it exits (then the
 * promise still resolves: `exited` tells how). The site is not rebuilt (SKIP_SITE_BUILD=1).
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'functions', 'edges', 'server.ts')], {
    env: { ...process.env, DYNAMODB_ENDPOINT: '', TABLE_NAME: '', ...env, PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', SKIP_SITE_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => child.stdout.on('data', () => printed.includes('Ctrl-C') && resolve(true))),
    exited.then(() => false),
  ]);
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    ready,
    output: () => printed,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The process ids of a process's children (Linux /proc). */
export function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
}

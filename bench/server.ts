/** The local server (functions/edges/server.ts) in a child process on a free port with its own data folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export interface BenchServer {
  base: string;
  stop(): Promise<void>;
}

/** Start it and wait until it listens; extra env (e.g. a rate limit) is passed through. */
export function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  return startChild(join(ROOT, 'functions', 'edges', 'server.ts'), env);
}

/** The bare route (bench/bare-server.ts), the yardstick of the API table, the same way; `alone`: with nothing around it. */
export function startBareServer(alone = false): Promise<BenchServer> {
  return startChild(join(ROOT, 'bench', 'bare-server.ts'), {}, alone ? ['--alone'] : []);
}

/** A server script in a child process on a free port with its own data folder, ready once it prints "Ctrl-C". */
async function startChild(script: string, env: Record<string, string> = {}, args: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bce-bench-data-'));
  const server = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((res, rej) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Ctrl-C') && res());
    server.on('exit', (code) => rej(new Error(`server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

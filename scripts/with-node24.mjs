// Runs a command with Node >= 22.12 first on PATH (the project targets Node 24, the Lambda runtime).
// Plain JavaScript so that it runs on an older system Node too; there it installs Node 24 once
// from the npm registry (the node-<platform>-<arch> package) into ~/.cache/node24.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const NODE_VERSION = '24.21.0';
const [major, minor] = process.versions.node.split('.').map(Number);
const env = { ...process.env };

if (major < 22 || (major === 22 && minor < 12)) {
  const prefix = join(homedir(), '.cache', 'node24');
  const pkg = `node-${process.platform}-${process.arch}`;
  const bin = join(prefix, 'node_modules', pkg, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    console.error(`Node ${process.versions.node} is too old; installing Node ${NODE_VERSION} (npm package ${pkg}) into ${prefix} ...`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${pkg}@${NODE_VERSION}`], { stdio: 'inherit' });
  }
  env.PATH = `${bin}${delimiter}${env.PATH}`;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-node24.mjs <command> [args...]');
  process.exit(2);
}
const child = spawn(command, args, { stdio: 'inherit', env });
// Ctrl-C reaches the child through the terminal; this process waits for it to finish cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

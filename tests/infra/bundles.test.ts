/**
 * What each Lambda bundle carries, read from esbuild's metafile (bundled as infra/node-function.ts
 * does: minified ESM for Node 24, AWS SDK left external). stack.test.ts holds the size bar; these
 * say why a bundle stays under it: only its own route group's contract, and no schema that only
 * the OpenAPI document or the tests parse with.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_GROUPS, type RouteGroupId } from '../../functions/routes/registry.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTRACT = 'functions/contract';
const GROUP_IDS = Object.keys(ROUTE_GROUPS) as RouteGroupId[];

/** The files esbuild read and kept at least one byte of, by repository path. */
async function bundledFiles(entry: string | { contents: string }): Promise<Map<string, number>> {
  const { metafile } = await build({
    ...(typeof entry === 'string' ? { entryPoints: [path.join(ROOT, entry)] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' } }),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.outputs)[0]!.inputs;
  return new Map(Object.entries(inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
}

/** A route group's contract files: one per resource path (/plans: functions/contract/plans.ts). */
const contractOf = (id: RouteGroupId) => ROUTE_GROUPS[id].paths.map((p) => `${CONTRACT}${p}.ts`);

const bundles = new Map<RouteGroupId, Map<string, number>>();
beforeAll(async () => {
  for (const id of GROUP_IDS) bundles.set(id, await bundledFiles(ROUTE_GROUPS[id].entry));
}, 60_000);

describe.each(GROUP_IDS)('the %s Lambda bundle', (id) => {
  it("carries no other route group's contract, nor the OpenAPI assembly or the problem schema", () => {
    const others = GROUP_IDS.filter((g) => g !== id).flatMap(contractOf);
    const carried = [...bundles.get(id)!.keys()];
    expect(carried.filter((file) => [...others, `${CONTRACT}/openapi.ts`, `${CONTRACT}/problem.ts`].includes(file))).toEqual([]);
  });

  it('carries the planner rules only when it plans', () => {
    expect(bundles.get(id)!.has('data/planner-rules.json')).toBe(id === 'plans');
  });
});

describe('schemas a Lambda does not parse with are left out of its bundle', () => {
  const schemaFiles = ['data/schemas.ts', ...readdirSync(path.join(ROOT, CONTRACT)).map((file) => `${CONTRACT}/${file}`)];

  // A schema built outside a pure IIFE stays in every bundle that imports its file, used or not.
  it.each(schemaFiles)('%s: imported for nothing, it bundles no zod', async (file) => {
    const carried = await bundledFiles({ contents: `import './${file}';` });
    expect([...carried.keys()].filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
  });
});

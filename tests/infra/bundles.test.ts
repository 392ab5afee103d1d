/**
 * What each Lambda bundle's own code carries, read from esbuild's metafile (bundled as
 * infra/node-function.ts does, minified ESM for Node 24, but with the whole AWS SDK left external,
 * which infra bundles in: see LAMBDA_EXTERNAL_MODULES). The own code is held to 100 KB here, the
 * deployed bundle in stack.test.ts; these also say why it stays under: only its own route group's
 * contract, and no schema that only the OpenAPI document or the tests parse with.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_GROUPS, type RouteGroupId } from '../../functions/routes/registry.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTRACT = 'functions/contract';
const GROUP_IDS = Object.keys(ROUTE_GROUPS) as RouteGroupId[];

/** The files esbuild read and kept at least one byte of, by repository path, and the bundle's whole size. */
async function bundled(entry: string | { contents: string }): Promise<{ files: Map<string, number>; bytes: number }> {
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
  const output = Object.values(metafile.outputs)[0]!;
  return {
    files: new Map(Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([file, { bytesInOutput }]) => [file, bytesInOutput])),
    bytes: output.bytes,
  };
}

/** A route group's contract files: one per resource path (/plans: functions/contract/plans.ts). */
const contractOf = (id: RouteGroupId) => ROUTE_GROUPS[id].paths.map((p) => `${CONTRACT}${p}.ts`);

const bundles = new Map<RouteGroupId, { files: Map<string, number>; bytes: number }>();
beforeAll(async () => {
  for (const id of GROUP_IDS) bundles.set(id, await bundled(ROUTE_GROUPS[id].entry));
}, 60_000);

describe.each(GROUP_IDS)('the %s Lambda bundle', (id) => {
  it('keeps its own code, without the AWS SDK, under 100 KB minified', () => {
    expect(bundles.get(id)!.bytes).toBeLessThanOrEqual(100 * 1024);
  });

  it("carries no other route group's contract, nor the OpenAPI assembly or the problem schema", () => {
    const others = GROUP_IDS.filter((g) => g !== id).flatMap(contractOf);
    const carried = [...bundles.get(id)!.files.keys()];
    expect(carried.filter((file) => [...others, `${CONTRACT}/openapi.ts`, `${CONTRACT}/problem.ts`].includes(file))).toEqual([]);
  });

  it('carries the planner rules only when it plans', () => {
    expect(bundles.get(id)!.files.has('data/planner-rules.json')).toBe(id === 'plans');
  });
});

describe('schemas a Lambda does not parse with are left out of its bundle', () => {
  const schemaFiles = ['data/schemas.ts', ...readdirSync(path.join(ROOT, CONTRACT)).map((file) => `${CONTRACT}/${file}`)];

  // A schema built outside a pure IIFE stays in every bundle that imports its file, used or not.
  it.each(schemaFiles)('%s: imported for nothing, it bundles no zod', async (file) => {
    const { files } = await bundled({ contents: `import './${file}';` });
    expect([...files.keys()].filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
  });
});

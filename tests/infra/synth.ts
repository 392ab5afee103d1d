/**
 * Infra test support: synthesizes stacks offline (real esbuild bundling) from a small fake built site,
 * and reads templates (resources by type, IAM statements, a function's own statements).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/node-function.ts';
import { ExplorerStack, type ExplorerStackProps } from '../../infra/stack.ts';

export type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string; Condition?: string };
export type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown };

/** The fake built site: pages, the 404 page, an asset, top-level files. */
export const FAKE_SITE_FILES = [
  '/404.html',
  '/_astro/index.abc123.css',
  '/favicon.svg',
  '/index.html',
  '/plan/index.html',
  '/roles/index.html',
  '/roles/medical-coder/index.html',
  '/robots.txt',
  '/es/404/index.html',
  '/es/og/home.png',
  '/es/index.html',
  '/es/plan/index.html',
  '/es/roles/index.html',
  '/es/roles/medical-coder/index.html',
];

/** Writes the fake built site into `dir`. */
export function writeFakeSite(dir: string): void {
  for (const file of FAKE_SITE_FILES) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.endsWith('.html') ? `<!doctype html><title>${file}</title>` : file);
  }
}

export interface Synthesized {
  app: App;
  /** The synthesized stacks by name, with their templates. */
  stacks: Record<string, { stack: ExplorerStack; template: Template }>;
  /** cdk.out of this synthesis (bundled assets are under it). */
  outdir: string;
  siteDir: string;
  remove(): void;
}

/** Synthesizes one app with a stack per entry of `stacks` (props other than siteDir), with cdk.json's context. */
export function synthesize(stacks: Record<string, Omit<ExplorerStackProps, 'siteDir'>>): Synthesized {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-test-'));
  const siteDir = path.join(tmp, 'site');
  writeFakeSite(siteDir);
  const cdkJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const outdir = path.join(tmp, 'cdk.out');
  const app = new App({ outdir, context: cdkJson.context });
  const made = Object.entries(stacks).map(([name, props]) => [name, new ExplorerStack(app, name, { ...props, siteDir })] as const);
  app.synth();
  return {
    app,
    stacks: Object.fromEntries(made.map(([name, stack]) => [name, { stack, template: Template.fromStack(stack) }])),
    outdir,
    siteDir,
    remove: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}

/** A template's JSON, typed as far as the tests read it. */
export interface TemplateJson {
  Resources: Record<string, Resource>;
  Parameters: Record<string, { Type: string; Default?: string; AllowedPattern?: string }>;
  Conditions: Record<string, unknown>;
}

/** The template as JSON. */
export const json = (template: Template) => template.toJSON() as TemplateJson;

/** The resources of one type, by logical id. */
export function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

/** Every statement of every IAM policy (inline policies of roles included). */
export function statements(template: Template): Statement[] {
  const fromPolicies = resources(template, 'AWS::IAM::Policy').flatMap(([, r]) => (r.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
  const fromRoles = resources(template, 'AWS::IAM::Role').flatMap(([, r]) =>
    ((r.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement),
  );
  return [...fromPolicies, ...fromRoles];
}

export const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** The one Lambda function whose description is `description`. */
export function functionResource(template: Template, description: string): [string, Resource] {
  const found = resources(template, 'AWS::Lambda::Function').filter(([, r]) => r.Properties?.Description === description);
  if (found.length !== 1) throw new Error(`${found.length} functions described as ${description}`);
  return found[0]!;
}

/** The statements of the policies attached to the role of the function whose description matches. */
export function functionStatements(template: Template, description: string): Statement[] {
  const [, fn] = functionResource(template, description);
  const roleId = (fn.Properties?.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, r]) => (r.Properties?.Roles as { Ref: string }[]).some((ref) => ref.Ref === roleId))
    .flatMap(([, r]) => (r.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
}

/**
 * The CDK app: one stack per stage (`-c stage=prod`, default `dev`), checked by cdk-nag's AwsSolutions
 * rules during synth (any unacknowledged finding fails it). Other context: `-c waf=true` (WAF rate
 * rule), `-c originVerifyVersion=<id>` / `-c rateKeyVersion=<id>` (after rotating a secret).
 */
import fs from 'node:fs';
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { REPO_ROOT } from './node-function.ts';
import { ExplorerStack } from './stack.ts';

const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) throw new Error(`stage must be lower-case letters, digits and dashes: ${stage}`);

const siteDir = path.resolve(REPO_ROOT, String(app.node.tryGetContext('siteDir') ?? 'dist/site'));
for (const page of ['index.html', '404.html']) {
  if (!fs.existsSync(path.join(siteDir, page))) {
    throw new Error(`No built site at ${siteDir} (no ${page}): run \`npm run build\` first (or pass -c siteDir=<folder>).`);
  }
}

/** A context value as text (`-c name=value`), or undefined when absent or empty. */
const context = (name: string): string | undefined => {
  const value = app.node.tryGetContext(name) as string | boolean | number | undefined;
  return value === undefined || value === '' ? undefined : String(value);
};

new ExplorerStack(app, `BillingCodingExplorer-${stage}`, {
  stage,
  siteDir,
  waf: context('waf') === 'true',
  originVerifyVersion: context('originVerifyVersion'),
  rateKeyVersion: context('rateKeyVersion'),
  description: `Billing & Coding Explorer (${stage}): static site, Hono API on Lambda, DynamoDB`,
  // Account and region come from the CLI's profile at deploy time; synth needs neither.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

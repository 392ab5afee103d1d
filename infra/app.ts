/**
 * The CDK app: one stack per stage (`-c stage=prod`, default `dev`), checked by cdk-nag's AwsSolutions
 * rules during synth (any unacknowledged finding fails it).
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
if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
  throw new Error(`No built site at ${siteDir}: run \`npm run build\` first (or pass -c siteDir=<folder>).`);
}

new ExplorerStack(app, `BillingCodingExplorer-${stage}`, {
  stage,
  siteDir,
  description: `Billing & Coding Explorer (${stage}): static site, Hono API on Lambda, DynamoDB`,
  // Account and region come from the CLI's profile at deploy time; synth needs neither.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

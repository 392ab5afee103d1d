/** A Lambda function bundled from a TypeScript entry, with its own log group and a role that can only log. */
import path from 'node:path';
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_EXTERNAL_MODULES, type LazyFile } from '../functions/routes/registry.ts';

/** The repository root: entry files and the lock file are found from here, whatever the cwd. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** ESM output has no `require`; some bundled CommonJS dependencies still call it. */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** What every bundle, and each lazy file beside one, is built for: Node 24, the AWS SDK bundled but for the credential sources Lambda never reaches (LAMBDA_EXTERNAL_MODULES). */
const TARGET = 'node24';
const EXTERNAL_MODULES = [...LAMBDA_EXTERNAL_MODULES];
const MAIN_FIELDS = ['module', 'main'];

/**
 * The shell command that bundles a lazy file on its own into the asset, beside index.mjs, after CDK's
 * bundling: NodejsFunction builds one entry to one file (no outdir, so no esbuild splitting), and the
 * bundle loads this file by a URL computed at run time, which esbuild does not follow. Run from the
 * repository root with the local esbuild, as CDK runs its own.
 */
const lazyFileCommand = (inputDir: string, outputDir: string, lazy: LazyFile): string =>
  [
    'npx --no-install esbuild',
    `'${path.join(inputDir, lazy.source)}'`,
    '--bundle --minify --format=esm --platform=node --log-level=warning',
    `--target=${TARGET}`,
    `--main-fields=${MAIN_FIELDS.join(',')}`,
    ...EXTERNAL_MODULES.map((m) => `'--external:${m}'`),
    `'--outfile=${path.join(outputDir, lazy.file)}'`,
  ].join(' ');

export interface NodeFunctionProps {
  /** Entry file, relative to the repository root (e.g. `functions/edges/lambda-reference.ts`). */
  readonly entry: string;
  /** Modules built on their own beside index.mjs, which it loads when a request needs them (none by default). */
  readonly lazyFiles?: readonly LazyFile[];
  readonly description: string;
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** What happens to the log group when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * Node 24 on arm64, bundled locally by esbuild (minified ESM with the AWS SDK modules it uses: see LAMBDA_EXTERNAL_MODULES).
 * The role starts with nothing but writing to this function's own log group; callers grant the rest.
 */
export class NodeFunction extends Construct {
  /** The function. */
  public readonly fn: NodejsFunction;
  /** Its execution role, for grants. */
  public readonly role: Role;
  /** Its log group, with a retention. */
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    // An own role instead of AWSLambdaBasicExecutionRole, whose log grants reach every log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs: ${props.description}`,
    });
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      environment: props.environment,
      role: this.role,
      logGroup: this.logGroup,
      bundling: {
        format: OutputFormat.ESM,
        target: TARGET,
        minify: true,
        sourceMap: false,
        banner: CREATE_REQUIRE_BANNER,
        externalModules: EXTERNAL_MODULES,
        mainFields: MAIN_FIELDS,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => (props.lazyFiles ?? []).map((lazy) => lazyFileCommand(inputDir, outputDir, lazy)),
        },
      },
    });
  }
}

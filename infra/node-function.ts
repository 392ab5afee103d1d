/** A Lambda function bundled from a TypeScript entry, with its own log group and a role that can only log. */
import path from 'node:path';
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The repository root: entry files and the lock file are found from here, whatever the cwd. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** ESM output has no `require`; some bundled CommonJS dependencies still call it. */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface NodeFunctionProps {
  /** Entry file, relative to the repository root (e.g. `functions/edges/lambda-reference.ts`). */
  readonly entry: string;
  readonly description: string;
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** What happens to the log group when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * Node 24 on arm64, bundled locally by esbuild (minified ESM, AWS SDK left to the runtime).
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
        target: 'node24',
        minify: true,
        sourceMap: false,
        banner: CREATE_REQUIRE_BANNER,
        externalModules: ['@aws-sdk/*'],
        mainFields: ['module', 'main'],
      },
    });
  }
}

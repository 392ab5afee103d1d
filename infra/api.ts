/** The API: the Hono app on Lambda behind an HTTP API with throttling and access logs. */
import { Duration, Stack, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { GSI1 } from '../functions/store/keys.ts';
import { NodeFunction } from './node-function.ts';

/**
 * What the API may do to the table: reads for reference data, conditional writes for plans and guides.
 * No Scan (every access pattern is a key look-up or a Query) and no wildcards.
 */
export const API_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
] as const;

/** Steady-state requests per second and burst for the whole API (per account limits are far higher). */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

export interface ApiProps {
  readonly table: ITableV2;
  /** What happens to the log groups when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/** The Lambda function running `functions/lambda.ts` and the HTTP API in front of it. */
export class Api extends Construct {
  /** The function; its role holds only the table actions above and its own log writes. */
  public readonly fn: NodejsFunction;
  public readonly httpApi: HttpApi;
  /** The `$default` stage, throttled and access-logged. */
  public readonly stage: HttpStage;
  /** Host name of the API's execute-api endpoint, for CloudFront's origin. */
  public readonly domainName: string;
  /** Base URL of the API's own endpoint (CloudFront serves it at /api/* too). */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const lambda = new NodeFunction(this, 'Handler', {
      entry: 'functions/lambda.ts',
      description: 'Billing & Coding Explorer API (Hono)',
      environment: { TABLE_NAME: props.table.tableName },
      memorySize: 512,
      timeout: Duration.seconds(10),
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.fn = lambda.fn;
    lambda.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...API_TABLE_ACTIONS],
        resources: [props.table.tableArn, `${props.table.tableArn}/index/${GSI1.name}`],
      }),
    );

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Billing & Coding Explorer API; CloudFront serves it at /api/*',
      defaultIntegration: new HttpLambdaIntegration('Lambda', this.fn),
      // The default stage is made below: HttpApi's own cannot take throttling or access logs.
      createDefaultStage: false,
    });

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The API is public by design: reference reads are open to everyone, and a saved plan or guide changes only with its own bearer edit token, which the app verifies.',
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    this.domainName = `${this.httpApi.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
    this.url = this.stage.url;
  }
}

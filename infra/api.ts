/** The API: the Hono app on Lambda behind an HTTP API with throttling and access logs. */
import { Duration, Stack, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTE_GROUPS, type RouteGroup, type RouteGroupId } from '../functions/routes/registry.ts';
import { GSI1 } from '../functions/store/keys.ts';
import { NodeFunction } from './node-function.ts';

/** What every API function may do to the table: read reference data and saved items. No Scan: every access pattern is a key look-up or a Query. */
export const API_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
/** What the plans and guides functions may also do, and only to items whose key starts with their own prefix. */
export const API_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:DeleteItem'] as const;

/**
 * The API runs as one function per route group (functions/routes/registry.ts), so each bundle holds
 * only its own code and each role only its own rights. The construct id is the group id in PascalCase.
 */
export const API_FUNCTIONS = (Object.entries(ROUTE_GROUPS) as [RouteGroupId, RouteGroup][]).map(([group, spec]) => ({
  id: group.charAt(0).toUpperCase() + group.slice(1),
  entry: spec.entry,
  description: `Billing & Coding Explorer API (Hono): ${spec.description}`,
  // API Gateway sends a group every path under its resources; the default group gets the rest.
  routes: spec.isDefault ? [] : spec.paths.flatMap((path) => [`/api${path}`, `/api${path}/{proxy+}`]),
  writesKeyPrefixes: spec.writesKeyPrefixes,
  isDefault: spec.isDefault,
}));

/** Steady-state requests per second and burst for the whole API (per account limits are far higher). */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

export interface ApiProps {
  readonly table: ITableV2;
  /** What happens to the log groups when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/** The API functions and the HTTP API in front of them. */
export class Api extends Construct {
  /** The functions by construct id (Reference, Plans, Guides). */
  public readonly functions: Record<string, NodejsFunction>;
  /** The function API Gateway sends every path no other group claims. */
  public readonly defaultFunction: NodejsFunction;
  public readonly httpApi: HttpApi;
  /** The `$default` stage, throttled and access-logged. */
  public readonly stage: HttpStage;
  /** Host name of the API's execute-api endpoint, for CloudFront's origin. */
  public readonly domainName: string;
  /** Base URL of the API's own endpoint (CloudFront serves it at /api/*). */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const table = [props.table.tableArn, `${props.table.tableArn}/index/${GSI1.name}`];
    const made = API_FUNCTIONS.map((spec) => {
      const lambda = new NodeFunction(this, spec.id, {
        entry: spec.entry,
        description: spec.description,
        environment: { TABLE_NAME: props.table.tableName },
        memorySize: 512,
        timeout: Duration.seconds(10),
        logRemovalPolicy: props.logRemovalPolicy,
      });
      lambda.role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: [...API_READ_ACTIONS], resources: table }));
      if (spec.writesKeyPrefixes.length > 0) {
        lambda.role.addToPrincipalPolicy(
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: [...API_WRITE_ACTIONS],
            resources: [props.table.tableArn],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': spec.writesKeyPrefixes.map((prefix) => `${prefix}*`) } },
          }),
        );
      }
      return [spec, lambda.fn] as const;
    });
    this.functions = Object.fromEntries(made.map(([spec, fn]) => [spec.id, fn]));
    this.defaultFunction = made.find(([spec]) => spec.isDefault)![1];

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Billing & Coding Explorer API; CloudFront serves it at /api/*',
      defaultIntegration: new HttpLambdaIntegration('Lambda', this.defaultFunction),
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

    for (const [spec, fn] of made) {
      if (spec.routes.length === 0) continue;
      const integration = new HttpLambdaIntegration(`${spec.id}Lambda`, fn);
      for (const path of spec.routes) this.httpApi.addRoutes({ path, methods: [HttpMethod.ANY], integration });
    }

    this.domainName = `${this.httpApi.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
    this.url = this.stage.url;
  }
}

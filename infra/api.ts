/**
 * The API: the Hono app on Lambda behind an HTTP API with throttling and access logs.
 * The execute-api endpoint stays enabled: CloudFront reaches an HTTP API only through it unless the
 * API has a custom domain (its own certificate and DNS name), which this stack does not assume.
 * The functions answer only requests carrying CloudFront's X-Origin-Verify secret instead.
 */
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
import { GSI1, RATE_PREFIX } from '../functions/store/keys.ts';
import { NodeFunction } from './node-function.ts';

/** What every API function may do to the table: read reference data and saved items. No Scan: every access pattern is a key look-up or a Query. */
export const API_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
/**
 * What the plans and guides functions may also do, and only to items whose key starts with their own
 * prefix or the rate counters' (UpdateItem is the counters' atomic ADD).
 */
export const API_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'] as const;

/** The environment every API function gets, by the names the app reads. */
export const API_ENVIRONMENT = {
  /** The table's name. */
  table: 'TABLE_NAME',
  /** The value CloudFront sends as X-Origin-Verify (resolved from Secrets Manager at deploy). */
  originVerify: 'ORIGIN_VERIFY_SECRET',
  /** The HMAC key of the rate counters (resolved from Secrets Manager at deploy). */
  rateKey: 'RATE_KEY_SECRET',
  /** https://<distribution domain>: the origin of links the API writes. */
  siteOrigin: 'SITE_ORIGIN',
} as const;

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
  // A group that writes also counts its creates, in the rate counters.
  writesKeyPrefixes: spec.writesKeyPrefixes.length > 0 ? [...new Set([...spec.writesKeyPrefixes, RATE_PREFIX])] : [],
  isDefault: spec.isDefault,
  lazyFiles: spec.lazyFiles,
}));

/** Steady-state requests per second and burst for the whole API (per account limits are far higher). */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

export interface ApiProps {
  readonly table: ITableV2;
  /** `{{resolve:secretsmanager:…}}` of the origin-verify secret. */
  readonly originVerifyValue: string;
  /** `{{resolve:secretsmanager:…}}` of the rate key. */
  readonly rateKeyValue: string;
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

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const table = [props.table.tableArn, `${props.table.tableArn}/index/${GSI1.name}`];
    const made = API_FUNCTIONS.map((spec) => {
      const lambda = new NodeFunction(this, spec.id, {
        entry: spec.entry,
        lazyFiles: spec.lazyFiles,
        description: spec.description,
        // Secrets as env values resolved at deploy: a cold start makes no Secrets Manager call (the
        // import + first request bar is 100 ms). Every function gets both, so the app's shared
        // setup reads one contract; the reference role still cannot write a rate counter.
        environment: {
          [API_ENVIRONMENT.table]: props.table.tableName,
          [API_ENVIRONMENT.originVerify]: props.originVerifyValue,
          [API_ENVIRONMENT.rateKey]: props.rateKeyValue,
        },
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
        // No client address (the source IP here is a CloudFront edge's anyway), no headers, no query
        // string, no body: the path names a saved object's id, nothing about who asked (privacy page).
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
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
  }

  /**
   * Tells every function the site's origin. Set after the distribution exists: the functions then
   * depend on the distribution, which depends only on the HTTP API resource (not on the functions or
   * their routes), so there is no cycle.
   */
  public setSiteOrigin(origin: string): void {
    for (const fn of Object.values(this.functions)) fn.addEnvironment(API_ENVIRONMENT.siteOrigin, origin);
  }
}

/**
 * Infra: synthesizes the dev and prod stacks once (real esbuild bundling, offline) and checks small facts.
 * cdk-nag's AwsSolutions rules run on the same tree by hand rather than as infra/app.ts's synth plugin,
 * so a finding fails one test with its rule and path instead of failing the synthesis of every test.
 * The trust settings (secrets, origin header, rate grants, WAF) are in trust.test.ts, alarms and logs
 * in alarms.test.ts, the CloudFront Functions' behaviour in edge-functions.test.ts.
 */
import { datasetVersion } from '../../functions/store/seed.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, HSTS_MAX_AGE_SECONDS, CONTENT_SECURITY_POLICY } from '../../functions/http/security-headers.ts';
import { GSI1, RATE_PREFIX, TABLE_KEYS } from '../../functions/store/keys.ts';
import { API_FUNCTIONS, API_READ_ACTIONS, API_THROTTLE, API_WRITE_ACTIONS } from '../../infra/api.ts';
import { CREATE_REQUIRE_BANNER, REPO_ROOT } from '../../infra/node-function.ts';
import { SEED_TABLE_ACTIONS } from '../../infra/seed.ts';
import { dataset } from '../../data/index.ts';
import { LAMBDA_EXTERNAL_MODULES, ROUTE_GROUPS } from '../../functions/routes/registry.ts';
import { plan as esPlan } from '../../site/i18n/es/plan.ts';
import { plan as enPlan } from '../../site/i18n/en/plan.ts';
import { startTestApi } from '../support/api.ts';
import { actionsOf, functionResource, functionStatements, statements, synthesize, type Synthesized } from './synth.ts';

let synthesized: Synthesized;
let devTemplate: Template;
let prodTemplate: Template;

beforeAll(() => {
  synthesized = synthesize({ 'BillingCodingExplorer-dev': { stage: 'dev' }, 'BillingCodingExplorer-prod': { stage: 'prod' } });
  devTemplate = synthesized.stacks['BillingCodingExplorer-dev']!.template;
  prodTemplate = synthesized.stacks['BillingCodingExplorer-prod']!.template;
}, 120_000);

afterAll(() => synthesized?.remove());

/** The bundled asset directory (cdk.out/asset.<hash>) of the dev stack's function with this description. */
function assetDirOf(description: string): string {
  const [, fn] = functionResource(devTemplate, description);
  const key = (fn.Properties?.Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
  return path.join(synthesized.outdir, `asset.${key}`);
}

describe('synthesis', () => {
  it('passes every AwsSolutions rule, with no error or warning left unacknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(synthesized.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('gives every acknowledged finding a reason of at least ten words', () => {
    const acknowledged = synthesized.app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) expect(reason.split(/\s+/).length, id).toBeGreaterThanOrEqual(10);
  });

  it('sets no physical names, so stages and accounts never collide', () => {
    devTemplate.allResourcesProperties('AWS::DynamoDB::GlobalTable', { TableName: Match.absent() });
    devTemplate.allResourcesProperties('AWS::S3::Bucket', { BucketName: Match.absent() });
    devTemplate.allResourcesProperties('AWS::Lambda::Function', { FunctionName: Match.absent() });
    devTemplate.allResourcesProperties('AWS::Logs::LogGroup', { LogGroupName: Match.absent() });
    devTemplate.allResourcesProperties('AWS::IAM::Role', { RoleName: Match.absent() });
  });

  it("outputs the site URL but not the execute-api URL, which answers only CloudFront", () => {
    devTemplate.hasOutput('SiteUrl', {});
    expect(Object.keys(devTemplate.findOutputs('*'))).not.toContain('ApiUrl');
  });
});

describe('table', () => {
  it('is one on-demand global table keyed by the store constants pk (HASH) and sk (RANGE)', () => {
    devTemplate.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    devTemplate.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
    });
  });

  it('has the gsi1 index on gsi1pk / gsi1sk', () => {
    devTemplate.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: GSI1.name,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ],
    });
  });

  it('has point-in-time recovery and server-side encryption', () => {
    devTemplate.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('is retained with deletion protection in prod', () => {
    prodTemplate.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }),
    });
  });

  it('is disposable outside prod', () => {
    devTemplate.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })] }),
    });
  });
});

describe('api functions', () => {
  it.each(API_FUNCTIONS.map((f) => [f.description]))('%s runs Node 24 on arm64 with 512 MB, a 10 s timeout and the table name from the environment', (description) => {
    devTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Description: description,
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } }) },
    });
  });

  // Its own code is held to 100 KB in bundles.test.ts; the SDK modules it uses add about 210 KB.
  it.each(API_FUNCTIONS.map((f) => [f.description]))('%s is bundled as minified ESM under 320 KB with the createRequire banner and the AWS SDK inside, importing from the runtime only the credential sources Lambda never reaches', (description) => {
    const bundle = fs.readFileSync(path.join(assetDirOf(description), 'index.mjs'), 'utf8');
    expect(bundle.startsWith(CREATE_REQUIRE_BANNER)).toBe(true);
    expect(bundle).not.toMatch(/from\s*"@(aws-sdk|smithy)\//);
    const fromRuntime = [...bundle.matchAll(/import\("(@(?:aws-sdk|smithy)\/[^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(fromRuntime)).toEqual(new Set(LAMBDA_EXTERNAL_MODULES));
    expect(bundle).not.toMatch(/sourceMappingURL/);
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(320 * 1024);
  });

  it.each(API_FUNCTIONS.map((f) => [f.description, f.lazyFiles.map((l) => l.file)]))('%s ships index.mjs and only its lazy files %j', (description, files) => {
    expect(fs.readdirSync(assetDirOf(description)).sort()).toEqual(['index.mjs', ...files].sort());
  });

  it('lets the reference function only get and query the table and gsi1: no writes, no Scan, no wildcard', () => {
    const dynamo = functionStatements(devTemplate, API_FUNCTIONS[0]!.description).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect([...actionsOf(dynamo[0]!)].sort()).toEqual([...API_READ_ACTIONS].sort());
    expect(JSON.stringify(dynamo[0]!.Resource)).toContain(`/index/${GSI1.name}`);
    expect(JSON.stringify(dynamo[0]!.Resource)).not.toMatch(/"\*"|index\/\*/);
  });

  it.each([
    [API_FUNCTIONS[1]!.description, 'PLAN#*'],
    [API_FUNCTIONS[2]!.description, 'GUIDE#*'],
  ])('lets %s write (put, delete, update) only items whose key starts with %s or the rate counters\' prefix', (description, prefix) => {
    const dynamo = functionStatements(devTemplate, description).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    const writes = dynamo.filter((s) => actionsOf(s).some((a) => (API_WRITE_ACTIONS as readonly string[]).includes(a)));
    expect(writes).toHaveLength(1);
    expect([...actionsOf(writes[0]!)].sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [prefix, `${RATE_PREFIX}*`] } });
    expect(dynamo.flatMap(actionsOf).sort()).toEqual([...API_READ_ACTIONS, ...API_WRITE_ACTIONS].sort());
  });

  it('routes /api/plans and /api/guides to their own functions and everything else to the reference function', () => {
    for (const route of ['ANY /api/plans', 'ANY /api/plans/{proxy+}', 'ANY /api/guides', 'ANY /api/guides/{proxy+}', '$default']) {
      devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route });
    }
  });

  it('writes logs only to its own log group', () => {
    const logs = functionStatements(devTemplate, API_FUNCTIONS[0]!.description).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.flatMap(actionsOf).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(logs[0]!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ApiReferenceLogs/), 'Arn'] });
  });
});

describe('permissions across the stack', () => {
  it('never grants dynamodb:Scan, a dynamodb:* action or a bare * action', () => {
    for (const action of statements(devTemplate).flatMap(actionsOf)) {
      expect(action).not.toBe('*');
      expect(action).not.toBe('dynamodb:Scan');
      expect(action).not.toBe('dynamodb:*');
    }
  });

  it('lets the seeder only read the version, list partitions and batch-write items', () => {
    const dynamo = functionStatements(devTemplate, 'Seeds the reference dataset into the table during deploy').filter((s) =>
      actionsOf(s).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo.flatMap(actionsOf).sort()).toEqual([...SEED_TABLE_ACTIONS].sort());
  });
});

describe('http api', () => {
  it('throttles its default stage and writes access logs', () => {
    devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context.requestId') },
    });
  });

  it('sends every route to the Lambda function', () => {
    devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
  });
});

describe('site', () => {
  it('keeps the bucket private, encrypted and TLS-only', () => {
    devTemplate.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    devTemplate.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('serves pages from the bucket through origin access control, index.html at the root', () => {
    devTemplate.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    devTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: Match.arrayWith([Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: Match.anyValue() })]),
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' }), Match.objectLike({ EventType: 'viewer-response' })],
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
      }),
    });
  });

  it('routes /api/* to the HTTP API over HTTPS with every method and all viewer headers but Host', () => {
    devTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          // The OpenAPI document is a built file: it comes from the bucket, ahead of /api/*.
          Match.objectLike({ PathPattern: '/api/openapi.json', TargetOriginId: Match.stringLikeRegexp('Origin1') }),
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
            ViewerProtocolPolicy: 'redirect-to-https',
            ResponseHeadersPolicyId: Match.anyValue(),
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: { 'Fn::Join': ['', Match.arrayWith([{ Ref: Match.stringLikeRegexp('^ApiHttpApi') }])] },
            CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: 'https-only' }),
          }),
        ]),
      }),
    });
  });

  it("caches API answers only as the API's Cache-Control says, keyed by the whole query string", () => {
    devTemplate.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        MinTTL: 0,
        DefaultTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          CookiesConfig: { CookieBehavior: 'none' },
          HeadersConfig: { HeaderBehavior: 'none' },
        }),
      }),
    });
  });

  it('sends the same security headers as the local server', () => {
    devTemplate.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS,
            IncludeSubdomains: true,
            Preload: true,
            Override: true,
          },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: SECURITY_HEADERS['X-Frame-Options'], Override: true },
          ReferrerPolicy: { ReferrerPolicy: SECURITY_HEADERS['Referrer-Policy'], Override: true },
        },
      }),
    });
  });

  it('uploads the built site and invalidates the distribution', () => {
    devTemplate.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: Match.stringLikeRegexp('^SiteBucket') },
      DistributionPaths: ['/*'],
    });
  });

  it('empties and deletes the bucket with a dev stack but keeps it in prod', () => {
    devTemplate.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    devTemplate.resourceCountIs('Custom::S3AutoDeleteObjects', 1);
    prodTemplate.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    prodTemplate.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});

describe('seed', () => {
  it("passes the seeder's own dataset version as DatasetVersion, so a data or item-shape change reseeds", () => {
    const version = datasetVersion(dataset);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    devTemplate.hasResourceProperties('Custom::ReferenceDataset', { DatasetVersion: version, ServiceToken: Match.anyValue() });
  });

  it('runs the seeder on Node 24 arm64 with the table name', () => {
    devTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Seeds the reference dataset into the table during deploy',
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } } },
    });
  });

  it('changes the dataset version when a record changes, and only then', () => {
    expect(datasetVersion(structuredClone(dataset))).toBe(datasetVersion(dataset));
    const changed = structuredClone(dataset);
    changed.roles[0]!.title = `${changed.roles[0]!.title} (renamed)`;
    expect(datasetVersion(changed)).not.toBe(datasetVersion(dataset));
  });

});

describe("the plans function's Spanish words", () => {
  const plans = API_FUNCTIONS.find((f) => f.entry === ROUTE_GROUPS.plans.entry)!;
  /** A title only the Spanish catalog says (the first milestone's), and its English one. */
  const spanish = esPlan.milestone.start({ program: null, courseworkHours: 80 }).title;
  const english = enPlan.milestone.start({ program: null, courseworkHours: 80 }).title;

  it('are a file of their own beside index.mjs, which carries the English words only', () => {
    const dir = assetDirOf(plans.description);
    expect(plans.lazyFiles.map((l) => l.source)).toContain('site/i18n/es/plan-api.ts');
    const words = plans.lazyFiles.find((l) => l.source === 'site/i18n/es/plan-api.ts')!.file;
    expect(spanish).not.toBe(english);
    expect(fs.readFileSync(path.join(dir, words), 'utf8')).toContain(spanish);
    const bundle = fs.readFileSync(path.join(dir, 'index.mjs'), 'utf8');
    expect(bundle).toContain(english);
    expect(bundle).not.toContain(spanish);
  });

  it("word a Spanish plan's calendar in Spanish when the built asset's handler serves it, as Lambda loads it", async () => {
    const api = await startTestApi();
    const dir = assetDirOf(plans.description);
    // Lambda resolves the external AWS SDK from its runtime; here, from the project's node_modules, found from cdk.out.
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(synthesized.outdir, 'node_modules'));
    const env = { TABLE_NAME: api.tableName, DYNAMODB_ENDPOINT: api.dynamo.endpoint, RATE_KEY_SECRET: 'rate-key-set-by-the-stack-32-chars', SITE_ORIGIN: 'https://coding.example.org' };
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    try {
      const { handler } = (await import(path.join(dir, 'index.mjs'))) as { handler: (event: object, context: object) => Promise<{ statusCode: number; body: string }> };
      const event = (method: string, rawPath: string, body?: object) => ({
        version: '2.0',
        routeKey: '$default',
        rawPath,
        rawQueryString: '',
        headers: { host: 'abc123.execute-api.us-east-1.amazonaws.com', 'content-type': 'application/json' },
        requestContext: { http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '198.51.100.20' }, requestId: 'r', routeKey: '$default', stage: '$default' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        isBase64Encoded: false,
      });
      const created = await handler(event('POST', '/api/plans', { startDate: '2026-11-30', language: 'es' }), {});
      expect(created.statusCode).toBe(201);
      const { id } = JSON.parse(created.body) as { id: string };
      const feed = await handler(event('GET', `/api/plans/${id}/calendar.ics`), {});
      expect(feed.statusCode).toBe(200);
      const ics = feed.body.replace(/\r\n[ \t]/g, ''); // unfolded
      expect(ics).toContain(`X-WR-CALNAME:${esPlan.calendar.name('CPC')}`);
      expect(ics).toContain(`SUMMARY:${esPlan.calendar.name('CPC')}: ${spanish}`);
      expect(ics).not.toContain(english);
      expect(ics).toContain(`URL:https://coding.example.org/es/plan/?id=${id}`);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await api.close();
    }
  });
});

/**
 * Infra: synthesizes the dev and prod stacks once (real esbuild bundling, offline) and checks small facts.
 * cdk-nag's AwsSolutions rules run on the same tree by hand rather than as infra/app.ts's synth plugin,
 * so a finding fails one test with its rule and path instead of failing the synthesis of every test.
 */
import { datasetVersion } from '../../functions/store/seed.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, HSTS_MAX_AGE_SECONDS, CONTENT_SECURITY_POLICY } from '../../functions/http/security-headers.ts';
import { GSI1, TABLE_KEYS } from '../../functions/store/keys.ts';
import { API_FUNCTIONS, API_READ_ACTIONS, API_THROTTLE, API_WRITE_ACTIONS } from '../../infra/api.ts';
import { CREATE_REQUIRE_BANNER, REPO_ROOT } from '../../infra/node-function.ts';
import { SEED_TABLE_ACTIONS } from '../../infra/seed.ts';
import { dataset } from '../../data/index.ts';
import { ExplorerStack } from '../../infra/stack.ts';
import { API_VIEWER_REQUEST_FUNCTION, VIEWER_REQUEST_FUNCTION } from '../../infra/viewer-request.ts';

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown };

const cdkJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };

let tmp: string;
let app: App;
let dev: ExplorerStack;
let prod: ExplorerStack;
let devTemplate: Template;
let prodTemplate: Template;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-test-'));
  const siteDir = path.join(tmp, 'site');
  fs.mkdirSync(siteDir);
  fs.writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>test</title>');

  app = new App({ outdir: path.join(tmp, 'cdk.out'), context: cdkJson.context });
  dev = new ExplorerStack(app, 'BillingCodingExplorer-dev', { stage: 'dev', siteDir });
  prod = new ExplorerStack(app, 'BillingCodingExplorer-prod', { stage: 'prod', siteDir });
  app.synth();
  devTemplate = Template.fromStack(dev);
  prodTemplate = Template.fromStack(prod);
}, 120_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The resources of one type, by logical id. */
function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

/** Every statement of every IAM policy (inline policies of roles included). */
function statements(template: Template): Statement[] {
  const fromPolicies = resources(template, 'AWS::IAM::Policy').flatMap(
    ([, r]) => (r.Properties?.PolicyDocument as { Statement: Statement[] }).Statement,
  );
  const fromRoles = resources(template, 'AWS::IAM::Role').flatMap(([, r]) =>
    ((r.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement),
  );
  return [...fromPolicies, ...fromRoles];
}

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** The statements of the policy attached to the role of the function whose description matches. */
function functionStatements(template: Template, description: string): Statement[] {
  const [[, fn]] = resources(template, 'AWS::Lambda::Function').filter(([, r]) => r.Properties?.Description === description) as [
    [string, Resource],
  ];
  const roleId = (fn.Properties?.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, r]) => (r.Properties?.Roles as { Ref: string }[]).some((ref) => ref.Ref === roleId))
    .flatMap(([, r]) => (r.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
}

/** Runs the deployed CloudFront Function source on a viewer request. */
function viewerRequest(uri: string, querystring: Record<string, unknown> = {}) {
  const handler = runInNewContext(`${VIEWER_REQUEST_FUNCTION}; handler`) as (event: unknown) => Record<string, unknown>;
  return handler({ request: { method: 'GET', uri, querystring, headers: {}, cookies: {} } });
}

describe('the API viewer-request function', () => {
  it("hands the site's host to the API as X-Forwarded-Host, replacing one a client sent", () => {
    const handler = runInNewContext(`${API_VIEWER_REQUEST_FUNCTION}; handler`) as (event: unknown) => { headers: Record<string, { value: string }> };
    const request = handler({ request: { method: 'GET', uri: '/api/plans/x/calendar.ics', querystring: {}, headers: { host: { value: 'd111.cloudfront.net' }, 'x-forwarded-host': { value: 'evil.example' } }, cookies: {} } });
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'd111.cloudfront.net' });
  });

  it('runs on every /api/* viewer request', () => {
    devTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([Match.objectLike({ PathPattern: '/api/*', FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })] })]),
      }),
    });
  });
});

describe('synthesis', () => {
  it('passes every AwsSolutions rule, with no error or warning left unacknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('gives every acknowledged finding a reason of at least ten words', () => {
    const acknowledged = app.node
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

  it('outputs the site URL and the API URL', () => {
    devTemplate.hasOutput('SiteUrl', {});
    devTemplate.hasOutput('ApiUrl', {});
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
      Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') } } },
    });
  });

  it.each(API_FUNCTIONS.map((f) => [f.description]))('%s is bundled as minified ESM under 100 KB with the createRequire banner and the AWS SDK left external', (description) => {
    const [[, fn]] = resources(devTemplate, 'AWS::Lambda::Function').filter(([, r]) => r.Properties?.Description === description) as [[string, Resource]];
    const key = (fn.Properties?.Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
    const bundle = fs.readFileSync(path.join(tmp, 'cdk.out', `asset.${key}`, 'index.mjs'), 'utf8');
    expect(bundle.startsWith(CREATE_REQUIRE_BANNER)).toBe(true);
    expect(bundle).toMatch(/from\s*"@aws-sdk\//);
    expect(bundle).not.toMatch(/sourceMappingURL/);
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(100 * 1024);
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
  ])('lets %s write only items whose key starts with %s', (description, prefix) => {
    const dynamo = functionStatements(devTemplate, description).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    const writes = dynamo.filter((s) => actionsOf(s).some((a) => (API_WRITE_ACTIONS as readonly string[]).includes(a)));
    expect(writes).toHaveLength(1);
    expect([...actionsOf(writes[0]!)].sort()).toEqual([...API_WRITE_ACTIONS].sort());
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [prefix] } });
    expect(dynamo.flatMap(actionsOf).sort()).toEqual([...API_READ_ACTIONS, ...API_WRITE_ACTIONS].sort());
  });

  it('routes /api/plans and /api/guides to their own functions and everything else to the reference function', () => {
    for (const route of ['ANY /api/plans', 'ANY /api/plans/{proxy+}', 'ANY /api/guides', 'ANY /api/guides/{proxy+}', '$default']) {
      devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route });
    }
  });

  it('writes logs only to its own log group, kept for a month', () => {
    const logs = functionStatements(devTemplate, API_FUNCTIONS[0]!.description).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.flatMap(actionsOf).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(logs[0]!.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ApiReferenceLogs/), 'Arn'] });
    devTemplate.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
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
          FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
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

describe('page paths (the viewer-request CloudFront Function)', () => {
  it.each([
    ['/', '/index.html'],
    ['/roles/', '/roles/index.html'],
    ['/roles/medical-coder/', '/roles/medical-coder/index.html'],
  ])('serves %s from %s', (uri, served) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: served });
  });

  it.each(['/_astro/index.abc123.css', '/favicon.svg', '/robots.txt'])('passes the file %s through unchanged', (uri) => {
    expect(viewerRequest(uri)).toMatchObject({ uri });
  });

  it('redirects /plan to /plan/ and keeps the query string', () => {
    expect(viewerRequest('/plan', { id: { value: 'abc' }, tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b' }] } })).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: '/plan/?id=abc&tag=a&tag=b' } },
    });
  });

  it('redirects a slug path without a query string to its trailing-slash form', () => {
    expect(viewerRequest('/roles/medical-coder')).toMatchObject({ headers: { location: { value: '/roles/medical-coder/' } } });
  });

  it.each(['//evil.example', '//evil', '/\\evil'])('never turns %s into a redirect to another host', (uri) => {
    expect(viewerRequest(uri)).not.toHaveProperty('statusCode');
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

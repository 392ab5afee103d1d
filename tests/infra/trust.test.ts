/**
 * Infra, issue 12: the API answers only CloudFront (a generated origin-verify secret, never a literal),
 * the rate counters' key and grants, the site origin without a cycle, TTL, the 404 page functions on
 * the site behaviour only, and the optional WAF rule.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { App, Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_PREFIX } from '../../functions/store/keys.ts';
import { API_ENVIRONMENT, API_FUNCTIONS } from '../../infra/api.ts';
import { API_VIEWER_REQUEST_FUNCTION, pageRequestFunction, pageResponseFunction, siteFiles } from '../../infra/edge-functions.ts';
import { SECRET_LENGTH } from '../../infra/secrets.ts';
import { ORIGIN_VERIFY_HEADER } from '../../infra/site.ts';
import { TTL_ATTRIBUTE } from '../../infra/table.ts';
import { EdgeFirewall, WAF_API_REQUESTS_PER_5_MINUTES } from '../../infra/waf.ts';
import { actionsOf, functionResource, json, resources, statements, synthesize, type Resource, type Synthesized } from './synth.ts';

let synthesized: Synthesized;
let dev: Template;
let withWaf: Template;
let rotated: Template;

beforeAll(() => {
  synthesized = synthesize({
    Dev: { stage: 'dev' },
    Waf: { stage: 'prod', waf: true, env: { region: 'us-east-1' } },
    Rotated: { stage: 'dev', originVerifyVersion: 'version-2', rateKeyVersion: 'version-3' },
  });
  dev = synthesized.stacks.Dev!.template;
  withWaf = synthesized.stacks.Waf!.template;
  rotated = synthesized.stacks.Rotated!.template;
}, 120_000);

afterAll(() => synthesized?.remove());

/** The logical id of the one secret whose description starts with `start`. */
function secretId(template: Template, start: string): string {
  const [found] = resources(template, 'AWS::SecretsManager::Secret').filter(([, r]) => String(r.Properties?.Description).startsWith(start));
  return found![0];
}

/** The CloudFormation dynamic reference to a secret, as the template spells it. */
const resolved = (id: string, versionId = '') => ({ 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: id }, `:SecretString:::${versionId}}}`]] });

/** The distribution's config. */
function distribution(template: Template): { Origins: Record<string, unknown>[]; DefaultCacheBehavior: Record<string, unknown>; CacheBehaviors: Record<string, unknown>[]; WebACLId?: unknown; CustomErrorResponses?: unknown } {
  const [[, d]] = resources(template, 'AWS::CloudFront::Distribution') as [[string, Resource]];
  return d.Properties!.DistributionConfig as ReturnType<typeof distribution>;
}

const apiOrigin = (template: Template) => distribution(template).Origins.find((o) => 'CustomOriginConfig' in o)!;

describe('secrets', () => {
  it(`generates the origin-verify secret and the rate key at deploy: ${SECRET_LENGTH} letters and digits, no value in the template`, () => {
    const secrets = resources(dev, 'AWS::SecretsManager::Secret');
    expect(secrets).toHaveLength(2);
    for (const [, secret] of secrets) {
      expect(secret.Properties).toMatchObject({ GenerateSecretString: { PasswordLength: SECRET_LENGTH, ExcludePunctuation: true, IncludeSpace: false } });
      expect(secret.Properties).not.toHaveProperty('SecretString');
    }
  });

  it('keeps no secret-looking literal anywhere in the template (long runs of letters and digits other than asset hashes)', () => {
    const template = json(dev);
    const logicalIds = new Set(Object.keys(template.Resources));
    const leaves = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [];
    const runs = leaves(template)
      .filter((leaf) => !logicalIds.has(leaf))
      .flatMap((leaf) => leaf.match(new RegExp(`[A-Za-z0-9]{${SECRET_LENGTH},}`, 'g')) ?? []);
    expect(runs.filter((run) => !/^[0-9a-f]+$/.test(run))).toEqual([]);
  });

  it('grants no function Secrets Manager reads: the values arrive as environment resolved at deploy', () => {
    expect(statements(dev).flatMap(actionsOf).filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
  });

  it('after a rotation, resolves the version ids given as context, so CloudFormation fetches the new values', () => {
    expect(apiOrigin(rotated).OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: resolved(secretId(rotated, 'Sent by CloudFront'), 'version-2') }]);
    const [, fn] = functionResource(rotated, API_FUNCTIONS[1]!.description);
    expect(fn.Properties?.Environment).toMatchObject({ Variables: { [API_ENVIRONMENT.rateKey]: resolved(secretId(rotated, 'HMAC key'), 'version-3') } });
  });
});

describe('only through CloudFront', () => {
  it('adds X-Origin-Verify, resolved from the origin-verify secret, to every request CloudFront sends the API', () => {
    expect(apiOrigin(dev)).toMatchObject({
      DomainName: { 'Fn::Join': ['', expect.arrayContaining([{ Ref: expect.stringMatching(/^ApiHttpApi/) as string }, '.execute-api.']) as unknown[]] },
      OriginCustomHeaders: [{ HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: resolved(secretId(dev, 'Sent by CloudFront')) }],
    });
  });

  it('sends the secret to the API origin only, never to the bucket', () => {
    const bucketOrigin = distribution(dev).Origins.find((o) => 'S3OriginConfig' in o)!;
    expect(bucketOrigin).not.toHaveProperty('OriginCustomHeaders');
  });

  it.each(API_FUNCTIONS.map((f) => [f.description]))('gives %s the origin-verify secret, the rate key and the site origin', (description) => {
    const [, fn] = functionResource(dev, description);
    expect((fn.Properties?.Environment as { Variables: unknown }).Variables).toMatchObject({
      [API_ENVIRONMENT.originVerify]: resolved(secretId(dev, 'Sent by CloudFront')),
      [API_ENVIRONMENT.rateKey]: resolved(secretId(dev, 'HMAC key')),
      [API_ENVIRONMENT.siteOrigin]: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^SiteDistribution/), 'DomainName'] }]] },
    });
  });

  it("keeps the execute-api endpoint on: CloudFront reaches an HTTP API through it unless the API has a custom domain", () => {
    dev.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: Match.absent() });
  });

  it('passes the site origin to the API from a viewer-request function on /api/*, the exact code tested in edge-functions.test.ts', () => {
    const behaviour = distribution(dev).CacheBehaviors.find((b) => b.PathPattern === '/api/*')!;
    const [association] = behaviour.FunctionAssociations as { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
    expect(association!.EventType).toBe('viewer-request');
    const fn = json(dev).Resources[association!.FunctionARN['Fn::GetAtt'][0]]!;
    expect(fn.Properties).toMatchObject({ FunctionCode: API_VIEWER_REQUEST_FUNCTION, FunctionConfig: { Runtime: 'cloudfront-js-2.0' } });
  });
});

describe('rate counters', () => {
  it(`lets only the writing functions update items under ${RATE_PREFIX}`, () => {
    const rateGrants = statements(dev).filter((s) => JSON.stringify(s.Condition ?? {}).includes(`${RATE_PREFIX}*`));
    expect(rateGrants).toHaveLength(2);
    for (const grant of rateGrants) expect(actionsOf(grant)).toContain('dynamodb:UpdateItem');
  });

  it(`expires items by their ${TTL_ATTRIBUTE} attribute`, () => {
    dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', { TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } });
  });
});

describe('404 page', () => {
  it('runs the page functions, with the built files listed, on the site behaviour: viewer request and viewer response', () => {
    const files = siteFiles(synthesized.siteDir);
    const associations = distribution(dev).DefaultCacheBehavior.FunctionAssociations as { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
    const code = Object.fromEntries(associations.map((a) => [a.EventType, json(dev).Resources[a.FunctionARN['Fn::GetAtt'][0]]!.Properties!.FunctionCode]));
    expect(code).toEqual({ 'viewer-request': pageRequestFunction(files), 'viewer-response': pageResponseFunction(files) });
  });

  it('uses no distribution-wide custom error responses, so /api/* errors pass through as the API wrote them', () => {
    expect(distribution(dev).CustomErrorResponses).toBeUndefined();
    const api = distribution(dev).CacheBehaviors.find((b) => b.PathPattern === '/api/*')!;
    expect((api.FunctionAssociations as { EventType: string }[]).map((a) => a.EventType)).toEqual(['viewer-request']);
  });
});

describe('WAF', () => {
  it('is off by default', () => {
    dev.resourceCountIs('AWS::WAFv2::WebACL', 0);
    expect(distribution(dev).WebACLId).toBeUndefined();
  });

  it(`with -c waf=true, blocks an address sending more than ${WAF_API_REQUESTS_PER_5_MINUTES} /api/ requests in five minutes`, () => {
    withWaf.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: WAF_API_REQUESTS_PER_5_MINUTES,
              AggregateKeyType: 'IP',
              ScopeDownStatement: { ByteMatchStatement: Match.objectLike({ SearchString: '/api/', PositionalConstraint: 'STARTS_WITH' }) },
            }),
          },
        }),
      ],
    });
    expect(distribution(withWaf).WebACLId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FirewallWebAcl/), 'Arn'] });
  });

  it('passes every AwsSolutions rule with WAF on, and with rotated secrets', () => {
    const report = new AwsSolutionsChecks().validateScope(synthesized.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('refuses a stack outside us-east-1, where CloudFront web ACLs cannot be made', () => {
    const stack = new Stack(new App(), 'Elsewhere', { env: { region: 'eu-west-1' } });
    expect(() => new EdgeFirewall(stack, 'Firewall')).toThrow(/us-east-1/);
  });
});

/** The site: built pages in a private bucket behind CloudFront, with /api/* routed to the HTTP API. */
import { type CfnElement, CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import { acknowledgeFindings } from './acknowledge.ts';
import { CONTENT_SECURITY_POLICY, HSTS_MAX_AGE_SECONDS } from '../functions/http/security-headers.ts';
import { API_VIEWER_REQUEST_FUNCTION, NOT_FOUND_PAGE, pageRequestFunction, pageResponseFunction, siteFiles } from './edge-functions.ts';

/** The header CloudFront adds to every request it sends the API; the API answers 403 without it. */
export const ORIGIN_VERIFY_HEADER = 'X-Origin-Verify';

export interface SiteProps {
  /** The built site (`dist/site`), uploaded as it is. */
  readonly siteDir: string;
  /** Host name of the HTTP API, routed at /api/*. */
  readonly apiDomainName: string;
  /** True in the prod stage: the bucket is kept when the stack goes. */
  readonly retain: boolean;
  /** The origin-verify secret as a `{{resolve:secretsmanager:…}}` reference, sent to the API as X-Origin-Verify. */
  readonly originVerifyValue: string;
  /** ARN of a WAF web ACL (scope CLOUDFRONT) to attach; absent: none. */
  readonly webAclArn?: string;
  /** What happens to the upload handlers' log groups when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/** One origin for pages and API: no CORS, one set of security headers, caching the API controls. */
export class Site extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;
  /** https://<distribution domain>/ */
  public readonly url: string;
  /** https://<distribution domain>, without a path: the site origin the API writes links with. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Demo-only: outside prod the bucket and its (rebuildable) pages go with the stack.
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.retain,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'CSP, HSTS, nosniff, frame and referrer policies (same values as the local server)',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    // The API decides what may be cached: nothing by default, `s-maxage` on reference reads.
    const apiCache = new CachePolicy(this, 'ApiCache', {
      comment: 'Honours the API Cache-Control; the query string is part of the key',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    // The built files, listed into the page functions at synth (each deploy lists its own build).
    const files = siteFiles(props.siteDir);
    if (!files.includes(NOT_FOUND_PAGE)) throw new Error(`The built site at ${props.siteDir} has no ${NOT_FOUND_PAGE}: unknown paths would have nothing to show.`);
    const pagePaths = new CloudFrontFunction(this, 'PagePaths', {
      comment: 'Serves /path/ from /path/index.html; redirects /path to /path/; unknown paths get /404.html',
      code: FunctionCode.fromInline(pageRequestFunction(files)),
      runtime: FunctionRuntime.JS_2_0,
    });
    const pageStatus = new CloudFrontFunction(this, 'PageStatus', {
      comment: 'Answers the 404 page with status 404',
      code: FunctionCode.fromInline(pageResponseFunction(files)),
      runtime: FunctionRuntime.JS_2_0,
    });
    const apiOrigin = new CloudFrontFunction(this, 'ApiSiteOrigin', {
      comment: "Passes the site's origin to the API as X-Site-Origin",
      code: FunctionCode.fromInline(API_VIEWER_REQUEST_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Billing & Coding Explorer',
      defaultRootObject: 'index.html',
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Demo-only: edge locations in North America and Europe, the cheapest class.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [
          { function: pagePaths, eventType: FunctionEventType.VIEWER_REQUEST },
          { function: pageStatus, eventType: FunctionEventType.VIEWER_RESPONSE },
        ],
      },
      additionalBehaviors: {
        // Generated from the zod schemas at build time and served as a file: it keeps the Lambda small.
        '/api/openapi.json': {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers,
          compress: true,
        },
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            // Resolved by CloudFormation at deploy: the template holds only the {{resolve:…}} reference.
            customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerifyValue },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCache,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          functionAssociations: [{ function: apiOrigin, eventType: FunctionEventType.VIEWER_REQUEST }],
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.url = `${this.origin}/`;

    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.siteDir)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeployLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: props.logRemovalPolicy }),
    });
    if (!props.retain) this.logAutoDeletes(props.logRemovalPolicy);

    acknowledgeSiteFindings(this, deployment, props.webAclArn !== undefined);
  }

  /**
   * The bucket's auto-delete handler is a stack-level provider that aws-cdk-lib builds without a log
   * group (Lambda would make one that keeps logs forever): give it one with a retention.
   */
  private logAutoDeletes(removalPolicy: RemovalPolicy): void {
    const provider = Stack.of(this).node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
    const handler = provider?.node.tryFindChild('Handler');
    if (!(handler instanceof CfnResource)) throw new Error('aws-cdk-lib no longer builds the S3 auto-delete handler where expected');
    const logs = new LogGroup(this, 'AutoDeleteLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy });
    handler.addPropertyOverride('LoggingConfig', { LogGroup: logs.logGroupName });
  }
}

/** The AwsSolutions findings this construct accepts, each with why. */
function acknowledgeSiteFindings(site: Site, deployment: BucketDeployment, hasWaf: boolean): void {
  Validations.of(site.bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'Only CloudFront reads this bucket through origin access control and its content is rebuilt by every deploy, so S3 server access logs would record nothing worth keeping.',
  });
  Validations.of(site.distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'The site is public reference information for anyone anywhere; restricting countries would serve no purpose for this audience.',
    },
    {
      id: 'AwsSolutions-CFR3',
      reason:
        'Demo deployment without CloudFront access logs; API requests are already logged by the HTTP API stage access log group.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The distribution uses the default cloudfront.net certificate, whose minimum TLS version CloudFront fixes; a custom domain and certificate would allow TLSv1.2_2021.',
    },
  );
  if (!hasWaf) {
    Validations.of(site.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'WAF is off by default to keep cost near zero (deploy with -c waf=true for a rate-based rule); the API stage throttles requests and counts creates per address in DynamoDB.',
    });
  }
  // BucketDeployment's handler (a singleton at stack level) is built by aws-cdk-lib with fixed grants.
  const handler = deployment.handlerRole.node.scope;
  if (!handler) throw new Error('BucketDeployment handler role has no parent function');
  acknowledgeFindings(handler, [
    {
      ruleId: /^AwsSolutions-IAM4\[Policy::arn:<AWS::Partition>:iam::aws:policy\/service-role\/AWSLambdaBasicExecutionRole\]$/,
      reason:
        'The upload handler is built by aws-cdk-lib BucketDeployment with the basic execution policy; it runs only during deploys and only writes its own logs.',
    },
    {
      ruleId: /^AwsSolutions-IAM5\[Action::s3:(GetBucket|GetObject|List|Abort|DeleteObject)\*\]$/,
      reason:
        'BucketDeployment copies the built site from the CDK asset bucket and prunes old files in the site bucket; these grouped S3 actions are what aws-cdk-lib grants for that sync.',
    },
    {
      ruleId: /^AwsSolutions-IAM5\[Resource::arn:[^\]]*:s3:::cdk-[a-z0-9]+-assets-[^\]]*\/\*\]$/,
      reason:
        'The handler reads the uploaded site archive from the CDK bootstrap asset bucket, whose object keys are content hashes only known at deploy time.',
    },
    {
      ruleId: new RegExp(`^AwsSolutions-IAM5\\[Resource::<${logicalId(site.bucket)}\\.Arn>/\\*\\]$`),
      reason:
        'The handler must write and delete every object of the site bucket, because each deploy replaces the whole built site.',
    },
    {
      ruleId: /^AwsSolutions-IAM5\[Resource::\*\]$/,
      reason:
        'CloudFront invalidation actions do not support resource-level scoping in aws-cdk-lib BucketDeployment, so the handler invalidates the distribution with a wildcard resource.',
    },
    {
      ruleId: /^AwsSolutions-L1$/,
      reason:
        'The runtime of the BucketDeployment handler is chosen by aws-cdk-lib for its bundled AWS CLI layer and moves forward with aws-cdk-lib upgrades.',
    },
  ]);
}

/** The logical id of a construct's CloudFormation resource, as cdk-nag spells it in finding ids. */
function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

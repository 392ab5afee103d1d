/** The site: built pages in a private bucket behind CloudFront, with /api/* routed to the HTTP API. */
import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
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
import { Construct, type IConstruct } from 'constructs';
import { acknowledgeFindings } from './acknowledge.ts';
import { CONTENT_SECURITY_POLICY, HSTS_MAX_AGE_SECONDS } from '../functions/http/security-headers.ts';
import { API_VIEWER_REQUEST_FUNCTION, VIEWER_REQUEST_FUNCTION } from './viewer-request.ts';

export interface SiteProps {
  /** The built site (`dist/site`), uploaded as it is. */
  readonly siteDir: string;
  /** Host name of the HTTP API, routed at /api/*. */
  readonly apiDomainName: string;
  /** True in the prod stage: the bucket is kept when the stack goes. */
  readonly retain: boolean;
}

/** One origin for pages and API: no CORS, one set of security headers, caching the API controls. */
export class Site extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;
  /** https://<distribution domain>/ */
  public readonly url: string;

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

    const pagePaths = new CloudFrontFunction(this, 'PagePaths', {
      comment: 'Serves /path/ from /path/index.html; redirects /path to /path/',
      code: FunctionCode.fromInline(VIEWER_REQUEST_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });
    const apiHost = new CloudFrontFunction(this, 'ApiForwardedHost', {
      comment: "Passes the site's host to the API as X-Forwarded-Host",
      code: FunctionCode.fromInline(API_VIEWER_REQUEST_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Billing & Coding Explorer',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Demo-only: edge locations in North America and Europe, the cheapest class.
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [{ function: pagePaths, eventType: FunctionEventType.VIEWER_REQUEST }],
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
          origin: new HttpOrigin(props.apiDomainName, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCache,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          functionAssociations: [{ function: apiHost, eventType: FunctionEventType.VIEWER_REQUEST }],
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}/`;

    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.siteDir)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });

    acknowledgeSiteFindings(this, deployment);
  }
}

/** The AwsSolutions findings this construct accepts, each with why. */
function acknowledgeSiteFindings(site: Site, deployment: BucketDeployment): void {
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
      id: 'AwsSolutions-CFR2',
      reason:
        'Demo deployment without WAF to keep cost at zero; the API stage throttles requests and the static pages need no protection beyond CloudFront.',
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

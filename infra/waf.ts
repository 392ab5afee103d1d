/**
 * Optional AWS WAF in front of the distribution (`-c waf=true`, off by default: a web ACL costs a
 * monthly fee): a rate-based rule that blocks an address sending more than a limit of requests to
 * /api/* in five minutes. A CLOUDFRONT-scope web ACL can only be created in us-east-1, so the stack
 * must be deployed there when this is on.
 */
import { Stack, Token } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests one address may send to /api/* in any five minutes before WAF blocks it. */
export const WAF_API_REQUESTS_PER_5_MINUTES = 1000;

/** The web ACL CloudFront attaches. */
export class EdgeFirewall extends Construct {
  public readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = Stack.of(this).region;
    if (!Token.isUnresolved(region) && region !== 'us-east-1') {
      throw new Error(`-c waf=true needs the stack in us-east-1 (CloudFront web ACLs live there), not ${region}`);
    }
    const metrics = (name: string) => ({ cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Rate-based limit on /api/ requests per client address',
      defaultAction: { allow: {} },
      visibilityConfig: metrics('explorer-edge'),
      rules: [
        {
          name: 'api-rate-per-address',
          priority: 0,
          action: { block: {} },
          visibilityConfig: metrics('explorer-api-rate'),
          statement: {
            rateBasedStatement: {
              limit: WAF_API_REQUESTS_PER_5_MINUTES,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/api/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
        },
      ],
    });
  }
}

/** The whole deployment of one stage: secrets, table, API, seeded data, site and alarms, composed. */
import { CfnOutput, CfnParameter, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './alarms.ts';
import { Api } from './api.ts';
import { EdgeSecrets } from './secrets.ts';
import { Seed } from './seed.ts';
import { Site } from './site.ts';
import { DataTable } from './table.ts';
import { EdgeFirewall } from './waf.ts';

export interface ExplorerStackProps extends StackProps {
  /** `prod` keeps data and turns on deletion protection; any other stage is disposable. */
  readonly stage: string;
  /** The built site to upload (`dist/site` after `npm run build`). */
  readonly siteDir: string;
  /** Attach a WAF web ACL with a rate-based rule to the distribution (`-c waf=true`); off by default. */
  readonly waf?: boolean;
  /** After rotating a secret: the version id to resolve (`-c originVerifyVersion=…`, `-c rateKeyVersion=…`). */
  readonly originVerifyVersion?: string;
  readonly rateKeyVersion?: string;
}

/** Composes the constructs; every physical name is left to CloudFormation. */
export class ExplorerStack extends Stack {
  public readonly secrets: EdgeSecrets;
  public readonly table: DataTable;
  public readonly api: Api;
  public readonly seed: Seed;
  public readonly site: Site;
  public readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: ExplorerStackProps) {
    super(scope, id, props);
    const retain = props.stage === 'prod';
    // Demo-only outside prod: logs and secrets are deleted with the stack.
    const removalPolicy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const alarmEmail = new CfnParameter(this, 'AlarmEmail', {
      type: 'String',
      default: '',
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+$',
      description: 'E-mail address the alarms notify (leave empty for none; confirm the subscription e-mail once)',
    });

    this.secrets = new EdgeSecrets(this, 'Secrets', {
      removalPolicy,
      originVerifyVersion: props.originVerifyVersion,
      rateKeyVersion: props.rateKeyVersion,
    });
    this.table = new DataTable(this, 'Data', { retain });
    this.api = new Api(this, 'Api', {
      table: this.table.table,
      originVerifyValue: this.secrets.originVerifyValue,
      rateKeyValue: this.secrets.rateKeyValue,
      logRemovalPolicy: removalPolicy,
    });
    this.seed = new Seed(this, 'Seed', { table: this.table.table, logRemovalPolicy: removalPolicy });
    const firewall = props.waf ? new EdgeFirewall(this, 'Firewall') : undefined;
    this.site = new Site(this, 'Site', {
      siteDir: props.siteDir,
      apiDomainName: this.api.domainName,
      retain,
      originVerifyValue: this.secrets.originVerifyValue,
      webAclArn: firewall?.webAcl.attrArn,
      logRemovalPolicy: removalPolicy,
    });
    this.api.setSiteOrigin(this.site.origin);
    this.alarms = new Alarms(this, 'Alarms', {
      httpApi: this.api.httpApi,
      functions: this.api.functions,
      table: this.table.table,
      alarmEmail: alarmEmail.valueAsString,
    });

    // The execute-api URL is not printed: it answers 403 to anyone but CloudFront.
    new CfnOutput(this, 'SiteUrl', { description: 'The site and its API (/api/*), one origin', value: this.site.url });
    new CfnOutput(this, 'TableName', { description: 'For npm run seed -- --table', value: this.table.table.tableName });
    new CfnOutput(this, 'OriginVerifySecretArn', { description: 'Rotate: put a new value, deploy with -c originVerifyVersion=<id>', value: this.secrets.originVerify.secretArn });
    new CfnOutput(this, 'RateKeySecretArn', { description: 'Rotate: put a new value, deploy with -c rateKeyVersion=<id>', value: this.secrets.rateKey.secretArn });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'Alarms notify this topic (and AlarmEmail, when given)', value: this.alarms.topic.topicArn });
  }
}

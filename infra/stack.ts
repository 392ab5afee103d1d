/** The whole deployment of one stage: table, API, seeded data and site, composed. */
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { Seed } from './seed.ts';
import { Site } from './site.ts';
import { DataTable } from './table.ts';

export interface ExplorerStackProps extends StackProps {
  /** `prod` keeps data and turns on deletion protection; any other stage is disposable. */
  readonly stage: string;
  /** The built site to upload (`dist/site` after `npm run build`). */
  readonly siteDir: string;
}

/** Composes the constructs; every physical name is left to CloudFormation. */
export class ExplorerStack extends Stack {
  public readonly table: DataTable;
  public readonly api: Api;
  public readonly seed: Seed;
  public readonly site: Site;

  constructor(scope: Construct, id: string, props: ExplorerStackProps) {
    super(scope, id, props);
    const retain = props.stage === 'prod';
    // Demo-only outside prod: logs are deleted with the stack.
    const logRemovalPolicy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.table = new DataTable(this, 'Data', { retain });
    this.api = new Api(this, 'Api', { table: this.table.table, logRemovalPolicy });
    this.seed = new Seed(this, 'Seed', {
      table: this.table.table,
      logRemovalPolicy,
    });
    this.site = new Site(this, 'Site', { siteDir: props.siteDir, apiDomainName: this.api.domainName, retain });

    new CfnOutput(this, 'SiteUrl', { description: 'The site and its API (/api/*), one origin', value: this.site.url });
    new CfnOutput(this, 'ApiUrl', { description: "The HTTP API's own endpoint", value: this.api.url });
    new CfnOutput(this, 'TableName', { description: 'For npm run seed -- --table', value: this.table.table.tableName });
  }
}

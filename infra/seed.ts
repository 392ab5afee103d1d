/** Seeds the table with the reference data during deploy, again whenever the dataset version changes. */
import { dataset } from '../data/index.ts';
import { datasetVersion } from '../functions/store/seed.ts';
import { type CfnElement, CustomResource, Duration, Stack, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

import { NodeFunction } from './node-function.ts';

/** What the seeder may do: read the version marker, list partitions, write and prune items. */
export const SEED_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface SeedProps {
  readonly table: ITableV2;
  /** What happens to the log groups when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
}

/** A custom resource whose `DatasetVersion` property changes with the data, so each change reseeds. */
export class Seed extends Construct {
  /** The dataset version (functions/store/seed.ts) at synth time: the seeder's own marker compares against the same value. */
  public readonly datasetVersion: string;
  public readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: SeedProps) {
    super(scope, id);
    this.datasetVersion = datasetVersion(dataset);

    const seeder = new NodeFunction(this, 'Seeder', {
      entry: 'functions/edges/lambda-seed.ts',
      description: 'Seeds the reference dataset into the table during deploy',
      environment: { TABLE_NAME: props.table.tableName },
      memorySize: 1024,
      // Thousands of wage rows in batches of 25; the Provider framework waits up to 15 minutes for it.
      timeout: Duration.minutes(10),
      logRemovalPolicy: props.logRemovalPolicy,
    });
    seeder.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...SEED_TABLE_ACTIONS],
        resources: [props.table.tableArn],
      }),
    );

    const provider = new Provider(this, 'Provider', {
      onEventHandler: seeder.fn,
      logGroup: new LogGroup(this, 'ProviderLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: props.logRemovalPolicy,
      }),
    });

    const seederId = Stack.of(this).getLogicalId(seeder.fn.node.defaultChild as CfnElement);
    Validations.of(provider).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'The custom resource framework function is built by aws-cdk-lib Provider with the basic execution policy; it runs only during deploys and only writes logs.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${seederId}.Arn>:*]`,
        reason:
          'The Provider framework may invoke any version of the seeder function and nothing else; the wildcard covers those version qualifiers only.',
      },
    );

    this.resource = new CustomResource(this, 'Dataset', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::ReferenceDataset',
      properties: { DatasetVersion: this.datasetVersion },
    });
    // The table must exist (and stay while seeding) before the first seed runs.
    this.resource.node.addDependency(props.table);
  }
}

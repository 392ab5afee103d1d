/** The one DynamoDB table, keyed by the same constants the store code uses. */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { GSI1, TABLE_KEYS } from '../functions/store/keys.ts';

/**
 * The attribute DynamoDB expires items by (epoch seconds): the rate counters carry it, so old windows
 * go by themselves. The store writes the same name (trust decisions for issue 12).
 */
export const TTL_ATTRIBUTE = 'ttl';

export interface DataTableProps {
  /** True in the prod stage: deletion protection on and the table kept when the stack goes. */
  readonly retain: boolean;
}

/** On-demand table with point-in-time recovery, AWS-managed encryption, one GSI (gsi1) and TTL on `ttl`. */
export class DataTable extends Construct {
  /** The table; grant access to it per function, never with wildcards. */
  public readonly table: TableV2;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: GSI1.name,
          partitionKey: { name: GSI1.partitionKey, type: AttributeType.STRING },
          sortKey: { name: GSI1.sortKey, type: AttributeType.STRING },
        },
      ],
      timeToLiveAttribute: TTL_ATTRIBUTE,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: props.retain,
      // Demo-only: outside prod the table (saved plans and guides included) goes with the stack.
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}

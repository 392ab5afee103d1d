/**
 * The deploy-time custom resource (infra/seed.ts): seeds the stack's table with the dataset bundled
 * into this function. CloudFormation sends Create/Update when the DatasetVersion property changes.
 */
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createDocumentClient, tableConfigFromEnv } from '../store/client.ts';
import { seedTable, datasetVersion } from '../store/seed.ts';
import { dataset } from '../../data/index.ts';

/** onEvent for the CDK Provider framework. Delete leaves the data (the table's removal policy decides). */
export async function handler(event: CloudFormationCustomResourceEvent) {
  const version = datasetVersion(dataset);
  if (event.RequestType !== 'Delete') {
    const config = tableConfigFromEnv();
    const result = await seedTable(createDocumentClient(config, { requestTimeoutMs: 10_000 }), config.tableName, dataset, version);
    console.log(JSON.stringify(result));
  }
  return { PhysicalResourceId: `dataset-${version}`, Data: { DatasetVersion: version } };
}

/**
 * Telling a person when the site is failing: CloudWatch alarms on the API, its functions and the
 * table, all notifying one SNS topic (its e-mail subscription is a deploy parameter, so no address
 * is in the template), and a dashboard of the same metrics.
 */
import { Duration, Fn, CfnCondition, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSubscription, Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** Every alarm looks at five-minute periods. */
export const ALARM_PERIOD = Duration.minutes(5);

/** Where each alarm fires; the template tests assert these. */
export const ALARM_THRESHOLDS = {
  /** Percent of API answers that are 5xx in a period… */
  api5xxPercent: 5,
  /** …counted only once the period has this many requests (one 500 in three requests is not an outage). */
  api5xxMinRequests: 20,
  /** API p99 latency in ms, for `apiLatencyPeriods` periods in a row (cold starts alone stay far below). */
  apiP99Ms: 1000,
  apiLatencyPeriods: 3,
  /** Function errors (crashes, timeouts; the app answers its own failures as problems) in a period. */
  functionErrors: 1,
  /** Throttled invocations in a period: concurrency ran out. */
  functionThrottles: 1,
  /** Throttled table requests in a period, summed over the operations the app uses. */
  tableThrottles: 1,
  /** Table system errors (HTTP 500 from DynamoDB) in a period. */
  tableSystemErrors: 1,
} as const;

/** The operations the functions and the seeder call: the table alarms sum their metrics. */
export const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.DELETE_ITEM,
  Operation.UPDATE_ITEM,
  Operation.BATCH_WRITE_ITEM,
] as const;

export interface AlarmsProps {
  readonly httpApi: IHttpApi;
  /** The API functions by name (Reference, Plans, Guides). */
  readonly functions: Record<string, IFunction>;
  readonly table: ITableV2;
  /** The address to notify (a CfnParameter's value); an empty string means no subscription. */
  readonly alarmEmail: string;
}

/** The alarms, their topic and the dashboard. */
export class Alarms extends Construct {
  public readonly topic: Topic;
  public readonly alarms: Alarm[] = [];
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Billing & Coding Explorer alarms', enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names and metric values; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer key would cost more than the whole demo.',
    });
    const hasEmail = new CfnCondition(this, 'HasEmail', { expression: Fn.conditionNot(Fn.conditionEquals(props.alarmEmail, '')) });
    const subscription = new CfnSubscription(this, 'Email', { topicArn: this.topic.topicArn, protocol: 'email', endpoint: props.alarmEmail });
    subscription.cfnOptions.condition = hasEmail;

    const t = ALARM_THRESHOLDS;
    const requests = props.httpApi.metricCount({ period: ALARM_PERIOD, statistic: 'Sum' });
    const serverErrors = props.httpApi.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' });
    const api5xxRate = new MathExpression({
      label: 'API 5xx (% of requests)',
      // FILL: a period with requests but no 5xx datapoint is 0 %, not a gap (see sumOverOperations).
      expression: `IF(FILL(requests, 0) >= ${t.api5xxMinRequests}, 100 * FILL(errors, 0) / FILL(requests, 1), 0)`,
      usingMetrics: { requests, errors: serverErrors },
      period: ALARM_PERIOD,
    });
    const p99 = props.httpApi.metricLatency({ period: ALARM_PERIOD, statistic: 'p99' });
    this.alarm('Api5xxRate', api5xxRate, t.api5xxPercent, 1, `More than ${t.api5xxPercent}% of API requests answered 5xx in 5 minutes`);
    this.alarm('ApiP99Latency', p99, t.apiP99Ms, t.apiLatencyPeriods, `API p99 latency above ${t.apiP99Ms} ms for ${t.apiLatencyPeriods * 5} minutes`);

    for (const [name, fn] of Object.entries(props.functions)) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }), t.functionErrors, 1, `The ${name} function failed (error or timeout)`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }), t.functionThrottles, 1, `The ${name} function was throttled: concurrency ran out`);
    }

    const tableThrottles = sumOverOperations(props.table, 'ThrottledRequests', 'throttled');
    const tableSystemErrors = sumOverOperations(props.table, 'SystemErrors', 'errors');
    this.alarm('TableThrottles', tableThrottles, t.tableThrottles, 1, 'DynamoDB throttled requests to the table');
    this.alarm('TableSystemErrors', tableSystemErrors, t.tableSystemErrors, 1, 'DynamoDB answered requests to the table with system errors');

    const fns = Object.entries(props.functions);
    const byFunction = (metric: (fn: IFunction) => IMetric) => fns.map(([, fn]) => metric(fn));
    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        [new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          new GraphWidget({ title: 'API requests and errors', left: [requests, serverErrors, props.httpApi.metricClientError({ period: ALARM_PERIOD, statistic: 'Sum' })], width: 8 }),
          new GraphWidget({ title: 'API 5xx rate (%)', left: [api5xxRate], width: 8 }),
          new GraphWidget({ title: 'API latency (ms)', left: [props.httpApi.metricLatency({ period: ALARM_PERIOD, statistic: 'p50' }), p99], width: 8 }),
        ],
        [
          new GraphWidget({ title: 'Function errors', left: byFunction((fn) => fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' })), width: 8 }),
          new GraphWidget({ title: 'Function throttles', left: byFunction((fn) => fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' })), width: 8 }),
          new GraphWidget({ title: 'Function duration p99 (ms)', left: byFunction((fn) => fn.metricDuration({ period: ALARM_PERIOD, statistic: 'p99' })), width: 8 }),
        ],
        [
          new GraphWidget({ title: 'Table throttled requests and system errors', left: [tableThrottles, tableSystemErrors], width: 12 }),
          new GraphWidget({
            title: 'Table capacity consumed',
            left: [props.table.metricConsumedReadCapacityUnits({ period: ALARM_PERIOD }), props.table.metricConsumedWriteCapacityUnits({ period: ALARM_PERIOD })],
            width: 12,
          }),
        ],
      ],
    });
  }

  /** An alarm at or above `threshold` for `periods` periods in a row, notifying the topic when it fires and when it clears. */
  private alarm(id: string, metric: IMetric, threshold: number, periods: number, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: periods,
      datapointsToAlarm: periods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is no failure.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

/**
 * A DynamoDB per-operation metric (published with TableName and Operation, and only when it happens)
 * summed over the operations the app uses. Each is FILLed with 0 first: in metric math `a + b` has no
 * value where either series has none, so a plain sum of sparse metrics would almost never alarm.
 */
function sumOverOperations(table: ITableV2, metricName: 'ThrottledRequests' | 'SystemErrors', idPrefix: string): MathExpression {
  const metrics = Object.fromEntries(
    TABLE_OPERATIONS.map((operation) => [
      `${idPrefix}_${operation.toLowerCase()}`,
      new Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap: { TableName: table.tableName, Operation: operation }, statistic: 'Sum', period: ALARM_PERIOD }),
    ]),
  );
  return new MathExpression({
    label: `Table ${metricName} (all operations)`,
    expression: Object.keys(metrics).map((id) => `FILL(${id}, 0)`).join(' + '),
    usingMetrics: metrics,
    period: ALARM_PERIOD,
  });
}

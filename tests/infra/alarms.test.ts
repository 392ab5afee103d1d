/**
 * Infra, issue 12: alarms (metric, threshold, action), the e-mail parameter, the dashboard, and a
 * retention on every log group, with no function writing to a log group of its own making.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALARM_THRESHOLDS, TABLE_OPERATIONS } from '../../infra/alarms.ts';
import { API_FUNCTIONS } from '../../infra/api.ts';
import { LOG_RETENTION_DAYS } from '../../functions/domain/retention.ts';
import { json, resources, synthesize, type Resource, type Synthesized } from './synth.ts';

let synthesized: Synthesized;
let dev: Template;
let prod: Template;

beforeAll(() => {
  synthesized = synthesize({ Dev: { stage: 'dev' }, Prod: { stage: 'prod' } });
  dev = synthesized.stacks.Dev!.template;
  prod = synthesized.stacks.Prod!.template;
}, 120_000);

afterAll(() => synthesized?.remove());

const t = ALARM_THRESHOLDS;
/** The API functions' construct ids (Reference, Plans, Guides). */
const FUNCTION_IDS = API_FUNCTIONS.map((f) => f.id);

/** The alarm whose logical id starts with `Alarms<name>`. */
function alarm(name: string): Resource {
  const found = resources(dev, 'AWS::CloudWatch::Alarm').filter(([id]) => new RegExp(`^Alarms${name}[0-9A-F]{8}$`).test(id));
  expect(found, name).toHaveLength(1);
  return found[0]![1];
}

const topicRef = () => ({ Ref: resources(dev, 'AWS::SNS::Topic')[0]![0] });

describe('alarms', () => {
  it.each([
    'Api5xxRate',
    'ApiP99Latency',
    ...FUNCTION_IDS.flatMap((id) => [`${id}Errors`, `${id}Throttles`]),
    'TableThrottles',
    'TableSystemErrors',
  ])('%s notifies the alarm topic when it fires and when it clears, and treats no data as no failure', (name) => {
    expect(alarm(name).Properties).toMatchObject({
      AlarmActions: [topicRef()],
      OKActions: [topicRef()],
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it(`fires when ${t.api5xxPercent}% or more of at least ${t.api5xxMinRequests} API requests in 5 minutes are 5xx`, () => {
    const props = alarm('Api5xxRate').Properties!;
    expect(props).toMatchObject({ Threshold: t.api5xxPercent, EvaluationPeriods: 1 });
    const metrics = props.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { MetricName: string; Namespace: string }; Period: number; Stat: string } }[];
    expect(metrics.find((m) => m.Expression)!.Expression).toBe(`IF(FILL(requests, 0) >= ${t.api5xxMinRequests}, 100 * FILL(errors, 0) / FILL(requests, 1), 0)`);
    expect(metrics.find((m) => m.Id === 'errors')!.MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx' }, Period: 300, Stat: 'Sum' });
    expect(metrics.find((m) => m.Id === 'requests')!.MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count' }, Period: 300, Stat: 'Sum' });
  });

  it(`fires when the API's p99 latency stays at ${t.apiP99Ms} ms or more for ${t.apiLatencyPeriods} periods of 5 minutes`, () => {
    expect(alarm('ApiP99Latency').Properties).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Period: 300,
      Threshold: t.apiP99Ms,
      EvaluationPeriods: t.apiLatencyPeriods,
      DatapointsToAlarm: t.apiLatencyPeriods,
      Dimensions: [{ Name: 'ApiId', Value: { Ref: expect.stringMatching(/^ApiHttpApi/) as string } }],
    });
  });

  it.each(FUNCTION_IDS)('watches the %s function for errors and throttles, each from the first one in 5 minutes', (id) => {
    const dimensions = [{ Name: 'FunctionName', Value: { Ref: expect.stringMatching(new RegExp(`^Api${id}Function`)) as string } }];
    expect(alarm(`${id}Errors`).Properties).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Statistic: 'Sum', Period: 300, Threshold: t.functionErrors, Dimensions: dimensions });
    expect(alarm(`${id}Throttles`).Properties).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Statistic: 'Sum', Period: 300, Threshold: t.functionThrottles, Dimensions: dimensions });
  });

  it.each([
    ['TableThrottles', 'ThrottledRequests', t.tableThrottles],
    ['TableSystemErrors', 'SystemErrors', t.tableSystemErrors],
  ] as const)('%s sums DynamoDB %s over every operation the app uses, gaps filled with 0', (name, metricName, threshold) => {
    const props = alarm(name).Properties!;
    expect(props.Threshold).toBe(threshold);
    const metrics = props.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { MetricName: string; Namespace: string; Dimensions: { Name: string; Value: unknown }[] } } }[];
    const stats = metrics.filter((m) => m.MetricStat);
    expect(stats.map((m) => m.MetricStat!.Metric.Dimensions.find((d) => d.Name === 'Operation')!.Value).sort()).toEqual([...TABLE_OPERATIONS].sort());
    for (const m of stats) expect(m.MetricStat!.Metric).toMatchObject({ Namespace: 'AWS/DynamoDB', MetricName: metricName });
    const expression = metrics.find((m) => m.Expression)!.Expression!;
    for (const m of stats) expect(expression).toContain(`FILL(${m.Id}, 0)`);
  });
});

describe('notifications', () => {
  it('subscribes the AlarmEmail parameter by e-mail only when one is given, with no address in the template', () => {
    dev.hasParameter('AlarmEmail', { Type: 'String', Default: '' });
    const [[, subscription]] = resources(dev, 'AWS::SNS::Subscription') as [[string, Resource]];
    expect(subscription).toMatchObject({ Properties: { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' }, TopicArn: topicRef() } });
    expect(json(dev).Conditions[subscription.Condition ?? 'none']).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlarmEmail' }, ''] }] });
    expect(JSON.stringify(dev.toJSON())).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('accepts only an empty value or something shaped like an address', () => {
    const pattern = new RegExp(json(dev).Parameters.AlarmEmail!.AllowedPattern!);
    expect(['', 'ops@example.org'].every((v) => pattern.test(v))).toBe(true);
    expect(['ops', 'a b@example.org', 'x@y@z'].some((v) => pattern.test(v))).toBe(false);
  });
});

describe('dashboard', () => {
  it('graphs the alarms and the same metrics', () => {
    dev.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(resources(dev, 'AWS::CloudWatch::Dashboard')[0]![1].Properties!.DashboardBody);
    for (const metric of ['"5xx', '"Count', '"Latency', 'p99', '"Errors', '"Throttles', '"Duration', 'ThrottledRequests', 'SystemErrors', 'ConsumedReadCapacityUnits', 'alarms']) {
      expect(body, metric).toContain(metric);
    }
  });
});

describe('logs', () => {
  it.each([['dev'], ['prod']])(`gives every log group of the %s stack a retention of ${LOG_RETENTION_DAYS} days, as the privacy page says`, (stage) => {
    const template = stage === 'dev' ? dev : prod;
    const groups = resources(template, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(7);
    for (const [id, group] of groups) expect(group.Properties?.RetentionInDays, id).toBe(LOG_RETENTION_DAYS);
    template.resourceCountIs('Custom::LogRetention', 0);
  });

  it.each([['dev'], ['prod']])('sends every function of the %s stack (custom resources included) to one of those log groups', (stage) => {
    const template = stage === 'dev' ? dev : prod;
    const groups = new Set(resources(template, 'AWS::Logs::LogGroup').map(([id]) => id));
    const functions = resources(template, 'AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThanOrEqual(6);
    for (const [id, fn] of functions) {
      const logGroup = (fn.Properties?.LoggingConfig as { LogGroup?: { Ref?: string } } | undefined)?.LogGroup?.Ref;
      expect(logGroup && groups.has(logGroup), id).toBe(true);
    }
  });

  it('writes no client address, header, query string or body into the API access log', () => {
    const stages = resources(dev, 'AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const format = (stages[0]![1].Properties?.AccessLogSettings as { Format: string }).Format;
    const fields = Object.values(JSON.parse(format) as Record<string, string>);
    expect(fields).toContain('$context.path');
    for (const field of fields) expect(field).not.toMatch(/identity|sourceIp|header|querystring|userAgent|authorizer|body/i);
  });

  it('keeps log groups when a prod stack is deleted and deletes them with a dev stack', () => {
    for (const [, group] of resources(prod, 'AWS::Logs::LogGroup')) expect(group.DeletionPolicy).toBe('Retain');
    for (const [, group] of resources(dev, 'AWS::Logs::LogGroup')) expect(group.DeletionPolicy).toBe('Delete');
  });
});

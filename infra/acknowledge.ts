/** Acknowledging cdk-nag findings on constructs that aws-cdk-lib builds for us and we cannot change. */
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** One kind of finding we accept, by rule id pattern (e.g. `AwsSolutions-IAM5[Action::s3:List*]`), and why. */
export interface AcceptedFinding {
  readonly ruleId: RegExp;
  readonly reason: string;
}

/**
 * Runs the AwsSolutions rules on `scope` now and acknowledges each finding that one of `accepted`
 * describes, under its exact id; anything not described still fails synth.
 * For findings whose ids carry synth-time values (account, region, logical ids) that are awkward to spell.
 */
export function acknowledgeFindings(scope: IConstruct, accepted: readonly AcceptedFinding[]): void {
  const report = new AwsSolutionsChecks().validateScope(scope);
  for (const violation of report.violations) {
    const match = accepted.find((finding) => finding.ruleId.test(violation.ruleName));
    if (match) Validations.of(scope).acknowledge({ id: violation.ruleName, reason: match.reason });
  }
}

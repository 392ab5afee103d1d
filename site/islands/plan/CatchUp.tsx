/**
 * The two ways to go on from where the reader stands, as the API offers them: keep the exam date (the
 * hours a week now needed, or why not) or move the exam (the new dates at the reader's pace). Each is
 * applied in one step, a PUT of the option's input; what the plan was stays in its history.
 */
import type { PlanProgress, ReplanOption, ReplanRefusal } from '../../../functions/domain/progress.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';

interface Props {
  progress: PlanProgress;
  /** The plan's hours a week now. */
  hoursPerWeek: number;
  /** The form has unsaved changes: an option (made from the plan as saved) would drop them. */
  dirty: boolean;
  busy: boolean;
  onApply: (option: ReplanOption) => void;
  m: PlanProgressMessages;
}

/** Why an option is not offered, in words. */
function Refusal({ option, m }: { option: ReplanRefusal; m: PlanProgressMessages['catchUp'] }) {
  const say = m.refused[option.code] as (r: ReplanRefusal) => string;
  return <p className="pl-refused">{say(option)}</p>;
}

export function CatchUp({ progress, hoursPerWeek, dirty, busy, onApply, m }: Props) {
  const t = m.catchUp;
  const { keepDate, moveExam } = progress.options;
  const options = (
    <>
      <p>{t.intro}</p>
      {dirty && <p className="pl-warning-note">{t.dirty}</p>}
      <div className="pl-options">
        <section className="pl-option" aria-labelledby="pl-keep-h">
          <h4 id="pl-keep-h">{t.keepHeading(progress.plannedExamDate)}</h4>
          {keepDate.available ? (
            <>
              <p>{t.keep(keepDate.hoursPerWeek, keepDate.from, hoursPerWeek)}</p>
              <p>
                <button type="button" disabled={busy || dirty} onClick={() => onApply(keepDate)}>
                  {t.keepButton(keepDate.hoursPerWeek)}
                </button>
              </p>
            </>
          ) : (
            <Refusal option={keepDate} m={t} />
          )}
        </section>
        <section className="pl-option" aria-labelledby="pl-move-h">
          <h4 id="pl-move-h">{t.moveHeading}</h4>
          {moveExam.available ? (
            <>
              <p>{t.move({ perWeek: moveExam.hoursPerWeek, pace: progress.projection === 'pace', exam: moveExam.examDate, credential: moveExam.credentialDate })}</p>
              <p>
                <button type="button" disabled={busy || dirty} onClick={() => onApply(moveExam)}>
                  {t.moveButton(moveExam.examDate)}
                </button>
              </p>
            </>
          ) : (
            <Refusal option={moveExam} m={t} />
          )}
        </section>
      </div>
    </>
  );
  // On track, re-planning is a choice rather than a need: folded away until opened.
  return progress.state === 'on-track' ? (
    <details className="pl-catch-up">
      <summary>{t.headingAdjust}</summary>
      {options}
    </details>
  ) : (
    <section className="pl-catch-up" aria-labelledby="pl-catch-up-h">
      <h3 id="pl-catch-up-h">{progress.state === 'behind' ? t.heading : t.headingAdjust}</h3>
      {options}
    </section>
  );
}

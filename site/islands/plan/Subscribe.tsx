/**
 * Subscribing to a saved plan's calendar feed: a webcal:// link a calendar app opens, the https address
 * to paste (with a copy button), short help for Google Calendar, Apple Calendar and Outlook, and (edit
 * link only) reminders the day before booking and the exam, saved in the plan's calendar options.
 */
import { useRef, useState } from 'react';
import type { SavedPlanInput } from '../../../functions/domain/replan.ts';
import type { PlanProgressMessages } from '../../i18n/plan-progress-messages.ts';
import { feedUrl, webcalUrl, type Answer, type SavedPlan } from './api.ts';
import { copyText } from './copy.ts';

interface Props {
  id: string;
  /** The plan's input as saved: the reminders change is a PUT of it with new calendar options. */
  input: SavedPlanInput;
  editable: boolean;
  busy: boolean;
  /** PUT a body as the plan's next version. */
  update: (body: SavedPlanInput) => Promise<Answer<SavedPlan>>;
  m: PlanProgressMessages;
}

export function Subscribe({ id, input, editable, busy, update, m }: Props) {
  const t = m.subscribe;
  const [said, setSaid] = useState('');
  const addressRef = useRef<HTMLInputElement>(null);
  // Shown as chosen at once; back as it was if the save fails.
  const [reminders, setReminders] = useState(input.calendar?.reminders ?? false);
  const address = feedUrl(id);
  return (
    <section className="pl-subscribe" aria-labelledby="pl-subscribe-h">
      <h3 id="pl-subscribe-h">{t.heading}</h3>
      <p>{t.intro}</p>
      <p>
        <a className="pl-button" href={webcalUrl(id)}>
          {t.link}
        </a>
      </p>
      <p className="pl-field pl-copy-field">
        <label htmlFor="pl-feed">{t.address}</label>
        <input id="pl-feed" ref={addressRef} type="text" readOnly value={address} onFocus={(e) => e.target.select()} />
        <button type="button" className="pl-secondary" onClick={() => void copyText(address, addressRef.current).then((ok) => setSaid(ok ? t.copied : t.copyByHand))}>
          {t.copy}
        </button>
      </p>
      <details className="pl-help">
        <summary>{t.help}</summary>
        <dl>
          <dt>{t.google}</dt>
          <dd>{t.googleSteps}</dd>
          <dt>{t.apple}</dt>
          <dd>{t.appleSteps}</dd>
          <dt>{t.outlook}</dt>
          <dd>{t.outlookSteps}</dd>
        </dl>
      </details>
      {editable && (
        <p className="pl-field pl-check">
          <input
            id="pl-reminders"
            type="checkbox"
            checked={reminders}
            disabled={busy}
            aria-describedby="pl-reminders-hint"
            onChange={(e) => {
              const on = e.target.checked;
              setReminders(on);
              setSaid('');
              void update({ ...input, calendar: { reminders: on } }).then((a) => {
                if (!a.ok) setReminders(!on);
                setSaid(a.ok ? (on ? t.remindersOn : t.remindersOff) : a.status === 412 ? m.form.stale : m.form.failed(a.message));
              });
            }}
          />
          <label htmlFor="pl-reminders">{t.reminders}</label>
          <span className="pl-hint" id="pl-reminders-hint">
            {t.remindersHint}
          </span>
        </p>
      )}
      <p className="pl-status" role="status">
        {said}
      </p>
    </section>
  );
}

/**
 * The timeline planner island: a form (credential, program, start date or target exam date, hours a
 * week, exam-prep weeks, breaks) with the plan previewed as you type by the same domain code the API
 * runs, in the page's words. Save gives a read-only share link (/plan/?id=…) and a private edit link
 * whose token sits in the fragment (#edit=…), so it never reaches a server log. Add to calendar gives
 * the plan as an .ics. The parts: PlanForm (and BreaksEditor, NumberField), SavePanel, useSavedPlan, PlanView.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { planCalendar } from '../../../functions/domain/planner-calendar.ts';
import { checkPlanInput, planTimeline, type Plan, type PlanInput } from '../../../functions/domain/planner.ts';
import { planPageMessages } from '../../i18n/plan-page-messages.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.ts';
import { checkMessage, planMessages, planWords } from '../../i18n/plan-words.ts';
import { contextOf, formOf, inputOf, linkState, type Catalog, type FormState } from './api.ts';
import { PlanForm } from './PlanForm.tsx';
import { SavePanel } from './SavePanel.tsx';
import { useSavedPlan } from './use-saved-plan.ts';
import { PlanView, planSummary } from './view.tsx';

interface Props {
  catalog: Catalog;
  /** The plan the page is built with: the default path from a fixed start date. */
  example: { input: PlanInput; today: string };
  /** The page's language. */
  locale?: Locale;
}

/** A small stable hash, for the calendar ids of a plan that is not saved yet. */
const hashOf = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7).toString(36).replace('-', 'n');

export default function PlanBuilder({ catalog, example, locale = DEFAULT_LOCALE }: Props) {
  const { rules } = catalog;
  const m = planPageMessages(locale);
  const words = planMessages(locale);
  const [form, setForm] = useState<FormState>(() => formOf(example.input, rules));
  const [announce, setAnnounce] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const lastPlan = useRef<Plan | null>(null);
  const link = useSavedPlan({ rules, setForm, formRef, m: m.save });
  const { hydrated, saved } = link;
  const today = link.today ?? example.today;

  const readOnly = saved !== null && !saved.token;
  const input = useMemo(() => inputOf(form, rules), [form, rules]);
  const inputJson = JSON.stringify(input);
  const context = useMemo(() => contextOf(input, catalog, today), [input, catalog, today]);
  const errors = useMemo(() => {
    const found: Record<string, string> = {};
    for (const e of checkPlanInput(input, today)) found[e.field] ??= checkMessage(e, words);
    if (form.mode === 'target' && !form.targetExamDate) found.targetExamDate = m.form.targetMissing;
    return { ...link.serverErrors, ...found };
  }, [input, today, form.mode, form.targetExamDate, link.serverErrors, m, words]);
  const valid = Object.keys(errors).length === 0 && context !== undefined;
  const fresh = useMemo(() => (valid && context ? planWords(planTimeline(input, context), locale) : null), [valid, input, context, locale]);
  if (fresh) lastPlan.current = fresh;
  const plan = fresh ?? lastPlan.current;
  const dirty = saved ? saved.json !== inputJson : true;

  // The live region speaks once typing pauses, not on every keystroke.
  useEffect(() => {
    if (!hydrated) return;
    const t = setTimeout(() => setAnnounce(fresh ? planSummary(fresh, m.view) : m.result.announcePaused), 700);
    return () => clearTimeout(t);
  }, [fresh, hydrated, m]);

  const change = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    link.edited();
  };

  function downloadCalendar() {
    if (!plan) return;
    const text = planCalendar(plan, { planId: saved?.id ?? `draft-${hashOf(inputJson)}`, stamp: new Date().toISOString() });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${plan.credential.id}-plan.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  if (link.load === 'loading') return <p className="pl-state" role="status">{m.load.loading}</p>;
  if (link.load === 'missing' || link.load === 'malformed' || link.load === 'deleted' || link.load === 'failed') {
    const missing = link.load !== 'failed';
    const deleted = link.load === 'deleted';
    return (
      <div className="pl-state pl-error" role="alert">
        <p>
          <strong>{deleted ? m.load.deleted : link.load === 'malformed' ? m.load.malformed(linkState().badId!) : missing ? m.load.missing : m.load.failed}</strong> {deleted ? m.load.deletedHelp : missing ? m.load.missingHelp : m.load.failedHelp}
        </p>
        <p>
          {!missing && (
            <button type="button" onClick={() => void link.open(linkState().id!, linkState().token)}>
              {m.load.retry}
            </button>
          )}{' '}
          <a href="/plan/">{m.load.startNew}</a>
        </p>
      </div>
    );
  }

  return (
    <div className="pl">
      {readOnly ? (
        <section className="pl-shared" aria-labelledby="pl-shared-h">
          <h2 id="pl-shared-h">{m.shared.heading(form.title)}</h2>
          {link.wrongToken && (
            <p className="pl-error" role="alert">
              {m.save.notYours}
            </p>
          )}
          <p>{m.shared.intro}</p>
          <p>
            <button type="button" onClick={link.makeCopy}>
              {m.shared.copy}
            </button>
          </p>
        </section>
      ) : (
        <PlanForm
          catalog={catalog}
          form={form}
          change={change}
          errors={errors}
          hydrated={hydrated}
          editing={saved?.token !== undefined}
          examDate={plan?.examDate}
          formRef={formRef}
          onSubmit={() => void link.save(input, valid)}
          m={m}
        />
      )}

      <p className="pl-sr" role="status" aria-live="polite">
        {announce}
      </p>
      <section className="pl-result" aria-labelledby="pl-result-h">
        <h2 id="pl-result-h">{form.title || (readOnly ? m.result.theirs : m.result.yours)}</h2>
        {!hydrated && <p className="pl-example">{m.result.example(example.input.startDate)}</p>}
        {plan ? (
          <>
            <p className={`pl-summary${fresh ? '' : ' pl-paused'}`}>{fresh ? planSummary(plan, m.view) : m.result.paused}</p>
            <PlanView plan={plan} sources={catalog.sources} m={m} />
          </>
        ) : (
          <p className="pl-state">{m.result.fixToSee}</p>
        )}
      </section>

      {hydrated && (
        <SavePanel
          readOnly={readOnly}
          saved={saved}
          dirty={dirty}
          busy={link.busy}
          stale={link.stale}
          canDownload={fresh !== null}
          status={link.status}
          onSave={() => void link.save(input, valid)}
          onDownload={downloadCalendar}
          onDelete={() => void link.remove()}
          m={m}
        />
      )}
    </div>
  );
}

/**
 * The timeline planner island: a form (credential, program, start date or target exam date, hours a
 * week, exam-prep weeks, breaks) with the plan previewed as you type by the same domain code the API
 * runs, in the page's words. Save gives a read-only share link (/plan/?id=…) and a private edit link
 * whose token sits in the fragment (#edit=…), so it never reaches a server log. Add to calendar gives
 * the plan as an .ics. On wide screens the form and Save stand beside the plan, whose summary stays in
 * view. The parts: PlanForm (and BreaksEditor, NumberField), SavePanel, useSavedPlan, PlanView.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { checkTarget } from '../../../functions/domain/planner-core.ts';
import { checkPlanInput, type Plan, type PlanInput } from '../../../functions/domain/planner.ts';
import { planOf, segmentOf } from '../../../functions/domain/replan.ts';
import { localePath } from '../../i18n/locale.ts';
import { checkMessage, planText } from '../../i18n/plan-text.ts';
import { guardUnsaved } from '../shared/unsaved.ts';
import { breakRowsOf, contextOf, formOf, inputOf, linkState, type Catalog, type FormState } from './api.ts';
import type { FieldErrors } from './field.tsx';
import { PlanForm } from './PlanForm.tsx';
import { SavePanel } from './SavePanel.tsx';
import { useSavedPlan, withKept } from './use-saved-plan.ts';
import { PlanView, planSummary } from './view.tsx';
import { usePlanWords } from './words.ts';

// A saved plan's progress, re-plans, history and calendar subscription load only when a saved plan is open.
const ProgressPanel = lazy(() => import('./ProgressPanel.tsx'));
const Subscription = lazy(() => import('./ProgressPanel.tsx').then((p) => ({ default: p.Subscription })));

/** What the page gives the planner (each locale's entry passes it on). */
export interface PlanBuilderProps {
  catalog: Catalog;
  /** The plan the page is built with: the default path from a fixed start date. */
  example: { input: PlanInput; today: string };
}

/** A small stable hash, for the calendar ids of a plan that is not saved yet. */
const hashOf = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7).toString(36).replace('-', 'n');

/** A field's name from its control's id (breaks-0-start is breaks.0.start). */
const fieldOfId = (id: string) => id.replace(/-/g, '.');

/** The touched fields once break row `row` is gone: its own are dropped, the later rows' move up one. */
function withoutRow(touched: ReadonlySet<string>, row: number): Set<string> {
  return new Set(
    [...touched].flatMap((f) => {
      const hit = /^breaks\.(\d+)\.(\w+)$/.exec(f);
      if (!hit) return [f];
      const i = Number(hit[1]);
      return i === row ? [] : [i > row ? `breaks.${i - 1}.${hit[2]}` : f];
    }),
  );
}

export default function PlanBuilder({ catalog, example }: PlanBuilderProps) {
  const { rules } = catalog;
  const { locale, m, plan: words, http } = usePlanWords();
  const [initial] = useState<FormState>(() => formOf(example.input, rules));
  const [form, setForm] = useState<FormState>(initial);
  const [announce, setAnnounce] = useState('');
  /** Fields the reader has left: their errors show from then on, as every error does once they try to save. */
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const lastPlan = useRef<Plan | null>(null);
  const link = useSavedPlan({ rules, initial, setForm, formRef, m: m.save, locale, http });
  const { hydrated, saved } = link;
  const today = link.today ?? example.today;

  const readOnly = saved !== null && !saved.token;
  const input = useMemo(() => inputOf(form, rules), [form, rules]);
  const inputJson = JSON.stringify(input);
  // The plan as the API plans it: with the saved re-plan (the rest of the plan from its day) kept.
  const savedInput = saved?.answer.input;
  const full = useMemo(() => withKept(input, savedInput), [input, savedInput]);
  const context = useMemo(() => contextOf(input, catalog, today), [input, catalog, today]);
  const needsTarget = form.mode === 'target' && !form.targetExamDate;
  const { errors, overMax } = useMemo(() => {
    // The input leaves blank break rows out: an error on its breaks.<i> belongs beside the form's row.
    const rows = breakRowsOf(form);
    const name = (field: string) => field.replace(/^breaks\.(\d+)/, (_, i: string) => `breaks.${rows[Number(i)] ?? i}`);
    const found: FieldErrors = {};
    const broken = checkPlanInput(input, today);
    for (const e of broken) found[name(e.field)] ??= checkMessage(e, words);
    if (needsTarget) found.targetExamDate = m.form.targetMissing;
    let over: string | undefined;
    if (broken.length === 0 && context && input.targetExamDate) {
      // The whole plan's exam date, then (re-planned) the part from the re-plan day, as the API checks them.
      const seg = segmentOf(full, context);
      const [e] = [...checkTarget(input, context), ...checkTarget(seg.input, seg.ctx)];
      if (e) found.targetExamDate = over = checkMessage(e, words);
    }
    const server = Object.fromEntries(Object.entries(link.serverErrors).map(([field, text]) => [name(field), text]));
    return { errors: { ...server, ...found }, overMax: over };
  }, [form, input, full, today, context, needsTarget, link.serverErrors, m, words]);
  // An error shows once its field is left, on saving, when the server named it, or when it is the reason there is no plan.
  const shown = useMemo(
    () => Object.fromEntries(Object.entries(errors).filter(([field]) => submitted || touched.has(field) || field in link.serverErrors || (field === 'targetExamDate' && overMax))),
    [errors, submitted, touched, link.serverErrors, overMax],
  );
  const highlighted = Object.keys(shown).length > 0;
  const valid = Object.keys(errors).length === 0 && context !== undefined;
  const fresh = useMemo(() => (valid && context ? planText(planOf(full, context), words) : null), [valid, full, context, words]);
  if (fresh) lastPlan.current = fresh;
  // Back-planning shows no plan until there is an exam date a plan can meet.
  const blocked = needsTarget || overMax !== undefined;
  const plan = blocked ? null : (fresh ?? lastPlan.current);
  const dirty = saved ? saved.json !== inputJson : true;
  const unsaved = !readOnly && link.load === 'none' && link.baseline !== null && link.baseline !== inputJson;
  const editing = saved?.token !== undefined;

  const unsavedNow = useRef(unsaved);
  unsavedNow.current = unsaved;
  useEffect(() => guardUnsaved(() => unsavedNow.current), []);

  const said = fresh
    ? planSummary(fresh, m.view)
    : needsTarget
      ? m.result.needTarget
      : overMax
        ? `${m.result.noPlan} ${overMax}`
        : highlighted
          ? m.result.announcePaused
          : m.result.announcePausedTyping;
  // The live region speaks once typing pauses, not on every keystroke.
  useEffect(() => {
    if (!hydrated) return;
    const t = setTimeout(() => setAnnounce(said), 700);
    return () => clearTimeout(t);
  }, [said, hydrated]);

  const change = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    link.edited();
  };
  const touch = (id: string) => {
    const field = fieldOfId(id);
    if (id && !touched.has(field)) setTouched(new Set(touched).add(field));
  };
  const removeBreak = (key: number) => {
    setTouched(withoutRow(touched, form.breaks.findIndex((b) => b.key === key)));
    change({ breaks: form.breaks.filter((b) => b.key !== key) });
  };
  const save = () => {
    setSubmitted(true);
    void link.save(input, valid, fresh?.milestones.map((s) => s.key));
  };

  /** The plan as an .ics file; the calendar writer loads on the first download. */
  async function downloadCalendar() {
    if (!plan) return;
    const { planCalendar } = await import('../../../functions/domain/planner-calendar.ts');
    const text = planCalendar(plan, { planId: saved?.id ?? `draft-${hashOf(inputJson)}`, stamp: new Date().toISOString(), words: words.calendar });
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
          <a href={localePath(locale, '/plan/')}>{m.load.startNew}</a>
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
            <button type="button" onClick={() => link.makeCopy(inputJson)}>
              {m.shared.copy}
            </button>
          </p>
        </section>
      ) : (
        <PlanForm catalog={catalog} form={form} change={change} touch={touch} removeBreak={removeBreak} errors={shown} editing={editing} formRef={formRef} onSubmit={save} m={m} />
      )}

      <SavePanel
        readOnly={readOnly}
        saved={saved}
        dirty={dirty}
        busy={link.busy}
        stale={link.stale}
        canDownload={fresh !== null}
        status={link.status}
        onSave={save}
        onDownload={() => void downloadCalendar()}
        onDelete={() => void link.remove()}
        m={m}
      >
        {saved && (
          <Suspense fallback={null}>
            <Subscription id={saved.id} input={saved.answer.input} editable={editing} busy={link.busy || link.stale} update={link.update} />
          </Suspense>
        )}
      </SavePanel>

      {saved && (
        <Suspense fallback={null}>
          <ProgressPanel saved={saved.answer} editable={editing} today={today} dirty={unsaved} busy={link.busy || link.stale} update={link.update} />
        </Suspense>
      )}

      <p className="pl-sr" role="status" aria-live="polite">
        {announce}
      </p>
      <section className="pl-result" aria-labelledby="pl-result-h">
        <h2 id="pl-result-h">{form.title || (readOnly ? m.result.theirs : m.result.yours)}</h2>
        {!hydrated && <p className="pl-example">{m.result.example(example.input.startDate)}</p>}
        {plan ? (
          <>
            <p className={`pl-summary${fresh ? '' : ' pl-paused'}`}>{fresh ? planSummary(plan, m.view) : highlighted ? m.result.paused : m.result.pausedTyping}</p>
            <PlanView plan={plan} sources={catalog.sources} m={m} foldSources={editing} />
          </>
        ) : overMax ? (
          <p className="pl-summary pl-error">
            <strong>{m.result.noPlan}</strong> {overMax}
          </p>
        ) : (
          <p className="pl-summary pl-state">{needsTarget ? m.result.needTarget : highlighted ? m.result.fixToSee : m.result.finishToSee}</p>
        )}
      </section>
    </div>
  );
}

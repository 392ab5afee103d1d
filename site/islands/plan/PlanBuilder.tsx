/**
 * The timeline planner island: a form (credential, program, start date or target exam date, hours a
 * week, exam-prep weeks, breaks) with the plan previewed as you type by the same domain code the API
 * runs. Save gives a read-only share link (/plan/?id=…) and a private edit link whose token sits in the
 * fragment (#edit=…), so it never reaches a server log. Add to calendar gives the plan as an .ics.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { planCalendar } from '../../../functions/domain/planner-calendar.ts';
import { checkPlanInput, formatDay, planTimeline, type Plan, type PlanInput } from '../../../functions/domain/planner.ts';
import { call, contextOf, editUrl, formOf, inputOf, linkState, newBreak, shareUrl, todayIso, type Catalog, type FormState, type SavedPlan } from './api.ts';
import { PlanView, planSummary } from './view.tsx';

interface Props {
  catalog: Catalog;
  /** The plan the page is built with: the default path from a fixed start date. */
  example: { input: PlanInput; today: string };
}

interface Saved {
  id: string;
  version: number;
  /** Present when the reader may edit (they created it, or opened the edit link). */
  token?: string;
  /** The input as last saved, to tell unsaved changes. */
  json: string;
}

type Load = 'none' | 'loading' | 'missing' | 'failed';

/** A small stable hash, for the calendar ids of a plan that is not saved yet. */
const hashOf = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7).toString(36).replace('-', 'n');

export default function PlanBuilder({ catalog, example }: Props) {
  const { rules } = catalog;
  const [form, setForm] = useState<FormState>(() => formOf(example.input, rules));
  const [today, setToday] = useState(example.today);
  const [hydrated, setHydrated] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [load, setLoad] = useState<Load>('none');
  const [status, setStatus] = useState('');
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [announce, setAnnounce] = useState('');
  const lastPlan = useRef<Plan | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  async function open(id: string, token?: string) {
    setLoad('loading');
    const answer = await call<SavedPlan>('GET', `/api/plans/${id}`);
    if (!answer.ok) {
      setLoad(answer.status === 404 ? 'missing' : 'failed');
      return;
    }
    setForm(formOf(answer.body.input, rules));
    setSaved({ id, version: answer.body.version, json: JSON.stringify(inputOf(formOf(answer.body.input, rules), rules)), ...(token ? { token } : {}) });
    setStale(false);
    setStatus('');
    setLoad('none');
  }

  // Once running in the browser: today is the reader's, and the address may name a saved plan.
  useEffect(() => {
    const now = todayIso();
    setToday(now);
    const { id, token } = linkState();
    if (id) void open(id, token);
    else setForm((f) => ({ ...f, startDate: now }));
    setHydrated(true);
    // Runs once: open() reads only values that never change.
  }, []);

  const readOnly = saved !== null && !saved.token;
  const input = useMemo(() => inputOf(form, rules), [form, rules]);
  const inputJson = JSON.stringify(input);
  const context = useMemo(() => contextOf(input, catalog, today), [input, catalog, today]);
  const errors = useMemo(() => {
    const found: Record<string, string> = {};
    for (const e of checkPlanInput(input, today)) found[e.field] ??= e.detail;
    if (form.mode === 'target' && !form.targetExamDate) found.targetExamDate = 'Give the exam date to plan back from.';
    return { ...serverErrors, ...found };
  }, [input, today, form.mode, form.targetExamDate, serverErrors]);
  const valid = Object.keys(errors).length === 0 && context !== undefined;
  const fresh = useMemo(() => (valid && context ? planTimeline(input, context) : null), [valid, input, context]);
  if (fresh) lastPlan.current = fresh;
  const plan = fresh ?? lastPlan.current;
  const dirty = saved ? saved.json !== inputJson : true;

  // The live region speaks once typing pauses, not on every keystroke.
  useEffect(() => {
    if (!hydrated) return;
    const t = setTimeout(() => setAnnounce(fresh ? planSummary(fresh) : 'Preview paused: fix the highlighted fields.'), 700);
    return () => clearTimeout(t);
  }, [fresh, hydrated]);

  const change = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors({});
    setStatus('');
  };
  const changeBreak = (key: number, patch: Partial<FormState['breaks'][number]>) => change({ breaks: form.breaks.map((b) => (b.key === key ? { ...b, ...patch } : b)) });

  function focusFirstError() {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  async function save() {
    if (!valid) {
      setStatus('Fix the highlighted fields before saving.');
      focusFirstError();
      return;
    }
    setBusy(true);
    setStatus('Saving…');
    const editing = saved?.token !== undefined;
    const answer = editing
      ? await call<SavedPlan>('PUT', `/api/plans/${saved.id}`, input, { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` })
      : await call<SavedPlan>('POST', '/api/plans', input);
    setBusy(false);
    if (answer.ok) {
      const token = editing ? saved.token! : answer.body.editToken!;
      setSaved({ id: answer.body.id, version: answer.body.version, token, json: inputJson });
      if (!editing) history.replaceState(null, '', `/plan/?id=${answer.body.id}#edit=${token}`);
      setStatus(editing ? `Saved (version ${answer.body.version}). The share link shows this version.` : 'Saved. Keep the edit link private: anyone who has it can change the plan.');
      return;
    }
    if (answer.status === 412) {
      setStale(true);
      setStatus('This plan was changed somewhere else since you opened it. Reload it to see the latest version, then make your change again.');
    } else if (answer.status === 400) {
      setServerErrors(answer.fields);
      setStatus(answer.message);
      requestAnimationFrame(focusFirstError);
    } else if (answer.status === 401 || answer.status === 403) {
      setStatus('This edit link does not belong to this plan, so it cannot be changed here. Make your own copy instead.');
    } else {
      setStatus(answer.message);
    }
  }

  function makeCopy() {
    setSaved(null);
    setStale(false);
    setStatus('This is now your own copy: change it and save it to get your own links.');
    history.replaceState(null, '', '/plan/');
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus());
  }

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

  if (load === 'loading') return <p className="pl-state" role="status">Loading the plan…</p>;
  if (load === 'missing' || load === 'failed') {
    return (
      <div className="pl-state pl-error" role="alert">
        <p>
          <strong>{load === 'missing' ? 'There is no plan at this link.' : 'Could not load the plan.'}</strong>{' '}
          {load === 'missing' ? 'It may have been deleted, or the link was cut short.' : 'Check your connection and try again.'}
        </p>
        <p>
          {load === 'failed' && (
            <button type="button" onClick={() => void open(linkState().id!, linkState().token)}>
              Try again
            </button>
          )}{' '}
          <a href="/plan/">Start a new plan</a>
        </p>
      </div>
    );
  }

  const fieldProps = (name: string, hint?: string) => {
    const error = errors[name];
    const described = [hint, error ? `${name.replace(/\./g, '-')}-err` : undefined].filter(Boolean).join(' ');
    return { 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined } as const;
  };
  const errorOf = (name: string) => errors[name] && (
    <span className="pl-err" id={`${name.replace(/\./g, '-')}-err`}>
      {errors[name]}
    </span>
  );
  const credential = catalog.credentials.find((c) => c.id === form.credentialId);
  const matching = catalog.programs.filter((p) => p.prepares.includes(form.credentialId));
  const others = catalog.programs.filter((p) => !p.prepares.includes(form.credentialId));
  const programLabel = (p: Catalog['programs'][number]) => `${p.provider}: ${p.name}${p.hours ? ` (${p.hours} hours)` : p.length ? ` (${p.length.months} months)` : ''}`;
  const issuers = [...new Set(catalog.credentials.map((c) => c.issuingBody))];

  return (
    <div className="pl">
      {readOnly ? (
        <section className="pl-shared" aria-labelledby="pl-shared-h">
          <h2 id="pl-shared-h">A shared plan{form.title ? `: ${form.title}` : ''}</h2>
          <p>This plan was shared with you to read. To change it, make your own copy; the original stays as it is.</p>
          <p>
            <button type="button" onClick={makeCopy}>
              Make my own copy
            </button>
          </p>
        </section>
      ) : (
        <form ref={formRef} className="pl-form" noValidate onSubmit={(e) => {
            e.preventDefault();
            void save();
          }} aria-labelledby="pl-form-h">
          <h2 id="pl-form-h">{saved?.token ? 'Edit your plan' : 'Your situation'}</h2>
          <fieldset disabled={!hydrated}>
            <legend>What you are aiming for</legend>
            <p className="pl-field">
              <label htmlFor="credentialId">Credential</label>
              <select id="credentialId" value={form.credentialId} onChange={(e) => change({ credentialId: e.target.value })} {...fieldProps('credentialId')}>
                {issuers.map((body) => (
                  <optgroup key={body} label={body}>
                    {catalog.credentials
                      .filter((c) => c.issuingBody === body)
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.acronym}: {c.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
              {errorOf('credentialId')}
            </p>
            <p className="pl-field">
              <label htmlFor="programId">Training program</label>
              <select id="programId" value={form.programId} onChange={(e) => change({ programId: e.target.value })} {...fieldProps('programId', 'programId-hint')}>
                <option value="">None: use the article's path (about {rules.article.months} months)</option>
                {matching.length > 0 && (
                  <optgroup label={`Prepare for the ${credential?.acronym ?? ''}`}>
                    {matching.map((p) => (
                      <option key={p.id} value={p.id}>
                        {programLabel(p)}
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label="Other programs">
                  {others.map((p) => (
                    <option key={p.id} value={p.id}>
                      {programLabel(p)}
                    </option>
                  ))}
                </optgroup>
              </select>
              <span className="pl-hint" id="programId-hint">
                A program's stated hours or length set the coursework. <a href="/courses/">Compare programs</a>.
              </span>
              {errorOf('programId')}
            </p>
          </fieldset>

          <fieldset disabled={!hydrated}>
            <legend>Dates and hours</legend>
            <div className="pl-field pl-mode" role="radiogroup" aria-label="How to plan">
              <label>
                <input type="radio" name="pl-mode" value="forward" checked={form.mode === 'forward'} onChange={() => change({ mode: 'forward' })} /> From a start date and hours a week
              </label>
              <label>
                <input type="radio" name="pl-mode" value="target" checked={form.mode === 'target'} onChange={() => change({ mode: 'target', targetExamDate: form.targetExamDate || plan?.examDate || '' })} /> Back from an exam
                date: how many hours a week?
              </label>
            </div>
            <p className="pl-field">
              <label htmlFor="startDate">Start date</label>
              <input id="startDate" type="date" min="2000-01-01" value={form.startDate} onChange={(e) => change({ startDate: e.target.value })} {...fieldProps('startDate')} />
              {errorOf('startDate')}
            </p>
            {form.mode === 'target' ? (
              <p className="pl-field">
                <label htmlFor="targetExamDate">Exam date</label>
                <input id="targetExamDate" type="date" value={form.targetExamDate} onChange={(e) => change({ targetExamDate: e.target.value })} {...fieldProps('targetExamDate')} />
                {errorOf('targetExamDate')}
              </p>
            ) : (
              <p className="pl-field">
                <label htmlFor="hoursPerWeek">Hours a week</label>
                <input
                  id="hoursPerWeek"
                  type="number"
                  inputMode="decimal"
                  min={1}
                  max={80}
                  step={0.5}
                  placeholder={String(rules.hoursPerWeek.value)}
                  value={form.hoursPerWeek}
                  onChange={(e) => change({ hoursPerWeek: e.target.value })}
                  {...fieldProps('hoursPerWeek', 'hoursPerWeek-hint')}
                />
                <span className="pl-hint" id="hoursPerWeek-hint">
                  1 to 80; empty means {rules.hoursPerWeek.value}.
                </span>
                {errorOf('hoursPerWeek')}
              </p>
            )}
            <p className="pl-field">
              <label htmlFor="examPrepWeeks">Weeks of exam prep</label>
              <input
                id="examPrepWeeks"
                type="number"
                inputMode="numeric"
                min={1}
                max={52}
                step={1}
                placeholder={String(rules.examPrepWeeks.value)}
                value={form.examPrepWeeks}
                onChange={(e) => change({ examPrepWeeks: e.target.value })}
                {...fieldProps('examPrepWeeks', 'examPrepWeeks-hint')}
              />
              <span className="pl-hint" id="examPrepWeeks-hint">
                1 to 52; empty means {rules.examPrepWeeks.value}.
              </span>
              {errorOf('examPrepWeeks')}
            </p>
          </fieldset>

          <fieldset disabled={!hydrated} className="pl-breaks">
            <legend>Breaks (study pauses; no step falls in one)</legend>
            {errorOf('breaks')}
            {form.breaks.length === 0 && <p className="pl-hint">No breaks. Add holidays, a move, anything that stops study for a while.</p>}
            {form.breaks.map((b, i) => (
              <fieldset key={b.key} className="pl-break">
                <legend>Break {i + 1}</legend>
                <p className="pl-field">
                  <label htmlFor={`breaks-${i}-start`}>First day off</label>
                  <input id={`breaks-${i}-start`} type="date" value={b.start} onChange={(e) => changeBreak(b.key, { start: e.target.value, end: b.end || e.target.value })} {...fieldProps(`breaks.${i}.start`)} />
                  {errorOf(`breaks.${i}.start`)}
                </p>
                <p className="pl-field">
                  <label htmlFor={`breaks-${i}-end`}>Last day off</label>
                  <input id={`breaks-${i}-end`} type="date" value={b.end} onChange={(e) => changeBreak(b.key, { end: e.target.value })} {...fieldProps(`breaks.${i}.end`)} />
                  {errorOf(`breaks.${i}.end`)}
                </p>
                <p className="pl-field">
                  <label htmlFor={`breaks-${i}-label`}>What it is (optional)</label>
                  <input id={`breaks-${i}-label`} type="text" maxLength={80} value={b.label} onChange={(e) => changeBreak(b.key, { label: e.target.value })} {...fieldProps(`breaks.${i}.label`)} />
                  {errorOf(`breaks.${i}.label`)}
                </p>
                <button type="button" className="pl-secondary" onClick={() => change({ breaks: form.breaks.filter((x) => x.key !== b.key) })}>
                  Remove break {i + 1}
                </button>
              </fieldset>
            ))}
            {form.breaks.length < 12 && (
              <button type="button" className="pl-secondary" onClick={() => change({ breaks: [...form.breaks, newBreak()] })}>
                Add a break
              </button>
            )}
          </fieldset>

          <p className="pl-field">
            <label htmlFor="title">Name this plan (optional)</label>
            <input id="title" type="text" maxLength={120} value={form.title} disabled={!hydrated} onChange={(e) => change({ title: e.target.value })} {...fieldProps('title')} />
            {errorOf('title')}
          </p>
        </form>
      )}

      <p className="pl-sr" role="status" aria-live="polite">
        {announce}
      </p>
      <section className="pl-result" aria-labelledby="pl-result-h">
        <h2 id="pl-result-h">{form.title || (readOnly ? 'The plan' : 'Your plan')}</h2>
        {!hydrated && (
          <p className="pl-example">
            An example: the source article's path to a CPC, nothing else chosen, starting on {formatDay(example.input.startDate)} (worked out when this page was built). With JavaScript on, the
            planner starts from today and follows your choices.
          </p>
        )}
        {plan ? (
          <>
            <p className={`pl-summary${fresh ? '' : ' pl-paused'}`}>
              {fresh ? planSummary(plan) : 'The preview is paused until the highlighted fields are fixed; this is the last plan that worked.'}
            </p>
            <PlanView plan={plan} sources={catalog.sources} />
          </>
        ) : (
          <p className="pl-state">Fix the highlighted fields to see your plan.</p>
        )}
      </section>

      {hydrated && (
        <section className="pl-actions" aria-labelledby="pl-save-h">
          <h2 id="pl-save-h">{readOnly ? 'Keep this plan' : 'Save, share and add to your calendar'}</h2>
          <p className="pl-buttons">
            {!readOnly && (
              <button type="button" onClick={() => void save()} disabled={busy || stale}>
                {saved?.token ? 'Save changes' : 'Save and get links'}
              </button>
            )}
            {saved && !dirty ? (
              <a className="pl-button" href={`/api/plans/${saved.id}/calendar.ics`} download>
                Add to calendar (.ics)
              </a>
            ) : (
              <button type="button" className="pl-secondary" onClick={downloadCalendar} disabled={!fresh}>
                Add to calendar (.ics)
              </button>
            )}
            <button type="button" className="pl-secondary" onClick={() => print()}>
              Print
            </button>
          </p>
          <p className="pl-status" role="status">
            {status}
          </p>
          {stale && (
            <p>
              <button type="button" onClick={() => location.reload()}>
                Reload the plan
              </button>
            </p>
          )}
          {saved && <Links id={saved.id} token={saved.token} />}
          {!saved && <p className="note">Saving stores your choices (not your name) on this site and gives you two links: one to share, read-only, and one to edit.</p>}
        </section>
      )}
    </div>
  );
}

/** The share link, and the private edit link when the reader holds the token, each with a copy button. */
function Links({ id, token }: { id: string; token?: string }) {
  const [copied, setCopied] = useState('');
  const copy = async (what: string, text: string, input: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      input?.select();
      setCopied(`Copy the selected ${what.toLowerCase()} with Ctrl+C (⌘C on a Mac).`);
    }
  };
  const shareRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLInputElement>(null);
  return (
    <div className="pl-links">
      <p className="pl-field">
        <label htmlFor="pl-share">Share link (read-only)</label>
        <input id="pl-share" ref={shareRef} type="text" readOnly value={shareUrl(id)} onFocus={(e) => e.target.select()} />
        <button type="button" className="pl-secondary" onClick={() => void copy('Share link', shareUrl(id), shareRef.current)}>
          Copy share link
        </button>
      </p>
      {token && (
        <p className="pl-field">
          <label htmlFor="pl-edit">Private edit link</label>
          <input id="pl-edit" ref={editRef} type="text" readOnly value={editUrl(id, token)} onFocus={(e) => e.target.select()} aria-describedby="pl-edit-hint" />
          <span className="pl-hint" id="pl-edit-hint">
            Anyone with this link can change the plan: keep it to yourself. It is the only way back to editing.
          </span>
          <button type="button" className="pl-secondary" onClick={() => void copy('Edit link', editUrl(id, token), editRef.current)}>
            Copy edit link
          </button>
        </p>
      )}
      <p className="pl-status" role="status">
        {copied}
      </p>
    </div>
  );
}

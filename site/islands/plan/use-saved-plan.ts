/**
 * The plan behind the address: once running in the browser, today is the reader's and /plan/?id=…
 * (with #edit=<token> for its owner) opens a saved plan into the form. Saving creates the plan (and puts
 * its links in the address) or, with the token, saves a new version under If-Match, or deletes it; a copy drops the link.
 */
import { useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { PlannerRules, PlanInput } from '../../../functions/domain/planner.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import { call, formOf, inputOf, linkState, todayIso, tokenFits, type FormState, type SavedPlan } from './api.ts';
import type { FieldErrors } from './field.tsx';
import type { SavedRef } from './SavePanel.tsx';

/** The saved plan and whether the form has changed since. */
interface Saved extends SavedRef {
  /** The input as last saved, to tell unsaved changes. */
  json: string;
}

/** 'malformed': the address names an id no plan can have. */
type Load = 'none' | 'loading' | 'missing' | 'malformed' | 'deleted' | 'failed';

/** What the panel shows of a saved plan besides its links: its expiry, and its input as the API answered it, to download. */
const keptOf = (body: SavedPlan) => ({ expiresAt: body.expiresAt, exported: `${JSON.stringify(body.input, null, 2)}\n` });

interface Options {
  rules: PlannerRules;
  /** The form the page was built with; a new plan starts from it with today's date. */
  initial: FormState;
  setForm: Dispatch<SetStateAction<FormState>>;
  formRef: RefObject<HTMLFormElement | null>;
  m: PlanPageMessages['save'];
}

/** Focus the first field with an error, so the reader lands on what to fix (after the render that marks it). */
const focusFirstError = (form: HTMLFormElement | null) => requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

/** The id of the save status line, where focus goes once a save is answered. */
export const SAVE_STATUS_ID = 'pl-save-status';
const focusStatus = () => requestAnimationFrame(() => document.getElementById(SAVE_STATUS_ID)?.focus());

export function useSavedPlan({ rules, initial, setForm, formRef, m }: Options) {
  const [today, setToday] = useState<string | undefined>(undefined);
  const [hydrated, setHydrated] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [load, setLoad] = useState<Load>('none');
  const [status, setStatus] = useState('');
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  /** The address held an edit link that is not this plan's (it has been dropped from the address). */
  const [wrongToken, setWrongToken] = useState(false);
  /** The input as last opened, saved or started from (JSON): a form that differs has unsaved changes. */
  const [baseline, setBaseline] = useState<string | null>(null);

  async function open(id: string, token?: string) {
    setLoad('loading');
    // The edit link is checked on arrival, so a wrong one opens read-only at once rather than failing at save.
    const [answer, fits] = await Promise.all([call<SavedPlan>('GET', `/api/plans/${id}`), token ? tokenFits(id, token) : undefined]);
    if (!answer.ok) {
      setLoad(answer.status === 410 ? 'deleted' : answer.status === 404 ? 'missing' : 'failed');
      return;
    }
    const kept = fits === false ? undefined : token;
    if (fits === false) {
      setWrongToken(true);
      history.replaceState(null, '', `/plan/?id=${id}`);
    }
    const form = formOf(answer.body.input, rules);
    const json = JSON.stringify(inputOf(form, rules));
    setForm(form);
    setSaved({ id, version: answer.body.version, json, ...keptOf(answer.body), ...(kept ? { token: kept } : {}) });
    setBaseline(json);
    setStale(false);
    setStatus('');
    setLoad('none');
  }

  // Once running in the browser: today is the reader's, and the address may name a saved plan.
  useEffect(() => {
    const now = todayIso();
    setToday(now);
    const { id, token, badId } = linkState();
    if (badId) setLoad('malformed');
    else if (id) void open(id, token);
    else {
      const first = { ...initial, startDate: now };
      setForm(first);
      setBaseline(JSON.stringify(inputOf(first, rules)));
    }
    setHydrated(true);
    // Runs once: open() and the initial form read only values that never change.
  }, []);

  /** Save the input: a new plan, or a new version of the reader's own. `valid` false stops at the highlighted fields. */
  async function save(input: PlanInput, valid: boolean) {
    if (!valid) {
      setStatus(m.fixFirst);
      focusFirstError(formRef.current);
      return;
    }
    const inputJson = JSON.stringify(input);
    setBusy(true);
    setStatus(m.saving);
    const editing = saved?.token !== undefined;
    const answer = editing
      ? await call<SavedPlan>('PUT', `/api/plans/${saved.id}`, input, { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` })
      : await call<SavedPlan>('POST', '/api/plans', input);
    setBusy(false);
    if (answer.ok) {
      const token = editing ? saved.token! : answer.body.editToken!;
      setSaved({ id: answer.body.id, version: answer.body.version, token, json: inputJson, ...keptOf(answer.body) });
      setBaseline(inputJson);
      if (!editing) history.replaceState(null, '', `/plan/?id=${answer.body.id}#edit=${token}`);
      setStatus(editing ? m.savedVersion(answer.body.version) : m.savedNew);
      focusStatus();
      return;
    }
    if (answer.status === 400) {
      setServerErrors(answer.fields);
      setStatus(answer.message);
      focusFirstError(formRef.current);
      return;
    }
    focusStatus();
    if (answer.status === 412) {
      setStale(true);
      setStatus(m.stale);
    } else if (answer.status === 401 || answer.status === 403) {
      setStatus(m.notYours);
    } else if (answer.status === 410) {
      setLoad('deleted');
    } else {
      setStatus(answer.message);
    }
  }

  /** Delete the reader's own plan (with its token and the version read); then the page says it is gone. */
  async function remove() {
    if (!saved?.token) return;
    setBusy(true);
    setStatus(m.deleting);
    const answer = await call('DELETE', `/api/plans/${saved.id}`, undefined, { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` });
    setBusy(false);
    if (answer.ok || answer.status === 410) {
      setSaved(null);
      setStatus('');
      history.replaceState(null, '', '/plan/');
      setLoad('deleted');
    } else if (answer.status === 412) {
      setStale(true);
      setStatus(m.stale);
    } else {
      setStatus(answer.status === 401 || answer.status === 403 ? m.notYours : answer.message);
    }
  }

  /** Turn a shared plan into the reader's own unsaved copy (`json`: its input, which leaving unchanged loses nothing). */
  function makeCopy(json: string) {
    setSaved(null);
    setBaseline(json);
    setStale(false);
    setStatus(m.copied);
    history.replaceState(null, '', '/plan/');
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus());
  }

  /** A change to the form clears what the last save said about it. */
  function edited() {
    setServerErrors({});
    setStatus('');
  }

  return { today, hydrated, saved, load, status, stale, busy, serverErrors, wrongToken, baseline, open, save, remove, makeCopy, edited };
}

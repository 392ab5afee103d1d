/**
 * The plan behind the address: once running in the browser, today is the reader's and /plan/?id=…
 * (with #edit=<token> for its owner) opens a saved plan into the form. Saving creates the plan (and puts
 * its links in the address) or, with the token, saves a new version under If-Match, or deletes it; a copy drops the link.
 * A saved plan keeps the API's whole answer (its progress and history too); saving the form keeps what
 * the form does not edit (progress, re-plan, calendar), and `update` PUTs a whole body (progress, a re-plan).
 */
import { useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { PlannerRules, PlanInput } from '../../../functions/domain/planner.ts';
import type { SavedPlanInput } from '../../../functions/domain/replan.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../../i18n/locale.ts';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import { call, formOf, inputOf, linkState, todayIso, tokenFits, type Answer, type FormState, type SavedPlan } from './api.ts';
import type { FieldErrors } from './field.tsx';
import type { HttpWords } from '../shared/http.ts';

/** A saved plan as the page knows it. */
export interface SavedRef {
  id: string;
  version: number;
  /** Present when the reader may edit (they created it, or opened the edit link). */
  token?: string;
  /** When it is deleted unless opened or edited before (ISO time). */
  expiresAt?: string;
  /** Its input as the API answered it, as JSON text to download. */
  exported?: string;
}

/** The saved plan, what the API last answered for it, and the form's input as saved. */
interface Saved extends SavedRef {
  /** The form's input as last saved, to tell unsaved changes. */
  json: string;
  /** The API's answer: the whole input (progress, re-plan, calendar), the plan, its progress and history. */
  answer: SavedPlan;
}

/** 'malformed': the address names an id no plan can have. */
type Load = 'none' | 'loading' | 'missing' | 'malformed' | 'deleted' | 'failed';

/** What the panel shows of a saved plan besides its links: its expiry, and its input as the API answered it, to download. */
const keptOf = (body: SavedPlan) => ({ expiresAt: body.expiresAt, exported: `${JSON.stringify(body.input, null, 2)}\n` });

/**
 * The form's input with what the form does not edit kept from the saved input: progress (its ticks of
 * milestones the new plan still has, `keys`), the re-plan and the calendar options.
 */
export function withKept(input: PlanInput, saved: SavedPlanInput | undefined, keys?: readonly string[]): SavedPlanInput {
  if (!saved) return input;
  const { progress, replan, calendar } = saved;
  const have = keys && new Set(keys);
  return {
    ...input,
    ...(progress ? { progress: { ...progress, completed: have ? progress.completed.filter((c) => have.has(c.key)) : progress.completed } } : {}),
    ...(replan ? { replan } : {}),
    ...(calendar ? { calendar } : {}),
  };
}

interface Options {
  rules: PlannerRules;
  /** The form the page was built with; a new plan starts from it with today's date. */
  initial: FormState;
  setForm: Dispatch<SetStateAction<FormState>>;
  formRef: RefObject<HTMLFormElement | null>;
  m: PlanPageMessages['save'];
  /** The page's language: its plans are saved in it, and their addresses stay under its prefix. */
  locale: Locale;
  /** What a failed request says when the API gave no words of its own, in the page's language. */
  http: HttpWords;
}

/** Focus the first field with an error, so the reader lands on what to fix (after the render that marks it). */
export const focusFirstError = (within: HTMLElement | null) => requestAnimationFrame(() => within?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

/** The id of the save status line, where focus goes once a save is answered. */
export const SAVE_STATUS_ID = 'pl-save-status';
const focusStatus = () => requestAnimationFrame(() => document.getElementById(SAVE_STATUS_ID)?.focus());

export function useSavedPlan({ rules, initial, setForm, formRef, m, locale, http }: Options) {
  /** The plan page's address in the page's language, with a query and fragment. */
  const planPath = (rest = '') => localePath(locale, `/plan/${rest}`);
  /** A body as sent: a plan saved from a page in another language than the default says so. */
  const inLanguage = <T extends object>(body: T) => (locale === DEFAULT_LOCALE ? body : { ...body, language: locale });
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
    const [answer, fits] = await Promise.all([call<SavedPlan>(http, 'GET', `/api/plans/${id}`), token ? tokenFits(id, token, http) : undefined]);
    if (!answer.ok) {
      setLoad(answer.status === 410 ? 'deleted' : answer.status === 404 ? 'missing' : 'failed');
      return;
    }
    const kept = fits === false ? undefined : token;
    if (fits === false) {
      setWrongToken(true);
      history.replaceState(null, '', planPath(`?id=${id}`));
    }
    const form = formOf(answer.body.input, rules);
    const json = JSON.stringify(inputOf(form, rules));
    setForm(form);
    setSaved({ id, version: answer.body.version, json, answer: answer.body, ...keptOf(answer.body), ...(kept ? { token: kept } : {}) });
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

  /**
   * Save the form's input: a new plan, or a new version of the reader's own, keeping its progress (ticks of
   * milestones in `keys`, the new plan's), re-plan and calendar options. `valid` false stops at the highlighted fields.
   */
  async function save(input: PlanInput, valid: boolean, keys?: readonly string[]) {
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
      ? await call<SavedPlan>(http, 'PUT', `/api/plans/${saved.id}`, inLanguage(withKept(input, saved.answer.input, keys)), { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` })
      : await call<SavedPlan>(http, 'POST', '/api/plans', inLanguage(input));
    setBusy(false);
    if (answer.ok) {
      const token = editing ? saved.token! : answer.body.editToken!;
      setSaved({ id: answer.body.id, version: answer.body.version, token, json: inputJson, answer: answer.body, ...keptOf(answer.body) });
      setBaseline(inputJson);
      if (!editing) history.replaceState(null, '', planPath(`?id=${answer.body.id}#edit=${token}`));
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

  /**
   * PUT a whole body as the plan's next version (progress, a re-plan's input, calendar options): the answer
   * becomes the saved plan. `reset` puts its input in the form (a re-plan changes it); otherwise the form,
   * with any unsaved changes, stays. A 412 marks the plan stale, as a save of the form does.
   */
  async function update(body: SavedPlanInput, reset = false): Promise<Answer<SavedPlan>> {
    if (!saved?.token) return { ok: false, status: 401, message: m.notYours, fields: {} };
    setBusy(true);
    const answer = await call<SavedPlan>(http, 'PUT', `/api/plans/${saved.id}`, body, { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` });
    setBusy(false);
    if (answer.ok) {
      const json = reset ? JSON.stringify(inputOf(formOf(answer.body.input, rules), rules)) : saved.json;
      if (reset) {
        setForm(formOf(answer.body.input, rules));
        setBaseline(json);
      }
      setSaved({ ...saved, version: answer.body.version, json, answer: answer.body, ...keptOf(answer.body) });
      setStatus('');
    } else if (answer.status === 412) {
      setStale(true);
      setStatus(m.stale);
    } else if (answer.status === 410) {
      setLoad('deleted');
    }
    return answer;
  }

  /** Delete the reader's own plan (with its token and the version read); then the page says it is gone. */
  async function remove() {
    if (!saved?.token) return;
    setBusy(true);
    setStatus(m.deleting);
    const answer = await call(http, 'DELETE', `/api/plans/${saved.id}`, undefined, { Authorization: `Bearer ${saved.token}`, 'If-Match': `"${saved.version}"` });
    setBusy(false);
    if (answer.ok || answer.status === 410) {
      setSaved(null);
      setStatus('');
      history.replaceState(null, '', planPath());
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
    history.replaceState(null, '', planPath());
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus());
  }

  /** A change to the form clears what the last save said about it. */
  function edited() {
    setServerErrors({});
    setStatus('');
  }

  return { today, hydrated, saved, load, status, stale, busy, serverErrors, wrongToken, baseline, open, save, update, remove, makeCopy, edited };
}

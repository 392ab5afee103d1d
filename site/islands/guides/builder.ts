/**
 * The counselor's guide builder (/guides/new/). The form is static HTML built from data/; this
 * script keeps the role order, the guide's language (the page's until the counselor picks another), draws the live preview, publishes (POST) and edits through the
 * private edit link (PUT / DELETE with the token and the version read, so an edit made elsewhere
 * is never overwritten).
 */
import { withoutBidiControls } from '../../../functions/domain/text.ts';
import { GUIDE_LIMITS, planIdFrom } from '../../../functions/domain/guide-limits.ts';
import { byId, el, fill, pageData } from './dom.ts';
import { asFailure, call, editUrl, readEditLink, shareUrl, type Created, type CredentialInfo, type Failure, type GuideInput, type GuideView, type RoleInfo, type SalaryView } from './api.ts';
import { loadProgramLines } from './catalogs.ts';
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from '../../i18n/locale.ts';
import { publishedPanel, showSaved } from './publish.ts';
import { renderGuide, type ProgramLine } from './render.ts';
import { guardUnsaved } from '../shared/unsaved.ts';
import { words } from './words.ts';

const data = pageData<{ roles: RoleInfo[]; credentials: CredentialInfo[]; areas: Record<string, string> }>('gb-data');

/** The form's fields, by the names the API uses (plan for planId). */
const FIELDS = ['language', 'title', 'counselorName', 'organisation', 'note', 'roles', 'area', 'programs', 'certifications', 'plan'] as const;
type Field = (typeof FIELDS)[number];
/** Each field's control: where an error summary link sends focus; its error text is `${id}-error`. */
const CONTROL: Record<Field, string> = {
  language: 'gb-language',
  title: 'gb-title',
  counselorName: 'gb-name',
  organisation: 'gb-org',
  note: 'gb-note',
  roles: 'gb-role-search',
  area: 'gb-area',
  programs: 'gb-program-search',
  certifications: 'gb-credentials',
  plan: 'gb-plan',
};
const { g: G, locale } = words;
const B = G.builder;
const LABEL: Record<Field, string> = B.field;
type Errors = Partial<Record<Field, string>>;
type Mode = { kind: 'new' } | { kind: 'edit'; id: string; token: string; version: number };

const form = byId<HTMLFormElement>('gb-form');
const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id);
const boxes = (name: string) => boxesOf(name, 'checkbox');
const checked = (name: string) => boxes(name).filter((b) => b.checked).map((b) => b.value);
const titleOf = (slug: string) => data.roles.find((r) => r.slug === slug)?.title ?? slug;
/** The language chosen for the guide (its student view, print and QR code open in it); the page's when none is checked. */
const language = (): Locale => LOCALES.find((l) => boxesOf('language', 'radio').some((b) => b.checked && b.value === l)) ?? locale;
function boxesOf(name: string, type: 'radio' | 'checkbox') {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="${type}"][name="${name}"]`)];
}
/** Check the radio of a language (a guide opened through its edit link). */
const chooseLanguage = (l: Locale) => boxesOf('language', 'radio').forEach((b) => (b.checked = b.value === l));

let mode: Mode = { kind: 'new' };
/** Chosen roles in the order the student reads them. */
let order: string[] = [];
/** Chosen programs in the order chosen. */
let programs: string[] = [];
let programLines: ProgramLine[] | undefined = [];
const pays = new Map<string, SalaryView | null>();
let errors: Errors = {};
let busy = false;
/** The form as last published, saved or opened (or as first shown): leaving with anything else warns. */
let savedForm = '';
/** False once the guide is gone from this page (deleted, or the link is wrong): nothing left to lose. */
let guarding = true;
const formNow = () => JSON.stringify(input());
const markSaved = () => (savedForm = formNow());

// ---- Reading and writing the form ----

/** What the API is sent: trimmed, blanks left out. */
function input(): GuideInput {
  // One-line fields as the API stores them, so the preview shows what students will see.
  const value = (id: string) => withoutBidiControls(text(id).value).trim();
  const note = text('gb-note').value;
  const planId = planIdFrom(value('gb-plan'));
  const certifications = checked('credential');
  return {
    title: value('gb-title'),
    ...(value('gb-name') && { counselorName: value('gb-name') }),
    ...(value('gb-org') && { organisation: value('gb-org') }),
    ...(note.trim() && { note }),
    roles: order,
    area: value('gb-area') as GuideInput['area'],
    ...(programs.length > 0 && { programs }),
    ...(certifications.length > 0 && { certifications }),
    ...(planId && { planId }),
    // The language the counselor chose (the page's by default); a guide without one is read as English.
    ...(language() !== DEFAULT_LOCALE && { language: language() }),
  };
}

function load(view: GuideView) {
  const g = view.guide;
  text('gb-title').value = g.title;
  text('gb-name').value = g.counselorName ?? '';
  text('gb-org').value = g.organisation ?? '';
  text('gb-note').value = g.note ?? '';
  text('gb-area').value = g.area ?? 'US';
  text('gb-plan').value = g.planId ? `${location.origin}/plan/?id=${g.planId}` : '';
  chooseLanguage(view.language);
  order = g.roles.filter((slug) => data.roles.some((r) => r.slug === slug));
  programs = g.programs ?? [];
  for (const b of boxes('role')) b.checked = order.includes(b.value);
  for (const b of boxes('program')) b.checked = programs.includes(b.value);
  for (const b of boxes('credential')) b.checked = (g.certifications ?? []).includes(b.value);
  renderOrder();
  update();
}

// ---- Roles: choose, order, remove ----

const said = byId('gb-order-said');
function renderOrder(focus?: string) {
  const list = byId('gb-order');
  byId('gb-order-empty').hidden = order.length > 0;
  fill(
    list,
    order.map((slug, i) => {
      const title = titleOf(slug);
      const button = (key: string, label: string, disabled: boolean, act: () => void, ...content: string[]) =>
        el('button', { type: 'button', 'data-key': `${slug}:${key}`, 'aria-label': label, 'aria-disabled': disabled ? 'true' : null, onclick: () => !disabled && act() }, ...content);
      return el(
        'li',
        {},
        el('span', { class: 'gb-order-title' }, title),
        el(
          'span',
          { class: 'gb-order-buttons' },
          button('up', B.moveUp(title), i === 0, () => move(i, -1), B.up),
          button('down', B.moveDown(title), i === order.length - 1, () => move(i, 1), B.down),
          button('remove', B.remove(title), false, () => remove(i), B.removeShort),
        ),
      );
    }),
  );
  // The list was drawn anew: put focus back on the button pressed (or its neighbour's).
  if (focus) list.querySelector<HTMLButtonElement>(`button[data-key="${focus}"]`)?.focus();
}

function move(i: number, by: -1 | 1) {
  const j = i + by;
  const slug = order[i]!;
  order = [...order];
  order[i] = order[j]!;
  order[j] = slug;
  renderOrder(`${slug}:${by < 0 ? 'up' : 'down'}`);
  said.textContent = B.moved(titleOf(slug), j + 1, order.length);
  update();
}

function remove(i: number) {
  const slug = order[i]!;
  order = order.filter((s) => s !== slug);
  const box = boxes('role').find((b) => b.value === slug);
  if (box) box.checked = false;
  const neighbour = order[Math.min(i, order.length - 1)];
  renderOrder(neighbour ? `${neighbour}:remove` : undefined);
  if (!neighbour) text('gb-role-search').focus();
  said.textContent = B.removed(titleOf(slug));
  update();
}

/** Show the list items whose words contain every word typed. */
function filter(search: string, list: string, count: string, noun: 'roles' | 'programs') {
  const words = text(search).value.toLowerCase().split(/\s+/).filter(Boolean);
  const items = [...byId(list).querySelectorAll<HTMLLIElement>('li')];
  let shown = 0;
  for (const li of items) {
    const on = li.querySelector('input')?.checked ?? false;
    li.hidden = !on && !words.every((w) => (li.dataset.search ?? '').includes(w));
    if (!li.hidden) shown++;
  }
  byId(count).textContent = B.shown(shown, items.length, noun);
}

// ---- Live preview ----

let frame = 0;
/** Redraw the preview on the next frame (typing fires many events). */
function update() {
  byId('gb-note-count').textContent = G.noteCount(text('gb-note').value.length, GUIDE_LIMITS.note);
  const full = programs.length >= GUIDE_LIMITS.programs;
  for (const b of boxes('program')) b.disabled = full && !b.checked;
  byId('gb-program-count').textContent = G.programCount(programs.length, GUIDE_LIMITS.programs);
  byId('gb-preview-language').textContent = B.studentReads[language()];
  fetchPays();
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(drawPreview);
}

function drawPreview() {
  const guide = input();
  const area = guide.area ?? 'US';
  const preview = byId('gb-preview');
  showPayFailure(order.map((slug) => `${slug}|${area}`));
  if (guide.title === '' && order.length === 0) {
    fill(preview, el('p', { class: 'gb-hint' }, B.hint));
    return;
  }
  const payOf = (key: string) => (payFailed.has(key) ? ('failed' as const) : pays.get(key));
  const roles = order.flatMap((slug) => data.roles.filter((r) => r.slug === slug)).map((r) => ({ ...r, pay: payOf(`${r.slug}|${area}`) }));
  fill(preview, renderGuide({ guide, area, areaName: data.areas[area] ?? B.defaultArea, roles, credentials: data.credentials, programs: programLines }, 3));
}

const asked = new Set<string>();
/** Keys whose pay could not be loaded after the retries: not asked again until the counselor presses Retry. */
const payFailed = new Set<string>();
/** Waits before each new attempt at a failed pay request (then it stops and offers Retry). */
const PAY_BACKOFF_MS = [1500];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Each chosen role's pay in the area from /api/salaries, kept once loaded; national where the area has none, as the API's guides do. */
function fetchPays() {
  const area = text('gb-area').value;
  for (const slug of order) {
    const key = `${slug}|${area}`;
    if (asked.has(key)) continue;
    asked.add(key);
    payFailed.delete(key);
    const get = async (a: string) => (await call<SalaryView>(`/api/salaries?role=${encodeURIComponent(slug)}&area=${encodeURIComponent(a)}`)).data;
    const attempt = async (): Promise<SalaryView> => {
      try {
        return await get(area);
      } catch (e) {
        if (asFailure(e).status === 404 && area !== 'US') return get('US');
        throw e;
      }
    };
    /** A failure other than 404 may pass (offline, 503): try again after a pause, a few times, then stop. */
    const withBackoff = async (): Promise<SalaryView> => {
      for (const pause of PAY_BACKOFF_MS) {
        try {
          return await attempt();
        } catch (e) {
          if (asFailure(e).status === 404) throw e;
          await wait(pause);
        }
      }
      return attempt();
    };
    withBackoff()
      .then(
        // The API names the area in English; the preview names it in the page's words.
        (pay) => pays.set(key, { ...pay, areaName: data.areas[pay.area] ?? pay.areaName }),
        (e: unknown) => {
          // 404: no wages anywhere. Anything else: stop asking and offer Retry (the key stays asked).
          if (asFailure(e).status === 404) pays.set(key, null);
          else payFailed.add(key);
        },
      )
      .finally(update);
  }
}

/** Keys Retry is asking for again: the status line says so until each has loaded or failed. */
const retrying = new Set<string>();
/** Ask again for every pay that failed to load. The Retry button goes away, so focus moves to the preview's heading, above the status line that reports the outcome. */
function retryPays() {
  for (const key of payFailed) {
    asked.delete(key);
    retrying.add(key);
  }
  payFailed.clear();
  update();
  const box = byId('gb-pay-failed');
  fill(box, el('p', {}, B.retryingPay));
  box.hidden = false;
  byId('gb-preview-h').focus();
}

/** "Couldn't load pay figures — Retry" above the preview while any chosen role's pay failed; "Loading pay figures again…" while Retry asks. */
function showPayFailure(keys: string[]) {
  const box = byId('gb-pay-failed');
  for (const key of retrying) if (pays.has(key) || payFailed.has(key)) retrying.delete(key);
  const failing = keys.some((k) => payFailed.has(k));
  const again = keys.some((k) => retrying.has(k));
  box.hidden = !failing && !again;
  if (failing) {
    if (!box.querySelector('button')) fill(box, el('p', {}, B.payFailed, ' ', el('button', { type: 'button', onclick: retryPays }, B.retryPay)));
  } else if (again) fill(box, el('p', {}, B.retryingPay));
  else fill(box);
}

let programKey = '';
async function fetchProgramLines() {
  const key = `${programs.join(',')}|${text('gb-area').value}`;
  if (key === programKey) return;
  programKey = key;
  const lines = await loadProgramLines(programs, text('gb-area').value);
  if (key === programKey) {
    programLines = lines;
    update();
  }
}

// ---- Errors ----

function check(guide: GuideInput): Errors {
  const found: Errors = {};
  if (guide.title === '') found.title = B.errors.title;
  if (guide.roles.length === 0) found.roles = B.errors.roles;
  if (text('gb-plan').value.trim() !== '' && !guide.planId) found.plan = B.errors.plan;
  return found;
}

/** The API names fields (roles.2, planId, …): each message goes beside its field. */
function serverErrors(f: Failure): Errors {
  const found: Errors = {};
  for (const e of f.errors) {
    const head = e.name.split('.')[0]!;
    const field = (head === 'planId' ? 'plan' : head) as Field;
    if (FIELDS.includes(field)) found[field] = found[field] ? `${found[field]} ${e.detail}` : e.detail;
  }
  return found;
}

function showErrors(found: Errors) {
  errors = found;
  for (const field of FIELDS) {
    const message = found[field] ?? '';
    const line = byId(`${CONTROL[field]}-error`);
    line.textContent = message;
    line.hidden = message === '';
    const control = document.getElementById(CONTROL[field]);
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  const listed = FIELDS.filter((f) => found[f]);
  const summary = byId('gb-summary');
  summary.hidden = listed.length === 0;
  fill(
    summary,
    listed.length > 0 && [
      el('p', {}, el('strong', {}, B.checkThese(listed.length, mode.kind === 'edit'))),
      el('ul', {}, listed.map((f) => el('li', {}, el('a', { href: `#${CONTROL[f]}` }, `${LABEL[f]}: ${found[f]}`)))),
    ],
  );
  if (listed.length > 0) summary.focus();
}

function clearError(field: Field) {
  if (errors[field]) showErrors({ ...errors, [field]: undefined });
}

function status(message: string, tone: 'ok' | 'error' = 'ok', reload = false) {
  const box = byId('gb-status');
  const current = mode;
  box.className = tone === 'error' ? 'gb-status gb-status-error' : 'gb-status';
  fill(
    box,
    message && el('p', {}, message),
    reload && current.kind === 'edit' && el('button', { type: 'button', onclick: () => void open(current) }, B.reload),
  );
}

function failed(f: Failure) {
  if (f.status === 400 || f.status === 413) {
    const found = serverErrors(f);
    if (Object.keys(found).length > 0) return showErrors(found);
  }
  if (f.status === 412) return status(B.changedElsewhere, 'error', true);
  if (f.status === 410) return gone(B.deletedByAuthor);
  const message = f.status === 401 || f.status === 403 ? B.notYours : f.status === 404 ? B.deleted : f.status === 429 ? f.detail : B.notSaved(f.detail);
  status(message, 'error');
}

// ---- Publish, save, delete ----

/** The language the published panel's share link and QR code are in (the guide's as last saved). */
let sharedIn: Locale = locale;
/** The published panel: the share link and its QR code open the guide's language's page; the edit link stays on this page's. */
function panelFor(link: { id: string; token: string }, view: GuideView, fresh: boolean): HTMLElement {
  sharedIn = view.language;
  return publishedPanel(shareUrl(location.origin, link.id, view.language), view, editUrl(location.origin, link.id, link.token, locale), fresh);
}

function editing(m: Extract<Mode, { kind: 'edit' }>, panel: HTMLElement) {
  mode = m;
  byId('gb-form-h').textContent = B.editHeading;
  byId('gb-submit').textContent = B.save;
  byId('gb-delete').hidden = false;
  const slot = byId('gb-published');
  fill(slot, panel);
  slot.hidden = false;
}

async function submit(event: Event) {
  event.preventDefault();
  if (busy) return;
  const guide = input();
  const found = check(guide);
  showErrors(found);
  if (Object.keys(found).length > 0) return;
  busy = true;
  status('');
  try {
    if (mode.kind === 'edit') {
      const { data: view } = await call<GuideView>(`/api/guides/${encodeURIComponent(mode.id)}`, {
        method: 'PUT',
        body: JSON.stringify(guide),
        headers: { Authorization: `Bearer ${mode.token}`, 'If-Match': `"${mode.version}"` },
      });
      mode = { ...mode, version: view.version };
      markSaved();
      if (view.language === sharedIn) {
        showSaved(view);
        status(B.saved);
      } else {
        // The guide's language changed: its share link and QR code now lead to the other language's page.
        fill(byId('gb-published'), panelFor(mode, view, false));
        status(B.savedIn[view.language]);
      }
    } else {
      const { data: created } = await call<Created>('/api/guides', { method: 'POST', body: JSON.stringify(guide) });
      const link = { id: created.id, token: created.editToken };
      const edit = editUrl(location.origin, link.id, link.token, locale);
      markSaved();
      editing({ kind: 'edit', ...link, version: created.version }, panelFor(link, created, true));
      // The address becomes the edit link, as the planner's does: a reload reopens the guide for editing.
      history.replaceState(history.state, '', edit);
      byId('gb-published-h').focus();
    }
  } catch (e) {
    failed(asFailure(e));
  } finally {
    busy = false;
  }
}

async function removeGuide() {
  if (mode.kind !== 'edit' || busy) return;
  busy = true;
  try {
    await call(`/api/guides/${encodeURIComponent(mode.id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${mode.token}`, 'If-Match': `"${mode.version}"` } });
    gone(B.gone);
  } catch (e) {
    confirmDelete(false);
    failed(asFailure(e));
  } finally {
    busy = false;
  }
}

function confirmDelete(show: boolean) {
  byId('gb-confirm').hidden = !show;
  byId('gb-delete').hidden = show;
  (show ? byId('gb-keep') : byId('gb-delete')).focus();
}

/** The guide cannot be edited here (deleted, or the link is wrong): say so in place of the builder. */
function gone(message: string) {
  guarding = false;
  const main = byId('gb');
  fill(main, el('div', { class: 'gb-gone', role: 'status', tabindex: -1 }, el('p', {}, message), el('p', {}, el('a', { href: localePath(locale, '/guides/new/') }, B.startNew))));
  main.querySelector<HTMLElement>('.gb-gone')?.focus();
}

/** Open a guide through its edit link. */
async function open(link: { id: string; token: string }) {
  const loading = byId('gb-loading');
  loading.hidden = false;
  form.inert = true;
  try {
    const { data: view } = await call<GuideView>(`/api/guides/${encodeURIComponent(link.id)}`);
    load(view);
    markSaved();
    showErrors({});
    status('');
    editing({ kind: 'edit', id: link.id, token: link.token, version: view.version }, panelFor(link, view, false));
  } catch (e) {
    const f = asFailure(e);
    gone(f.status === 410 ? B.deletedByAuthor : f.status === 404 ? B.noGuide : B.notLoaded(f.detail));
  } finally {
    loading.hidden = true;
    form.inert = false;
  }
}

// ---- Wiring ----

form.addEventListener('submit', (e) => void submit(e));
form.addEventListener('input', (e) => {
  const target = e.target as HTMLInputElement;
  const field = (Object.entries(CONTROL).find(([, id]) => id === target.id)?.[0] ?? (target.name === 'credential' ? 'certifications' : target.name === 'language' ? 'language' : undefined)) as Field | undefined;
  if (field) clearError(field);
  if (target.id === 'gb-role-search') return filter('gb-role-search', 'gb-role-options', 'gb-role-count', 'roles');
  if (target.id === 'gb-program-search') return filter('gb-program-search', 'gb-program-options', 'gb-program-match', 'programs');
  if (target.name === 'role') {
    order = target.checked ? [...order, target.value] : order.filter((s) => s !== target.value);
    said.textContent = target.checked ? B.added(titleOf(target.value), order.length) : B.removed(titleOf(target.value));
    clearError('roles');
    renderOrder();
  }
  if (target.name === 'program') {
    programs = target.checked ? [...programs, target.value] : programs.filter((s) => s !== target.value);
    clearError('programs');
  }
  void fetchProgramLines();
  update();
});
// Enter in a search box filters; it does not publish the guide.
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'search') e.preventDefault();
});
byId('gb-delete').addEventListener('click', () => confirmDelete(true));
byId('gb-keep').addEventListener('click', () => confirmDelete(false));
byId('gb-delete-yes').addEventListener('click', () => void removeGuide());

// Programs appear only where the API can price them.
void call('/api/programs?sort=name').then(
  () => (byId('gb-programs').hidden = false),
  () => undefined,
);

// Leaving with changes not yet published or saved asks first.
guardUnsaved(() => guarding && formNow() !== savedForm);

const link = readEditLink(location.search, location.hash);
if (link) await open(link);
else {
  update();
  markSaved();
}
// For tests and scripts: the builder is wired (and an edit link's guide loaded).
form.dataset.ready = 'true';

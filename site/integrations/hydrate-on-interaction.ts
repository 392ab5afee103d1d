/**
 * `client:interaction`: hydrate a React island when the reader first reaches for it (pointer over or
 * down, touch, focus, a key), so a tool page loads no React before then; at once when the address
 * carries a choice (a query), since the page as built shows only the default view.
 *
 * What the reader does while the island's code is still arriving is not lost: a button or checkbox
 * clicked, a field typed in or a select changed, a form submitted are held and done again, through
 * React's own handlers, once it is live. (React hydrates a root synchronously when a discrete event
 * reaches it: one is sent first, so the replayed events find the island hydrated.)
 */
import type { ClientDirective } from 'astro';

/** The first signs of a reader reaching for the island. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const TYPED = (el: EventTarget | null): el is Field =>
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type)) ||
  el instanceof HTMLSelectElement ||
  el instanceof HTMLTextAreaElement;
const CLICKED = 'button, input[type=checkbox], input[type=radio], input[type=submit]';

/** The value a field was built with. */
const builtValue = (f: Field) =>
  f instanceof HTMLSelectElement ? ([...f.options].find((o) => o.defaultSelected) ?? f.options[0])?.value ?? '' : f.defaultValue;

/** Set a field's value past React's tracking, so the event after it reads as the reader's change. */
function setNative(f: Field, value: string) {
  const proto = f instanceof HTMLSelectElement ? HTMLSelectElement.prototype : f instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(f, value);
}

const hydrateOnInteraction: ClientDirective = (load, _options, el) => {
  let started = false;
  const typed = new Set<Field>();
  const clicked: HTMLElement[] = [];
  let submitted: HTMLFormElement | null = null;

  const hold = (e: Event) => {
    if (e.type === 'input' || e.type === 'change') {
      if (TYPED(e.target)) typed.add(e.target);
      return;
    }
    if (e.type === 'submit') {
      e.preventDefault();
      submitted = e.target as HTMLFormElement;
      return;
    }
    const target = (e.target as Element | null)?.closest<HTMLElement>(CLICKED);
    if (!target || !el.contains(target)) return;
    // Undone now (a checkbox's tick too), done again once the island's handlers are there.
    e.preventDefault();
    e.stopPropagation();
    clicked.push(target);
  };
  const HELD = ['input', 'change', 'click', 'submit'];
  let live = false;
  // Until the island is live, every held event is kept (and the first sign of any kind starts the load).
  const listen = (e: Event) => {
    if (live) return;
    if (HELD.includes(e.type)) hold(e);
    void start();
  };
  const types = [...INTENT, ...HELD];

  const start = async () => {
    if (started) return;
    started = true;
    // Said while the code arrives (a progress cursor on screen, busy to assistive technology).
    el.setAttribute('aria-busy', 'true');
    let hydrate: Awaited<ReturnType<typeof load>>;
    try {
      hydrate = await load();
    } catch {
      // Offline or a failed download: the next reach tries again; clicks held so far are dropped, not replayed late.
      started = false;
      el.removeAttribute('aria-busy');
      clicked.length = 0;
      submitted = null;
      return;
    }
    live = true;
    for (const type of types) el.removeEventListener(type, listen, true);
    // What was typed goes back to what React will find built, and is typed again through React below.
    const values = [...typed].map((f) => ({ f, value: f.value }));
    for (const { f } of values) setNative(f, builtValue(f));
    await hydrate();
    // A discrete event no island handles makes React hydrate now, with the built values and ticks,
    // so that what follows reads to it as the reader's changes.
    if (values.length > 0 || clicked.length > 0 || submitted) el.firstElementChild?.dispatchEvent(new KeyboardEvent('keyup'));
    for (const { f, value } of values) {
      setNative(f, value);
      f.dispatchEvent(new Event(f instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    for (const target of clicked) target.click();
    submitted?.requestSubmit();
    el.removeAttribute('aria-busy');
  };

  if (location.search !== '') {
    void start();
    return;
  }
  for (const type of INTENT) el.addEventListener(type, listen, { capture: true, passive: true });
  for (const type of HELD) el.addEventListener(type, listen, { capture: true });
};

export default hydrateOnInteraction;

/**
 * `client:interaction`: hydrate a React island when the reader first reaches for it (pointer over or
 * down, touch, focus, a key), so a tool page loads no React before then; at once when the address
 * carries a choice (a query), since the page as built shows only the default view.
 *
 * What the reader does before the island is live is not lost: a button or checkbox clicked, a field
 * typed in or a select changed, a form submitted are held and done again, through React's own
 * handlers, once the island is hydrated and its first effects have re-rendered it (until then its
 * handlers would act on the page as built: the example's date, not today's).
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

/** Set a field's value past React's tracking of it. */
function setNative(f: Field, value: string) {
  const proto = f instanceof HTMLSelectElement ? HTMLSelectElement.prototype : f instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(f, value);
}

/** Resolves once the island's DOM has been still for 50 ms (at most a second): its first effects have re-rendered it. */
const settled = (el: HTMLElement) =>
  new Promise<void>((done) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      done();
    };
    let quiet = setTimeout(finish, 50);
    const cap = setTimeout(finish, 1000);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, 50);
    });
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  });

const hydrateOnInteraction: ClientDirective = (load, _options, el) => {
  let started = false;
  let live = false;
  /** The reader's latest value of each field changed before the island was live. */
  const typed = new Map<Field, string>();
  const clicked: HTMLElement[] = [];
  let submitted: HTMLFormElement | null = null;

  // Until the island is live, React sees none of these (our listener on the island runs before React's):
  // its handlers would run before its first effects had set the island up (today's date, the address).
  const hold = (e: Event) => {
    e.stopImmediatePropagation();
    if (e.type === 'input' || e.type === 'change') {
      if (TYPED(e.target)) typed.set(e.target, e.target.value);
      return;
    }
    if (e.type === 'submit') {
      e.preventDefault();
      submitted = e.target as HTMLFormElement;
      return;
    }
    // A link goes its own way; a button or checkbox is undone now (a tick too) and done again once live.
    const target = (e.target as Element | null)?.closest<HTMLElement>(CLICKED);
    if (!target || !el.contains(target)) return;
    e.preventDefault();
    clicked.push(target);
  };
  const HELD = ['input', 'change', 'click', 'submit'];
  // The first sign of any kind starts the load; held events are kept until the island is live.
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
    await hydrate();
    // A discrete event no island handles makes React hydrate at once and run its first effects; what they change is drawn before going on.
    el.firstElementChild?.dispatchEvent(new KeyboardEvent('keyup'));
    await settled(el);
    live = true;
    for (const type of types) el.removeEventListener(type, listen, true);
    for (const [f, value] of typed) {
      // React's tracker is given another value first, so the event reads to it as the reader's change.
      if (!(f instanceof HTMLSelectElement)) f.value = `${value}\u0000`;
      setNative(f, value);
      f.dispatchEvent(new Event(f instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    for (const target of clicked) target.click();
    submitted?.requestSubmit();
    el.removeAttribute('aria-busy');
  };

  for (const type of HELD) el.addEventListener(type, listen, { capture: true });
  // The choice in the address is shown at once; otherwise the island waits for the reader to reach for it.
  if (location.search !== '') void start();
  else for (const type of INTENT) el.addEventListener(type, listen, { capture: true, passive: true });
};

export default hydrateOnInteraction;

/**
 * A small DOM builder for the guide pages, which ship no framework (React alone would exceed the
 * tool pages' 75 KB budget). Strings only ever become text nodes: nothing is parsed as HTML.
 */

export type Child = Node | string | number | false | null | undefined | readonly Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function append(parent: Node, children: readonly Child[]) {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child as string | number)));
  }
}

/** An element with attributes (false/null/undefined leave one out; on… functions listen) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Replace everything inside `parent`. */
export function fill(parent: Element, ...children: Child[]) {
  parent.replaceChildren();
  append(parent, children);
}

/** The element with this id, typed; throws when the page lacks it (a build mistake, not a user's). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** JSON the page was built with (<script type="application/json" id=…>). */
export function pageData<T>(id: string): T {
  return JSON.parse(byId(id).textContent ?? 'null') as T;
}

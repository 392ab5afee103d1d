/**
 * The salaries page's state map, driven by the island: the map is static SVG built with the page
 * (site/components/PayMap.astro, passed in as the island's children); this recolors it for the chosen
 * occupation and measure from /maps/pay.json, keeps each state's link on the current view, marks the
 * chosen state, and turns a click or Enter on a state into choosing it (no reload). A top-coded state
 * shows its bound ("at least"), never a figure and never "no published figure".
 */
import { useEffect, type RefObject } from 'react';
import { BOUND_SHADE, classRange, payBreaks, shadeOf, shadeOfValue, type MapField, type MapValue } from '../../lib/pay-classes.ts';
import type { PayMapFile } from '../../lib/pay-map.ts';
import { Failure } from './api.ts';
import { useSalariesWords, type SalariesWords } from './words.ts';

/** What the map shows and does. */
export interface MapView {
  /** /maps/pay.json, a Failure, or undefined while it loads. */
  data: PayMapFile | Failure | undefined;
  soc: string;
  occupation: string;
  field: MapField;
  /** The chosen area (US or a state). */
  current: string;
  hrefOf: (area: string) => string;
  onPick: (area: string) => void;
}

/** Recolor and relabel the static map in `root` for `view`. */
function paint(root: HTMLElement, view: MapView, names: Map<string, string>, { t: { map: t }, w }: SalariesWords) {
  const money = (v: number | null) => (v === null ? null : w.money(v, 'annual'));
  /** A state's figure in words: dollars, "at least" the top-code, or null for none. */
  const figureOf = (v: MapValue) => (v !== null && typeof v === 'object' ? t.atLeast(w.money(v.atLeast, 'annual')) : money(v));
  const data = view.data instanceof Failure ? undefined : view.data?.socs[view.soc];
  const figure = root.querySelector<HTMLElement>('.pm');
  if (!figure) return;
  figure.setAttribute('aria-busy', String(!data && !(figure.dataset.soc === view.soc && figure.dataset.field === view.field)));
  for (const link of figure.querySelectorAll<Element>('a')) {
    const area = link.closest<Element>('[data-area]')?.getAttribute('data-area');
    if (area) link.setAttribute('href', view.hrefOf(area));
  }
  for (const el of figure.querySelectorAll<Element>('.pm-map [data-area]')) {
    const on = el.getAttribute('data-area') === view.current;
    el.classList.toggle('pm-on', on);
    if (on) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }
  if (!data || !view.data || view.data instanceof Failure) return;
  const values = data.values[view.field];
  const breaks = payBreaks(values.filter((v): v is number => typeof v === 'number'));
  const valueOf = new Map<string, MapValue>(view.data.states.map((code, i) => [code, values[i] ?? null]));
  const bound = values.find((v): v is { atLeast: number } => v !== null && typeof v === 'object');
  const caption = t.caption(w.field[view.field], view.occupation, data.year);
  figure.dataset.soc = view.soc;
  figure.dataset.field = view.field;
  figure.querySelector('.pm-cap')!.textContent = caption;
  figure.querySelector('.pm-map')!.setAttribute('aria-label', t.label(caption));
  figure.querySelector('.pm-table caption')!.textContent = caption;
  figure.querySelector<HTMLElement>('.pm-read-bound')!.hidden = !bound;
  for (const el of figure.querySelectorAll<Element>('[data-area]')) {
    const area = el.getAttribute('data-area')!;
    const value = valueOf.get(area) ?? null;
    if (el.closest('.pm-map')) {
      el.setAttribute('class', shadeOfValue(value, breaks) + (area === view.current ? ' pm-on' : ''));
      el.querySelector('title')!.textContent = t.state(names.get(area) ?? area, figureOf(value));
    } else {
      el.querySelector('.pm-fig')!.textContent = figureOf(value) ?? t.none;
    }
  }
  const key = figure.querySelector('.pm-key')!;
  const items = Array.from({ length: breaks.length + 1 }, (_, i) => {
    const [from, to] = classRange(i, breaks);
    return [shadeOf(i, breaks), t.range(money(from), money(to), to === null ? null : money(to - 1))] as const;
  });
  if (bound) items.push([BOUND_SHADE, t.bound(w.money(bound.atLeast, 'annual'))]);
  if (values.some((v) => v === null)) items.push(['pm-x', t.none]);
  key.replaceChildren(
    ...items.map(([shade, text]) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `pm-sw ${shade}`;
      li.append(swatch, text);
      return li;
    }),
  );
}

/** Keep the static map in `root` in step with the island's choice, and make its states choose areas. */
export function useStateMap(root: RefObject<HTMLElement | null>, view: MapView, names: Map<string, string>) {
  const words = useSalariesWords();
  useEffect(() => {
    if (root.current) paint(root.current, view, names, words);
  });
  const { onPick } = view;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const click = (e: MouseEvent) => {
      const target = e.target as Element;
      const area = target.closest('a') && target.closest('[data-area]')?.getAttribute('data-area');
      if (!area || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      onPick(area);
    };
    el.addEventListener('click', click);
    return () => el.removeEventListener('click', click);
  }, [root, onPick]);
}

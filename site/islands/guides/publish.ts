/**
 * After publishing: the share link and its QR code (drawn here by uqr, no network), and the private
 * edit link, shown once, with a plain warning to keep it.
 */
import { el } from './dom.ts';
import { qrDataUrl } from './qr.ts';

/** A read-only link with a Copy button (selecting the text where the clipboard is refused). */
function linkBox(id: string, label: string, url: string): HTMLElement {
  const said = el('span', { class: 'gb-hint', 'aria-live': 'polite' });
  const field = el('input', { id, type: 'text', readonly: true, value: url, onfocus: () => field.select() });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      said.textContent = 'Copied.';
    } catch {
      field.select();
      said.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  };
  return el('div', { class: 'gb-linkbox' }, el('label', { for: id }, label), el('span', { class: 'gb-linkrow' }, field, el('button', { type: 'button', onclick: () => void copy() }, 'Copy')), said);
}

/** The QR code of a link as an SVG image, and a download of the same file for handouts and slides. */
export function qrFigure(url: string): HTMLElement {
  const src = qrDataUrl(url);
  return el(
    'figure',
    { class: 'gb-qr' },
    el('img', { src, alt: `QR code of the share link ${url}`, width: 176, height: 176 }),
    el('figcaption', {}, el('a', { href: src, download: 'guide-qr-code.svg' }, 'Download the QR code (SVG)')),
  );
}

/** The panel: share link, QR code and, right after publishing only, the edit link. */
export function publishedPanel(share: string, edit?: string): HTMLElement {
  return el(
    'section',
    { class: 'gb-published', 'aria-labelledby': 'gb-published-h' },
    el('h2', { id: 'gb-published-h', tabindex: -1 }, edit ? 'Published: share it with your student' : 'Share link'),
    el(
      'div',
      { class: 'gb-share' },
      el(
        'div',
        {},
        linkBox('gb-share-link', 'Share link (anyone with it can read the guide)', share),
        el('p', {}, el('a', { href: share, target: '_blank', rel: 'noopener' }, "Open the student's view"), ' (new tab)'),
      ),
      qrFigure(share),
    ),
    edit &&
      el(
        'div',
        { class: 'gb-keep' },
        linkBox('gb-edit-link', 'Your private edit link', edit),
        el(
          'p',
          {},
          el('strong', {}, 'Keep this link somewhere safe now.'),
          ' It is the only way to change or delete this guide, and it is shown only this once: we keep no copy of it and cannot send it to you again. Do not give it to students: anyone who has it can change the guide.',
        ),
      ),
  );
}

/**
 * After publishing: the share link and its QR code (drawn here by uqr, no network), how long the guide
 * is kept, a download of the guide as saved (JSON, built here from the answer: no request), and the
 * private edit link (also the page's address from then on), with a plain warning to keep it.
 */
import type { GuideView } from './api.ts';
import { localePath } from '../../i18n/locale.ts';
import { el } from './dom.ts';
import { qrDataUrl } from './qr.ts';
import { words } from './words.ts';

const P = words.g.publish;

/** A read-only link with a Copy button (selecting the text where the clipboard is refused) and, when given, an e-mail link. */
function linkBox(id: string, label: string, url: string, mail?: { subject: string; body: string }): HTMLElement {
  const said = el('span', { class: 'gb-hint', 'aria-live': 'polite' });
  const field = el('input', { id, type: 'text', readonly: true, value: url, onfocus: () => field.select() });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      said.textContent = P.copied;
    } catch {
      field.select();
      said.textContent = P.selected;
    }
  };
  const mailto = mail && `mailto:?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
  return el(
    'div',
    { class: 'gb-linkbox' },
    el('label', { for: id }, label),
    el('span', { class: 'gb-linkrow' }, field, el('button', { type: 'button', onclick: () => void copy() }, P.copy), mailto && el('a', { id: `${id}-mail`, class: 'gb-mail', href: mailto }, P.email)),
    said,
  );
}

/** Side of the PNG in pixels: sharp at 1.5 inches and more, whatever the document tool scales it to. */
const PNG_SIZE = 1024;

/** The SVG drawn onto a canvas in the browser (no request), saved as PNG for tools that refuse SVG. */
async function downloadPng(src: string, said: HTMLElement) {
  try {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = PNG_SIZE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.imageSmoothingEnabled = false;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, PNG_SIZE, PNG_SIZE);
    context.drawImage(image, 0, 0, PNG_SIZE, PNG_SIZE);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const href = URL.createObjectURL(blob);
    el('a', { href, download: 'guide-qr-code.png' }).click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
    said.textContent = '';
  } catch {
    said.textContent = P.qrPngFailed;
  }
}

/** The QR code of a link as an SVG image, and downloads of it as SVG and as PNG for handouts and slides. */
export function qrFigure(url: string): HTMLElement {
  const src = qrDataUrl(url);
  const said = el('span', { class: 'gb-hint', 'aria-live': 'polite' });
  return el(
    'figure',
    { class: 'gb-qr' },
    el('img', { src, alt: P.qrAlt(url), width: 176, height: 176 }),
    el(
      'figcaption',
      {},
      el('a', { href: src, download: 'guide-qr-code.svg' }, P.qrDownload),
      el('br'),
      el('button', { type: 'button', class: 'gb-qr-png', onclick: () => void downloadPng(src, said) }, P.qrDownloadPng),
      said,
    ),
  );
}

/** "Kept until …" and the JSON download of the guide as last saved (GuideView: the API's answer). */
function savedLines(view: GuideView): HTMLElement {
  const json = `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(view.guide, null, 2)}\n`)}`;
  return el(
    'div',
    { id: 'gb-saved' },
    el('p', { id: 'gb-kept' }, P.keptUntil(view.expiresAt), ' ', el('a', { href: localePath(words.locale, '/privacy/') }, P.privacy)),
    el('p', {}, el('a', { id: 'gb-export', href: json, download: `guide-${view.id}.json` }, P.exportJson), el('span', { class: 'gb-hint' }, ` ${P.exportHint}`)),
  );
}

/** After a save: the expiry and the download follow the guide as now saved. */
export function showSaved(view: GuideView): void {
  document.getElementById('gb-saved')?.replaceWith(savedLines(view));
}

/** The panel: share link, QR code, expiry and download and the edit link (fresh: just published). */
export function publishedPanel(share: string, view: GuideView, edit?: string, fresh = true): HTMLElement {
  return el(
    'section',
    { class: 'gb-published', 'aria-labelledby': 'gb-published-h' },
    el('h2', { id: 'gb-published-h', tabindex: -1 }, edit && fresh ? P.published : P.shareLink),
    el(
      'div',
      { class: 'gb-share' },
      el(
        'div',
        {},
        linkBox('gb-share-link', P.shareLabel, share),
        el('p', {}, el('a', { href: share, target: '_blank', rel: 'noopener' }, P.open), P.newTab),
        savedLines(view),
      ),
      qrFigure(share),
    ),
    edit &&
      el(
        'div',
        { class: 'gb-keep' },
        linkBox('gb-edit-link', P.editLabel, edit, { subject: P.mailSubject(view.guide.title), body: P.mailBody(view.guide.title, edit) }),
        el(
          'p',
          {},
          el('strong', {}, P.keep),
          P.keepWhy,
        ),
      ),
  );
}

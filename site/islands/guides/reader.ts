/**
 * The student's view of a shared guide, /guides/?id=<id>: read-only, one request for the guide and its pay.
 * It opens in the guide's language: a guide in another language than the page's sends the reader, before
 * anything is drawn, to the same address on that language's page (/es/guides/?id=… for Spanish).
 */
import { byId, el, fill, pageData } from './dom.ts';
import { asFailure, call, shareUrl, type CredentialInfo, type GuideView } from './api.ts';
import { loadProgramLines } from './catalogs.ts';
import { qrDataUrl } from './qr.ts';
import { renderGuide, type ProgramLine } from './render.ts';
import { localePath, splitLocalePath } from '../../i18n/locale.ts';
import { words } from './words.ts';

const R = words.g.reader;
/** A site path in the page's language. */
const here = (path: string) => localePath(words.locale, path);
const root = byId('guide');
const credentials = pageData<CredentialInfo[]>('guide-credentials');

function show(view: GuideView, programs?: ProgramLine[]) {
  // The printed link and QR code lead to the guide's language, whichever page shows it.
  const url = shareUrl(location.origin, view.id, view.language);
  fill(root, renderGuide({ ...view, credentials, programs, share: { url, qr: qrDataUrl(url) } }));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
}

function problem(title: string, text: string, retry: boolean) {
  fill(
    root,
    el('h1', {}, title),
    el('p', { role: 'alert' }, text),
    retry && el('p', {}, el('button', { type: 'button', class: 'gd-retry', onclick: () => location.reload() }, R.retry)),
    el('p', {}, R.meanwhile, el('a', { href: here('/roles/') }, R.roles), ', ', el('a', { href: here('/salaries/') }, R.salaries), R.or, el('a', { href: here('/guides/new/') }, R.make), '.'),
  );
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
}

const id = new URLSearchParams(location.search).get('id');
if (!id) {
  problem(R.notHere, R.noId, false);
} else {
  try {
    const { data: view } = await call<GuideView>(`/api/guides/${encodeURIComponent(id)}`);
    if (view.language !== words.locale) {
      // Replace, not push: Back leaves the guide rather than bouncing through the wrong language's page.
      location.replace(`${localePath(view.language, splitLocalePath(location.pathname).path)}${location.search}${location.hash}`);
    } else {
      document.title = `${view.guide.title} · ${R.siteName}`;
      show(view);
      if (view.guide.programs?.length) {
        const programs = await loadProgramLines(view.guide.programs, view.area);
        if (programs) show(view, programs);
      }
    }
  } catch (e) {
    const f = asFailure(e);
    if (f.status === 410) problem(R.deletedTitle, R.deleted, false);
    else if (f.status === 404) problem(R.notHere, R.unknownId, false);
    else problem(R.notLoaded, f.detail, true);
  }
}

/** The student's view of a shared guide, /guides/?id=<id>: read-only, one request for the guide and its pay. */
import { byId, el, fill, pageData } from './dom.ts';
import { asFailure, call, shareUrl, type CredentialInfo, type GuideView } from './api.ts';
import { loadProgramLines } from './catalogs.ts';
import { qrDataUrl } from './qr.ts';
import { renderGuide, type ProgramLine } from './render.ts';

const SITE_NAME = 'Billing & Coding Explorer';
const root = byId('guide');
const credentials = pageData<CredentialInfo[]>('guide-credentials');

function show(view: GuideView, programs?: ProgramLine[]) {
  const url = shareUrl(location.origin, view.id);
  fill(root, renderGuide({ ...view, credentials, programs, share: { url, qr: qrDataUrl(url) } }));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
}

function problem(title: string, text: string, retry: boolean) {
  fill(
    root,
    el('h1', {}, title),
    el('p', { role: 'alert' }, text),
    retry && el('p', {}, el('button', { type: 'button', class: 'gd-retry', onclick: () => location.reload() }, 'Try again')),
    el('p', {}, 'Meanwhile: ', el('a', { href: '/roles/' }, 'the nine roles'), ', ', el('a', { href: '/salaries/' }, 'salaries by state'), ', or ', el('a', { href: '/guides/new/' }, 'make a guide'), '.'),
  );
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
}

const id = new URLSearchParams(location.search).get('id');
if (!id) {
  problem('This guide is not here', 'This address has no guide id. Check the link your counselor shared: it ends in ?id= and 22 letters and digits.', false);
} else {
  try {
    const { data: view } = await call<GuideView>(`/api/guides/${encodeURIComponent(id)}`);
    document.title = `${view.guide.title} · ${SITE_NAME}`;
    show(view);
    if (view.guide.programs?.length) {
      const programs = await loadProgramLines(view.guide.programs, view.area);
      if (programs) show(view, programs);
    }
  } catch (e) {
    const f = asFailure(e);
    if (f.status === 404) problem('This guide is not here', 'No guide has this id. The link may be incomplete, or the counselor may have deleted the guide.', false);
    else problem('The guide could not be loaded', f.detail, true);
  }
}

/**
 * Keeping a plan: save (or save changes), add to a calendar, print, the status of the last save, and
 * once saved the share link with how long the plan is kept and a download of it (JSON, built here from
 * the answer already loaded), and for the reader who holds the token the private edit link and delete.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { PlanPageMessages } from '../../i18n/plan-page-messages.ts';
import { localePath } from '../../i18n/locale.ts';
import { editUrl, feedPath, shareUrl } from './api.ts';
import { usePlanWords } from './words.ts';
import { copyText } from './copy.ts';
import { SAVE_STATUS_ID, type SavedRef } from './use-saved-plan.ts';

interface Props {
  readOnly: boolean;
  saved: SavedRef | null;
  /** The form differs from the plan as saved. */
  dirty: boolean;
  busy: boolean;
  /** The plan changed elsewhere since it was opened. */
  stale: boolean;
  /** A plan is previewed (the calendar of an unsaved plan comes from it). */
  canDownload: boolean;
  status: string;
  onSave: () => void;
  onDownload: () => void;
  /** Delete the plan (the reader holds its token). */
  onDelete: () => void;
  m: PlanPageMessages;
  /** Under the links: the calendar subscription of a saved plan. */
  children?: ReactNode;
}

export function SavePanel({ readOnly, saved, dirty, busy, stale, canDownload, status, onSave, onDownload, onDelete, m, children }: Props) {
  const { locale } = usePlanWords();
  const t = m.save;
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="pl-actions" aria-labelledby="pl-save-h">
      <h2 id="pl-save-h">{readOnly ? t.headingKeep : t.heading}</h2>
      <p className="pl-buttons">
        {!readOnly && (
          <button type="button" onClick={onSave} disabled={busy || stale}>
            {saved?.token ? t.saveChanges : t.saveNew}
          </button>
        )}
        {saved && !dirty ? (
          <a className="pl-button" href={feedPath(saved.id)} download>
            {t.calendar}
          </a>
        ) : (
          <button type="button" className="pl-secondary" onClick={onDownload} disabled={!canDownload}>
            {t.calendar}
          </button>
        )}
        <button type="button" className="pl-secondary" onClick={() => print()}>
          {t.print}
        </button>
      </p>
      {/* Focus lands here once a save is answered, so the result is read and the links are the next Tabs. */}
      <p className="pl-status" id={SAVE_STATUS_ID} role="status" tabIndex={-1}>
        {status}
      </p>
      {stale && (
        <p>
          <button type="button" onClick={() => location.reload()}>
            {t.reload}
          </button>
        </p>
      )}
      {saved && (
        <Links id={saved.id} token={saved.token} m={m.links}>
          {saved.expiresAt && (
            <p className="pl-kept" id="pl-kept">
              {t.keptUntil(saved.expiresAt)}
            </p>
          )}
        </Links>
      )}
      {children}
      {saved?.exported && (
        <p>
          <a id="pl-export" href={`data:application/json;charset=utf-8,${encodeURIComponent(saved.exported)}`} download={`plan-${saved.id}.json`}>
            {t.exportJson}
          </a>
        </p>
      )}
      {!saved && <p className="note">{t.about}</p>}
      <p className="note">
        <a href={localePath(locale, '/privacy/')}>{t.privacy}</a>
      </p>
      {saved?.token &&
        (confirming ? (
          <div className="pl-confirm" role="group" aria-labelledby="pl-confirm-text">
            <p id="pl-confirm-text">{t.confirm}</p>
            <p className="pl-buttons">
              <button type="button" className="pl-secondary" onClick={() => setConfirming(false)}>
                {t.keep}
              </button>
              <button type="button" className="pl-danger" disabled={busy} onClick={onDelete}>
                {t.deleteYes}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" className="pl-secondary" onClick={() => setConfirming(true)}>
              {t.delete}
            </button>
          </p>
        ))}
    </section>
  );
}

/** The share link (with `children` under it), and the private edit link when the reader holds the token, each with a copy button. */
function Links({ id, token, m, children }: { id: string; token?: string | undefined; m: PlanPageMessages['links']; children?: ReactNode }) {
  const { locale } = usePlanWords();
  const [copied, setCopied] = useState('');
  const copy = async (what: string, text: string, input: HTMLInputElement | null) => setCopied((await copyText(text, input)) ? m.copiedIt(what) : m.copyByHand(what));
  const shareRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLInputElement>(null);
  return (
    <div className="pl-links">
      <p className="pl-field">
        <label htmlFor="pl-share">{m.share}</label>
        <input id="pl-share" ref={shareRef} type="text" readOnly value={shareUrl(id, locale)} onFocus={(e) => e.target.select()} />
        <button type="button" className="pl-secondary" onClick={() => void copy(m.shareName, shareUrl(id, locale), shareRef.current)}>
          {m.copyShare}
        </button>
      </p>
      {children}
      {token && (
        <p className="pl-field">
          <label htmlFor="pl-edit">{m.edit}</label>
          <input id="pl-edit" ref={editRef} type="text" readOnly value={editUrl(id, token, locale)} onFocus={(e) => e.target.select()} aria-describedby="pl-edit-hint" />
          <span className="pl-hint" id="pl-edit-hint">
            {m.editHint}
          </span>
          <button type="button" className="pl-secondary" onClick={() => void copy(m.editName, editUrl(id, token, locale), editRef.current)}>
            {m.copyEdit}
          </button>
        </p>
      )}
      <p className="pl-status" role="status">
        {copied}
      </p>
    </div>
  );
}

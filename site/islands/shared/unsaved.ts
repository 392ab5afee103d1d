/**
 * Leaving with unsaved changes asks first: the browser's own "Leave site?" prompt (its words are the
 * browser's; no page may set them). One home for the guide builder and the planner.
 */

/** Ask before the page is left (closed, reloaded, Back, another address) whenever `unsaved()` is true; returns the remover. */
export function guardUnsaved(unsaved: () => boolean): () => void {
  const ask = (e: BeforeUnloadEvent) => {
    if (!unsaved()) return;
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    e.returnValue = '';
  };
  addEventListener('beforeunload', ask);
  return () => removeEventListener('beforeunload', ask);
}

/** Copying a link to the clipboard, with the text selected for Ctrl+C where the browser refuses. */

/** Copy `text`; false (with `input`'s text selected, to copy by hand) when the clipboard is not available. */
export async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

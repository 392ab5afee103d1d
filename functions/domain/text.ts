/** Text rules (pure) the API and the pages share, so a preview shows what will be stored. */

/** Bidirectional controls (embeddings, overrides, isolates, marks): they can make a shown text read other than it is. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** A one-line field as it is stored: without bidi controls. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

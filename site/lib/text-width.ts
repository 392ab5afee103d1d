/**
 * How wide a line of text is drawn, read from the font file's own advance widths (its `cmap` and
 * `hmtx` tables), so the share images can break and size lines to fit their column in any language.
 * Kerning is left out, so a measure is never narrower than the drawn line.
 */
import { readFileSync } from 'node:fs';

/** Glyph advances of one font, in em. */
interface Advances {
  /** The advance of a character, or of the font's missing glyph when it has none. */
  of: (codePoint: number) => number;
}

/** The font tables by tag: where each starts in the file. */
function tables(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  return new Map(Array.from({ length: count }, (_, i) => [font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16)] as const));
}

/** A format 4 character map (the Basic Multilingual Plane, Windows Unicode): code point to glyph id. */
function glyphOf(font: Buffer, cmap: number): (codePoint: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  const record = Array.from({ length: count }, (_, i) => cmap + 4 + i * 8).find((r) => font.readUInt16BE(r) === 3 && font.readUInt16BE(r + 2) === 1);
  if (record === undefined) throw new Error('The font has no Windows Unicode (3, 1) character map');
  const table = cmap + font.readUInt32BE(record + 4);
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    for (let i = 0; i < segments; i++) {
      if (font.readUInt16BE(ends + i * 2) < cp) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (start > cp) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The advances of the TrueType font in a file. */
function readAdvances(file: string): Advances {
  const font = readFileSync(file);
  const at = tables(font);
  const table = (tag: string) => {
    const offset = at.get(tag);
    if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyph = glyphOf(font, table('cmap'));
  // Glyphs past the last full metric share its advance (the monospaced tail of the table).
  const advance = (id: number) => font.readUInt16BE(hmtx + Math.min(id, metrics - 1) * 4) / unitsPerEm;
  const cache = new Map<number, number>();
  return {
    of: (cp) => {
      let width = cache.get(cp);
      if (width === undefined) cache.set(cp, (width = advance(glyph(cp))));
      return width;
    },
  };
}

/** A measure of lines in one regular and one bold font file. */
export interface TextMeasure {
  /** The width in px of `text` drawn at `size` px. */
  width: (text: string, size: number, bold: boolean) => number;
}

/** A measure for a regular and a bold font file (read once, when first asked). */
export function textMeasure(regularFile: string, boldFile: string): TextMeasure {
  let fonts: { regular: Advances; bold: Advances } | undefined;
  return {
    width: (text, size, bold) => {
      fonts ??= { regular: readAdvances(regularFile), bold: readAdvances(boldFile) };
      const font = bold ? fonts.bold : fonts.regular;
      let em = 0;
      for (const ch of text) em += font.of(ch.codePointAt(0)!);
      return em * size;
    },
  };
}

// Counting and cutting user text by what a reader sees as characters, not by UTF-16 units (JavaScript's
// `length`, `slice`): a rare name character (生僻字) beyond the Basic Multilingual Plane, such as 𬌗 U+2C317 or
// 𠮷 U+20BB7, is two UTF-16 units, and `slice` can cut it in half (a lone surrogate, shown as �, refused by
// PostgreSQL's JSON and by e-mail encoders).
//
// Two measures, on purpose:
//   - limits count code points (`characterCount`): what PostgreSQL's char_length() counts, stable across
//     Unicode versions and platforms, the same in the browser and the server; a name of 20 characters is 20
//     whether or not a character is in Extension B.
//   - cutting for display (`truncate`) keeps whole graphemes (Intl.Segmenter): a base character and the marks
//     or variation selector that follow it (e + U+0301, 𠮷 + U+E0100) stay together, so an excerpt never ends
//     on a bare base with its accent or glyph variant lost. Graphemes are not used for limits because their
//     rules change with Unicode versions (a limit must not move between a Node upgrade and the browser).

/** Code points in a text (what a length limit counts). */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: skip the low one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const graphemes = new Intl.Segmenter("zh-CN", { granularity: "grapheme" });
// Segmenting is slow on long strings (superlinear in V8 12), so only the prefix that can matter is segmented:
// a grapheme is at most this many UTF-16 units in any text a person writes.
const LONGEST_GRAPHEME = 32;

/**
 * The longest prefix of whole graphemes whose total `measure` is at most `max`, and whether the text was cut.
 * `unitsPerMeasure`: at most how many UTF-16 units one unit of the measure holds (1 grapheme ≤ LONGEST_GRAPHEME
 * units, 1 code point ≤ 2 units, 1 UTF-8 byte ≤ 1 unit), which bounds the prefix segmented.
 */
export function wholeGraphemesWithin(
  text: string,
  max: number,
  measure: (grapheme: string) => number,
  unitsPerMeasure: number,
): { text: string; cut: boolean } {
  const head = text.slice(0, (max + 1) * unitsPerMeasure + LONGEST_GRAPHEME);
  let used = 0;
  for (const { index, segment } of graphemes.segment(head)) {
    used += measure(segment);
    if (used > max) return { text: text.slice(0, index), cut: true };
  }
  return head.length === text.length ? { text, cut: false } : { text: head, cut: true };
}

/**
 * The text cut to at most `max` graphemes, with `ellipsis` appended when it was cut (the ellipsis counts
 * towards `max`). Never splits a surrogate pair, or a base from its combining marks or variation selector.
 * For display (excerpts, table cells); to fit a stored limit, use fitCharacters.
 */
export function truncate(text: string, max: number, ellipsis = "…"): string {
  if (max <= 0) return "";
  if (text.length <= max) return text; // fewer UTF-16 units than max: certainly fewer graphemes
  if (!wholeGraphemesWithin(text, max, () => 1, LONGEST_GRAPHEME).cut) return text;
  const keep = Math.max(0, max - characterCount(ellipsis));
  return `${wholeGraphemesWithin(text, keep, () => 1, LONGEST_GRAPHEME).text}${ellipsis}`;
}

/** The longest prefix of whole graphemes of at most `max` code points: fits a limit (zText), no broken character. */
export const fitCharacters = (text: string, max: number) => wholeGraphemesWithin(text, max, characterCount, 2).text;

/**
 * The `maxLength` attribute for a text input whose limit is `max` characters: browsers count UTF-16 units
 * there, so a name in Extension B characters would be cut at half its limit. The server checks the real limit.
 */
export const inputMaxLength = (max: number) => max * 2;

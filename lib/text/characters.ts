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
/** Segmenting is slow on long strings (superlinear in V8 12): only a bounded prefix is ever segmented. */
const UNITS_PER_GRAPHEME_BOUND = 16;

/**
 * The text cut to at most `max` graphemes, with `ellipsis` appended when it was cut (the ellipsis counts
 * towards `max`). Never splits a surrogate pair, or a base from its combining marks or variation selector.
 */
export function truncate(text: string, max: number, ellipsis = "…"): string {
  if (max <= 0) return "";
  if (text.length <= max) return text; // fewer UTF-16 units than max: certainly fewer graphemes
  const keep = max - characterCount(ellipsis);
  const head = text.slice(0, (max + 1) * UNITS_PER_GRAPHEME_BOUND);
  let cut = 0;
  let count = 0;
  for (const { index, segment } of graphemes.segment(head)) {
    count++;
    if (count > max) return `${text.slice(0, cut)}${ellipsis}`;
    if (count <= keep) cut = index + segment.length;
  }
  // At most max graphemes: nothing to cut when that was the whole text (else absurdly long graphemes).
  return head.length === text.length ? text : `${text.slice(0, cut)}${ellipsis}`;
}

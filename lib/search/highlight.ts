// Highlighting: the query's segments located in a title or a snippet. Returns plain segments, not HTML:
// the page renders marked segments as <mark> and React escapes every character, so a document's text
// can never inject markup. highlightHtml gives the same as an escaped HTML string (for the JSON API).

import { searchFold } from "./tokenize";

export type Highlighted = { text: string; mark: boolean }[];

// Needles come folded (searchFold: NFKC, lower case, no variation selectors), so the text is folded the same
// way, code point by code point, remembering where each folded code point came from: 𠮷 + U+E0100 野 is found
// by 𠮷野 and marked whole. Only characters that can change are normalised one by one (a loop over 70,000
// characters of a body and its attachments, 20 hits a page).
type Folded = { text: string; origin: Uint32Array }; // origin[i]: the original offset of folded unit i

const isSimple = (unit: number) => unit < 0x80 || (unit >= 0x3400 && unit <= 0x9fff);

function fold(text: string): Folded {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const width = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const char = text.slice(i, i + width);
    const folded = isSimple(unit) ? char.toLowerCase() : searchFold(char);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    i += width;
  }
  origin.push(text.length);
  return { text: parts.join(""), origin: Uint32Array.from(origin) };
}

// Combining marks (accents, variation selectors: all \p{M}) and joiners belong to the character before them.
const EXTENDS = /^[\p{M}\u200c\u200d]/u;

/** Moves an offset forward past the marks that belong to the character before it (never splits a grapheme). */
function pastMarks(text: string, at: number): number {
  while (at < text.length) {
    const rest = text.slice(at, at + 2);
    const mark = EXTENDS.exec(rest);
    if (!mark) break;
    at += mark[0].length;
  }
  return at;
}

/** The ranges of the original text where needles occur, longest needle first so 安全生产 wins over 安全. */
function matches(text: string, needles: string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + needle.length)) {
      const start = folded.origin[at];
      // The end: where the last matched folded unit's character ends, plus any marks on it.
      const lastOrigin = folded.origin[at + needle.length - 1];
      let end = at + needle.length;
      while (end < folded.origin.length - 1 && folded.origin[end] === lastOrigin) end++;
      const stop = pastMarks(text, folded.origin[end]);
      if (!ranges.some(([s, e]) => start < e && stop > s)) ranges.push([start, stop]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function highlight(text: string, needles: string[]): Highlighted {
  const out: Highlighted = [];
  let cursor = 0;
  for (const [start, end] of matches(text, needles)) {
    if (start > cursor) out.push({ text: text.slice(cursor, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: false });
  return out;
}

/** Markdown and whitespace out of a body, for a readable snippet. */
export function plainText(markdown: string) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`|~-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A window of about `size` characters (code points) around the first match in the first source that has one;
 * null when none has (the match was in the title or 文号 only).
 */
export function snippet(sources: string[], needles: string[], size = 120): Highlighted | null {
  for (const source of sources) {
    const text = plainText(source);
    const first = matches(text, needles)[0];
    if (!first) continue;
    const start = backCodePoints(text, first[0], Math.floor(size / 3));
    const end = pastMarks(text, forwardCodePoints(text, start, size));
    const window = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
    return highlight(window, needles);
  }
  return null;
}

const isLow = (text: string, at: number) => at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00;

/** `count` code points before `at` (then back to the start of the character the marks there belong to). */
function backCodePoints(text: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i > 0; n++) i -= isLow(text, i - 1) ? 2 : 1;
  // Never start on a mark or the second half of a pair.
  while (i > 0 && (isLow(text, i) || EXTENDS.test(text.slice(i, i + 2)))) i -= isLow(text, i - 1) ? 2 : 1;
  return i;
}

/** `count` code points after `at`. */
function forwardCodePoints(text: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i < text.length; n++) i += isLow(text, i + 1) ? 2 : 1;
  return Math.min(i, text.length);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function highlightHtml(parts: Highlighted) {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

// Highlighting: the query's segments located in a title or a snippet. Returns plain segments, not HTML:
// the page renders marked segments as <mark> and React escapes every character, so a document's text
// can never inject markup. highlightHtml gives the same as an escaped HTML string (for the JSON API).

import { searchFold } from "./tokenize";

export type Highlighted = { text: string; mark: boolean }[];

// Needles come folded (searchFold: NFKC, lower case, no variation selectors), so the text is folded the same
// way, code point by code point, remembering where each folded code point came from: 𠮷 + U+E0100 野 is found
// by 𠮷野 and marked whole. A snippet looks through up to 70,000 characters of a body and its attachments, 20
// hits a page: runs of characters that folding leaves at the same length (printable ASCII, the common CJK punctuation,
// ideographs — checked one by one against NFKC) are folded at once, the rest one code point at a time.
const SAME_LENGTH =
  /[\u0020-\u007e\u2010\u2012-\u2016\u2018-\u2023\u2027\u3001\u3002\u3005-\u3011\u3014-\u301f\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{2f7ff}\u{2fa20}-\u{3ffff}]+/gu;

/**
 * The folded text and where it came from, as pieces: a run folded at once maps unit for unit (`same`), a
 * character folded alone maps all its folded units to where it starts. The last piece marks the ends.
 */
type Folded = { text: string; foldedAt: number[]; originalAt: number[]; same: boolean[] };

function fold(text: string): Folded {
  const parts: string[] = [];
  const result: Folded = { text: "", foldedAt: [], originalAt: [], same: [] };
  let length = 0;
  const piece = (folded: string, at: number, same: boolean) => {
    if (!folded) return; // a variation selector: nothing in the folded text comes from it
    parts.push(folded);
    result.foldedAt.push(length);
    result.originalAt.push(at);
    result.same.push(same);
    length += folded.length;
  };
  let i = 0;
  const known = new Map<string, string>(); // a text repeats the few characters it folds (（）０-９, selectors)
  const oneByOne = (end: number) => {
    while (i < end) {
      const width = (text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < end ? 2 : 1;
      const char = text.slice(i, i + width);
      const folded = known.get(char) ?? searchFold(char);
      known.set(char, folded);
      piece(folded, i, false);
      i += width;
    }
  };
  for (const run of text.matchAll(SAME_LENGTH)) {
    oneByOne(run.index);
    piece(run[0].toLowerCase(), i, true);
    i += run[0].length;
  }
  oneByOne(text.length);
  result.text = parts.join("");
  result.foldedAt.push(length);
  result.originalAt.push(text.length);
  result.same.push(false);
  return result;
}

/** The piece a folded offset is in (binary search). */
function pieceOf(folded: Folded, at: number): number {
  let [low, high] = [0, folded.foldedAt.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (folded.foldedAt[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where the character holding folded unit `at` starts in the original, and where it ends. */
function originalOf(folded: Folded, at: number): [number, number] {
  const p = pieceOf(folded, at);
  if (!folded.same[p]) return [folded.originalAt[p], folded.originalAt[p + 1]];
  const start = folded.originalAt[p] + (at - folded.foldedAt[p]);
  return [start, start + 1];
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
      const [start] = originalOf(folded, at);
      // The end of the last matched character (the second half of a pair is a unit of its own in a run), and
      // any marks on it.
      let [, end] = originalOf(folded, at + needle.length - 1);
      if (isLow(text, end)) end++;
      end = pastMarks(text, end);
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
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
    const at = firstMatch(text, needles);
    if (at === null) continue;
    const start = backCodePoints(text, at, Math.floor(size / 3));
    const end = pastMarks(text, forwardCodePoints(text, start, size));
    const window = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
    return highlight(window, needles);
  }
  return null;
}

/**
 * Where the first needle starts in a long text. The whole text is folded natively first (fast) to tell whether
 * and about where a needle occurs; only the prefix up to there is folded code point by code point.
 */
function firstMatch(text: string, needles: string[]): number | null {
  const quick = searchFold(text);
  const found = needles.map((n) => (n ? quick.indexOf(n) : -1)).filter((i) => i >= 0);
  if (!found.length) return null;
  let length = Math.min(...found) + Math.max(...needles.map((n) => n.length)) + 64;
  for (;;) {
    let end = Math.min(text.length, length);
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    const first = matches(text.slice(0, end), needles)[0];
    if (first) return first[0];
    if (end >= text.length) return null;
    length *= 2; // folding shortened the text before the match (variation selectors): look further
  }
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

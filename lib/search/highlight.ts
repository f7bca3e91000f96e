// Highlighting: the query's segments located in a title or a snippet. Returns plain segments, not HTML:
// the page renders marked segments as <mark> and React escapes every character, so a document's text
// can never inject markup. highlightHtml gives the same as an escaped HTML string (for the JSON API).

export type Highlighted = { text: string; mark: boolean }[];

/** Case-insensitive, NFKC-insensitive enough for CJK; needles longest first so 安全生产 wins over 安全. */
function matches(text: string, needles: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
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
 * A window of about `size` characters around the first match in the first source that has one;
 * null when none has (the match was in the title or 文号 only).
 */
export function snippet(sources: string[], needles: string[], size = 120): Highlighted | null {
  for (const source of sources) {
    const text = plainText(source);
    const first = matches(text, needles)[0];
    if (!first) continue;
    const start = Math.max(0, first[0] - Math.floor(size / 3));
    const end = Math.min(text.length, start + size);
    const window = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
    return highlight(window, needles);
  }
  return null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function highlightHtml(parts: Highlighted) {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

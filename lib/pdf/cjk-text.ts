// Line breaking and measuring for the hand-written PDFs (reply letters, annual reports). Widths are the embedded
// fonts' own (lib/pdf/fonts.ts): proportional Latin letters and digits, full-width ideographs and punctuation, so
// what is centred or right-aligned here lands where it is drawn.
import { advanceEm } from "./fonts";

/** Characters that must not begin a line (避头): they stay at the end of the line before, hanging into the margin. */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』”’…—·,.;:?!)]%"));

/** Advance width in em of one character (a code point), as the embedded font draws it. */
export const widthEm = (char: string) => advanceEm(char);

const LATIN_WORD = /^[A-Za-z0-9\u00c0-\u024f]$/u;

/** The Latin word or number at the end of `line`, if something precedes it there (else "": nowhere to break). */
function trailingWord(line: string): string {
  const chars = Array.from(line);
  let start = chars.length;
  while (start > 0 && LATIN_WORD.test(chars[start - 1])) start--;
  return start > 0 ? chars.slice(start).join("") : "";
}

/** Breaks a paragraph into lines of at most `width` points at `size`, the first line indented by `indentEm`. */
export function wrapText(text: string, size: number, width: number, indentEm = 0): string[] {
  const lines: string[] = [];
  let line = "";
  let used = indentEm * size;
  for (const char of Array.from(text)) {
    if (char === "\n") {
      lines.push(line);
      line = "";
      used = 0;
      continue;
    }
    const w = widthEm(char) * size;
    if (used + w > width + 0.01 && line && !NO_LINE_START.has(char)) {
      // Chinese breaks between any two characters; a Latin word or number moves whole to the next line, unless
      // it alone is wider than the line (a long URL breaks where it must).
      const carry = LATIN_WORD.test(char) ? trailingWord(line) : "";
      lines.push(line.slice(0, line.length - carry.length));
      line = carry;
      used = textWidth(carry, size);
      if (char === " ") continue; // no space at the start of a line
    }
    line += char;
    used += w;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export const textWidth = (text: string, size: number) =>
  Array.from(text).reduce((sum, c) => sum + widthEm(c) * size, 0);

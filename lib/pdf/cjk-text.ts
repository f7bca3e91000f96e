// Text for the hand-written PDFs (reply letters, annual reports): one non-embedded CJK font, STSong-Light through
// the predefined CMap UniGB-UCS2-H over Adobe-GB1, so every PDF reader renders it with its own Song typeface,
// no font file ships with the document, and the text stays extractable (pdf.js, search, 读屏).

/** Characters that must not begin a line (避头): they stay at the end of the line before, hanging into the margin. */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』”’…—·,.;:?!)]%"));

/** Advance width in em: ASCII is half-width (/W gives its CIDs 500), everything else a full em. */
export const widthEm = (char: string) => (char >= " " && char <= "~" ? 0.5 : 1);

/** Text in the UCS-2 the CMap expects; characters outside the Basic Multilingual Plane become "?" (none in practice). */
export function hex(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    return (code > 0xffff ? 0x3f : code).toString(16).toUpperCase().padStart(4, "0");
  }).join("");
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
      lines.push(line);
      line = "";
      used = 0;
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

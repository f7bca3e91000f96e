// Which font draws a character, per character in fallback order (lib/pdf/font-files.ts), and how wide it is.
// Layout needs widths synchronously, so they come from the primary font, which is loaded once (≈ 0.1 s); the
// fallback fonts hold only CJK ideographs of Extensions B–H, all one em wide, and are loaded when a PDF embeds them.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import decompressWoff2 from "wawoff2/decompress.js";
import { hanaMinFiles, primaryFontPath, type SplitFontFile, systemFallbackPath } from "./font-files";

/** A font that can draw a character: the primary font, one HanaMin file, or the system fallback. */
export type FontSource =
  | { kind: "primary"; key: "primary" }
  | { kind: "split"; key: string; file: SplitFontFile }
  | { kind: "system"; key: "system"; path: string };

/** Printed in place of a character that no font has (〓, the typesetter's mark for a missing character). */
export const MISSING_MARK = "〓";

const PRIMARY: FontSource = { kind: "primary", key: "primary" };

let primary: fontkit.Font | undefined;

export function primaryFont(): fontkit.Font {
  primary ??= fontkit.create(readFileSync(primaryFontPath()));
  return primary;
}

let system: { path: string; font: fontkit.Font } | null | undefined;

/** The Debian fallback font, opened the first time a character needs it (≈ 50 MB, so only then). */
function systemFont(): { path: string; font: fontkit.Font } | null {
  if (system !== undefined) return system;
  const file = systemFallbackPath();
  system = file ? { path: file, font: fontkit.create(readFileSync(file)) } : null;
  return system;
}

/**
 * Code points that take no room and have no glyph of their own: variation selectors (incl. the ideographic
 * variation sequences of GB 18030 / IVD), zero-width joiners and spaces, the BOM. They are not drawn.
 */
export function isInvisible(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    codePoint === 0xfeff ||
    codePoint < 0x20
  );
}

const inRanges = (codePoint: number, ranges: Array<[number, number]>) =>
  ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

const bySource = new Map<number, FontSource | null>();

/** The first font in fallback order that has `codePoint`, or null when none does (then 〓 is printed). */
export function sourceFor(codePoint: number): FontSource | null {
  const known = bySource.get(codePoint);
  if (known !== undefined) return known;
  let found: FontSource | null = null;
  if (primaryFont().hasGlyphForCodePoint(codePoint)) found = PRIMARY;
  else {
    const split = hanaMinFiles().find((f) => inRanges(codePoint, f.ranges));
    if (split) found = { kind: "split", key: `split:${split.file}`, file: split };
    else {
      const fallback = systemFont();
      if (fallback?.font.hasGlyphForCodePoint(codePoint))
        found = { kind: "system", key: "system", path: fallback.path };
    }
  }
  bySource.set(codePoint, found);
  return found;
}

/**
 * Advance width of `char` in em. Characters of the primary font have its metrics (proportional Latin and digits,
 * full-width ideographs and punctuation); fallback characters are ideographs, one em wide, as is the 〓 mark.
 */
export function advanceEm(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (isInvisible(codePoint)) return 0;
  const font = primaryFont();
  if (!font.hasGlyphForCodePoint(codePoint)) return 1;
  return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
}

let woff2Queue: Promise<unknown> = Promise.resolve();

/**
 * WOFF2 → sfnt, one at a time, copied: wawoff2 answers a view into its WebAssembly memory, which the next
 * decompression overwrites — two requests decompressing at once would otherwise corrupt each other's font.
 */
function decompressed(woff2: Buffer): Promise<Buffer> {
  const run = woff2Queue.then(async () => Buffer.from(await decompressWoff2(woff2)));
  woff2Queue = run.catch(() => undefined);
  return run;
}

const splitFonts = new Map<string, Promise<fontkit.Font>>();

/** The fontkit font of a source; a HanaMin WOFF2 file is decompressed once and kept. */
export function loadFont(source: FontSource): Promise<fontkit.Font> {
  if (source.kind === "primary") return Promise.resolve(primaryFont());
  if (source.kind === "system") {
    const fallback = systemFont();
    if (!fallback) return Promise.reject(new Error(`${source.path} is no longer installed`));
    return Promise.resolve(fallback.font);
  }
  let font = splitFonts.get(source.key);
  if (!font) {
    font = decompressed(readFileSync(source.file.file)).then((sfnt) => fontkit.create(sfnt));
    splitFonts.set(source.key, font);
  }
  return font;
}

// The fonts of one PDF: each source font (lib/pdf/fonts.ts) that the document's text uses becomes one embedded
// subset holding only the glyphs used, as a Type 0 font with Identity-H encoding: the content streams show
// two-byte glyph ids of the subset, /W gives every glyph's real width (Latin no longer overlaps in viewers that
// ignore the old half-width guess), and a ToUnicode CMap maps each glyph back to its characters, surrogate pairs
// included, so the text is extractable (pdf.js, search, 读屏) down to 𬌗 and 𰻞.
// Glyphs enter a subset in order of first use and the subset's tag is a hash of its glyphs: same text, same bytes.
import { createHash } from "node:crypto";
import type * as fontkit from "fontkit";
import { type FontSource, isInvisible, loadFont, MISSING_MARK, sourceFor } from "./fonts";

/** A run of text in one font: its resource name and the glyph ids as hex, ready for `<…> Tj`. */
export type GlyphRun = { resource: string; hex: string };

type UsedFont = {
  resource: string;
  source: FontSource;
  font: fontkit.Font;
  subset: fontkit.Subset;
  /** Subset glyph id by character. */
  glyphs: Map<string, number>;
  /** Characters by subset glyph id (index = id), for ToUnicode and /W. */
  chars: string[];
  widths: number[];
};

/** A PDF object: a dictionary, or a stream with its dictionary entries (Length and Filter are added). */
export type PdfObject = { dict: string } | { dict: string; stream: Buffer };

/** UTF-16BE hex of `text` (surrogate pairs for characters beyond the BMP), for PDF text strings and ToUnicode. */
export function utf16Hex(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return out;
}

const glyphHex = (id: number) => id.toString(16).toUpperCase().padStart(4, "0");

export class FontSubsets {
  private readonly used = new Map<string, UsedFont>();

  /** Splits `text` into runs per font, adding its glyphs to the subsets. Invisible characters are skipped. */
  async encode(text: string): Promise<GlyphRun[]> {
    const runs: GlyphRun[] = [];
    for (const char of Array.from(text)) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (isInvisible(codePoint)) continue;
      const source = sourceFor(codePoint);
      const used = await this.fontFor(source ?? sourceFor(MISSING_MARK.codePointAt(0)!)!);
      const id = this.glyphOf(used, source ? char : MISSING_MARK);
      const last = runs[runs.length - 1];
      if (last?.resource === used.resource) last.hex += glyphHex(id);
      else runs.push({ resource: used.resource, hex: glyphHex(id) });
    }
    return runs;
  }

  /** Resource names in order (F1, F2, …), for the pages' /Font dictionary. */
  get resources(): string[] {
    return [...this.used.values()].map((u) => u.resource);
  }

  private async fontFor(source: FontSource): Promise<UsedFont> {
    const known = this.used.get(source.key);
    if (known) return known;
    const font = await loadFont(source);
    const used: UsedFont = {
      resource: `F${this.used.size + 1}`,
      source,
      font,
      subset: font.createSubset(),
      glyphs: new Map(),
      chars: [""],
      widths: [Math.round((font.glyphForCodePoint(0).advanceWidth * 1000) / font.unitsPerEm)],
    };
    used.subset.includeGlyph(0); // .notdef stays glyph 0
    this.used.set(source.key, used);
    return used;
  }

  private glyphOf(used: UsedFont, char: string): number {
    const known = used.glyphs.get(char);
    if (known !== undefined) return known;
    const glyph = used.font.glyphForCodePoint(char.codePointAt(0)!);
    const id = used.subset.includeGlyph(glyph.id);
    used.glyphs.set(char, id);
    if (used.chars[id] === undefined) {
      used.chars[id] = char;
      used.widths[id] = Math.round((glyph.advanceWidth * 1000) / used.font.unitsPerEm);
    }
    return id;
  }

  /**
   * The PDF objects of every used font, numbered from `firstId`: per font the Type 0 font (whose number is
   * returned by resource name), its CIDFont, descriptor, font file and ToUnicode CMap.
   */
  objects(firstId: number): { objects: PdfObject[]; ids: Map<string, number> } {
    const objects: PdfObject[] = [];
    const ids = new Map<string, number>();
    for (const used of this.used.values()) {
      const base = firstId + objects.length;
      ids.set(used.resource, base);
      const file = Buffer.from(used.subset.encode());
      const cff = used.font["CFF "] !== undefined;
      const postscriptName = (used.font.postscriptName || used.font.familyName || "Han").replace(/[^\w.-]/g, "");
      const name = `/${subsetTag(postscriptName, used.chars)}+${postscriptName}`;
      const scale = (v: number) => Math.round((v * 1000) / used.font.unitsPerEm);
      const { bbox } = used.font;
      const em = used.font.unitsPerEm;
      const ascent = scale(metric(() => used.font.ascent, 0.88 * em));
      objects.push({
        dict: `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${base + 1} 0 R] /ToUnicode ${base + 4} 0 R >>`,
      });
      objects.push({
        dict: `<< /Type /Font /Subtype /${cff ? "CIDFontType0" : "CIDFontType2"} /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${base + 2} 0 R /DW 1000 /W [0 [${used.widths.join(" ")}]]${cff ? "" : " /CIDToGIDMap /Identity"} >>`,
      });
      objects.push({
        dict: `<< /Type /FontDescriptor /FontName ${name} /Flags 4 /FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map(scale).join(" ")}] /ItalicAngle ${metric(() => used.font.italicAngle, 0)} /Ascent ${ascent} /Descent ${scale(metric(() => used.font.descent, -0.12 * em))} /CapHeight ${scale(metric(() => used.font.capHeight, 0.73 * em))} /StemV 80 /${cff ? "FontFile3" : "FontFile2"} ${base + 3} 0 R >>`,
      });
      objects.push({ dict: cff ? "/Subtype /CIDFontType0C" : `/Length1 ${file.length}`, stream: file });
      objects.push({ dict: "", stream: Buffer.from(toUnicodeCMap(used.chars), "latin1") });
    }
    return { objects, ids };
  }
}

/** A metric of `font`, or `fallback` when the table holding it is missing (the split HanaMin files have no post). */
function metric(read: () => number | null | undefined, fallback: number): number {
  try {
    return read() || fallback;
  } catch {
    return fallback;
  }
}

/** Six capital letters from the font and its glyphs (PDF 32000 §9.6.4), stable for the same text. */
function subsetTag(postscriptName: string, chars: string[]): string {
  const digest = createHash("sha256").update(postscriptName).update(chars.join("")).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join("");
}

function toUnicodeCMap(chars: string[]): string {
  const entries = chars.flatMap((char, id) => (id > 0 && char ? [`<${glyphHex(id)}> <${utf16Hex(char)}>`] : []));
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

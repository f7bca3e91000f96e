// The few parts of fontkit 3 and wawoff2 that lib/pdf uses; neither package ships type declarations.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }
  export interface Subset {
    /** Adds a glyph of the original font; answers its id in the subset (0 is .notdef, then 1, 2, … in order). */
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  export interface Font {
    postscriptName: string | null;
    familyName: string | null;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    /** Present on CFF-flavoured OpenType fonts. */
    "CFF "?: unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array): Font;
}

declare module "wawoff2/decompress.js" {
  /** WOFF2 → the plain sfnt (TrueType/OpenType) bytes. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}

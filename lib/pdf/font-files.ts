// Where the PDF fonts come from, in fallback order (see README, "PDF fonts"):
//   1. Noto Sans Hans Regular (npm @embedpdf/fonts-sc, OFL-1.1): Source Han Sans SC's glyph set, every BMP ideograph,
//      all of Extension A, the GB 18030 characters of Extensions B–F, Latin with proportional widths, CJK punctuation.
//   2. HanaMin A/B (npm hanamin, the Hanazono Mincho fonts split into WOFF2 files per Unicode block; the fonts are
//      free to use and redistribute, dual-licensed with OFL-1.1): all of Extensions B–F.
//   3. BabelStone Han (Debian fonts-babelstone-han, Arphic Public License), when installed: Extension G and H (𰻞).
// Everything is read from disk (node_modules, /usr/share/fonts), never from a URL: the 政务内网 has no internet.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Where Debian's fonts-babelstone-han puts it; GONGKAI_PDF_FALLBACK_FONT may name another TrueType/OpenType file. */
export const BABELSTONE_HAN = "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf";

/** A package's folder: through the resolver where the bundler allows it, else the project's node_modules. */
function packageDir(name: string, probe: string, entry: string, up: number): string {
  const candidates: string[] = [];
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(`${name}${entry ? `/${entry}` : ""}`));
    for (let i = 0; i < up; i++) dir = path.dirname(dir);
    candidates.push(dir);
  } catch {
    // A bundle may hide the resolver; the usual place follows.
  }
  candidates.push(path.join(process.cwd(), "node_modules", name));
  const found = candidates.find((dir) => existsSync(path.join(dir, probe)));
  if (!found)
    throw new Error(`The font package ${name} is not installed (looked in ${candidates.join(", ")}); run npm ci.`);
  return found;
}

let primaryPath: string | undefined;

/** Noto Sans Hans Regular, an OpenType (CFF) font of about 8 MB. */
export function primaryFontPath(): string {
  // The package exports only dist/index.*; its fonts/ folder sits one level above dist/.
  primaryPath ??= path.join(
    packageDir("@embedpdf/fonts-sc", "fonts/NotoSansHans-Regular.otf", "", 1),
    "fonts",
    "NotoSansHans-Regular.otf",
  );
  return primaryPath;
}

/** One WOFF2 file of HanaMin and the code points it holds (from the package's @font-face unicode-range). */
export type SplitFontFile = { file: string; ranges: Array<[number, number]> };

let hanaMin: SplitFontFile[] | undefined;

/** The HanaMin files, in the order of its stylesheet (HanaMinA's blocks, then HanaMinB's). */
export function hanaMinFiles(): SplitFontFile[] {
  if (hanaMin) return hanaMin;
  const dir = packageDir("hanamin", "HanaMin.css", "package.json", 0);
  const css = readFileSync(path.join(dir, "HanaMin.css"), "utf8");
  const files: SplitFontFile[] = [];
  for (const face of css.matchAll(/url\(([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const ranges = face[2].split(",").map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
      return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
    });
    files.push({ file: path.join(dir, face[1]), ranges });
  }
  hanaMin = files;
  return files;
}

/** The Debian fallback font's path, or null when it is not installed. */
export function systemFallbackPath(): string | null {
  const configured = process.env.GONGKAI_PDF_FALLBACK_FONT;
  if (configured) return existsSync(configured) ? configured : null;
  return existsSync(BABELSTONE_HAN) ? BABELSTONE_HAN : null;
}

// The PDFs' fonts, read back as a viewer reads them (pdf.js): every font embedded as a subset, names with
// characters beyond the BMP printed and extractable (𬌗 Ext E, 𠮷 𪚥 Ext B, 𰻞 Ext G), Latin and digits at their own
// widths, a one-page letter of tens of kilobytes, and the same bytes for the same input.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as fontkit from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDebianProgram } from "@/scripts/lib/debian-package";
import { textWidth, wrapText } from "./cjk-text";
import { BABELSTONE_HAN, hanaMinFiles, primaryFontPath } from "./font-files";
import { advanceEm, sourceFor } from "./fonts";
import { readBack } from "./read-back";
import { PageFlow } from "./page-flow";
import { writePdf } from "./write-pdf";

const RARE = ["𬌗", "𠮷", "𪚥", "𰻞"];
const squash = (text: string) => text.replace(/\s+/g, "");

/** A one-page letter-like PDF holding `lines`. */
async function pdfOf(lines: string[], title = "测试") {
  const pages = new PageFlow();
  for (const line of lines) pages.paragraph(line, 15, 2);
  return writePdf(pages.pages, { title, date: "2026-11-30" });
}

let fallback: { ok: true } | { ok: false; why: string };

beforeAll(() => {
  // Extension G (𰻞) is in no npm font package; the last fallback is Debian's BabelStone Han, installed here
  // as the browser is for the e2e tests (README: "PDF fonts").
  fallback = process.env.GONGKAI_PDF_FALLBACK_FONT
    ? { ok: true }
    : ensureDebianProgram({
        path: BABELSTONE_HAN,
        pkg: "fonts-babelstone-han",
        override: "GONGKAI_PDF_FALLBACK_FONT",
        rerun: "npm test",
      });
}, 300_000);

describe("the fonts' coverage (their cmaps)", () => {
  it("the primary font has every BMP ideograph of GB 18030 and all of Extension A", () => {
    const font = fontkit.create(readFileSync(primaryFontPath()));
    const missing = (from: number, to: number) => {
      let count = 0;
      for (let cp = from; cp <= to; cp++) if (!font.hasGlyphForCodePoint(cp)) count++;
      return count;
    };
    expect(missing(0x4e00, 0x9fa5)).toBe(0); // the 20,902 ideographs of GB 13000 / GB 18030's core
    expect(missing(0x3400, 0x4db5)).toBe(0); // Extension A
    expect(font.hasGlyphForCodePoint("𬌗".codePointAt(0)!)).toBe(true);
  });

  it("HanaMin covers Extensions B to F", () => {
    const ranges = hanaMinFiles().flatMap((f) => f.ranges);
    const covered = (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);
    for (const cp of [0x20000, 0x20bb7, 0x2a6a5, 0x2a700, 0x2b740, 0x2b820, 0x2ceb0, 0x2ebe0])
      expect(covered(cp), cp.toString(16)).toBe(true);
  });

  it("every rare character of the names has a font, Extension G from the Debian fallback", () => {
    if (!fallback.ok) throw new Error(fallback.why);
    for (const char of RARE) expect(sourceFor(char.codePointAt(0)!), char).not.toBeNull();
    expect(sourceFor("𰻞".codePointAt(0)!)?.kind).toBe("system");
  });
});

describe("writePdf", () => {
  it("embeds every font it uses, as subsets, and the rare characters print and read back", async () => {
    if (!fallback.ok) throw new Error(fallback.why);
    const pdf = await pdfOf(["申请人：王𬌗明、𠮷田、𪚥先生，𰻞𰻞面馆。"]);
    const read = await readBack(pdf);
    expect(read.fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of read.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, "a subset's name carries a tag").toMatch(/^[A-Z]{6}\+/);
    }
    const text = squash(read.items.map((i) => i.str).join(""));
    expect(text).toContain("王𬌗明");
    for (const char of RARE) expect(text).toContain(char);
    expect(text).not.toContain("?");
    expect(text).not.toContain("〓");
  });

  it("sets Latin letters and digits at their own widths, as the layout measured them", async () => {
    expect(advanceEm("i")).toBeLessThan(0.35);
    expect(advanceEm("W")).toBeGreaterThan(0.8);
    expect(advanceEm("0")).toBeCloseTo(advanceEm("8"), 5); // figures line up in tables
    expect(advanceEm("中")).toBe(1);
    const line = "Room 1101, No. 88 Wuyi Road 0123456789";
    const pdf = await pdfOf([line]);
    const item = (await readBack(pdf)).items.find((i) => i.str.includes("0123456789"));
    expect(item).toBeDefined();
    // pdf.js lays the run out from the embedded /W widths: they agree with lib/pdf's own measure (no overlap).
    expect(item!.width).toBeCloseTo(textWidth(item!.str, item!.size), 0);
  });

  it("is small (subsets) and the same bytes for the same input; another text gives another file identifier", async () => {
    const letter = [
      "张三：",
      "本机关于2026年11月2日收到您提出的政府信息公开申请，您申请公开的信息为：“2017年安全生产检查记录”。经审查，您申请公开的信息属于可以公开的政府信息。",
    ];
    const first = await pdfOf(letter);
    const second = await pdfOf(letter);
    expect(first.equals(second)).toBe(true);
    expect(first.length).toBeLessThan(100_000);
    const other = await pdfOf([...letter, "此复。"]);
    const id = (pdf: Buffer) => pdf.toString("latin1").match(/\/ID \[<([0-9A-F]+)>/)?.[1];
    expect(id(first)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other)).not.toBe(id(first));
    expect(first.toString("latin1")).toContain("/CreationDate (D:20261130000000+08'00')");
  });

  it("gives the same bytes when documents needing fonts not yet loaded are written at once", async () => {
    // Extension C and D characters: HanaMin files no other test here loads, decompressed concurrently.
    const texts = [["申请人𪜀𪜁先生"], ["申请人𫝀𫝁女士"], ["申请人𫠠𫠡同志"]];
    const together = await Promise.all(texts.map((t) => pdfOf(t)));
    for (const [i, t] of texts.entries()) {
      expect((await pdfOf(t)).equals(together[i]), t[0]).toBe(true);
      const text = squash((await readBack(together[i])).items.map((item) => item.str).join(""));
      expect(text).toContain(t[0]);
    }
  });

  it("prints 〓 for a character no font has, and draws nothing for a variation selector", async () => {
    const pdf = await pdfOf(["未编码字\u{2EBF0}后，葛\u{E0100}氏"]);
    const text = squash((await readBack(pdf)).items.map((i) => i.str).join(""));
    expect(text).toContain("未编码字〓后");
    expect(text).toContain("葛氏");
  });

  it("breaks lines by the real widths: a line of narrow letters holds more than one of wide ones", () => {
    const narrow = wrapText("i".repeat(200), 10, 100);
    const wide = wrapText("W".repeat(200), 10, 100);
    expect(narrow.length).toBeLessThan(wide.length);
    for (const line of wide) expect(textWidth(line, 10)).toBeLessThanOrEqual(100.01);
  });
});

// A second reader: poppler (Evince, Okular, most Linux viewers), where Debian's poppler-utils is installed.
describe.runIf(existsSync("/usr/bin/pdffonts"))("pdffonts (poppler)", () => {
  it("lists every font as embedded, subset, with a ToUnicode map", async () => {
    const pdf = await pdfOf(["王𬌗明 Room 1101 𠮷田"]);
    const dir = mkdtempSync(path.join(tmpdir(), "gongkai-pdf-"));
    try {
      const file = path.join(dir, "letter.pdf");
      writeFileSync(file, pdf);
      const rows = execFileSync("/usr/bin/pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      // name, type…, encoding, then "emb sub uni": all yes.
      for (const row of rows) expect(row, row).toMatch(/Identity-H\s+yes\s+yes\s+yes\s/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

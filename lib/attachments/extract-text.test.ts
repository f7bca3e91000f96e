import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as f from "@/tests/fixtures/attachments/build-fixtures";
import { extractAttachmentText, extractPdfText, MAX_TEXT_BYTES, pdfjsPackageDir } from "./extract-text";

describe("extractPdfText", () => {
  it("reads Latin text", async () => {
    expect(await extractPdfText(f.latinPdf("Budget report 2026"))).toBe("Budget report 2026");
  });

  it("reads Chinese text shown through the UniGB-UCS2-H CMap of a non-embedded font", async () => {
    const text = await extractPdfText(f.chinesePdf(["关于2026年部门预算的说明", "政府信息公开工作年度报告"]));
    expect(text).toContain("政府信息公开工作年度报告");
    expect(text).toContain("关于2026年部门预算的说明");
  });

  it("uses the CMaps inside the pdfjs-dist package on disk", () => {
    const dir = pdfjsPackageDir();
    expect(existsSync(path.join(dir, "cmaps", "UniGB-UCS2-H.bcmap"))).toBe(true);
    expect(existsSync(path.join(dir, "cmaps", "Adobe-GB1-UCS2.bcmap"))).toBe(true);
  });

  it("caps the text (1 MiB of UTF-8 by default) without cutting a character, and stops reading pages", async () => {
    expect(MAX_TEXT_BYTES).toBe(1024 * 1024);
    // pdf.js leaves out text beyond the page's edges, so the lines fit the page: 48 characters at 10 pt.
    const line = "政府信息公开工作年度报告".repeat(4);
    const pdf = multiPagePdf(Array.from({ length: 5 }, () => Array.from({ length: 60 }, () => line)));
    const full = await extractPdfText(pdf);
    expect(Buffer.byteLength(full, "utf8")).toBeGreaterThan(5 * 60 * 48 * 3);

    const capped = await extractPdfText(pdf, { maxBytes: 10_001 }); // not a multiple of 3: a character would be cut
    expect(Buffer.byteLength(capped, "utf8")).toBeLessThanOrEqual(10_001);
    expect(Buffer.byteLength(capped, "utf8")).toBeGreaterThan(10_001 - 3 - 2);
    expect(full.startsWith(capped)).toBe(true);
    expect(capped).not.toContain("\uFFFD");
  });

  it("throws on a damaged PDF (the caller decides what to do)", async () => {
    await expect(extractPdfText(Buffer.from("%PDF-1.7\nthis is not a PDF body"))).rejects.toThrow();
  });
});

describe("extractAttachmentText", () => {
  it("gives empty text for kinds without extraction yet", async () => {
    expect(await extractAttachmentText(f.docx(), "docx")).toBe("");
    expect(await extractAttachmentText(f.ofd(), "ofd")).toBe("");
    expect(await extractAttachmentText(f.png(), "png")).toBe("");
  });
});

/** A PDF with one page per entry of `pages`, each line in the Chinese font. */
function multiPagePdf(pages: string[][]): Buffer {
  // The same Type0 font as chinesePdf(), shared by all pages.
  const ucs2 = (text: string) => Array.from(text, (c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("");
  const objects: string[] = [];
  const pageIds: number[] = [];
  const fontId = 3;
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[fontId] =
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>";
  objects[4] =
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>";
  objects[5] =
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>";
  let next = 6;
  for (const lines of pages) {
    const content = ["BT", "/F1 10 Tf", "12 TL", "20 800 Td", ...lines.map((l) => `<${ucs2(l)}> Tj T*`), "ET"].join(
      "\n",
    );
    const contentId = next++;
    const pageId = next++;
    objects[contentId] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`;
    pageIds.push(pageId);
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  for (let id = 1; id < next; id++) {
    offsets[id] = Buffer.byteLength(body, "latin1");
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let id = 1; id < next; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

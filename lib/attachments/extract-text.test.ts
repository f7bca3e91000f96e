import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as f from "@/tests/fixtures/attachments/build-fixtures";
import { warmExtractionWorkers } from "./extract-pool";
import * as t from "@/tests/fixtures/attachments/text-fixtures";
import { extractLimits } from "./config";
import { detectAttachmentType } from "./detect-type";
import { extractAttachmentText, extractPdfText, MAX_TEXT_BYTES, pdfjsPackageDir } from "./extract-text";

// Workers load tsx, pdf.js, mammoth and SheetJS once (seconds on a busy machine); the tests time the files.
beforeAll(() => warmExtractionWorkers(), 120_000);

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

describe("extractAttachmentText: the formats agencies send, with Chinese text", () => {
  it("reads a .docx: paragraphs split across runs come out whole, table cells too", async () => {
    const bytes = t.wordDocx(["关于做好2026年政府信息公开工作的通知", "各区人民政府，市政府各部门："], {
      table: [
        ["序号", "公开事项"],
        ["1", "财政预决算"],
      ],
    });
    const { text, status } = await extractAttachmentText(bytes, "docx");
    expect(status).toBe("OK");
    expect(text).toContain("关于做好2026年政府信息公开工作的通知");
    expect(text).toContain("各区人民政府，市政府各部门：");
    expect(text).toContain("财政预决算");
  });

  it("reads a Word 97-2003 .doc / WPS .wps (the same OLE2 format), body and footnotes, rare characters kept", async () => {
    const bytes = t.word97(["关于印发《𠮷野区政务公开办法》的通知", "王𬌗明同志任办公室主任。"], {
      footnote: "本办法自印发之日起施行。",
    });
    expect(detectAttachmentType(bytes)?.kind).toBe("doc");
    const { text, status } = await extractAttachmentText(bytes, "doc");
    expect(status).toBe("OK");
    expect(text.split("\n")).toEqual(
      expect.arrayContaining([
        "关于印发《𠮷野区政务公开办法》的通知",
        "王𬌗明同志任办公室主任。",
        "本办法自印发之日起施行。",
      ]),
    );
  });

  it.each(["xlsx", "xls"] as const)("reads every sheet of a .%s, cells as shown", async (kind) => {
    const bytes = t.workbook(
      {
        收入预算: [
          ["项目", "金额（万元）"],
          ["一般公共预算拨款", 1234.5],
        ],
        支出预算: [["基本支出", 800]],
      },
      kind,
    );
    expect(detectAttachmentType(bytes)?.kind).toBe(kind);
    const { text, status } = await extractAttachmentText(bytes, kind);
    expect(status).toBe("OK");
    expect(text).toContain("一般公共预算拨款\t1234.5");
    expect(text).toContain("支出预算\n基本支出\t800");
  });

  it("reads an OFD page by page, joining characters set one per text object on a line", async () => {
    const bytes = t.ofdDocument([
      ["三元区人民政府办公室文件", "关于公布政务服务事项的通知", "各乡镇人民政府"],
      ["附件：事项清单"],
    ]);
    expect(detectAttachmentType(bytes)?.kind).toBe("ofd");
    const { text, status } = await extractAttachmentText(bytes, "ofd");
    expect(status).toBe("OK");
    expect(text).toBe("三元区人民政府办公室文件\n关于公布政务服务事项的通知\n各乡镇人民政府\n\n附件：事项清单");
  });

  it("gives NONE for images and for documents without text", async () => {
    expect(await extractAttachmentText(f.png(), "png")).toEqual({ text: "", status: "NONE" });
    expect(await extractAttachmentText(t.wordDocx([]), "docx")).toEqual({ text: "", status: "NONE" });
    expect(await extractAttachmentText(f.ofd(), "ofd")).toEqual({ text: "", status: "NONE" }); // no pages
  });

  it("leaves the caller's bytes usable (the worker gets a copy)", async () => {
    const bytes = t.wordDocx(["政府信息公开"]);
    const before = Buffer.from(bytes);
    await extractAttachmentText(bytes, "docx");
    expect(bytes.equals(before)).toBe(true);
  });
});

describe("extractAttachmentText: bounded against hostile and damaged files", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("refuses a zip bomb (a 300 KiB .docx inflating to 300 MiB) quickly, as UNREADABLE", async () => {
    const bomb = t.docxBomb(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const result = await extractAttachmentText(bomb, "docx");
    expect(result).toMatchObject({ text: "", status: "UNREADABLE" });
    expect(result.error).toMatch(/expands to more than/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it("GONGKAI_EXTRACT_MAX_MB lowers the expansion limit", async () => {
    vi.stubEnv("GONGKAI_EXTRACT_MAX_MB", "1");
    const result = await extractAttachmentText(t.docxBomb(2), "docx");
    expect(result.status).toBe("UNREADABLE");
  });

  it("stops a file that never ends after GONGKAI_EXTRACT_SECONDS, as TIMEOUT", async () => {
    vi.stubEnv("GONGKAI_EXTRACT_SECONDS", "1.5");
    const started = Date.now();
    const result = await extractAttachmentText(t.endlessPdf(), "pdf");
    expect(result).toMatchObject({ text: "", status: "TIMEOUT" });
    // The worker's own start has its allowance; the file itself gets 1.5 s.
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 40_000);

  it.each([
    [
      "a .docx without word/document.xml",
      () => f.zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<oops" }),
      "docx",
    ],
    ["a .doc whose WordDocument stream is not Word", () => f.wordDocument97(), "doc"],
    ["a truncated .xls", () => t.workbook({ 表: [["数据"]] }, "xls").subarray(0, 1024), "xls"],
    ["an OFD without OFD.xml", () => f.zipOf({ "Doc_0/Document.xml": "<ofd:Document/>" }), "ofd"],
    ["a damaged PDF", () => Buffer.from("%PDF-1.7\nthis is not a PDF body"), "pdf"],
  ] as const)(
    "gives UNREADABLE with the reason for %s",
    async (_label, bytes, kind) => {
      const result = await extractAttachmentText(bytes(), kind);
      expect(result.status).toBe("UNREADABLE");
      expect(result.text).toBe("");
      expect(result.error).toBeTruthy();
    },
    30_000,
  ); // a worker stopped by the test before is replaced, which takes its start again

  it("refuses nonsense limits by name", () => {
    expect(() => extractLimits({ GONGKAI_EXTRACT_SECONDS: "0" })).toThrow(/GONGKAI_EXTRACT_SECONDS/);
    expect(() => extractLimits({ GONGKAI_EXTRACT_MAX_MB: "lots" })).toThrow(/GONGKAI_EXTRACT_MAX_MB/);
    expect(extractLimits({})).toEqual({ milliseconds: 30_000, expandBytes: 256 * 1024 * 1024 });
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

import { describe, expect, it } from "vitest";
import { downloadFileName, MAX_FILE_NAME_BYTES, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it("keeps an ordinary Chinese name as it is", () => {
    expect(sanitizeFileName("关于2026年部门预算的说明（定稿）.pdf")).toBe("关于2026年部门预算的说明（定稿）.pdf");
  });

  it("keeps only the last segment of a path", () => {
    expect(sanitizeFileName("C:\\fakepath\\年度报告.docx")).toBe("年度报告.docx");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("a/b\\c.pdf")).toBe("c.pdf");
  });

  it("removes control characters and bidirectional overrides", () => {
    expect(sanitizeFileName("report\u0000\u0007\n.pdf")).toBe("report.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(sanitizeFileName("\uFEFFname\u200B.pdf")).toBe("name.pdf");
  });

  it("replaces characters Windows refuses and drops leading and trailing dots", () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*.pdf')).toBe("a_b_c_d_e_f_g_.pdf");
    expect(sanitizeFileName(".htaccess")).toBe("htaccess");
    expect(sanitizeFileName("report.pdf. . ")).toBe("report.pdf");
  });

  it("falls back to a neutral name when nothing is left", () => {
    expect(sanitizeFileName("")).toBe("attachment");
    expect(sanitizeFileName("..", "pdf")).toBe("attachment.pdf");
    expect(sanitizeFileName("/\u0000/", "docx")).toBe("attachment.docx");
  });

  it("cuts long names to 255 UTF-8 bytes, keeping the extension and whole characters", () => {
    const name = sanitizeFileName(`${"公".repeat(200)}.pdf`); // 604 bytes
    expect(Buffer.byteLength(name, "utf8")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toBe(`${"公".repeat(83)}.pdf`); // 83 × 3 + 4 = 253
    const emoji = sanitizeFileName(`${"😀".repeat(100)}.xlsx`);
    expect(Buffer.byteLength(emoji, "utf8")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(😀)+\.xlsx$/u);
  });

  it("cuts names of rare characters (4 bytes each) and variation sequences without breaking one", () => {
    const rare = sanitizeFileName(`王𬌗明${"𠮷".repeat(100)}的申请.pdf`);
    expect(Buffer.byteLength(rare, "utf8")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(rare).toBe(`王𬌗明${"𠮷".repeat(60)}.pdf`); // 3 + 4 + 3 + 60 × 4 + 4 = 254 bytes; one more 𠮷 is 258
    expect(rare).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    // 𠮷 + U+E0100 is 8 bytes: kept whole or not at all, never 𠮷 without its selector.
    for (let pad = 0; pad < 8; pad++) {
      const ivs = sanitizeFileName(`${"a".repeat(pad)}${"𠮷\u{E0100}".repeat(40)}.pdf`);
      expect(ivs).toMatch(/^a*(𠮷\u{E0100})+\.pdf$/u);
      expect(Buffer.byteLength(ivs, "utf8")).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    }
    // A base and its combining accent stay together too.
    expect(sanitizeFileName(`${"公".repeat(83)}a\u0302\u0323x.pdf`)).toBe(`${"公".repeat(83)}.pdf`);
  });

  it("normalises to NFC", () => {
    expect(sanitizeFileName("cafe\u0301.pdf")).toBe("caf\u00e9.pdf");
  });
});

describe("downloadFileName", () => {
  it("keeps a name whose extension fits the detected type", () => {
    expect(downloadFileName("年度报告.PDF", "pdf")).toBe("年度报告.PDF");
    expect(downloadFileName("photo.jpeg", "jpeg")).toBe("photo.jpeg");
  });

  it("adds the detected type's extension otherwise", () => {
    expect(downloadFileName("年度报告.docx", "pdf")).toBe("年度报告.docx.pdf");
    expect(downloadFileName("scan", "jpeg")).toBe("scan.jpg");
  });
});

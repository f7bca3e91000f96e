import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeText, parseCsv, readTable } from "./read-table";
import { ImportValidationError } from "./errors";

describe("CSV", () => {
  it("parses quoted separators, quotes and line breaks, numbering rows as a spreadsheet does", () => {
    const rows = parseCsv('标题,正文\r\n"甲,乙","第一段\n第二段"\r\n"他说""好""",x\n');
    expect(rows).toEqual([
      { row: 1, cells: ["标题", "正文"] },
      { row: 2, cells: ["甲,乙", "第一段\n第二段"] },
      { row: 3, cells: ['他说"好"', "x"] },
    ]);
  });

  it("reads tab-separated text (Excel's Unicode text export)", () => {
    expect(parseCsv("标题\t体裁\n通知甲\t通知")).toEqual([
      { row: 1, cells: ["标题", "体裁"] },
      { row: 2, cells: ["通知甲", "通知"] },
    ]);
  });

  it("decodes UTF-8 with and without BOM, and GBK/GB18030 (detected or chosen)", () => {
    const text = "标题,元商务〔2017〕12号";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "auto")).toBe(text);
    expect(decodeText(utf8, "auto")).toBe(text);
    const gbk = new Uint8Array(iconv.encode(text, "gbk"));
    expect(decodeText(gbk, "auto")).toBe(text);
    expect(decodeText(gbk, "gb18030")).toBe(text);
    expect(() => decodeText(gbk, "utf-8")).toThrow(ImportValidationError);
  });

  it("skips blank lines but keeps the row numbers", () => {
    const table = readTable({ bytes: new TextEncoder().encode("标题\n\n甲\n,\n乙\n"), fileName: "a.csv" });
    expect(table.header).toEqual({ row: 1, cells: ["标题"] });
    expect(table.rows.map((r) => r.row)).toEqual([3, 5]);
  });
});

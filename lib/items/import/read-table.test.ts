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

  // Names and titles with characters beyond the BMP: GB 18030 writes them as 4-byte sequences (𬌗 = 99 31 D2 39),
  // which GBK cannot hold; both must come back intact, detected without being told.
  const RARE = "标题,申请人\r\n关于王𬌗明、𠮷\u{E0100}野、𪚥、𰻞𰻞面的答复,张𱁬\r\n";
  const messageOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as ImportValidationError).rowErrors[0]?.message;
    }
    return "accepted";
  };

  it("detects GB 18030 with 4-byte sequences for Extension B–G characters", () => {
    const gb18030 = new Uint8Array(iconv.encode(RARE, "gb18030"));
    expect([...gb18030.subarray(gb18030.indexOf(0x99), gb18030.indexOf(0x99) + 4)]).toEqual([0x99, 0x31, 0xd2, 0x39]);
    expect(decodeText(gb18030, "auto")).toBe(RARE);
    expect(decodeText(gb18030, "gb18030")).toBe(RARE);
    expect(readTable({ bytes: gb18030, fileName: "a.csv" }).rows[0].cells).toEqual([
      "关于王𬌗明、𠮷\u{E0100}野、𪚥、𰻞𰻞面的答复",
      "张𱁬",
    ]);
  });

  it("decodes UTF-8 with rare characters, and every byte order mark (UTF-8, UTF-16 LE/BE, GB 18030's own)", () => {
    const utf8 = new TextEncoder().encode(RARE);
    expect(decodeText(utf8, "auto")).toBe(RARE);
    expect(decodeText(utf8, "utf-8")).toBe(RARE);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "gb18030")).toBe(RARE);
    expect(decodeText(new Uint8Array(iconv.encode(`\ufeff${RARE}`, "utf-16le")), "auto")).toBe(RARE);
    expect(decodeText(new Uint8Array(iconv.encode(`\ufeff${RARE}`, "utf-16be")), "auto")).toBe(RARE);
    const gbBom = new Uint8Array(iconv.encode(`\ufeff${RARE}`, "gb18030"));
    expect([...gbBom.subarray(0, 4)]).toEqual([0x84, 0x31, 0x95, 0x33]);
    expect(decodeText(gbBom, "auto")).toBe(RARE);
  });

  it("reads GBK as Chinese Excel saves it (GB 18030 is its superset), including its one-byte euro sign", () => {
    const text = "标题,金额\r\n关于〔2017〕12号的通知,€5\r\n";
    expect(decodeText(new Uint8Array(iconv.encode(text, "gbk")), "auto")).toBe(text);
  });

  it("refuses bytes that are neither UTF-8 nor GB 18030, and binary files, instead of importing mojibake", () => {
    expect(messageOf(() => decodeText(new Uint8Array([0x81, 0x30, 0xff, 0x41]), "auto"))).toBe("importUnknownEncoding");
    expect(messageOf(() => decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]), "auto"))).toBe(
      "importUnreadable",
    );
    // Chosen UTF-8 but GB 18030 bytes: says so, as before.
    expect(messageOf(() => decodeText(new Uint8Array(iconv.encode(RARE, "gb18030")), "utf-8"))).toBe("importNotUtf8");
  });

  it("skips blank lines but keeps the row numbers", () => {
    const table = readTable({ bytes: new TextEncoder().encode("标题\n\n甲\n,\n乙\n"), fileName: "a.csv" });
    expect(table.header).toEqual({ row: 1, cells: ["标题"] });
    expect(table.rows.map((r) => r.row)).toEqual([3, 5]);
  });
});

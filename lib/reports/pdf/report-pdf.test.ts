// The report's PDF parses in pdf.js, its text holds the title, the narrative, every table's headings and
// figures, the fees sentence and the 落款, and its tables are drawn with ruled cells.
import { describe, expect, it } from "vitest";
import { extractPdfText } from "@/lib/attachments/extract-text";
import { readBack } from "@/lib/pdf/read-back";
import { REQUEST_ROWS } from "@/lib/reports/formats/request-table";
import { handBuiltFigures } from "@/tests/integration/reports/public-figures";
import { attachmentDisposition, type ReportPdfInput, reportPdf, reportPdfFileName } from "./report-pdf";

const squash = (text: string) => text.replace(/\s+/g, "");

const narrative = {
  introduction: "本报告根据《中华人民共和国政府信息公开条例》编制。",
  overview: "2025年，我局坚持以公开为常态、不公开为例外，**全面推进**政务公开。\n\n- 完善制度\n- 加强培训",
  problems: "政策解读形式较为单一。",
  otherMatters: "无其他需要报告的事项。",
};

describe("reportPdf", () => {
  it("holds the narrative, 表二/三/四 with their figures, the fees sentence and the 落款", async () => {
    const pdf = await reportPdf({
      agencyName: "三明市三元区商务局",
      year: 2025,
      scope: "OWN",
      format: "GOV_2021",
      figures: handBuiltFigures(2025, { feesCollectedYuan: 150 }),
      narrative,
      publishedOn: "2026-01-20",
    });
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = squash(await extractPdfText(pdf));
    for (const expected of [
      "三明市三元区商务局2025年政府信息公开工作年度报告",
      "本报告根据《中华人民共和国政府信息公开条例》编制。",
      "全面推进政务公开",
      "·完善制度",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "政策解读形式较为单一",
      "六、其他需要报告的事项",
      "2025年度，本机关共收取政府信息公开信息处理费150元。",
      "第二十条第（一）项",
      "本年制发件数",
      "行政事业性收费",
      "申请人情况",
      "法人或其他组织",
      "三、本年度办理结果",
      "（三）不予公开",
      "行政复议",
      "未经复议直接起诉",
      "复议后起诉",
      "2026年1月20日",
    ])
      expect(text, expected).toContain(squash(expected));
    // Every 表三 row label is printed (wrapped in its cell, so compare without spaces).
    for (const row of REQUEST_ROWS) expect(text, row.label).toContain(squash(row.label));
    // A figure of 表三: 四、结转下年度 (row 24) 总计 (column 6) = 2406.
    expect(text).toContain("2406");
    // Ruled cells: at least one rectangle per cell of 表三 (10 columns × 28 rows minus spans).
    expect((pdf.toString("latin1").match(/ re S/g) ?? []).length).toBeGreaterThan(200);
  });

  it("prints a report of the older format with its one table and numbers the correction", async () => {
    const pdf = await reportPdf({
      agencyName: "三元区商务局",
      year: 2017,
      scope: "OWN",
      format: "LEGACY_2008",
      figures: handBuiltFigures(2017),
      publishedOn: "2018-01-25",
      narrative: { ...narrative, overview: "2017年，我局扎实开展政府信息公开工作。" },
      version: { number: 2, correctionReason: "更正主动公开文件数" },
    });
    const text = squash(await extractPdfText(pdf));
    for (const expected of [
      "三元区商务局2017年政府信息公开工作年度报告",
      "第2版",
      "更正主动公开文件数",
      "二、政府信息公开情况统计表",
      "指标名称",
      "历年累计",
      "主动公开文件数",
      "其中：1.政府网站公开数",
      "四、其他需要报告的事项",
      "2017年度，本机关未收取政府信息公开信息处理费。",
    ]) {
      expect(text, expected).toContain(squash(expected));
    }
    expect(text).not.toContain("申请人情况");
  });

  it("embeds its fonts as subsets, prints rare characters of the narrative, and is the same bytes each time", async () => {
    const input: ReportPdfInput = {
      agencyName: "三明市三元区商务局",
      year: 2025,
      scope: "OWN",
      format: "GOV_2021",
      figures: handBuiltFigures(2025),
      narrative: { ...narrative, otherMatters: "本年度表彰政务公开先进个人王𬌗明、𠮷田。" },
      publishedOn: "2026-01-20",
    };
    const pdf = await reportPdf(input);
    const read = await readBack(pdf);
    expect(read.fonts.length).toBeGreaterThan(0);
    for (const font of read.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
    const text = squash(read.items.map((i) => i.str).join(""));
    expect(text).toContain("王𬌗明、𠮷田");
    expect(pdf.length).toBeLessThan(400_000);
    expect((await reportPdf(input)).equals(pdf)).toBe(true);
    expect(pdf.toString("latin1")).toContain("/CreationDate (D:20260120000000+08'00')");
  });

  it("names the download in Chinese (RFC 5987) with an ASCII fallback", () => {
    expect(reportPdfFileName("三元区商务局", 2025)).toBe("三元区商务局2025年政府信息公开工作年度报告.pdf");
    expect(reportPdfFileName("三元区商务局", 2025, 1)).toBe("三元区商务局2025年政府信息公开工作年度报告（第1版）.pdf");
    const header = attachmentDisposition("三元区商务局2025年报告.pdf", "annual-report-350403001-2025.pdf");
    expect(header).toBe(
      `attachment; filename="annual-report-350403001-2025.pdf"; filename*=UTF-8''${encodeURIComponent("三元区商务局2025年报告.pdf")}`,
    );
  });
});

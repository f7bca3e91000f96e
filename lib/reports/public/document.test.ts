// The report's outline as the official documents print it, and the sentence on 信息处理费 in section 六.
import { describe, expect, it } from "vitest";
import { feesSentence, reportOutline, reportTitle, signature } from "./document";

describe("the report document", () => {
  it("prints 一 … 六 around the three tables in today's formats, and 一 … 四 around the one table of the older format", () => {
    const titles = (format: Parameters<typeof reportOutline>[0]) =>
      reportOutline(format).map((p) => (p.kind === "tables" ? `[${p.view}]` : (p.title ?? "引言")));
    expect(titles("GOV_2021")).toEqual([
      "引言",
      "一、总体情况",
      "[current]",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(titles("TRIAL_2019")).toEqual(titles("GOV_2021"));
    expect(titles("LEGACY_2008")).toEqual([
      "引言",
      "一、总体情况",
      "[legacy]",
      "三、存在的主要问题及改进情况",
      "四、其他需要报告的事项",
    ]);
    expect(
      reportOutline("GOV_2021")
        .filter((p) => p.kind === "narrative" && p.withFees)
        .map((p) => p.kind === "narrative" && p.section),
    ).toEqual(["otherMatters"]);
  });

  it("states the fees collected, or that none were", () => {
    expect(feesSentence(2025, 0)).toBe("2025年度，本机关未收取政府信息公开信息处理费。");
    expect(feesSentence(2025, 150)).toBe("2025年度，本机关共收取政府信息公开信息处理费150元。");
    expect(feesSentence(2025, 12.5, "COMBINED")).toBe("2025年度，本级及所属部门共收取政府信息公开信息处理费12.50元。");
  });

  it("titles the report and signs it with the agency and the date of publication", () => {
    expect(reportTitle("三明市三元区商务局", 2025)).toBe("三明市三元区商务局2025年政府信息公开工作年度报告");
    expect(signature("三明市三元区商务局", "2026-01-20")).toEqual(["三明市三元区商务局", "2026年1月20日"]);
    expect(signature("三明市三元区商务局", null)).toEqual(["三明市三元区商务局"]);
  });
});

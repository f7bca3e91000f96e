// 表二's entered figures: which a year's layout needs, and what each accepts.
import { describe, expect, it } from "vitest";
import { manualFigureSpecsForYear, parseManualFigureValue } from "./manual-figure-specs";

describe("the entered figures a report needs", () => {
  it("follows the year's layout: four for 2021 on, sixteen in the trial format, none in the older format", () => {
    expect(manualFigureSpecsForYear(2025).map((s) => [s.key, s.kind, s.label])).toEqual([
      ["licensing.decisions", "count", "行政许可·本年处理决定数量"],
      ["penalty.decisions", "count", "行政处罚·本年处理决定数量"],
      ["coercion.decisions", "count", "行政强制·本年处理决定数量"],
      ["fees.amount", "amount", "行政事业性收费·本年收费金额（单位：万元）"],
    ]);
    const trial = manualFigureSpecsForYear(2019);
    expect(trial).toHaveLength(16);
    expect(trial.find((s) => s.key === "licensing.change")?.kind).toBe("change");
    expect(trial.find((s) => s.key === "procurement.amount")?.kind).toBe("amount");
    expect(manualFigureSpecsForYear(2017)).toEqual([]);
  });
});

describe("an entered value", () => {
  it("is a whole count, an amount in 万元 with at most 4 decimals, or a signed change", () => {
    expect(parseManualFigureValue("36", "count")).toEqual({ value: "36" });
    expect(parseManualFigureValue(" 1,200 ", "count")).toEqual({ value: "1200" });
    expect(parseManualFigureValue("３６", "count")).toEqual({ value: "36" });
    expect(parseManualFigureValue("007", "count")).toEqual({ value: "7" });
    expect(parseManualFigureValue("", "count")).toEqual({ error: "required" });
    expect(parseManualFigureValue("-1", "count")).toEqual({ error: "figureNegative" });
    expect(parseManualFigureValue("2.5", "count")).toEqual({ error: "figureWholeNumber" });
    expect(parseManualFigureValue("三十", "count")).toEqual({ error: "figureWholeNumber" });
    expect(parseManualFigureValue("12.3456", "amount")).toEqual({ value: "12.3456" });
    expect(parseManualFigureValue("12.34567", "amount")).toEqual({ error: "figureDecimals" });
    expect(parseManualFigureValue("-3", "amount")).toEqual({ error: "figureNegative" });
    expect(parseManualFigureValue("1e3", "amount")).toEqual({ error: "figureAmount" });
    expect(parseManualFigureValue("-3", "change")).toEqual({ value: "-3" });
    expect(parseManualFigureValue("+2", "change")).toEqual({ value: "2" });
    expect(parseManualFigureValue("1.5", "change")).toEqual({ error: "figureWholeChange" });
  });
});

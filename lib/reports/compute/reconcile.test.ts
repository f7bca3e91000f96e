// 勾稽关系 on a table alone: every column is checked, and a break names its column and both sides.
import { describe, expect, it } from "vitest";
import { REQUEST_COLUMNS, REQUEST_ROWS } from "@/lib/reports/formats/request-table";
import type { FigureTable } from "@/lib/reports/types";
import { COUNTING_RULES } from "./counting-rules";
import { reconcile } from "./reconcile";

function table(values: Record<string, number[]>): FigureTable {
  return {
    columns: REQUEST_COLUMNS.map(({ key, label }) => ({ key, label })),
    rows: REQUEST_ROWS.map((row) => ({
      key: row.key,
      label: row.label,
      values: values[row.key] ?? [0, 0, 0, 0, 0, 0, 0],
    })),
  };
}

describe("reconcile", () => {
  it("accepts 一 + 二 = 三（七）+ 四 in every column", () => {
    expect(
      reconcile(
        table({
          new: [2, 0, 0, 0, 0, 1, 3],
          carried_in: [1, 0, 0, 0, 0, 0, 1],
          "result.total": [2, 0, 0, 0, 0, 0, 2],
          carried_out: [1, 0, 0, 0, 0, 1, 2],
        }),
      ),
    ).toEqual({ ok: true, breaks: [] });
  });

  it("lists each column that does not reconcile", () => {
    const result = reconcile(table({ new: [2, 1, 0, 0, 0, 0, 3], "result.total": [2, 0, 0, 0, 0, 0, 2] }));
    expect(result).toEqual({
      ok: false,
      breaks: [
        { column: "commercial", columnLabel: "商业企业", incoming: 1, outgoing: 0 },
        { column: "total", columnLabel: "总计", incoming: 3, outgoing: 2 },
      ],
    });
  });
});

describe("COUNTING_RULES", () => {
  it("states every rule once, in words", () => {
    expect(new Set(COUNTING_RULES.map((r) => r.key)).size).toBe(COUNTING_RULES.length);
    for (const rule of COUNTING_RULES) expect(rule.title.length > 0 && rule.text.length > 10, rule.key).toBe(true);
    expect(COUNTING_RULES.map((r) => r.title)).toEqual(
      expect.arrayContaining([
        "本年新收政府信息公开申请数量",
        "上年结转政府信息公开申请数量",
        "结转下年度继续办理",
        "勾稽关系",
      ]),
    );
  });
});

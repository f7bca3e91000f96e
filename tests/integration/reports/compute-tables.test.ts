// 表四, 表二 (counted and entered cells), the older format and the writer's figures for 三元区商务局's hand-built
// year (tests/support/report-records.ts), each checked against values written out by hand.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeReport } from "@/lib/reports/compute/compute-report";
import type { ComputedReport } from "@/lib/reports/types";
import { seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addManualFigure, buildAppeals, buildCommerceYear, buildItems } from "../../support/report-records";

let agencies: DemoAgencyIds;

beforeEach(async () => {
  agencies = await seedDemo();
});

const report = (year: number) => computeReport(db, { agencyId: agencies.commerce, year, scope: "OWN" });
const rows = (table: { rows: { key: string; values: (number | null)[] }[] }) =>
  Object.fromEntries(table.rows.map((r) => [r.key, r.values]));

describe("表四 行政复议、行政诉讼", () => {
  // Columns: review.{upheld, corrected, other, pending, total}, suit_direct.{…}, suit_after_review.{…}
  it("counts a case in every year it was open, under its result in the year it concluded", async () => {
    await buildAppeals(agencies.commerce);
    const appeals = async (year: number) => (await report(year)).current.appeals.rows[0]!.values;
    expect((await report(2025)).current.appeals.columns.map((c) => c.key)).toEqual([
      "review.upheld",
      "review.corrected",
      "review.other",
      "review.pending",
      "review.total",
      "suit_direct.upheld",
      "suit_direct.corrected",
      "suit_direct.other",
      "suit_direct.pending",
      "suit_direct.total",
      "suit_after_review.upheld",
      "suit_after_review.corrected",
      "suit_after_review.other",
      "suit_after_review.pending",
      "suit_after_review.total",
    ]);
    expect(await appeals(2023)).toEqual([0, 0, 0, 0, 0, /**/ 0, 0, 0, 1, 1, /**/ 0, 0, 0, 0, 0]); // A4 pending
    expect(await appeals(2024)).toEqual([0, 0, 0, 2, 2, /**/ 0, 0, 1, 0, 1, /**/ 0, 0, 0, 0, 0]); // A1, A8 pending; A4 其他结果
    expect(await appeals(2025)).toEqual([1, 1, 0, 2, 4, /**/ 0, 0, 0, 1, 1, /**/ 0, 0, 1, 0, 1]); // A1 维持, A2 纠正, A3 A8 pending; A5 pending; A6 其他
    expect(await appeals(2026)).toEqual([0, 0, 0, 2, 2, /**/ 1, 0, 0, 0, 1, /**/ 0, 0, 0, 1, 1]); // A3 A8 pending; A5 维持; A7 pending
  });
});

describe("表二 主动公开政府信息情况", () => {
  it("counts published 规章 and 行政规范性文件 (made, repealed, valid); withdrawn, withheld and draft items never count", async () => {
    await buildItems(agencies.commerce);
    const proactive = (await report(2025)).current.proactive;
    expect(proactive.columns.map((c) => c.key)).toEqual(["made", "repealed", "valid", "decisions", "amount"]);
    const table = rows(proactive);
    expect(table.regulation).toEqual([1, 1, 1, null, null]); // made I1; repealed I2; valid I1 (I8 is a draft)
    expect(table.normative_document).toEqual([2, 1, 3, null, null]); // made I4 I11 (not I6 withdrawn, I7 withheld); repealed I5; valid I3 I4 I11
  });

  it("uses the 2019 trial layout for 2020: 本年新制作 / 本年新公开 / 对外公开总数量", async () => {
    await buildItems(agencies.commerce);
    const r2020 = await report(2020);
    expect(r2020.format).toBe("TRIAL_2019");
    expect(r2020.currentFormat).toBe("TRIAL_2019");
    const table = rows(r2020.current.proactive);
    expect(table.regulation!.slice(0, 3)).toEqual([1, 1, 1]); // I2
    expect(table.normative_document!.slice(0, 3)).toEqual([0, 0, 0]);
    // And the year after, in today's layout: I4's 失效 on 2026-01-31 is a repeal of 2026.
    const r2026 = rows((await report(2026)).current.proactive);
    expect(r2026.normative_document).toEqual([0, 1, 2, null, null]); // repealed I4; valid I3 I11
  });

  it("takes the entered figures from the report and lists the ones still missing", async () => {
    const empty = await report(2025);
    expect(empty.missingManualFigures).toEqual([
      "licensing.decisions",
      "penalty.decisions",
      "coercion.decisions",
      "fees.amount",
    ]);
    await addManualFigure(agencies.commerce, 2025, "OWN", "licensing.decisions", 12);
    await addManualFigure(agencies.commerce, 2025, "OWN", "penalty.decisions", 3);
    await addManualFigure(agencies.commerce, 2024, "OWN", "coercion.decisions", 9); // another year
    await addManualFigure(agencies.commerce, 2025, "COMBINED", "coercion.decisions", 5); // another scope
    const r = await report(2025);
    const table = rows(r.current.proactive);
    expect(table.licensing).toEqual([null, null, null, 12, null]);
    expect(table.penalty).toEqual([null, null, null, 3, null]);
    expect(table.coercion).toEqual([null, null, null, null, null]);
    expect(r.missingManualFigures).toEqual(["coercion.decisions", "fees.amount"]);
    await addManualFigure(agencies.commerce, 2025, "OWN", "coercion.decisions", 0);
    await addManualFigure(agencies.commerce, 2025, "OWN", "fees.amount", 1.25); // 万元
    const complete = await report(2025);
    expect(complete.missingManualFigures).toEqual([]);
    expect(rows(complete.current.proactive).administrative_fees).toEqual([null, null, null, null, 1.25]);
  });
});

describe("the older format and the writer's figures of the hand-built year", () => {
  let r: ComputedReport;
  beforeEach(async () => {
    await buildCommerceYear(agencies.commerce);
    r = await report(2025);
  });

  it("fills 本年 and 历年累计 from the records", () => {
    expect(r.legacy.legacy.columns.map((c) => c.key)).toEqual(["this_year", "cumulative"]);
    expect(rows(r.legacy.legacy)).toEqual({
      "proactive.total": [5, 7], // I1 I3 I4 I9 I10; + I2 I5 (I11 is published in 2026, I6 withdrawn)
      "proactive.website": [4, 6], // not I10 (公开栏)
      "proactive.gazette": [1, 1], // I1
      "requests.total": [24, 37], // 表三 row 一; + 2023–2024 ones and the 8 requests appealed
      "requests.in_person": [1, 1],
      "requests.online": [20, 33], // 网络 and 电子邮件
      "requests.letter_fax": [2, 2],
      "replies.total": [24, 34],
      "replies.granted": [3, 5],
      "replies.partial": [2, 2],
      "replies.refused": [8, 16],
      "replies.other": [11, 11],
      complaints: [2, 3],
      reviews: [2, 4], // A2 A3; + A1 A8
      lawsuits: [2, 3], // A5 A6; + A4
    });
  });

  it("gives the writer items by top-level category and channel, 政策解读, requests and late replies", () => {
    const figures = r.writerFigures;
    expect(figures.byCategory.map(({ key, label, value }) => [key, label, value])).toEqual([
      ["category:政策、规范性文件类", "政策、规范性文件类", 3], // I1 I4 I9
      ["category:财政资金类", "财政资金类", 1], // I10, filed under 财政资金类/专项资金
      ["category:未分类", "未分类", 1], // I3
    ]);
    expect(figures.byChannel.map(({ key, label, value }) => [key, label, value])).toEqual([
      ["channel:WEBSITE", "政府网站", 4],
      ["channel:GAZETTE", "政府公报", 1],
      ["channel:BULLETIN_BOARD", "公开栏", 1],
      ["channel:NEW_MEDIA", "新媒体", 1],
    ]);
    expect(figures).toMatchObject({ interpretations: 1, requestsReceived: 24, requestsConcluded: 24, repliedLate: 3 });
    expect(r.feesCollectedYuan).toBe(200);
  });
});

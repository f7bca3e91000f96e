// The seed report (shared/seeds): 三元区商务局's 2017 附表 in the older format, computed from the demo data
// (its 27 published items, 15 of them in 2017, all on 政府网站; no request, reply, complaint or appeal).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData, DEMO_COMMERCE_CODE } from "@/lib/demo/seed-demo-data";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import type { ComputedReport } from "@/lib/reports/types";

let commerce: string;

beforeEach(async () => {
  await seedDemoData(db); // with the published history
  commerce = (await db.agency.findUniqueOrThrow({ where: { code: DEMO_COMMERCE_CODE } })).id;
});

function legacyTable(report: ComputedReport) {
  return Object.fromEntries(report.legacy.legacy.rows.map((row) => [row.key, row.values]));
}

describe("三元区商务局 2017 (the seed report's 附表)", () => {
  it("reproduces the older format's table exactly", async () => {
    const report = await computeReport(db, { agencyId: commerce, year: 2017, scope: "OWN" });
    expect(report.format).toBe("LEGACY_2008");
    expect(report.legacy.legacy.columns.map((c) => c.label)).toEqual(["本年", "历年累计"]);
    const table = legacyTable(report);
    expect(table["proactive.total"]).toEqual([15, 27]);
    expect(table["proactive.website"]).toEqual([15, 27]);
    expect(table["proactive.gazette"]).toEqual([0, 0]);
    for (const key of LEGACY_ROW_KEYS.filter((k) => !k.startsWith("proactive.")))
      expect(table[key], key).toEqual([0, 0]);
    expect(report.legacy.legacy.rows.every((row) => row.unit === "条")).toBe(true);
  });

  it("gives the writer the category breakdown of 2017 (机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6)", async () => {
    const report = await computeReport(db, { agencyId: commerce, year: 2017, scope: "OWN" });
    expect(report.writerFigures.byCategory.map(({ label, value }) => [label, value])).toEqual([
      ["机构职能类", 8],
      ["政策、规范性文件类", 1],
      ["安全生产、应急管理类", 6],
    ]);
    expect(report.writerFigures.byChannel.find((f) => f.key === "channel:WEBSITE")?.value).toBe(15);
    expect(report.writerFigures.interpretations).toBe(0); // 尚无政策解读件
    expect(report.reconciliation.ok).toBe(true);
  });

  it("counts the same bureau inside the district government's combined report", async () => {
    const government = (await db.agency.findUniqueOrThrow({ where: { code: "350403000" } })).id;
    const report = await computeReport(db, { agencyId: government, year: 2017, scope: "COMBINED" });
    expect(legacyTable(report)["proactive.total"]).toEqual([15, 27]);
    const own = await computeReport(db, { agencyId: government, year: 2017, scope: "OWN" });
    expect(legacyTable(own)["proactive.total"]).toEqual([0, 0]);
  });
});

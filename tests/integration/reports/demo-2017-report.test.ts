// The demo data publishes 三元区商务局's 2017 annual report as the seed prints it: the older format's table
// computed from the imported items (主动公开文件数 15 / 27, 政府网站公开数 15 / 27, 政府公报公开数 0 / 0, every
// other row 0 / 0), the seed's narrative, written by staff, approved by the leader, dated 2018-01-15.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { LEGACY_ROW_KEYS } from "@/lib/reports/formats/legacy-table";
import type { FrozenFigures, ReportNarrative } from "@/lib/reports/types";
import { DEMO, userIdOf } from "../../support/principals";

// Every test starts from a truncated database (tests/support/test-database.ts), so each one seeds.
let version: Awaited<ReturnType<typeof loadVersion>>;
const loadVersion = () =>
  db.annualReportVersion.findFirstOrThrow({
    where: { report: { agency: { code: "350403001" }, year: 2017, scope: "OWN" } },
    include: { report: true },
  });

beforeEach(async () => {
  expect(await seedDemoData(db)).toEqual({ created: true });
  version = await loadVersion();
});

/** The seed's 附表, row by row: [本年, 历年累计]. */
const SEED_2017: Record<string, [number, number]> = {
  "proactive.total": [15, 27],
  "proactive.website": [15, 27],
  "proactive.gazette": [0, 0],
};

describe("the demo's 2017 report of 三元区商务局", () => {
  it("is published once, in the older format, on 2018-01-15 (before the 31 January deadline)", async () => {
    expect(await db.annualReportVersion.count({ where: { reportId: version.reportId } })).toBe(1);
    expect(version).toMatchObject({ number: 1, format: "LEGACY_2008", correctionReason: "" });
    expect(version.report).toMatchObject({ status: "PUBLISHED", format: "LEGACY_2008" });
    expect(fromDbDate(version.publishedOn)).toBe("2018-01-15");
    expect(version.submittedById).toBe(await userIdOf(DEMO.commerceStaff));
    expect(version.approvedById).toBe(await userIdOf(DEMO.commerceLeader));
  });

  it("freezes the seed's table: 15/27, 15/27, 0/0 and every other row 0/0", () => {
    const table = (version.figures as unknown as FrozenFigures).legacy.legacy;
    expect(table.columns.map((c) => c.key)).toEqual(["this_year", "cumulative"]);
    expect(table.rows.map((r) => r.key)).toEqual(LEGACY_ROW_KEYS);
    for (const row of table.rows) expect(row.values, row.label).toEqual(SEED_2017[row.key] ?? [0, 0]);
  });

  it("freezes the figures the seed's text cites: 机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6, no 政策解读", () => {
    const writer = (version.figures as unknown as FrozenFigures).writerFigures;
    const byCategory = Object.fromEntries(writer.byCategory.filter((f) => f.value > 0).map((f) => [f.label, f.value]));
    expect(byCategory).toEqual({ 机构职能类: 8, "政策、规范性文件类": 1, "安全生产、应急管理类": 6 });
    expect(writer.interpretations).toBe(0);
    expect(writer.requestsReceived).toBe(0);
  });

  it("carries the seed's narrative: 引言, 一 概述, 五 问题及改进措施, 六 无", () => {
    const narrative = version.narrative as unknown as ReportNarrative;
    expect(narrative.introduction).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(narrative.introduction).toContain("0598-8336118");
    expect(narrative.overview).toMatch(/^2017年，我局按照《中华人民共和国政府信息公开条例》/);
    for (const heading of [
      "（一）以政务公开助力稳增长",
      "（五）公开制度建设情况",
      "（六）组织机构建设和经费投入情况",
      "（七）公开渠道建设和利用情况",
    ]) {
      expect(narrative.overview).toContain(heading);
    }
    expect(narrative.overview.split("\n\n").length).toBeGreaterThanOrEqual(8);
    expect(narrative.problems).toContain("（一）存在的主要问题");
    expect(narrative.problems).toContain("三是进一步增进与社会公众的沟通");
    expect(narrative.otherMatters).toBe("无。");
  });

  it("publishes nothing for 2025 (the browser journey does), and the seed runs once", async () => {
    expect(await db.annualReportVersion.count({ where: { report: { year: { not: 2017 } } } })).toBe(0);
    expect(await db.annualReport.count()).toBe(1);
    expect(await seedDemoData(db)).toEqual({ created: false });
    expect(await db.annualReportVersion.count()).toBe(1);
  });
});

// The trial format (国办公开办函〔2019〕60号, the 2019 and 2020 reports) prints a single （六）其他处理 row in 表三:
// the sub-rows (逾期不补正 / 逾期未缴费 / 其他) came with 国办公开办函〔2021〕30号 for the 2021 reports. Its count is
// every 其他处理 outcome; the 勾稽关系, the drill-down, the public table, the PDF and the open data follow.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { extractPdfText } from "@/lib/attachments/extract-text";
import { computeReport } from "@/lib/reports/compute/compute-report";
import { drillDown } from "@/lib/reports/compute/drill-down";
import { manualFigureSpecsForYear } from "@/lib/reports/manual-figure-specs";
import { reportPdf } from "@/lib/reports/pdf/report-pdf";
import { requestGrid } from "@/lib/reports/public/table-grid";
import { setManualFigure } from "@/lib/reports/set-manual-figure";
import type { FrozenFigures } from "@/lib/reports/types";
import { GET as reportRoute } from "@/app/api/v1/agencies/[code]/reports/[year]/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addRequest } from "../../support/report-records";
import { draftReport, narrativeFor, publish } from "./public-publish";

vi.stubEnv("NEXTAUTH_URL", "");

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader] = await Promise.all([DEMO.commerceStaff, DEMO.commerceLeader].map(principalFor));
});

const SUB_ROWS = ["result.other.no_correction", "result.other.unpaid_fee", "result.other.other"];
const squash = (text: string) => text.replace(/\s+/g, "");

/** 2020: one request of each 其他处理 outcome (自然人, 商业企业, 科研机构) and one 予以公开 (自然人); 2021 one 其他. */
async function buildYears() {
  await addRequest(agencies.commerce, {
    applicantType: "NATURAL_PERSON",
    receivedOn: "2020-03-02",
    concludedOn: "2020-04-20",
    outcome: "OTHER_NO_CORRECTION",
  });
  await addRequest(agencies.commerce, {
    applicantType: "COMMERCIAL",
    receivedOn: "2020-05-06",
    concludedOn: "2020-07-01",
    outcome: "OTHER_UNPAID_FEE",
  });
  await addRequest(agencies.commerce, {
    applicantType: "RESEARCH",
    receivedOn: "2020-09-01",
    concludedOn: "2020-09-10",
    outcome: "OTHER_OTHER",
  });
  await addRequest(agencies.commerce, {
    applicantType: "NATURAL_PERSON",
    receivedOn: "2020-10-09",
    concludedOn: "2020-10-20",
    outcome: "GRANTED",
  });
  await addRequest(agencies.commerce, {
    applicantType: "NATURAL_PERSON",
    receivedOn: "2021-03-01",
    concludedOn: "2021-03-05",
    outcome: "OTHER_OTHER",
  });
}

const rowsOf = (figures: Pick<FrozenFigures, "current">) =>
  Object.fromEntries(figures.current.requests.rows.map((r) => [r.key, r.values]));

describe("表三 of the trial format (2019–2020)", () => {
  it("has one （六）其他处理 row counting every 其他处理 outcome, and still reconciles", async () => {
    await buildYears();
    const r2020 = await computeReport(db, { agencyId: agencies.commerce, year: 2020, scope: "OWN" });
    expect(r2020.currentFormat).toBe("TRIAL_2019");
    const keys = r2020.current.requests.rows.map((r) => r.key);
    expect(keys).toHaveLength(23);
    expect(keys).toContain("result.other");
    for (const key of SUB_ROWS) expect(keys).not.toContain(key);
    // Its place: after （五）5, before （七）总计.
    expect(keys.slice(keys.indexOf("result.declined.confirmation"), keys.indexOf("result.total") + 1)).toEqual([
      "result.declined.confirmation",
      "result.other",
      "result.total",
    ]);
    const other = r2020.current.requests.rows.find((r) => r.key === "result.other")!;
    expect(other).toMatchObject({ label: "（六）其他处理" });
    expect(other.group).toBeUndefined();
    // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    expect(other.values).toEqual([1, 1, 1, 0, 0, 0, 3]);
    expect(rowsOf(r2020)["result.total"]).toEqual([2, 1, 1, 0, 0, 0, 4]); // 3 其他处理 + 1 予以公开
    expect(r2020.reconciliation).toEqual({ ok: true, breaks: [] });

    // 2021 is printed in today's format, with the three sub-rows.
    const r2021 = await computeReport(db, { agencyId: agencies.commerce, year: 2021, scope: "OWN" });
    expect(r2021.current.requests.rows.map((r) => r.key)).toEqual(expect.arrayContaining(SUB_ROWS));
    expect(r2021.current.requests.rows.map((r) => r.key)).not.toContain("result.other");
    expect(rowsOf(r2021)["result.other.other"]).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it("drills the single row down to the three requests it counts; the sub-rows are no cells in 2020", async () => {
    await buildYears();
    const drill = (year: number, row: string, column = "total") =>
      drillDown(db, { agencyId: agencies.commerce, year, scope: "OWN", cell: { table: "requests", row, column } });
    const all = await drill(2020, "result.other");
    expect(all?.kind === "requests" && all.rows.map((r) => r.outcome)).toEqual([
      "OTHER_NO_CORRECTION",
      "OTHER_UNPAID_FEE",
      "OTHER_OTHER",
    ]);
    expect((await drill(2020, "result.other", "commercial"))?.kind === "requests").toBe(true);
    expect(await drill(2020, "result.other.other")).toBeNull();
    expect(await drill(2021, "result.other")).toBeNull();
  });

  it("prints the single row in the public table and the PDF, and publishes it as open data", async () => {
    await buildYears();
    const report = await draftReport(staff, agencies.commerce, 2020, narrativeFor("试行"));
    for (const spec of manualFigureSpecsForYear(2020))
      await setManualFigure({ user: staff, reportId: report.id, input: { key: spec.key, value: "1", source: "统计" } });
    const version = await publish(staff, leader, report.id);
    const figures = version.figures as unknown as FrozenFigures;

    const gridText = requestGrid(figures)
      .body.flat()
      .map((c) => ("text" in c ? c.text : ""))
      .join("|");
    expect(gridText).toContain("（六）其他处理");
    expect(gridText).not.toContain("逾期不补正");
    const other = requestGrid(figures).body.find((row) =>
      row.some((c) => c.kind === "header" && c.text === "（六）其他处理"),
    )!;
    // Its own row heading spans the two heading columns, like （一）予以公开; then its seven figures.
    expect(other.find((c) => c.kind === "header" && c.text === "（六）其他处理")?.colSpan).toBe(2);
    expect(other.filter((c) => c.kind === "data").map((c) => (c.kind === "data" ? c.value : null))).toEqual([
      1, 1, 1, 0, 0, 0, 3,
    ]);

    const text = squash(
      await extractPdfText(
        reportPdf({
          agencyName: "三明市三元区商务局",
          year: 2020,
          scope: "OWN",
          format: "TRIAL_2019",
          figures,
          narrative: narrativeFor("试行"),
          publishedOn: "2021-01-20",
        }),
      ),
    );
    expect(text).toContain("（六）其他处理");
    expect(text).not.toContain("申请人无正当理由逾期不补正");

    const response = await reportRoute(new Request("http://open.example/api/v1/agencies/350403001/reports/2020"), {
      params: Promise.resolve({ code: "350403001", year: "2020" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      format: string;
      tables: { requests: { rows: { key: string; label: string; values: number[] }[] } };
    };
    expect(body.format).toBe("TRIAL_2019");
    const row = body.tables.requests.rows.find((r) => r.key === "result.other");
    expect(row).toEqual({ key: "result.other", label: "（六）其他处理", values: [1, 1, 1, 0, 0, 0, 3] });
    for (const key of SUB_ROWS) expect(body.tables.requests.rows.map((r) => r.key)).not.toContain(key);
  });
});

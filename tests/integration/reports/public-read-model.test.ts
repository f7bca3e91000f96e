// The public side of the annual report on a real database: only published versions are ever read (a draft, a
// report awaiting approval and a correction in progress stay invisible — their text is checked for in every
// answer), every version stays readable, the figures are what publishing froze, the charts' series come from
// the versions, and the PDF download carries the published text and tables.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { extractPdfText } from "@/lib/attachments/extract-text";
import { COUNTING_RULES } from "@/lib/reports/compute/counting-rules";
import { findAgencyReports, findPublishedReport, listPublishedReports } from "@/lib/reports/public/queries";
import { submitReport } from "@/lib/reports/submit-report";
import { GET as pdfRoute } from "@/app/(portal)/reports/[agencyCode]/[year]/pdf/route";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { addRequest, buildRequests2025 } from "../../support/report-records";
import { correctReport, draftReport, narrativeFor, publishedReport } from "./public-publish";

let agencies: DemoAgencyIds;
let staff: CurrentUser, leader: CurrentUser, financeStaff: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, financeStaff] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.financeStaff].map(principalFor),
  );
});

const COMMERCE = "350403001";
const FINANCE = "350403002";
const squash = (text: string) => text.replace(/\s+/g, "");

async function pdf(url: string) {
  const { pathname, search } = new URL(url, "http://portal.example");
  const [, , agencyCode, year] = pathname.split("/");
  return pdfRoute(new Request(`http://portal.example${pathname}${search}`), {
    params: Promise.resolve({ agencyCode: agencyCode!, year: year! }),
  });
}

/** Everything the public read model can say about the demo agencies, as one string to search for leaks. */
async function everythingPublic(years: number[]) {
  const parts: unknown[] = [await listPublishedReports()];
  for (const code of [COMMERCE, FINANCE, "350403000"]) {
    parts.push(await findAgencyReports(code));
    for (const year of years)
      for (const version of [undefined, 1, 2, 3])
        for (const scope of [undefined, "OWN", "COMBINED"] as const)
          parts.push(await findPublishedReport(code, year, { version, scope }));
  }
  return JSON.stringify(parts);
}

describe("public annual reports", () => {
  it("lists only agencies with a published report, newest year first; a draft or a report awaiting approval is not there", async () => {
    await publishedReport(staff, leader, agencies.commerce, 2024, narrativeFor("商务2024"));
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("商务2025"));
    await draftReport(financeStaff, agencies.finance, 2025, narrativeFor("DRAFT-CANARY-财政草稿"));
    const pending = await draftReport(financeStaff, agencies.finance, 2024, narrativeFor("PENDING-CANARY-财政待审"));
    await submitReport({ user: financeStaff, reportId: pending.id });

    const listed = await listPublishedReports();
    expect(listed.map((a) => a.agency.code)).toEqual([COMMERCE]);
    expect(listed[0].reports.map((r) => [r.year, r.version, r.scope])).toEqual([
      [2025, 1, "OWN"],
      [2024, 1, "OWN"],
    ]);

    expect(await findPublishedReport(FINANCE, 2025)).toBeNull();
    expect(await findPublishedReport(FINANCE, 2024)).toBeNull();
    const finance = await findAgencyReports(FINANCE);
    expect(finance?.reports).toEqual([]);
    expect(finance?.series).toEqual([]);

    const everything = await everythingPublic([2024, 2025]);
    expect(everything).toContain("商务2025总体");
    expect(everything).not.toContain("DRAFT-CANARY");
    expect(everything).not.toContain("PENDING-CANARY");

    for (const url of [`/reports/${FINANCE}/2025/pdf`, `/reports/${FINANCE}/2024/pdf`])
      expect((await pdf(url)).status).toBe(404);
  });

  it("keeps every version readable; a correction in progress is never public", async () => {
    const report = await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("第一版"));
    await correctReport(staff, leader, report.id, "更正表三中的统计错误", narrativeFor("第二版"), { publish: true });
    await correctReport(staff, leader, report.id, "再次更正", narrativeFor("CORRECTION-CANARY"), { publish: false });

    const latest = (await findPublishedReport(COMMERCE, 2025))!;
    expect(latest.version.number).toBe(2);
    expect(latest.version.narrative.overview).toContain("第二版总体");
    expect(latest.version.correctionReason).toBe("更正表三中的统计错误");
    expect(latest.versions.map((v) => [v.number, v.correctionReason])).toEqual([
      [1, ""],
      [2, "更正表三中的统计错误"],
    ]);

    const first = (await findPublishedReport(COMMERCE, 2025, { version: 1 }))!;
    expect(first.version.narrative.overview).toContain("第一版总体");
    expect(first.latestNumber).toBe(2);
    expect(await findPublishedReport(COMMERCE, 2025, { version: 3 })).toBeNull();
    expect(await findPublishedReport(COMMERCE, 2025, { version: 0 })).toBeNull();
    expect(await findPublishedReport(COMMERCE, 2025, { scope: "COMBINED" })).toBeNull();

    expect(await everythingPublic([2025])).not.toContain("CORRECTION-CANARY");
    const latestPdf = squash(
      await extractPdfText(Buffer.from(await (await pdf(`/reports/${COMMERCE}/2025/pdf`)).arrayBuffer())),
    );
    expect(latestPdf).toContain("第二版总体");
    expect(latestPdf).toContain("更正表三中的统计错误");
    expect(latestPdf).not.toContain("CORRECTION-CANARY");
    const firstPdf = squash(
      await extractPdfText(Buffer.from(await (await pdf(`/reports/${COMMERCE}/2025/pdf?version=1`)).arrayBuffer())),
    );
    expect(firstPdf).toContain("第一版总体");
  });

  it("shows the figures publishing froze, and charts each year's key figures from its latest version", async () => {
    await buildRequests2025(agencies.commerce);
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("冻结"));
    // A request registered later with a 2025 date does not change the published table.
    await addRequest(agencies.commerce, { applicantType: "NATURAL_PERSON", receivedOn: "2025-06-01" });

    const report = (await findPublishedReport(COMMERCE, 2025))!;
    const requests = report.version.figures.current.requests;
    const cell = (row: string, column: string) =>
      requests.rows.find((r) => r.key === row)!.values[requests.columns.findIndex((c) => c.key === column)];
    const received = cell("new", "total");
    expect(received).toBe(24); // REQUESTS_2025: 21 one per outcome row, a second 予以公开, and 28–29 received in 2025
    expect(cell("carried_in", "total")).toBe(3);

    const { series } = (await findAgencyReports(COMMERCE))!;
    expect(series).toEqual([
      {
        year: 2025,
        itemsPublished: expect.any(Number),
        requestsReceived: received,
        requestsConcluded: cell("result.total", "total"),
        reviews: 0,
        lawsuits: 0,
      },
    ]);
  });

  it("answers the PDF download with the published report under its Chinese file name", async () => {
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("下载"));
    const response = await pdf(`/reports/${COMMERCE}/2025/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const agency = await db.agency.findUniqueOrThrow({ where: { code: COMMERCE } });
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="annual-report-${COMMERCE}-2025.pdf"; filename*=UTF-8''${encodeURIComponent(`${agency.name}2025年政府信息公开工作年度报告.pdf`)}`,
    );
    const text = squash(await extractPdfText(Buffer.from(await response.arrayBuffer())));
    for (const expected of [
      `${agency.name}2025年政府信息公开工作年度报告`,
      "下载引言",
      "下载总体",
      "二、主动公开政府信息情况",
      "申请人情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "下载问题",
      "下载其他",
      "信息处理费",
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const url of [
      `/reports/${COMMERCE}/2024/pdf`,
      `/reports/${COMMERCE}/20x5/pdf`,
      `/reports/${COMMERCE}/2025/pdf?version=abc`,
      `/reports/${COMMERCE}/2025/pdf?version=2`,
      `/reports/nope!/2025/pdf`,
      `/reports/${COMMERCE}/2025/pdf?scope=all`,
    ]) {
      expect((await pdf(url)).status, url).toBe(404);
    }
  });

  it("hides every report of an agency that is deactivated", async () => {
    await publishedReport(staff, leader, agencies.commerce, 2025, narrativeFor("停用"));
    await db.agency.update({ where: { id: agencies.commerce }, data: { active: false } });
    expect(await listPublishedReports()).toEqual([]);
    expect(await findAgencyReports(COMMERCE)).toBeNull();
    expect(await findPublishedReport(COMMERCE, 2025)).toBeNull();
  });

  it("explains the counting rules the issue states, each once", () => {
    const titles = COUNTING_RULES.map((r) => r.title);
    for (const title of [
      "本年新收政府信息公开申请数量",
      "上年结转政府信息公开申请数量",
      "本年度办理结果",
      "结转下年度继续办理",
    ])
      expect(titles).toContain(title);
    expect(new Set(COUNTING_RULES.map((r) => r.key)).size).toBe(COUNTING_RULES.length);
    for (const rule of COUNTING_RULES) expect(rule.text.length).toBeGreaterThan(10);
  });
});

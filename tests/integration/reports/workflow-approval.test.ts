// The annual report's approval chain on a real database: staff open the report, write the narrative and enter
// 表二's figures, submit; the submitter can never approve; another leader approves and publishing freezes
// version 1 (later records do not change it, and the database refuses any UPDATE of a version); a correction
// with a reason publishes version 2 beside the untouched version 1; two approvals at once make one version.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { registerRequest } from "@/lib/requests/register-request";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { previousNarrative } from "@/lib/reports/previous-narrative";
import { findReportForUser, findVersionForUser, listReportsForUser } from "@/lib/reports/queries";
import { returnReport } from "@/lib/reports/return-report";
import { setManualFigure } from "@/lib/reports/set-manual-figure";
import { startCorrection } from "@/lib/reports/start-correction";
import { submitReport } from "@/lib/reports/submit-report";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";
import { createUser } from "@/lib/users/create-user";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../../support/principals";
import { onlineRequestInput } from "../../support/requests";

let agencies: DemoAgencyIds;
let staff: CurrentUser,
  leader: CurrentUser,
  secondLeader: CurrentUser,
  secondStaff: CurrentUser,
  governmentLeader: CurrentUser,
  reviewer: CurrentUser;

async function colleague(email: string, name: string, roles: string[]) {
  const admin = await principalFor(DEMO.commerceAdmin);
  const user = await createUser({
    actor: admin,
    input: { email, name, password: "demo-pass-2026", agencyId: agencies.commerce, roles },
  });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return principalFor(email);
}

beforeEach(async () => {
  agencies = await seedDemo();
  [staff, leader, governmentLeader, reviewer] = await Promise.all(
    [DEMO.commerceStaff, DEMO.commerceLeader, DEMO.governmentLeader, DEMO.commerceReviewer].map(principalFor),
  );
  secondLeader = await colleague("swj.leader2@gongkai.demo", "周副局长", ["LEADER"]);
  secondStaff = await colleague("swj.staff2@gongkai.demo", "郑科员", ["STAFF", "LEADER"]);
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

const NARRATIVE = {
  introduction: "本报告根据《中华人民共和国政府信息公开条例》编制。",
  overview: "2025年，三元区商务局认真贯彻落实政务公开工作要求。",
  problems: "公开内容的及时性有待提高。",
  otherMatters: "本年度未收取信息处理费。",
};
const FIGURES = [
  { key: "licensing.decisions", value: "36", source: "区政务服务中心审批系统2025年统计" },
  { key: "penalty.decisions", value: "4", source: "区行政执法平台2025年统计" },
  { key: "coercion.decisions", value: "0", source: "区行政执法平台2025年统计" },
  { key: "fees.amount", value: "1.2345", source: "区财政非税收入系统" },
];

/** A 2025 report of 商务局 ready to submit: narrative written, every 表二 figure entered. */
async function readyReport(by = staff) {
  const report = await openReport({ user: by, agencyId: agencies.commerce, year: 2025 });
  await updateReportNarrative({ user: by, reportId: report.id, input: NARRATIVE });
  for (const figure of FIGURES) await setManualFigure({ user: by, reportId: report.id, input: figure });
  return report;
}

async function publishedReport() {
  const report = await readyReport();
  await submitReport({ user: staff, reportId: report.id });
  await approveReport({ user: leader, reportId: report.id });
  return report;
}

/** A 2025 request of 商务局 received on `receivedOn` (still open). */
async function request2025(receivedOn = "2025-03-03") {
  return registerRequest({
    actor: staff,
    input: { ...onlineRequestInput(agencies.commerce), channel: "IN_PERSON", receiptBasis: "HANDED_IN", receivedOn },
  });
}

describe("opening a report", () => {
  it("gets the same working copy each time, in the year's format, and only for years from 2008 to the running year", async () => {
    const first = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    const again = await openReport({ user: staff, agencyId: agencies.commerce, year: "2025" });
    expect(again.id).toBe(first.id);
    expect((await openReport({ user: staff, agencyId: agencies.commerce, year: "２０２５年" })).id).toBe(first.id);
    expect(first).toMatchObject({ status: "DRAFT", format: "GOV_2021", scope: "OWN" });
    expect((await openReport({ user: staff, agencyId: agencies.commerce, year: 2017 })).format).toBe("LEGACY_2008");
    expect((await openReport({ user: staff, agencyId: agencies.commerce, year: 2020 })).format).toBe("TRIAL_2019");
    for (const year of [2007, 2999, "二〇二五", ""]) {
      const error = await fail(openReport({ user: staff, agencyId: agencies.commerce, year }));
      expect(error?.code, String(year)).toBe("VALIDATION");
      expect(error?.fieldErrors?.year).toBeDefined();
    }
  });

  it("offers a combined report only to an agency with departments below it, and only staff open reports", async () => {
    expect(
      (await fail(openReport({ user: staff, agencyId: agencies.commerce, year: 2025, scope: "COMBINED" })))?.fieldErrors
        ?.scope,
    ).toEqual(["reportCombinedNeedsChildren"]);
    expect((await fail(openReport({ user: leader, agencyId: agencies.commerce, year: 2025 })))?.code).toBe("FORBIDDEN");
    expect((await fail(openReport({ user: staff, agencyId: agencies.finance, year: 2025 })))?.code).toBe("FORBIDDEN");
  });
});

describe("entered figures", () => {
  it("need a source and a value of the right kind, and only the keys the layout has", async () => {
    const report = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    const set = (input: Record<string, string>) => fail(setManualFigure({ user: staff, reportId: report.id, input }));
    expect((await set({ key: "licensing.decisions", value: "3", source: "" }))?.fieldErrors?.source).toEqual([
      "required",
    ]);
    expect((await set({ key: "licensing.decisions", value: "", source: "系统" }))?.fieldErrors?.value).toEqual([
      "required",
    ]);
    expect((await set({ key: "licensing.decisions", value: "2.5", source: "系统" }))?.fieldErrors?.value).toEqual([
      "figureWholeNumber",
    ]);
    expect((await set({ key: "licensing.decisions", value: "-1", source: "系统" }))?.fieldErrors?.value).toEqual([
      "figureNegative",
    ]);
    expect((await set({ key: "fees.amount", value: "1.23456", source: "系统" }))?.fieldErrors?.value).toEqual([
      "figureDecimals",
    ]);
    expect((await set({ key: "procurement.count", value: "1", source: "系统" }))?.fieldErrors?.key).toEqual([
      "reportFigureKey",
    ]);
    expect(await set({ key: "fees.amount", value: "１,234.5", source: "区财政非税收入系统" })).toBeNull();
    const stored = await db.reportManualFigure.findFirstOrThrow({ where: { reportId: report.id, key: "fees.amount" } });
    expect(stored.value.toString()).toBe("1234.5");
    // The older format (reports up to 2018) prints no 表二: nothing to enter there.
    const y2017 = await openReport({ user: staff, agencyId: agencies.commerce, year: 2017 });
    expect(
      (await fail(setManualFigure({ user: staff, reportId: y2017.id, input: FIGURES[0] })))?.fieldErrors?.key,
    ).toEqual(["reportFigureKey"]);
  });
});

describe("submitting", () => {
  it("is refused while 表二 figures are missing, naming them", async () => {
    const report = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    await updateReportNarrative({ user: staff, reportId: report.id, input: NARRATIVE });
    await setManualFigure({ user: staff, reportId: report.id, input: FIGURES[0] });
    const error = await fail(submitReport({ user: staff, reportId: report.id }));
    expect(error?.message).toBe("reports.missingFigures");
    expect(String(error?.params?.figures)).toContain("行政处罚");
    expect(String(error?.params?.figures)).not.toContain("行政许可");
    expect((await db.annualReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");
  });

  it("is refused while 一 总体情况 is empty", async () => {
    const report = await readyReport();
    await updateReportNarrative({ user: staff, reportId: report.id, input: { ...NARRATIVE, overview: "  " } });
    expect((await fail(submitReport({ user: staff, reportId: report.id })))?.message).toBe("reports.overviewEmpty");
  });

  it("is refused when the figures break the 勾稽关系, and the error names the column", async () => {
    const report = await readyReport();
    // A record no real workflow produces: received in 2025 but concluded in 2024, so 2025 counts it as new
    // (row 一) and neither concluded nor carried over (rows 三, 四).
    const request = await request2025("2025-06-02");
    await db.$executeRaw`UPDATE info_request SET state = 'CLOSED', outcome = 'GRANTED', concluded_on = '2024-12-01' WHERE id = ${request.id}::uuid`;
    const error = await fail(submitReport({ user: staff, reportId: report.id }));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).toBe("reports.notReconciled");
    expect(error?.params).toMatchObject({ column: "自然人", incoming: 1, outgoing: 0 });
    expect((await db.annualReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");
  });
});

describe("approval and versions", () => {
  it("runs open → narrative → figures → submit → (not the submitter) → another leader approves → version 1 frozen", async () => {
    const report = await readyReport(secondStaff);
    await request2025("2025-03-03");
    await submitReport({ user: secondStaff, reportId: report.id });
    // Locked while a leader looks at it.
    expect((await fail(updateReportNarrative({ user: staff, reportId: report.id, input: NARRATIVE })))?.message).toBe(
      "reports.notEditable",
    );
    // 郑科员 is staff and leader: still nobody approves their own work.
    expect((await fail(approveReport({ user: secondStaff, reportId: report.id })))?.message).toBe(
      "reports.selfApproval",
    );
    expect((await fail(approveReport({ user: staff, reportId: report.id })))?.code).toBe("FORBIDDEN");
    expect((await fail(approveReport({ user: governmentLeader, reportId: report.id })))?.code).toBe("NOT_FOUND");

    const version = await approveReport({ user: leader, reportId: report.id });
    expect(version).toMatchObject({
      number: 1,
      format: "GOV_2021",
      correctionReason: "",
      approvedById: leader.id,
      submittedById: secondStaff.id,
    });
    expect((await db.annualReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("PUBLISHED");
    const frozen = await findVersionForUser(staff, report.id, 1);
    expect(frozen?.narrative).toEqual(NARRATIVE);
    const newRow = () => frozen!.figures.current.requests.rows.find((r) => r.key === "new")!;
    expect(newRow().values.at(-1)).toBe(1);
    expect(frozen?.figures.current.proactive.rows.find((r) => r.key === "licensing")?.values).toContain(36);
    expect(frozen?.figures.reconciliation.ok).toBe(true);

    // Records change afterwards: the published version does not.
    await request2025("2025-04-04");
    const again = await findVersionForUser(staff, report.id, 1);
    expect(again?.figures.current.requests.rows.find((r) => r.key === "new")?.values.at(-1)).toBe(1);
    // Published versions are append-only in the database itself.
    await expect(
      db.$executeRaw`UPDATE annual_report_version SET correction_reason = 'changed' WHERE report_id = ${report.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$executeRaw`DELETE FROM annual_report_version WHERE report_id = ${report.id}::uuid`,
    ).rejects.toThrow(/append-only/);

    const audit = await db.auditEvent.findMany({
      where: { entityId: report.id },
      orderBy: { id: "asc" },
      select: { type: true, payload: true },
    });
    expect(audit.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        "report.opened",
        "report.narrative_updated",
        "report.figure_set",
        "report.submitted",
        "report.published",
      ]),
    );
    expect(audit.find((e) => e.type === "report.published")?.payload).toEqual({ year: 2025, version: 1 });
  });

  it("a correction needs a reason and publishes version 2, while version 1 stays as it was", async () => {
    const report = await publishedReport();
    expect(
      (await fail(startCorrection({ user: staff, reportId: report.id, input: { reason: " " } })))?.fieldErrors?.reason,
    ).toEqual(["required"]);
    await startCorrection({
      user: staff,
      reportId: report.id,
      input: { reason: "表二行政许可处理决定数量统计有误，予以更正。" },
    });
    await setManualFigure({ user: staff, reportId: report.id, input: { ...FIGURES[0], value: "38" } });
    await updateReportNarrative({
      user: staff,
      reportId: report.id,
      input: { ...NARRATIVE, overview: "更正后的总体情况。" },
    });
    await submitReport({ user: staff, reportId: report.id });
    const version = await approveReport({ user: secondLeader, reportId: report.id });
    expect(version).toMatchObject({ number: 2, correctionReason: "表二行政许可处理决定数量统计有误，予以更正。" });

    const [v1, v2] = await Promise.all([
      findVersionForUser(leader, report.id, 1),
      findVersionForUser(leader, report.id, 2),
    ]);
    expect(v1?.narrative.overview).toBe(NARRATIVE.overview);
    expect(v1?.version.correctionReason).toBe("");
    expect(v1?.figures.current.proactive.rows.find((r) => r.key === "licensing")?.values).toContain(36);
    expect(v2?.narrative.overview).toBe("更正后的总体情况。");
    expect(v2?.figures.current.proactive.rows.find((r) => r.key === "licensing")?.values).toContain(38);
    const reportView = await findReportForUser(staff, report.id);
    expect(reportView?.versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it("a correction submitted without its reason is refused", async () => {
    const report = await publishedReport();
    await startCorrection({ user: staff, reportId: report.id, input: { reason: "补充说明。" } });
    await db.annualReport.update({ where: { id: report.id }, data: { correctionReason: "" } });
    expect((await fail(submitReport({ user: staff, reportId: report.id })))?.fieldErrors?.correctionReason).toEqual([
      "required",
    ]);
    await submitReport({ user: staff, reportId: report.id, input: { correctionReason: "补充说明。" } });
  });

  it("a leader returns a report with a comment, and staff can change and resubmit it", async () => {
    const report = await readyReport();
    await submitReport({ user: staff, reportId: report.id });
    expect(
      (await fail(returnReport({ user: leader, reportId: report.id, input: { comment: "" } })))?.fieldErrors?.comment,
    ).toEqual(["required"]);
    await returnReport({ user: leader, reportId: report.id, input: { comment: "请补充政策解读情况。" } });
    const returned = await db.annualReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(returned).toMatchObject({ status: "RETURNED", returnComment: "请补充政策解读情况。" });
    await updateReportNarrative({
      user: staff,
      reportId: report.id,
      input: { ...NARRATIVE, overview: "补充了政策解读情况。" },
    });
    await submitReport({ user: staff, reportId: report.id });
    expect((await db.annualReport.findUniqueOrThrow({ where: { id: report.id } })).returnComment).toBe("");
  });

  it("two leaders approving at once make exactly one version", async () => {
    const report = await readyReport();
    await submitReport({ user: staff, reportId: report.id });
    const results = await Promise.allSettled([
      approveReport({ user: leader, reportId: report.id }),
      approveReport({ user: secondLeader, reportId: report.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).message).toBe("reports.stateChanged");
    expect(await db.annualReportVersion.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("a year that has not ended cannot be published", async () => {
    const report = await readyReport();
    await submitReport({ user: staff, reportId: report.id });
    const error = await fail(
      approveReport({ user: leader, reportId: report.id, now: new Date("2025-12-31T10:00:00+08:00") }),
    );
    expect(error?.message).toBe("reports.yearNotEnded");
  });
});

describe("reading reports", () => {
  it("shows each agency only its own reports: another agency's report id is not found", async () => {
    const report = await publishedReport();
    expect(await findReportForUser(governmentLeader, report.id)).toBeNull();
    expect(await findReportForUser(await principalFor(DEMO.financeStaff), report.id)).toBeNull();
    expect(await findReportForUser(reviewer, report.id)).not.toBeNull();
    expect(await findReportForUser(staff, "not-a-uuid")).toBeNull();
    expect(
      (await fail(returnReport({ user: governmentLeader, reportId: report.id, input: { comment: "x" } })))?.code,
    ).toBe("NOT_FOUND");
    expect((await listReportsForUser(governmentLeader)).map((r) => r.id)).not.toContain(report.id);
    expect((await listReportsForUser(staff)).map((r) => r.id)).toContain(report.id);
    expect(await findVersionForUser(governmentLeader, report.id, 1)).toBeNull();
  });

  it("offers last year's published narrative as a starting point, never copying it by itself", async () => {
    const y2024 = await openReport({ user: staff, agencyId: agencies.commerce, year: 2024 });
    await updateReportNarrative({ user: staff, reportId: y2024.id, input: NARRATIVE });
    for (const figure of FIGURES) await setManualFigure({ user: staff, reportId: y2024.id, input: figure });
    await submitReport({ user: staff, reportId: y2024.id });
    await approveReport({ user: leader, reportId: y2024.id });
    const y2025 = await openReport({ user: staff, agencyId: agencies.commerce, year: 2025 });
    expect(y2025.overview).toBe("");
    expect(await previousNarrative({ user: staff, reportId: y2025.id })).toEqual({
      year: 2024,
      version: 1,
      narrative: NARRATIVE,
    });
    expect(await previousNarrative({ user: staff, reportId: y2024.id })).toBeNull();
  });
});

// Annual reports for e2e/report-portal.spec.ts, made through the report use cases as the demo users: 商务局's
// 2024 report published and then corrected (版本 1 and 2), and two reports that must never be public — a 2023
// draft of 商务局 and a 2025 draft of 财政局 — each with a unique marker in every narrative section. (2025 of
// 商务局 belongs to e2e/annual-report.spec.ts, which may run beside this one.)
//
// Run with tsx against the e2e database: `DATABASE_URL=… tsx e2e/support/report-portal-data.ts` prints JSON.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db";
import { loadPrincipal, type CurrentUser } from "@/lib/auth/load-principal";
import { DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE } from "@/lib/demo/seed-demo-data";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { setManualFigure } from "@/lib/reports/set-manual-figure";
import { startCorrection } from "@/lib/reports/start-correction";
import { submitReport } from "@/lib/reports/submit-report";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";

export type ReportPortalData = {
  published: { overview1: string; overview2: string; reason: string };
  draftMarkers: string[];
};

async function principal(email: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const loaded = await loadPrincipal(user.id, user.sessionVersion);
  if (!loaded) throw new Error(`cannot load ${email}`);
  return loaded;
}

const narrative = (overview: string, marker = "") => ({
  introduction: `本报告根据《中华人民共和国政府信息公开条例》编制。${marker}`,
  overview,
  problems: `公开内容的及时性有待提高。${marker}`,
  otherMatters: `无其他需要报告的事项。${marker}`,
});

const FIGURES = [
  { key: "licensing.decisions", value: "28", source: "区政务服务中心审批系统2024年统计" },
  { key: "penalty.decisions", value: "3", source: "区行政执法平台2024年统计" },
  { key: "coercion.decisions", value: "0", source: "区行政执法平台2024年统计" },
  { key: "fees.amount", value: "0.5", source: "区财政非税收入系统" },
];

export async function createReportPortalData(tag = randomBytes(4).toString("hex")): Promise<ReportPortalData> {
  const [commerce, finance] = await Promise.all(
    [DEMO_COMMERCE_CODE, DEMO_FINANCE_CODE].map((code) =>
      db.agency.findUniqueOrThrow({ where: { code }, select: { id: true } }),
    ),
  );
  // Playwright runs beforeAll again in a fresh worker after a failure: answer with what the first run made.
  const existing = await existingData(commerce.id, finance.id);
  if (existing) return existing;
  const [staff, leader, financeStaff] = await Promise.all(
    ["swj.staff@gongkai.demo", "swj.leader@gongkai.demo", "czj.staff@gongkai.demo"].map(principal),
  );

  const overview1 = `2024年，三元区商务局扎实推进政务公开。第一版${tag}`;
  const overview2 = `2024年，三元区商务局扎实推进政务公开（更正）。第二版${tag}`;
  const reason = `更正总体情况中的表述${tag}`;
  const report = await openReport({ user: staff, agencyId: commerce.id, year: 2024 });
  await updateReportNarrative({ user: staff, reportId: report.id, input: narrative(overview1) });
  for (const figure of FIGURES) await setManualFigure({ user: staff, reportId: report.id, input: figure });
  await submitReport({ user: staff, reportId: report.id });
  await approveReport({ user: leader, reportId: report.id });
  await startCorrection({ user: staff, reportId: report.id, input: { reason } });
  await updateReportNarrative({ user: staff, reportId: report.id, input: narrative(overview2) });
  await submitReport({ user: staff, reportId: report.id });
  await approveReport({ user: leader, reportId: report.id });

  const draftMarkers = [`REPORT-CANARY-COMMERCE-${tag}`, `REPORT-CANARY-FINANCE-${tag}`];
  const draft = await openReport({ user: staff, agencyId: commerce.id, year: 2023 });
  await updateReportNarrative({
    user: staff,
    reportId: draft.id,
    input: narrative(`草稿 ${draftMarkers[0]}`, draftMarkers[0]),
  });
  const financeDraft = await openReport({ user: financeStaff, agencyId: finance.id, year: 2025 });
  await updateReportNarrative({
    user: financeStaff,
    reportId: financeDraft.id,
    input: narrative(`草稿 ${draftMarkers[1]}`, draftMarkers[1]),
  });
  return { published: { overview1, overview2, reason }, draftMarkers };
}

async function existingData(commerceId: string, financeId: string): Promise<ReportPortalData | null> {
  const published = await db.annualReport.findUnique({
    where: { agencyId_year_scope: { agencyId: commerceId, year: 2024, scope: "OWN" } },
    include: { versions: { orderBy: { number: "asc" } } },
  });
  if (!published || published.versions.length < 2) return null;
  const drafts = await db.annualReport.findMany({
    where: {
      OR: [
        { agencyId: commerceId, year: 2023 },
        { agencyId: financeId, year: 2025 },
      ],
    },
    orderBy: { year: "asc" },
  });
  const overview = (json: unknown) => (json as { overview: string }).overview;
  return {
    published: {
      overview1: overview(published.versions[0]!.narrative),
      overview2: overview(published.versions[1]!.narrative),
      reason: published.versions[1]!.correctionReason,
    },
    draftMarkers: drafts.map((d) => d.problems.replace(/^.*。/, "")),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${JSON.stringify(await createReportPortalData())}\n`);
  } finally {
    await db.$disconnect();
  }
}

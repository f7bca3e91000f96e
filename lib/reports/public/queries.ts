// Public read models of the annual reports: the portal's lists, the report page, its PDF and the open-data
// JSON all read through here. The visibility policy lives in one place: the public sees published versions
// (annual_report_version, append-only) of active agencies, and nothing of the working copy — its narrative,
// status and figures are never selected here, so a draft or a correction in progress cannot leak.
import { db } from "@/lib/db";
import { fromDbDate, type CalendarDate } from "@/lib/calendar/calendar-date";
import { FIRST_REPORT_YEAR } from "@/lib/reports/formats/choose-format";
import type { FrozenFigures, ReportFormat, ReportNarrative, ReportScope } from "@/lib/reports/types";
import { NARRATIVE_SECTIONS } from "@/lib/reports/types";

const AGENCY_CODE = /^[0-9A-Za-z-]{1,32}$/;

/** The only filter through which a version is public: published (it exists) and its agency active. */
const publicVersionWhere = { report: { agency: { active: true } } } as const;

export type PublicAgency = { id: string; code: string; name: string };

export type PublishedReportSummary = {
  year: number;
  scope: ReportScope;
  format: ReportFormat;
  /** The latest version's number and publication date. */
  version: number;
  publishedOn: CalendarDate;
};

/** `?scope=combined` names the 本级及所属部门汇总 report, `own` (or nothing) the agency's own. */
export function parseScope(value: string | undefined | null): ReportScope | undefined | "invalid" {
  if (value === undefined || value === null || value === "") return undefined;
  if (value === "combined") return "COMBINED";
  if (value === "own") return "OWN";
  return "invalid";
}

export function isReportYearParam(value: string): boolean {
  if (!/^\d{4}$/.test(value)) return false;
  const year = Number(value);
  return year >= FIRST_REPORT_YEAR && year <= 2100;
}

async function findActiveAgency(code: string): Promise<PublicAgency | null> {
  if (!AGENCY_CODE.test(code)) return null;
  return db.agency.findFirst({ where: { code, active: true }, select: { id: true, code: true, name: true } });
}

/** Latest version per report, newest year first; reports without a version are not public and not listed. */
async function publishedSummaries(agencyIds?: string[]) {
  const reports = await db.annualReport.findMany({
    where: { agency: { active: true, ...(agencyIds ? { id: { in: agencyIds } } : {}) }, versions: { some: {} } },
    orderBy: [{ year: "desc" }, { scope: "asc" }],
    select: {
      agencyId: true,
      year: true,
      scope: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, format: true, publishedOn: true } },
    },
  });
  return reports.map((r) => {
    const latest = r.versions[0]!;
    return {
      agencyId: r.agencyId,
      summary: {
        year: r.year,
        scope: r.scope,
        format: latest.format,
        version: latest.number,
        publishedOn: fromDbDate(latest.publishedOn),
      } satisfies PublishedReportSummary,
    };
  });
}

/** /reports: the agencies that have published a report, in the portal's agency order, each with its reports. */
export async function listPublishedReports(): Promise<{ agency: PublicAgency; reports: PublishedReportSummary[] }[]> {
  const summaries = await publishedSummaries();
  if (summaries.length === 0) return [];
  const agencies = await db.agency.findMany({
    where: { id: { in: [...new Set(summaries.map((s) => s.agencyId))] }, active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true },
  });
  return agencies.map((agency) => ({
    agency,
    reports: summaries.filter((s) => s.agencyId === agency.id).map((s) => s.summary),
  }));
}

export type AgencyReports = {
  agency: PublicAgency;
  reports: PublishedReportSummary[];
  /** The figures of each year's report (latest version), oldest first, for the charts. */
  series: YearFigures[];
};

/** /reports/[agencyCode]: the agency's published reports by year, and its key figures over the years. */
export async function findAgencyReports(code: string): Promise<AgencyReports | null> {
  const agency = await findActiveAgency(code);
  if (!agency) return null;
  const summaries = (await publishedSummaries([agency.id])).map((s) => s.summary);
  // One report per year for the charts: the agency's own, or its combined one where that is all it published.
  const charted = new Map<number, ReportScope>();
  for (const s of summaries) if (!charted.has(s.year) || s.scope === "OWN") charted.set(s.year, s.scope);
  const versions = charted.size
    ? await db.annualReportVersion.findMany({
        where: {
          ...publicVersionWhere,
          report: { agencyId: agency.id, agency: { active: true } },
          OR: [...charted].map(([year, scope]) => ({ report: { year, scope } })),
        },
        orderBy: { number: "desc" },
        select: { reportId: true, format: true, figures: true, report: { select: { year: true } } },
      })
    : [];
  // Versions come newest first: the first seen of each report is its latest.
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if (!latest.has(v.reportId)) latest.set(v.reportId, v);
  const series = [...latest.values()]
    .map((v) => yearFigures(v.report.year, v.format, v.figures as unknown as FrozenFigures))
    .sort((a, b) => a.year - b.year);
  return { agency, reports: summaries, series };
}

export type PublicVersion = {
  number: number;
  format: ReportFormat;
  figures: FrozenFigures;
  narrative: ReportNarrative;
  correctionReason: string;
  publishedAt: Date;
  publishedOn: CalendarDate;
};

export type PublishedReport = {
  agency: PublicAgency;
  year: number;
  scope: ReportScope;
  /** The version asked for (the latest unless `?version=n`). */
  version: PublicVersion;
  latestNumber: number;
  /** Every published version, oldest first (版本 n, 发布日期, 更正原因). */
  versions: { number: number; publishedOn: CalendarDate; correctionReason: string }[];
  /** The other scope, when the agency has published that one too (a 区政府's own and combined reports). */
  otherScope: ReportScope | null;
};

/**
 * One published report: the latest version, or version `version`. Null (→ 404) for an unknown or inactive
 * agency, a year or version never published, or a scope the agency has not published. Without `scope`, the
 * agency's own report, or its combined one when that is the only one published.
 */
export async function findPublishedReport(
  code: string,
  year: number,
  options: { version?: number; scope?: ReportScope } = {},
): Promise<PublishedReport | null> {
  if (!Number.isInteger(year)) return null;
  if (options.version !== undefined && !(Number.isInteger(options.version) && options.version >= 1)) return null;
  const agency = await findActiveAgency(code);
  if (!agency) return null;
  const reports = await db.annualReport.findMany({
    where: { agencyId: agency.id, year, versions: { some: {} } },
    select: {
      id: true,
      scope: true,
      versions: { orderBy: { number: "asc" }, select: { number: true, publishedOn: true, correctionReason: true } },
    },
  });
  const chosen = options.scope
    ? reports.find((r) => r.scope === options.scope)
    : (reports.find((r) => r.scope === "OWN") ?? reports[0]);
  if (!chosen) return null;
  const latestNumber = chosen.versions[chosen.versions.length - 1]!.number;
  const number = options.version ?? latestNumber;
  const version = await db.annualReportVersion.findFirst({
    where: { ...publicVersionWhere, reportId: chosen.id, number },
  });
  if (!version) return null;
  return {
    agency,
    year,
    scope: chosen.scope,
    version: {
      number: version.number,
      format: version.format,
      figures: version.figures as unknown as FrozenFigures,
      narrative: narrativeOf(version.narrative),
      correctionReason: version.correctionReason,
      publishedAt: version.publishedAt,
      publishedOn: fromDbDate(version.publishedOn),
    },
    latestNumber,
    versions: chosen.versions.map((v) => ({
      number: v.number,
      publishedOn: fromDbDate(v.publishedOn),
      correctionReason: v.correctionReason,
    })),
    otherScope: reports.find((r) => r.id !== chosen.id)?.scope ?? null,
  };
}

/** The frozen narrative; a section missing from older JSON reads as empty rather than failing the page. */
export function narrativeOf(json: unknown): ReportNarrative {
  const source = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  return Object.fromEntries(
    NARRATIVE_SECTIONS.map((key) => [key, typeof source[key] === "string" ? source[key] : ""]),
  ) as ReportNarrative;
}

/** The key figures charted over the years, as each year's report printed them. */
export type YearFigures = {
  year: number;
  /** 主动公开: items published in the year (the older table's 主动公开文件数 本年, counted in every format). */
  itemsPublished: number | null;
  requestsReceived: number | null;
  requestsConcluded: number | null;
  reviews: number | null;
  lawsuits: number | null;
};

const legacyValue = (figures: FrozenFigures, key: string) =>
  figures.legacy?.legacy.rows.find((r) => r.key === key)?.values[0] ?? null;

function tableValue(
  figures: FrozenFigures,
  table: "requests" | "appeals",
  rowKey: string,
  columnKey: string,
): number | null {
  const t = figures.current?.[table];
  const row = t?.rows.find((r) => r.key === rowKey);
  const index = t?.columns.findIndex((c) => c.key === columnKey) ?? -1;
  return row && index >= 0 ? (row.values[index] ?? null) : null;
}

/**
 * A year's key figures from its frozen version: the current tables for reports of today's formats, the older
 * table for reports printed in it (their years may predate the records, with figures entered from paper).
 */
export function yearFigures(year: number, format: ReportFormat, figures: FrozenFigures): YearFigures {
  const itemsPublished = legacyValue(figures, "proactive.total");
  if (format === "LEGACY_2008") {
    return {
      year,
      itemsPublished,
      requestsReceived: legacyValue(figures, "requests.total"),
      requestsConcluded: legacyValue(figures, "replies.total"),
      reviews: legacyValue(figures, "reviews"),
      lawsuits: legacyValue(figures, "lawsuits"),
    };
  }
  const direct = tableValue(figures, "appeals", "appeals", "suit_direct.total");
  const afterReview = tableValue(figures, "appeals", "appeals", "suit_after_review.total");
  return {
    year,
    itemsPublished,
    requestsReceived: tableValue(figures, "requests", "new", "total"),
    requestsConcluded: tableValue(figures, "requests", "result.total", "total"),
    reviews: tableValue(figures, "appeals", "appeals", "review.total"),
    lawsuits: direct === null && afterReview === null ? null : (direct ?? 0) + (afterReview ?? 0),
  };
}

// The open-data JSON of an annual report (GET /api/v1/agencies/{agencyCode}/reports/{year}, issue 6 §9):
// `{ agency, year, format, version, publishedAt, tables: { requests, proactive, appeals } | { legacy },
// narrative, feesCollectedYuan }`. Columns and rows keep the official order of lib/reports/formats, with the
// stable keys (natural_person … total; new, carried_in, result.granted … result.total, carried_out;
// review.upheld … suit_after_review.total) so a year's tables can be compared cell by cell.
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type {
  ComputedReport,
  FigureTable,
  FrozenFigures,
  ReportFormat,
  ReportNarrative,
  ReportScope,
} from "@/lib/reports/types";

export type ReportTableJson = {
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; group?: string; unit?: string; values: (number | null)[] }[];
};

export type ReportJson = {
  agency: { code: string; name: string };
  year: number;
  scope: ReportScope;
  /** The format of the tables given: GOV_2021 / TRIAL_2019 (表二/三/四) or LEGACY_2008 (the older one). */
  format: ReportFormat;
  /** The published version's number; null for a working draft. */
  version: number | null;
  publishedAt: string | null;
  publishedOn: CalendarDate | null;
  /** PUBLISHED for a published version; the working copy's status (DRAFT …) for a draft read with a token. */
  status: "PUBLISHED" | Exclude<ReportStatus, "PUBLISHED">;
  correctionReason: string;
  tables:
    | { requests: ReportTableJson; proactive: ReportTableJson; appeals: ReportTableJson }
    | { legacy: ReportTableJson };
  narrative: ReportNarrative;
  feesCollectedYuan: number;
  /** 勾稽关系 (表三: 一 + 二 = 三（七）+ 四 in every column); always ok on a published version. */
  reconciliation: { ok: boolean };
  versions: { number: number; publishedOn: CalendarDate; correctionReason: string }[];
  links: { html: string | null; pdf: string | null };
};

export type ReportJsonInput = {
  agency: { code: string; name: string };
  year: number;
  scope: ReportScope;
  figures: FrozenFigures | ComputedReport;
  narrative: ReportNarrative;
  view: "current" | "legacy";
  version: { number: number; publishedAt: Date; publishedOn: CalendarDate; correctionReason: string } | null;
  status: ReportJson["status"];
  versions: ReportJson["versions"];
  links: ReportJson["links"];
};

function tableJson(table: FigureTable): ReportTableJson {
  return {
    columns: table.columns.map(({ key, label }) => ({ key, label })),
    rows: table.rows.map((row) => ({
      key: row.key,
      label: row.label,
      ...(row.group ? { group: row.group } : {}),
      ...(row.unit ? { unit: row.unit } : {}),
      values: row.values.map((v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v)),
    })),
  };
}

export function reportJson(input: ReportJsonInput): ReportJson {
  const { figures } = input;
  const tables: ReportJson["tables"] =
    input.view === "legacy"
      ? { legacy: tableJson(figures.legacy.legacy) }
      : {
          requests: tableJson(figures.current.requests),
          proactive: tableJson(figures.current.proactive),
          appeals: tableJson(figures.current.appeals),
        };
  return {
    agency: { code: input.agency.code, name: input.agency.name },
    year: input.year,
    scope: input.scope,
    format: input.view === "legacy" ? "LEGACY_2008" : figures.currentFormat,
    version: input.version?.number ?? null,
    publishedAt: input.version?.publishedAt.toISOString() ?? null,
    publishedOn: input.version?.publishedOn ?? null,
    status: input.status,
    correctionReason: input.version?.correctionReason ?? "",
    tables,
    narrative: {
      introduction: input.narrative.introduction,
      overview: input.narrative.overview,
      problems: input.narrative.problems,
      otherMatters: input.narrative.otherMatters,
    },
    feesCollectedYuan: figures.feesCollectedYuan,
    reconciliation: { ok: figures.reconciliation.ok },
    versions: input.versions,
    links: input.links,
  };
}

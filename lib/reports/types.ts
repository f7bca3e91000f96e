// The shapes every part of the annual report shares: the computation (lib/reports/compute), the console,
// the public pages, the PDF and the open-data API. A published version freezes a `FrozenFigures` as JSON.
import type { ReportFormat, ReportScope } from "@/lib/generated/prisma/enums";

export type { ReportFormat, ReportScope };

/** A cell: a count (or an amount), or null where the printed table has no cell (e.g. 行政许可 has no 废止 column). */
export type ReportCell = number | null;

export type ReportColumn = { key: string; label: string };

export type ReportRow = {
  /** Stable key of the open-data format, e.g. `result.refused.state_secret`. */
  key: string;
  /** The row's own wording as printed, e.g. `1.属于国家秘密`. */
  label: string;
  /** The printed group heading the row sits under, e.g. `（三）不予公开`, when it has one. */
  group?: string;
  /** 单位 of the older format (条), or of an amount (万元). */
  unit?: string;
  values: ReportCell[];
};

/** One printed table, in the open-data shape `{ columns, rows: [{ key, label, values }] }`. */
export type FigureTable = { columns: ReportColumn[]; rows: ReportRow[] };

/** The tables of the current formats (GOV_2021 and TRIAL_2019): 表二 proactive, 表三 requests, 表四 appeals. */
export type CurrentTables = { proactive: FigureTable; requests: FigureTable; appeals: FigureTable };

/** The older format's one table: 指标名称 / 单位 / 本年 / 历年累计. */
export type LegacyTables = { legacy: FigureTable };

/** 勾稽关系: row 一 + row 二 = row 三（七）+ row 四 in every column of 表三. */
export type ReconciliationBreak = {
  column: string;
  columnLabel: string;
  /** 一 + 二 */
  incoming: number;
  /** 三（七）+ 四 */
  outgoing: number;
};
export type Reconciliation = { ok: boolean; breaks: ReconciliationBreak[] };

/** A count the writer of the narrative cites, with the key the console's drill-down understands. */
export type WriterFigure = { key: string; label: string; value: number };

/** The figures beside the narrative editor (issue 6 §4). */
export type WriterFigures = {
  /** Items published in the year, by the agency's catalogue category (e.g. 机构职能类 8). */
  byCategory: WriterFigure[];
  /** Items published in the year, by 公开方式 (an item published on two channels counts on both). */
  byChannel: WriterFigure[];
  /** 政策解读 published in the year. */
  interpretations: number;
  requestsReceived: number;
  requestsConcluded: number;
  /** Requests concluded in the year whose reply was sent after the statutory deadline. */
  repliedLate: number;
};

/** Everything computed for one report: what the console shows live and what a published version freezes. */
export type ComputedReport = {
  year: number;
  scope: ReportScope;
  /** The format the report is printed in (by its year); both table sets are always computed. */
  format: ReportFormat;
  /** 表二/三/四 in the current or trial layout (TRIAL_2019 for 2019–2020, else GOV_2021). */
  current: CurrentTables;
  currentFormat: Exclude<ReportFormat, "LEGACY_2008">;
  legacy: LegacyTables;
  reconciliation: Reconciliation;
  /** Keys of 表二's entered figures (report_manual_figure) still missing: a report cannot be submitted while any is. */
  missingManualFigures: string[];
  /** 信息处理费 collected in the year (fee notices paid within it), in yuan; stated in section 六. */
  feesCollectedYuan: number;
  writerFigures: WriterFigures;
};

/** What annual_report_version.figures holds. */
export type FrozenFigures = Omit<ComputedReport, "year" | "scope">;

/** The narrative sections staff write (Markdown). */
export type ReportNarrative = { introduction: string; overview: string; problems: string; otherMatters: string };
export const NARRATIVE_SECTIONS = [
  "introduction",
  "overview",
  "problems",
  "otherMatters",
] as const satisfies readonly (keyof ReportNarrative)[];

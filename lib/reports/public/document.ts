// The annual report as a document: its title, the order of its parts, the sentence on 信息处理费 and the 落款.
// The report page and the PDF both follow this outline, so they print the same document. The wording is the
// official document's (国办公开办函〔2021〕30号 and the older format's reports), not UI text.
import { chineseDate } from "@/lib/requests/replies/letter";
import type { CalendarDate } from "@/lib/calendar/calendar-date";
import type { ReportFormat, ReportNarrative, ReportScope } from "@/lib/reports/types";
import type { GridView } from "./table-grid";

export function reportTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

/** The line under the title of a combined report (本级及所属部门). */
export function scopeSubtitle(scope: ReportScope): string | null {
  return scope === "COMBINED" ? "（本级及所属部门汇总）" : null;
}

/** The format of a version decides the tables: the older format's one table, or 表二/三/四. */
export const viewOfFormat = (format: ReportFormat): GridView => (format === "LEGACY_2008" ? "legacy" : "current");

export type OutlinePart =
  /** `withFees`: the section ends with the sentence on 信息处理费 (section 六). */
  | { kind: "narrative"; section: keyof ReportNarrative; title: string | null; withFees?: boolean }
  | { kind: "tables"; view: GridView; legacyTitle?: string };

/**
 * The parts in the order printed. The introduction (引言) opens the report without a heading; 二、三、四 are
 * the tables; 六 ends with the sentence on fees. The older format has one table, so its sections number to 四.
 */
export function reportOutline(format: ReportFormat): OutlinePart[] {
  if (format === "LEGACY_2008") {
    return [
      { kind: "narrative", section: "introduction", title: null },
      { kind: "narrative", section: "overview", title: "一、总体情况" },
      { kind: "tables", view: "legacy", legacyTitle: "二、政府信息公开情况统计表" },
      { kind: "narrative", section: "problems", title: "三、存在的主要问题及改进情况" },
      { kind: "narrative", section: "otherMatters", title: "四、其他需要报告的事项", withFees: true },
    ];
  }
  return [
    { kind: "narrative", section: "introduction", title: null },
    { kind: "narrative", section: "overview", title: "一、总体情况" },
    { kind: "tables", view: "current" },
    { kind: "narrative", section: "problems", title: "五、存在的主要问题及改进情况" },
    { kind: "narrative", section: "otherMatters", title: "六、其他需要报告的事项", withFees: true },
  ];
}

/** 信息处理费 collected in the year (条例 art. 42 and 国办函〔2020〕109号), stated in section 六. */
export function feesSentence(year: number, yuan: number, scope: ReportScope = "OWN"): string {
  const who = scope === "COMBINED" ? "本级及所属部门" : "本机关";
  if (!Number.isFinite(yuan) || yuan <= 0) return `${year}年度，${who}未收取政府信息公开信息处理费。`;
  const amount = Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
  return `${year}年度，${who}共收取政府信息公开信息处理费${amount}元。`;
}

/** 落款: the agency and the publication date (none on a draft preview). */
export function signature(agencyName: string, publishedOn: CalendarDate | null): string[] {
  return publishedOn ? [agencyName, chineseDate(publishedOn)] : [agencyName];
}

// 表二 主动公开政府信息情况, in the layout of each current format. Some cells are counted from the items
// (规章 / 行政规范性文件), the others come from other systems and are entered by staff with their source.
export type ProactiveCellSource =
  | { computed: ComputedProactiveKey }
  /** A figure entered by staff (report_manual_figure.key), with its unit. */
  | { manual: string };

/** Cells counted from the items whose live revision has document kind 规章 / 行政规范性文件. */
export type ComputedProactiveKey =
  | "regulation.made" // 成文日期 within the year
  | "regulation.repealed" // 废止 or 失效 with effect within the year
  | "regulation.valid" // written by the year's end and not repealed by it
  | "regulation.published" // first published within the year
  | "regulation.total_published" // published by the year's end (all time)
  | "normative.made"
  | "normative.repealed"
  | "normative.valid"
  | "normative.published"
  | "normative.total_published";

export type ProactiveRowDefinition = {
  key: string;
  label: string;
  group: string;
  unit?: string;
  /** Column key → where the cell comes from; columns not listed have no cell in the printed table. */
  cells: Record<string, ProactiveCellSource>;
};

export type ProactiveLayout = {
  columns: readonly { key: string; label: string }[];
  rows: readonly ProactiveRowDefinition[];
};

const ART_20_1 = "第二十条第（一）项";
const ART_20_5 = "第二十条第（五）项";
const ART_20_6 = "第二十条第（六）项";
const ART_20_8 = "第二十条第（八）项";
const ART_20_9 = "第二十条第（九）项";

/** 国办公开办函〔2021〕30号. */
export const PROACTIVE_GOV_2021: ProactiveLayout = {
  columns: [
    { key: "made", label: "本年制发件数" },
    { key: "repealed", label: "本年废止件数" },
    { key: "valid", label: "现行有效件数" },
    { key: "decisions", label: "本年处理决定数量" },
    { key: "amount", label: "本年收费金额（单位：万元）" },
  ],
  rows: [
    {
      key: "regulation",
      label: "规章",
      group: ART_20_1,
      cells: {
        made: { computed: "regulation.made" },
        repealed: { computed: "regulation.repealed" },
        valid: { computed: "regulation.valid" },
      },
    },
    {
      key: "normative_document",
      label: "行政规范性文件",
      group: ART_20_1,
      cells: {
        made: { computed: "normative.made" },
        repealed: { computed: "normative.repealed" },
        valid: { computed: "normative.valid" },
      },
    },
    { key: "licensing", label: "行政许可", group: ART_20_5, cells: { decisions: { manual: "licensing.decisions" } } },
    { key: "penalty", label: "行政处罚", group: ART_20_6, cells: { decisions: { manual: "penalty.decisions" } } },
    { key: "coercion", label: "行政强制", group: ART_20_6, cells: { decisions: { manual: "coercion.decisions" } } },
    {
      key: "administrative_fees",
      label: "行政事业性收费",
      group: ART_20_8,
      unit: "万元",
      cells: { amount: { manual: "fees.amount" } },
    },
  ],
};

/** 国办公开办函〔2019〕60号 (the 2019 and 2020 reports). */
export const PROACTIVE_TRIAL_2019: ProactiveLayout = {
  columns: [
    { key: "new_made", label: "本年新制作数量" },
    { key: "new_published", label: "本年新公开数量" },
    { key: "total_published", label: "对外公开总数量" },
    { key: "previous", label: "上一年项目数量" },
    { key: "change", label: "本年增/减" },
    { key: "decisions", label: "处理决定数量" },
    { key: "purchase_count", label: "采购项目数量" },
    { key: "purchase_amount", label: "采购总金额" },
  ],
  rows: [
    {
      key: "regulation",
      label: "规章",
      group: ART_20_1,
      cells: {
        new_made: { computed: "regulation.made" },
        new_published: { computed: "regulation.published" },
        total_published: { computed: "regulation.total_published" },
      },
    },
    {
      key: "normative_document",
      label: "规范性文件",
      group: ART_20_1,
      cells: {
        new_made: { computed: "normative.made" },
        new_published: { computed: "normative.published" },
        total_published: { computed: "normative.total_published" },
      },
    },
    ...(["licensing:行政许可", "other_services:其他对外管理服务事项"] as const).map((spec) =>
      trialDecisionRow(spec, ART_20_5),
    ),
    ...(["penalty:行政处罚", "coercion:行政强制"] as const).map((spec) => trialDecisionRow(spec, ART_20_6)),
    {
      key: "administrative_fees",
      label: "行政事业性收费",
      group: ART_20_8,
      cells: { previous: { manual: "fees.previous" }, change: { manual: "fees.change" } },
    },
    {
      key: "procurement",
      label: "政府集中采购",
      group: ART_20_9,
      cells: { purchase_count: { manual: "procurement.count" }, purchase_amount: { manual: "procurement.amount" } },
    },
  ],
};

function trialDecisionRow(spec: string, group: string): ProactiveRowDefinition {
  const [key, label] = spec.split(":") as [string, string];
  return {
    key,
    label,
    group,
    cells: {
      previous: { manual: `${key}.previous` },
      change: { manual: `${key}.change` },
      decisions: { manual: `${key}.decisions` },
    },
  };
}

export function proactiveLayout(format: "GOV_2021" | "TRIAL_2019"): ProactiveLayout {
  return format === "TRIAL_2019" ? PROACTIVE_TRIAL_2019 : PROACTIVE_GOV_2021;
}

/** The manual figures a report of this layout needs before it can be submitted, in table order. */
export function manualFigureKeys(layout: ProactiveLayout): string[] {
  return layout.rows.flatMap((row) =>
    Object.values(row.cells).flatMap((cell) => ("manual" in cell ? [cell.manual] : [])),
  );
}

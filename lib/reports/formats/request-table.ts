// 表三 收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号). The trial format (国办公开办函〔2019〕60号, the 2019
// and 2020 reports) has the same columns and rows except one: a single （六）其他处理 row with no sub-rows (the
// fee row came with 国办函〔2020〕109号 for the 2021 reports), counting every 其他处理 outcome.
// Row keys are the open-data format's (issue 6 §9), in the official order. Outcome rows come from
// lib/requests/vocabulary.ts, where every request outcome already carries its report key.
import { REQUEST_OUTCOMES } from "@/lib/requests/vocabulary";
import type { ApplicantType, RequestOutcome } from "@/lib/generated/prisma/enums";

export type RequestColumn = { key: string; label: string; group?: string; applicantType: ApplicantType | null };

/** 申请人情况: 自然人 | 法人或其他组织 (商业企业 … 其他) | 总计. `applicantType` null = the 总计 column. */
export const REQUEST_COLUMNS = [
  { key: "natural_person", label: "自然人", applicantType: "NATURAL_PERSON" },
  { key: "commercial", label: "商业企业", group: "法人或其他组织", applicantType: "COMMERCIAL" },
  { key: "research", label: "科研机构", group: "法人或其他组织", applicantType: "RESEARCH" },
  { key: "public_interest", label: "社会公益组织", group: "法人或其他组织", applicantType: "PUBLIC_INTEREST" },
  { key: "legal_services", label: "法律服务机构", group: "法人或其他组织", applicantType: "LEGAL_SERVICES" },
  { key: "other_org", label: "其他", group: "法人或其他组织", applicantType: "OTHER_ORG" },
  { key: "total", label: "总计", applicantType: null },
] as const satisfies readonly RequestColumn[];

/**
 * How a row counts requests (the counting rules, stated once; compute and drill-down both follow them):
 * - `new`: received (条例 art. 31 date) within the year;
 * - `carried_in`: received before the year and not concluded before it began;
 * - `outcome`: concluded within the year with this outcome; `concluded` (三（七）总计): the sum of the outcome rows, i.e.
 *   concluded within the year with an outcome (a request concluded without one then breaks the 勾稽关系);
 * - `carried_out`: received by the year's end and not concluded by it.
 */
export type RequestRowRule =
  | { kind: "new" }
  | { kind: "carried_in" }
  | { kind: "outcome"; outcome: RequestOutcome }
  /** The trial format's single （六）其他处理 row: concluded within the year with any of these outcomes. */
  | { kind: "outcomes"; outcomes: readonly RequestOutcome[] }
  | { kind: "concluded" }
  | { kind: "carried_out" };

export type RequestRowDefinition = {
  key: string;
  label: string;
  group?: string;
  section: string;
  rule: RequestRowRule;
};

const SECTION_RESULTS = "三、本年度办理结果";

const OUTCOME_LABELS: Record<RequestOutcome, { group: string; label: string }> = {
  GRANTED: { group: "（一）予以公开", label: "（一）予以公开" },
  PARTIAL: {
    group: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  },
  REFUSED_STATE_SECRET: { group: "（三）不予公开", label: "1.属于国家秘密" },
  REFUSED_PROHIBITED_BY_LAW: { group: "（三）不予公开", label: "2.其他法律行政法规禁止公开" },
  REFUSED_SECURITY_STABILITY: { group: "（三）不予公开", label: "3.危及“三安全一稳定”" },
  REFUSED_THIRD_PARTY: { group: "（三）不予公开", label: "4.保护第三方合法权益" },
  REFUSED_INTERNAL_AFFAIRS: { group: "（三）不予公开", label: "5.属于三类内部事务信息" },
  REFUSED_PROCESS_INFO: { group: "（三）不予公开", label: "6.属于四类过程性信息" },
  REFUSED_ENFORCEMENT_FILE: { group: "（三）不予公开", label: "7.属于行政执法案卷" },
  REFUSED_QUERY_MATTER: { group: "（三）不予公开", label: "8.属于行政查询事项" },
  UNABLE_NOT_HELD: { group: "（四）无法提供", label: "1.本机关不掌握相关政府信息" },
  UNABLE_NEEDS_CREATION: { group: "（四）无法提供", label: "2.没有现成信息需要另行制作" },
  UNABLE_STILL_UNCLEAR: { group: "（四）无法提供", label: "3.补正后申请内容仍不明确" },
  DECLINED_PETITION: { group: "（五）不予处理", label: "1.信访举报投诉类申请" },
  DECLINED_DUPLICATE: { group: "（五）不予处理", label: "2.重复申请" },
  DECLINED_PUBLICATION: { group: "（五）不予处理", label: "3.要求提供公开出版物" },
  DECLINED_EXCESSIVE: { group: "（五）不予处理", label: "4.无正当理由大量反复申请" },
  DECLINED_CONFIRMATION: { group: "（五）不予处理", label: "5.要求行政机关确认或重新出具已获取信息" },
  OTHER_NO_CORRECTION: {
    group: "（六）其他处理",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  },
  OTHER_UNPAID_FEE: {
    group: "（六）其他处理",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  },
  OTHER_OTHER: { group: "（六）其他处理", label: "3.其他" },
};

/** The 25 rows of 表三 (国办公开办函〔2021〕30号) in the official order. （三）–（六） have no subtotal row. */
export const REQUEST_ROWS: readonly RequestRowDefinition[] = [
  {
    key: "new",
    label: "一、本年新收政府信息公开申请数量",
    section: "一、本年新收政府信息公开申请数量",
    rule: { kind: "new" },
  },
  {
    key: "carried_in",
    label: "二、上年结转政府信息公开申请数量",
    section: "二、上年结转政府信息公开申请数量",
    rule: { kind: "carried_in" },
  },
  ...REQUEST_OUTCOMES.map(({ outcome, reportKey }) => ({
    key: reportKey,
    label: OUTCOME_LABELS[outcome].label,
    // （一）and（二）are rows of their own, not groups.
    group: outcome === "GRANTED" || outcome === "PARTIAL" ? undefined : OUTCOME_LABELS[outcome].group,
    section: SECTION_RESULTS,
    rule: { kind: "outcome", outcome } as const,
  })),
  { key: "result.total", label: "（七）总计", section: SECTION_RESULTS, rule: { kind: "concluded" } },
  {
    key: "carried_out",
    label: "四、结转下年度继续办理",
    section: "四、结转下年度继续办理",
    rule: { kind: "carried_out" },
  },
];

export const REQUEST_ROW_KEYS = REQUEST_ROWS.map((row) => row.key);

const OTHER_OUTCOMES: readonly RequestOutcome[] = REQUEST_OUTCOMES.filter((o) => o.group === "other").map(
  (o) => o.outcome,
);

/** The trial format's single （六）其他处理 row (key `result.other`). */
export const TRIAL_OTHER_ROW: RequestRowDefinition = {
  key: "result.other",
  label: "（六）其他处理",
  section: SECTION_RESULTS,
  rule: { kind: "outcomes", outcomes: OTHER_OUTCOMES },
};

/** The 23 rows of the trial format's 表三 (2019–2020): the three 其他处理 rows become one. */
export const TRIAL_REQUEST_ROWS: readonly RequestRowDefinition[] = REQUEST_ROWS.flatMap((row) =>
  row.rule.kind === "outcome" && OTHER_OUTCOMES.includes(row.rule.outcome)
    ? row.rule.outcome === OTHER_OUTCOMES[0]
      ? [TRIAL_OTHER_ROW]
      : []
    : [row],
);

/** 表三's rows in the layout of a report year's format (TRIAL_2019 for 2019–2020, else GOV_2021). */
export function requestRowsFor(format: "TRIAL_2019" | "GOV_2021"): readonly RequestRowDefinition[] {
  return format === "TRIAL_2019" ? TRIAL_REQUEST_ROWS : REQUEST_ROWS;
}

/** A row of either layout by key (its section and group are the same in both). */
export function requestRowByKey(key: string): RequestRowDefinition | undefined {
  return REQUEST_ROWS.find((r) => r.key === key) ?? (key === TRIAL_OTHER_ROW.key ? TRIAL_OTHER_ROW : undefined);
}

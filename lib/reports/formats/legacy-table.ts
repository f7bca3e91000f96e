// The older format (2008–2018, as in the seed): 指标名称 | 单位 | 本年 | 历年累计. Every row is counted from the
// records; 历年累计 adds the opening balance of years entered by hand (report_historical_figure).
export type LegacyRowRule =
  /** Items first published (发布日期) in the period and still published; optionally only those on a channel. */
  | { kind: "items"; channel?: "WEBSITE" | "GAZETTE" }
  /** Requests received in the period; optionally only those that came through these channels. */
  | { kind: "requests"; channels?: readonly ("IN_PERSON" | "ONLINE" | "EMAIL" | "LETTER" | "FAX")[] }
  /** Requests concluded in the period; optionally only those with outcomes of this group. */
  | { kind: "replies"; group?: "granted" | "partial" | "refused" | "other" }
  /** 行政申诉、举报 received in the period. */
  | { kind: "complaints" }
  /** 行政复议 (review) or 行政诉讼 (lawsuit) filed in the period. */
  | { kind: "appeals"; appeal: "review" | "lawsuit" };

export type LegacyRowDefinition = { key: string; label: string; unit: string; rule: LegacyRowRule };

export const LEGACY_COLUMNS = [
  { key: "this_year", label: "本年" },
  { key: "cumulative", label: "历年累计" },
] as const;

export const LEGACY_ROWS: readonly LegacyRowDefinition[] = [
  { key: "proactive.total", label: "主动公开文件数", unit: "条", rule: { kind: "items" } },
  {
    key: "proactive.website",
    label: "其中：1.政府网站公开数",
    unit: "条",
    rule: { kind: "items", channel: "WEBSITE" },
  },
  { key: "proactive.gazette", label: "2.政府公报公开数", unit: "条", rule: { kind: "items", channel: "GAZETTE" } },
  { key: "requests.total", label: "受理政府信息公开申请总数", unit: "条", rule: { kind: "requests" } },
  {
    key: "requests.in_person",
    label: "其中：1.当面申请数",
    unit: "条",
    rule: { kind: "requests", channels: ["IN_PERSON"] },
  },
  {
    key: "requests.online",
    label: "2.网络申请数",
    unit: "条",
    rule: { kind: "requests", channels: ["ONLINE", "EMAIL"] },
  },
  {
    key: "requests.letter_fax",
    label: "3.信函、传真申请数",
    unit: "条",
    rule: { kind: "requests", channels: ["LETTER", "FAX"] },
  },
  { key: "replies.total", label: "对申请的答复总数", unit: "条", rule: { kind: "replies" } },
  { key: "replies.granted", label: "其中：1.同意公开答复数", unit: "条", rule: { kind: "replies", group: "granted" } },
  { key: "replies.partial", label: "2.同意部分公开答复数", unit: "条", rule: { kind: "replies", group: "partial" } },
  { key: "replies.refused", label: "3.不予公开答复数", unit: "条", rule: { kind: "replies", group: "refused" } },
  { key: "replies.other", label: "4.其他类型答复数", unit: "条", rule: { kind: "replies", group: "other" } },
  { key: "complaints", label: "接受行政申诉、举报数", unit: "条", rule: { kind: "complaints" } },
  { key: "reviews", label: "行政复议数", unit: "条", rule: { kind: "appeals", appeal: "review" } },
  { key: "lawsuits", label: "行政诉讼数", unit: "条", rule: { kind: "appeals", appeal: "lawsuit" } },
];

export const LEGACY_ROW_KEYS = LEGACY_ROWS.map((row) => row.key);

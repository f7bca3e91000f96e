// The older format (2008–2018, 指标名称/单位/本年/历年累计): each row's records and the date that places a
// record in a year. 本年 = dated within the year; 历年累计 = dated from the beginning through 31 December —
// unless historical figures (report_historical_figure, from the paper reports) cover the row (legacy-table.ts).
//   主动公开文件数    published items, by first publication (published_on), still published; 其中 政府网站 /
//                    政府公报: the live revision's 公开方式 include it;
//   受理申请总数      requests by receipt date; 当面 = IN_PERSON, 网络 = ONLINE or EMAIL, 信函、传真 = LETTER or FAX
//                    (other channels count only in the total);
//   答复总数          requests by conclusion date (concluded_on); 同意公开 = GRANTED, 同意部分公开 = PARTIAL,
//                    不予公开 = REFUSED_*, 其他类型 = every other outcome (also a missing one), so the four add up;
//   行政申诉、举报    complaints by receipt date;
//   行政复议 / 诉讼   appeals against the subject's agencies (with or without a request) by filing date (行政复议 = ADMINISTRATIVE_REVIEW,
//                    行政诉讼 = LAWSUIT_DIRECT or LAWSUIT_AFTER_REVIEW).
import { Prisma } from "@/lib/generated/prisma/client";
import { LEGACY_ROWS, type LegacyRowRule } from "@/lib/reports/formats/legacy-table";
import { REQUEST_OUTCOMES } from "@/lib/requests/vocabulary";
import { onChannel } from "./item-rules";
import type { SourceKind } from "./sources";

export type LegacyRowQuery = { source: SourceKind; date: Prisma.Sql; where: Prisma.Sql };

const outcomesOf = (group: "granted" | "partial" | "refused") =>
  REQUEST_OUTCOMES.filter((o) => o.group === group).map((o) => o.outcome);

export function legacyRowQuery(rule: LegacyRowRule): LegacyRowQuery {
  switch (rule.kind) {
    case "items":
      return {
        source: "items",
        date: Prisma.sql`i.published_on`,
        where: rule.channel ? onChannel(rule.channel) : Prisma.sql`TRUE`,
      };
    case "requests":
      return {
        source: "requests",
        date: Prisma.sql`q.received_on`,
        where: rule.channels ? Prisma.sql`q.channel = ANY(${[...rule.channels]}::request_channel[])` : Prisma.sql`TRUE`,
      };
    case "replies": {
      const named = [...outcomesOf("granted"), ...outcomesOf("partial"), ...outcomesOf("refused")];
      const where =
        rule.group === undefined
          ? Prisma.sql`TRUE`
          : rule.group === "other"
            ? Prisma.sql`(q.outcome IS NULL OR q.outcome <> ALL(${named}::request_outcome[]))`
            : Prisma.sql`q.outcome = ANY(${outcomesOf(rule.group)}::request_outcome[])`;
      return { source: "requests", date: Prisma.sql`q.concluded_on`, where };
    }
    case "complaints":
      return { source: "complaints", date: Prisma.sql`c.received_on`, where: Prisma.sql`TRUE` };
    case "appeals":
      return {
        source: "appeals",
        date: Prisma.sql`ap.filed_on`,
        where:
          rule.appeal === "review"
            ? Prisma.sql`ap.kind = 'ADMINISTRATIVE_REVIEW'`
            : Prisma.sql`ap.kind IN ('LAWSUIT_DIRECT', 'LAWSUIT_AFTER_REVIEW')`,
      };
  }
}

export function legacyRow(key: string) {
  return LEGACY_ROWS.find((row) => row.key === key) ?? null;
}

/** `date BETWEEN from AND to` (from = null: since the beginning). */
export function datedWithin(query: LegacyRowQuery, from: Prisma.Sql | null, to: Prisma.Sql): Prisma.Sql {
  return from === null ? Prisma.sql`${query.date} <= ${to}` : Prisma.sql`${query.date} BETWEEN ${from} AND ${to}`;
}

/** The row keys counted from the same source by the same date (one scan each), in table order. */
export function legacyRowFamilies(): { source: SourceKind; keys: string[] }[] {
  const families = new Map<string, { source: SourceKind; keys: string[] }>();
  for (const row of LEGACY_ROWS) {
    const query = legacyRowQuery(row.rule);
    const id = `${query.source} ${query.date.text}`;
    const family = families.get(id) ?? { source: query.source, keys: [] };
    family.keys.push(row.key);
    families.set(id, family);
  }
  return [...families.values()];
}

// The writer's figures (writer-rules.ts): items published in the year by top-level catalogue category and by
// 公开方式, 政策解读 published, and requests replied late — each one GROUP BY / COUNT FILTER query.
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FigureTable, WriterFigure, WriterFigures } from "@/lib/reports/types";
import { categoryRootsSql, CHANNEL_LABELS, publishedInYear, UNCATEGORISED_LABEL, type ChannelKey } from "./item-rules";
import type { ReportPeriod } from "./period";
import { repliedLatePredicate } from "./request-rules";
import { inSubject, SOURCES } from "./sources";
import { categoryKey, channelKey } from "./writer-rules";

/** The figures counted here; requestsReceived/requestsConcluded are 表三's 总计 (withRequestTotals). */
export type ItemWriterFigures = Omit<WriterFigures, "requestsReceived" | "requestsConcluded">;

export async function computeWriterFigures(
  db: Db | Tx,
  agencyIds: readonly string[],
  period: ReportPeriod,
): Promise<ItemWriterFigures> {
  const inYear = Prisma.sql`${inSubject("items", agencyIds)} AND ${publishedInYear(period)}`;
  const items = Prisma.sql`${SOURCES.items.from} WHERE ${inYear}`;
  const [categories, channels, counts] = await Promise.all([
    // Only categories with items; in catalogue order (the same top-level name across departments is one class).
    db.$queryRaw<{ name: string | null; n: number }[]>`
      ${categoryRootsSql(agencyIds)}
      SELECT cr.root_name AS name, count(*)::int AS n
      FROM ${SOURCES.items.from} LEFT JOIN category_root cr ON cr.id = r.catalogue_category_id
      WHERE ${inYear}
      GROUP BY cr.root_name ORDER BY min(cr.root_sort) NULLS LAST, cr.root_name`,
    db.$queryRaw<{ channel: ChannelKey; n: number }[]>`
      SELECT ch::text AS channel, count(*)::int AS n
      FROM ${SOURCES.items.from} CROSS JOIN LATERAL unnest(r.channels) ch WHERE ${inYear}
      GROUP BY ch ORDER BY ch`,
    db.$queryRaw<{ interpretations: number; late: number }[]>`
      SELECT
        (SELECT count(*)::int FROM ${items} AND r.genre = 'INTERPRETATION') AS interpretations,
        (SELECT count(*)::int FROM info_request q WHERE ${inSubject("requests", agencyIds)} AND ${repliedLatePredicate(period)}) AS late`,
  ]);
  return {
    byCategory: categories.map(
      (c): WriterFigure => ({ key: categoryKey(c.name), label: c.name ?? UNCATEGORISED_LABEL, value: c.n }),
    ),
    byChannel: channels.map(
      (c): WriterFigure => ({ key: channelKey(c.channel), label: CHANNEL_LABELS[c.channel], value: c.n }),
    ),
    interpretations: counts[0]?.interpretations ?? 0,
    repliedLate: counts[0]?.late ?? 0,
  };
}

/** Adds 表三's 一 and 三（七）总计 as the requests received and concluded. */
export function withRequestTotals(figures: ItemWriterFigures, requests: FigureTable): WriterFigures {
  const total = (key: string) => requests.rows.find((r) => r.key === key)?.values.at(-1) ?? 0;
  const { repliedLate, ...rest } = figures;
  return { ...rest, requestsReceived: total("new"), requestsConcluded: total("result.total"), repliedLate };
}

// The figures a writer cites beside the narrative, each with a key the drill-down understands:
//   category:<top-level name>  items published in the year (published_on, still published) in that top-level
//                              catalogue category — an item of a subcategory counts under its top-level one;
//                              `category:` + 未分类 for items without one;
//   channel:<CHANNEL>          items published in the year on that 公开方式 (an item on two channels counts on both);
//   interpretations            such items of genre 解读 (政策解读);
//   requestsReceived           表三 row 一 (总计); requestsConcluded = 表三 三（七）(总计);
//   repliedLate                requests concluded in the year after their statutory deadline (concluded_on > due_on).
import { Prisma } from "@/lib/generated/prisma/client";
import {
  CHANNEL_LABELS,
  inCategory,
  onChannel,
  publishedInYear,
  UNCATEGORISED_LABEL,
  type ChannelKey,
} from "./item-rules";
import type { ReportPeriod } from "./period";
import { repliedLatePredicate, requestRowPredicate } from "./request-rules";
import type { CellQuery } from "./sources";

export const WRITER_KEYS = {
  interpretations: "interpretations",
  requestsReceived: "requestsReceived",
  requestsConcluded: "requestsConcluded",
  repliedLate: "repliedLate",
} as const;

export const categoryKey = (name: string | null) => `category:${name ?? UNCATEGORISED_LABEL}`;
export const channelKey = (channel: ChannelKey) => `channel:${channel}`;

/** The records behind a writer figure key; `needsCategoryRoots` when the WITH of categoryRootsSql is needed. Null: unknown key. */
export function writerCellQuery(
  key: string,
  period: ReportPeriod,
): (CellQuery & { needsCategoryRoots?: boolean }) | null {
  if (key.startsWith("category:")) {
    const name = key.slice("category:".length);
    if (!name) return null;
    return {
      source: "items",
      where: Prisma.sql`${publishedInYear(period)} AND ${inCategory(name === UNCATEGORISED_LABEL ? null : name)}`,
      needsCategoryRoots: true,
    };
  }
  if (key.startsWith("channel:")) {
    const channel = key.slice("channel:".length);
    if (!(channel in CHANNEL_LABELS)) return null;
    return { source: "items", where: Prisma.sql`${publishedInYear(period)} AND ${onChannel(channel as ChannelKey)}` };
  }
  switch (key) {
    case WRITER_KEYS.interpretations:
      return { source: "items", where: Prisma.sql`${publishedInYear(period)} AND r.genre = 'INTERPRETATION'` };
    case WRITER_KEYS.requestsReceived:
      return { source: "requests", where: requestRowPredicate({ kind: "new" }, period) };
    case WRITER_KEYS.requestsConcluded:
      return { source: "requests", where: requestRowPredicate({ kind: "concluded" }, period) };
    case WRITER_KEYS.repliedLate:
      return { source: "requests", where: repliedLatePredicate(period) };
    default:
      return null;
  }
}

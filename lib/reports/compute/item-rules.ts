// 表二 第二十条第（一）项 and the writer's item figures: the counting rules as SQL predicates over a published
// item i and its live revision r (sources.ts keeps only state PUBLISHED). With S/E the year's bounds:
//   made            成文日期 (written_on) in [S, E];
//   repealed        废止 or 失效 (validity REPEALED/EXPIRED) with effect (validity_changed_on) in [S, E];
//   valid           written by E and not repealed by E (still VALID, or its 废止/失效 took effect after E);
//   published       first published (published_on, 发布日期) in [S, E];
//   total_published published by E.
// 规章 = live revision of document kind REGULATION, 行政规范性文件 = NORMATIVE_DOCUMENT.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ComputedProactiveKey } from "@/lib/reports/formats/proactive-table";
import type { ReportPeriod } from "./period";

const DOCUMENT_KIND = { regulation: "REGULATION", normative: "NORMATIVE_DOCUMENT" } as const;

export function proactivePredicate(key: ComputedProactiveKey, { start: S, end: E }: ReportPeriod): Prisma.Sql {
  const [kind, measure] = key.split(".") as [keyof typeof DOCUMENT_KIND, string];
  const ofKind = Prisma.sql`r.document_kind = ${DOCUMENT_KIND[kind]}::document_kind`;
  switch (measure) {
    case "made":
      return Prisma.sql`${ofKind} AND r.written_on BETWEEN ${S} AND ${E}`;
    case "repealed":
      return Prisma.sql`${ofKind} AND i.validity IN ('REPEALED', 'EXPIRED') AND i.validity_changed_on BETWEEN ${S} AND ${E}`;
    case "valid":
      // A 废止/失效 with no recorded date counts as already in effect.
      return Prisma.sql`${ofKind} AND r.written_on <= ${E} AND (i.validity = 'VALID' OR i.validity_changed_on > ${E})`;
    case "published":
      return Prisma.sql`${ofKind} AND i.published_on BETWEEN ${S} AND ${E}`;
    case "total_published":
      return Prisma.sql`${ofKind} AND i.published_on <= ${E}`;
    default:
      throw new Error(`unknown proactive measure ${key}`);
  }
}

/** Items first published in the year (the writer's figures). */
export function publishedInYear({ start: S, end: E }: ReportPeriod): Prisma.Sql {
  return Prisma.sql`i.published_on BETWEEN ${S} AND ${E}`;
}

/** 公开方式 in the writer's words, in the order of the Channel enum. */
export const CHANNEL_LABELS = {
  WEBSITE: "政府网站",
  GAZETTE: "政府公报",
  BULLETIN_BOARD: "公开栏",
  PRESS_CONFERENCE: "新闻发布",
  NEW_MEDIA: "新媒体",
  OTHER: "其他",
} as const;
export type ChannelKey = keyof typeof CHANNEL_LABELS;

export function onChannel(channel: ChannelKey): Prisma.Sql {
  return Prisma.sql`r.channels @> ARRAY[${channel}::channel]`;
}

/**
 * The top-level catalogue category (主动公开基本目录) of every category of the subject agencies. An item filed in a
 * subcategory (e.g. 财政资金类/专项资金) counts under its top-level category, as the annual report lists classes
 * (机构职能类, 政策、规范性文件类 …). Columns: id, root_name, root_sort.
 */
export function categoryRootsSql(agencyIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE category_root AS (
      SELECT id, name AS root_name, sort_order AS root_sort, 0 AS depth FROM catalogue_category
      WHERE parent_id IS NULL AND agency_id = ANY(${[...agencyIds]}::uuid[])
      UNION ALL
      SELECT c.id, cr.root_name, cr.root_sort, cr.depth + 1 FROM catalogue_category c JOIN category_root cr ON c.parent_id = cr.id
      WHERE cr.depth < 32
    )`;
}

/** Label of items without a catalogue category. */
export const UNCATEGORISED_LABEL = "未分类";

/** Items of the year under a top-level category name (null = no category); needs categoryRootsSql in WITH. */
export function inCategory(rootName: string | null): Prisma.Sql {
  return rootName === null
    ? Prisma.sql`(r.catalogue_category_id IS NULL OR r.catalogue_category_id NOT IN (SELECT id FROM category_root))`
    : Prisma.sql`r.catalogue_category_id IN (SELECT id FROM category_root WHERE root_name = ${rootName})`;
}

// The record sources a report counts, each with the table alias every predicate in lib/reports/compute uses:
//   q  = info_request (依申请公开 requests)          ap = appeal (行政复议/行政诉讼; q = its request, if any)
//   i  = item, r = its live revision (主动公开)       c  = complaint (行政申诉、举报)
// The aggregate (COUNT(*) FILTER (WHERE …)) and the drill-down (SELECT … WHERE …) are both built from the
// predicates of request-rules.ts, appeal-rules.ts, item-rules.ts and legacy-rules.ts over these sources, so a
// number and the list of records behind it can never disagree.
import { Prisma } from "@/lib/generated/prisma/client";

export type SourceKind = "requests" | "appeals" | "items" | "complaints";

type Source = {
  /** FROM clause with the aliases above. */
  from: Prisma.Sql;
  /** The column naming the agency whose record it is. */
  agencyColumn: Prisma.Sql;
  /** What every record of the source must satisfy to be counted at all. */
  base: Prisma.Sql;
};

export const SOURCES: Record<SourceKind, Source> = {
  requests: { from: Prisma.sql`info_request q`, agencyColumn: Prisma.sql`q.agency_id`, base: Prisma.sql`TRUE` },
  // An appeal belongs to the agency it is against (the request's agency when it is about a request); cases
  // without a request (未依法主动公开, 更正, other) count the same (条例 art. 51).
  appeals: {
    from: Prisma.sql`appeal ap LEFT JOIN info_request q ON q.id = ap.request_id`,
    agencyColumn: Prisma.sql`ap.agency_id`,
    base: Prisma.sql`TRUE`,
  },
  // Only published items count: drafts, withheld (不予公开/依申请公开/非政府信息) and withdrawn (已撤回) items never do.
  // The live revision is the one the public sees; its 文种/公开方式/目录 are what the report counts.
  items: {
    from: Prisma.sql`item i JOIN item_revision r ON r.id = i.live_revision_id`,
    agencyColumn: Prisma.sql`i.agency_id`,
    base: Prisma.sql`i.state = 'PUBLISHED'`,
  },
  complaints: { from: Prisma.sql`complaint c`, agencyColumn: Prisma.sql`c.agency_id`, base: Prisma.sql`TRUE` },
};

/** `<agency column> = ANY(ids) AND <base>`: the records of the report's subject agencies. */
export function inSubject(source: SourceKind, agencyIds: readonly string[]): Prisma.Sql {
  const s = SOURCES[source];
  return Prisma.sql`${s.agencyColumn} = ANY(${[...agencyIds]}::uuid[]) AND ${s.base}`;
}

/** One cell's records: a source and the predicate its rows satisfy (on top of inSubject). */
export type CellQuery = { source: SourceKind; where: Prisma.Sql };

/** `a OR b OR …` (FALSE for none), parenthesised. */
export function anyOf(parts: readonly Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0
    ? Prisma.sql`FALSE`
    : Prisma.sql`(${Prisma.join(
        parts.map((p) => Prisma.sql`(${p})`),
        " OR ",
      )})`;
}

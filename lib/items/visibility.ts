// THE public visibility policy. Every public page, list, search, feed, sitemap, API response and
// attachment download selects items through `publicItemWhere`, and shows only the live revision:
// an item is public when it is published, its live revision is 主动公开, and its agency is active.
// Drafts, withheld (不予公开 / 依申请公开 / 非政府信息) and withdrawn items can never match.
import { Prisma } from "@/lib/generated/prisma/client";

export const publicItemWhere = {
  state: "PUBLISHED",
  indexNumber: { not: null },
  liveRevision: { is: { disclosure: "PROACTIVE", status: "APPROVED" } },
  agency: { is: { active: true } },
} satisfies Prisma.ItemWhereInput;

/** The public fields of an item and its live revision: never the drafter, reasons, comments or workflow. */
export const publicItemSelect = {
  id: true,
  indexNumber: true,
  publishedOn: true,
  validity: true,
  validityChangedOn: true,
  agency: { select: { id: true, code: true, name: true, shortName: true } },
  liveRevision: {
    select: {
      title: true,
      documentNumber: true,
      writtenOn: true,
      subjectCategory: true,
      genre: true,
      documentKind: true,
      channels: true,
      keywords: true,
      summary: true,
      bodyHtml: true,
      catalogueCategory: { select: { id: true, name: true } },
      attachments: {
        select: { id: true, fileName: true, contentType: true, size: true },
        orderBy: { sortOrder: "asc" },
      },
    },
  },
} satisfies Prisma.ItemSelect;

/**
 * The same policy for raw SQL (reports, facets, search), over `item i JOIN item_revision r ON r.id =
 * i.live_revision_id JOIN agency a ON a.id = i.agency_id`. tests/integration/portal-catalogue.test.ts
 * checks that both forms select exactly the same items.
 */
export const publicItemSql = Prisma.sql`i.state = 'PUBLISHED' AND i.index_number IS NOT NULL AND r.disclosure = 'PROACTIVE' AND r.status = 'APPROVED' AND a.active`;

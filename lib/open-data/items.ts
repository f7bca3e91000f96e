// The items of the open-data API: a filtered list with keyset pages, and one item with its attachments
// and 政策解读 links. Every query selects through the one visibility policy (lib/items/visibility.ts);
// an item that is not public does not exist here.
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { findPublicItem } from "@/lib/items/public-queries";
import { publicItemPage } from "@/lib/search/public-positions";
import { SUBJECT_CATEGORIES, type SubjectCategoryCode } from "@/lib/items/vocabulary";
import { ITEMS_PAGE_SIZE, type TItemListQuery } from "./schemas";

export type ItemListFilter = Omit<TItemListQuery, "agency" | "q"> & { agencyId?: string };

const LIST_SELECT = {
  id: true,
  indexNumber: true,
  publishedOn: true,
  publishedAt: true,
  validity: true,
  agency: { select: { code: true, name: true } },
  liveRevision: {
    select: {
      title: true,
      documentNumber: true,
      subjectCategory: true,
      genre: true,
      summary: true,
      catalogueCategory: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.ItemSelect;

type ListRow = Prisma.ItemGetPayload<{ select: typeof LIST_SELECT }>;

const day = (value: Date | null) => (value ? fromDbDate(value) : null);
const subject = (code: string) => ({ code, name: SUBJECT_CATEGORIES[code as SubjectCategoryCode] ?? code });

function itemLinks(base: string, id: string) {
  return { html: `${base}/items/${id}`, api: `${base}/api/v1/items/${id}` };
}

function listEntry(base: string, row: ListRow) {
  const r = row.liveRevision!;
  return {
    id: row.id,
    indexNumber: row.indexNumber,
    title: r.title,
    documentNumber: r.documentNumber,
    publishedOn: day(row.publishedOn),
    validity: row.validity,
    subject: subject(r.subjectCategory),
    genre: r.genre,
    catalogueCategory: r.catalogueCategory,
    summary: r.summary,
    agency: row.agency,
    links: itemLinks(base, row.id),
  };
}

/** One page of public items, newest first; `next` is the cursor of the following page, or null. */
export async function listPublicItemsPage(base: string, filter: ItemListFilter) {
  const { cursor, limit, ...dimensions } = filter;
  const { rows, next } = await publicItemPage(dimensions, cursor, limit ?? ITEMS_PAGE_SIZE, LIST_SELECT);
  return { items: rows.map((row) => listEntry(base, row)), next };
}

/** One public item as the API shows it, or null (drafts, withheld and withdrawn items do not exist). */
export async function publicItemJson(base: string, itemId: string) {
  const item = await findPublicItem(itemId);
  if (!item?.liveRevision) return null;
  const r = item.liveRevision;
  const link = (x: { id: string; indexNumber: string | null; liveRevision: { title: string } | null }) => ({
    id: x.id,
    indexNumber: x.indexNumber,
    title: x.liveRevision?.title ?? "",
    links: itemLinks(base, x.id),
  });
  return {
    id: item.id,
    indexNumber: item.indexNumber,
    title: r.title,
    documentNumber: r.documentNumber,
    writtenOn: fromDbDate(r.writtenOn),
    publishedOn: day(item.publishedOn),
    validity: item.validity,
    validityChangedOn: day(item.validityChangedOn),
    subject: subject(r.subjectCategory),
    genre: r.genre,
    documentKind: r.documentKind,
    catalogueCategory: r.catalogueCategory,
    channels: r.channels,
    keywords: r.keywords,
    summary: r.summary,
    // Sanitised to a safe subset when it was saved (lib/items/render-body.ts).
    bodyHtml: r.bodyHtml,
    agency: { code: item.agency.code, name: item.agency.name, shortName: item.agency.shortName },
    attachments: r.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      url: `${base}/api/v1/items/${item.id}/attachments/${a.id}`,
      htmlUrl: `${base}/items/${item.id}/attachments/${a.id}`,
    })),
    interprets: item.interprets ? link(item.interprets) : null,
    interpretations: item.interpretations.map(link),
    links: itemLinks(base, item.id),
  };
}

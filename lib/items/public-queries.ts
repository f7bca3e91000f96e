// Read models of the portal. Every query here selects through the one visibility policy (visibility.ts).
import { cache } from "react";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";
import { cachedPublic, WHOLE_PORTAL } from "@/lib/portal/public-cache";
import { publicItemSelect, publicItemWhere } from "./visibility";

/**
 * A public item with its public links (政策解读 ⇄ policy document), or null: drafts, withheld and withdrawn
 * items do not exist here. Read once per request (React's cache): the page and its metadata both ask.
 */
export const findPublicItem = cache(async (itemId: string) => {
  if (!isUuid(itemId)) return null;
  const item = await db.item.findFirst({
    where: { id: itemId, ...publicItemWhere },
    select: { ...publicItemSelect, interpretsItemId: true },
  });
  if (!item) return null;
  const linkSelect = { id: true, indexNumber: true, liveRevision: { select: { title: true } } } as const;
  const [interprets, interpretations] = await Promise.all([
    item.interpretsItemId
      ? db.item.findFirst({ where: { id: item.interpretsItemId, ...publicItemWhere }, select: linkSelect })
      : null,
    db.item.findMany({
      where: { interpretsItemId: item.id, ...publicItemWhere },
      select: linkSelect,
      orderBy: { publishedAt: "asc" },
    }),
  ]);
  return { ...item, interprets, interpretations };
});

/** The latest public items, optionally of one agency (cached until that scope's public side changes). */
export function listLatestPublicItems(options: { agencyId?: string; take?: number } = {}) {
  return cachedPublic(options.agencyId ?? WHOLE_PORTAL, `latest:${options.take ?? 20}`, () =>
    loadLatestPublicItems(options),
  );
}

async function loadLatestPublicItems(options: { agencyId?: string; take?: number }) {
  return db.item.findMany({
    where: { ...publicItemWhere, ...(options.agencyId ? { agencyId: options.agencyId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.take ?? 20,
    select: {
      id: true,
      indexNumber: true,
      publishedOn: true,
      agency: { select: { shortName: true } },
      liveRevision: { select: { title: true, documentNumber: true } },
    },
  });
}

/** An attachment of a public item's live revision, or null — the same visibility policy as the item page. */
export async function findPublicAttachment(itemId: string, attachmentId: string) {
  if (!isUuid(itemId) || !isUuid(attachmentId)) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, revision: { is: { liveOf: { is: { id: itemId, ...publicItemWhere } } } } },
    select: { fileName: true, contentType: true, storageKey: true, size: true },
  });
}

/**
 * What the 410 notice of a withdrawn (已撤回) item shows, or null. Only an item that really was public before it
 * was withdrawn (it has a 索引号 and its live revision is an approved 主动公开 one, of an active agency): its
 * 索引号, title and the withdrawal date were public already. Never the free-text reason a leader typed
 * (lib/items/withdraw-item.ts): it may hold internal detail, and there is no reason category to show instead.
 * Withheld, draft and unknown items stay null (a plain 404). lib/http/gone-items.ts asks the same in SQL.
 */
export const findWithdrawnItemNotice = cache(async (itemId: string) => {
  if (!isUuid(itemId)) return null;
  const item = await db.item.findFirst({
    where: { id: itemId, ...publicItemWhere, state: "WITHDRAWN", withdrawnAt: { not: null } },
    select: { indexNumber: true, withdrawnAt: true, liveRevision: { select: { title: true } } },
  });
  if (!item?.withdrawnAt || !item.indexNumber || !item.liveRevision) return null;
  return { indexNumber: item.indexNumber, title: item.liveRevision.title, withdrawnAt: item.withdrawnAt };
});

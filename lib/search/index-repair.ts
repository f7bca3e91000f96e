// The search index (search_document) holds one row per public item, kept so by database triggers.
// Search and the catalogue select positions from it and load what they show through the visibility
// policy; an index row whose item turns out not to be public (a missed trigger, a hand edit) is rebuilt
// from its item here, which removes it.
import { db } from "@/lib/db";

/** Rebuilds the index rows of `itemIds` from their items: a row of an item that is not public disappears. */
export async function repairIndexRows(itemIds: string[]) {
  if (!itemIds.length) return;
  await db.$executeRaw`SELECT search_document_refresh(${itemIds}::uuid[])`;
}

/** The ids of `positions` that `shown` lacks: index rows of items the policy did not let through. */
export function staleRows(positions: string[], shown: Iterable<string>) {
  const visible = new Set(shown);
  return positions.filter((id) => !visible.has(id));
}

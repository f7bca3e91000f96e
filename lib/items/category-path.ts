// 目录分类 as the portal files an item: the category and its parents, top level first (e.g. 机构信息 › 领导信息).
// The console showed nothing here because a revision is loaded without its category.
import { db } from "@/lib/db";

/** The names from the top-level category down to `categoryId`, within the item's own agency; [] when none. */
export async function categoryPath(agencyId: string, categoryId: string | null): Promise<string[]> {
  if (!categoryId) return [];
  const categories = await db.catalogueCategory.findMany({
    where: { agencyId },
    select: { id: true, parentId: true, name: true },
  });
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: string[] = [];
  // The guard stops a (never expected) cycle in the tree from looping forever.
  for (let c = byId.get(categoryId); c && path.length < 20; c = c.parentId ? byId.get(c.parentId) : undefined)
    path.unshift(c.name);
  return path;
}

// "Browsing a catalogue category includes its sub-categories": the one definition, used by the portal's
// catalogue, the search filter, the open-data item list and the category Atom feed. The tree has two
// levels (manage-categories.ts), so a category and its direct children are all of it.
import { db } from "@/lib/db";
import { isUuid } from "@/lib/forms/validation";

export type CategoryScope = { agencyId: string; categoryIds: string[] };

/** The category's agency and the ids it covers (itself and its sub-categories), or null when there is no such category. */
export async function catalogueCategoryScope(categoryId: string): Promise<CategoryScope | null> {
  if (!isUuid(categoryId)) return null;
  const rows = await db.catalogueCategory.findMany({
    where: { OR: [{ id: categoryId }, { parentId: categoryId }] },
    select: { id: true, agencyId: true },
  });
  const category = rows.find((row) => row.id === categoryId);
  return category ? { agencyId: category.agencyId, categoryIds: rows.map((row) => row.id) } : null;
}

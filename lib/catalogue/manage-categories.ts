// An agency administrator keeps the agency's catalogue tree. A category in use (by any item revision or
// by subcategories) cannot be removed: old items keep their place in the catalogue.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, requirePermission } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/unique-violation";
import { parseInput } from "@/lib/forms/validation";
import { isUuid } from "@/lib/forms/validation";
import { ZCategoryInput } from "./schemas";

const nameTaken = () => new AppError("CONFLICT", { fieldErrors: { name: ["categoryNameTaken"] } });

async function checkParent(agencyId: string, parentId: string | null, selfId?: string) {
  if (!parentId) return;
  const parent = await db.catalogueCategory.findFirst({
    where: { id: parentId, agencyId },
    select: { id: true, parentId: true },
  });
  // Two levels are enough for a 主动公开基本目录 and keep the tree readable: a parent is top-level.
  if (!parent || parent.parentId !== null || parent.id === selfId)
    throw new AppError("VALIDATION", { fieldErrors: { parentId: ["invalid"] } });
}

/**
 * Names are unique among siblings. The unique index covers children; for top-level categories
 * (parent NULL, which PostgreSQL's unique index treats as all distinct) this check does it.
 */
async function checkNameFree(agencyId: string, parentId: string | null, name: string, selfId?: string) {
  const clash = await db.catalogueCategory.findFirst({
    where: { agencyId, parentId, name, ...(selfId ? { NOT: { id: selfId } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

async function loadCategory(actor: CurrentUser, categoryId: string) {
  if (!isUuid(categoryId)) throw notFound();
  const category = await db.catalogueCategory.findUnique({ where: { id: categoryId } });
  if (!category || !can(actor, "agency.read", category.agencyId)) throw notFound();
  requirePermission(actor, "catalogue.manage", category.agencyId);
  return category;
}

export async function createCategory(options: { actor: CurrentUser; agencyId: string; input: unknown }) {
  const { actor, agencyId } = options;
  if (!isUuid(agencyId) || !can(actor, "agency.read", agencyId)) throw notFound();
  requirePermission(actor, "catalogue.manage", agencyId);
  const input = parseInput(ZCategoryInput, options.input);
  await checkParent(agencyId, input.parentId);
  await checkNameFree(agencyId, input.parentId, input.name);
  return db
    .$transaction(async (tx) => {
      const category = await tx.catalogueCategory.create({ data: { agencyId, ...input } });
      await recordAudit(tx, {
        type: "catalogue.category_created",
        actor: { id: actor.id, label: actor.name },
        agencyId,
        entity: { type: "catalogue", id: category.id },
        payload: { name: category.name, parentId: category.parentId },
      });
      return category;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
}

export async function updateCategory(options: { actor: CurrentUser; categoryId: string; input: unknown }) {
  const { actor } = options;
  const before = await loadCategory(actor, options.categoryId);
  const input = parseInput(ZCategoryInput, options.input);
  if (input.parentId) {
    const hasChildren = await db.catalogueCategory.count({ where: { parentId: before.id } });
    if (hasChildren) throw new AppError("VALIDATION", { fieldErrors: { parentId: ["invalid"] } });
  }
  await checkParent(before.agencyId, input.parentId, before.id);
  await checkNameFree(before.agencyId, input.parentId, input.name, before.id);
  const changes = diffFields(before as Record<string, unknown>, input);
  if (Object.keys(changes).length === 0) return before;
  return db
    .$transaction(async (tx) => {
      const category = await tx.catalogueCategory.update({ where: { id: before.id }, data: input });
      await recordAudit(tx, {
        type: "catalogue.category_updated",
        actor: { id: actor.id, label: actor.name },
        agencyId: before.agencyId,
        entity: { type: "catalogue", id: before.id },
        payload: { changes },
      });
      return category;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
}

export async function removeCategory(options: { actor: CurrentUser; categoryId: string }) {
  const { actor } = options;
  const category = await loadCategory(actor, options.categoryId);
  const [children, revisions] = await Promise.all([
    db.catalogueCategory.count({ where: { parentId: category.id } }),
    db.itemRevision.count({ where: { catalogueCategoryId: category.id } }),
  ]);
  if (children > 0 || revisions > 0) throw new AppError("CONFLICT", { message: "categoryInUse" });
  await db.$transaction(async (tx) => {
    await tx.catalogueCategory.delete({ where: { id: category.id } });
    await recordAudit(tx, {
      type: "catalogue.category_removed",
      actor: { id: actor.id, label: actor.name },
      agencyId: category.agencyId,
      entity: { type: "catalogue", id: category.id },
      payload: { name: category.name },
    });
  });
}

/** The catalogue tree of an agency: top-level categories with their children, in order. */
export async function listCatalogue(agencyId: string) {
  const all = await db.catalogueCategory.findMany({
    where: { agencyId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { revisions: true } } },
  });
  return all
    .filter((c) => c.parentId === null)
    .map((top) => ({ ...top, children: all.filter((c) => c.parentId === top.id) }));
}

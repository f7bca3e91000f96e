// An agency administrator keeps the agency's catalogue tree and its 索引号 settings; nobody else does,
// and another agency's catalogue is out of reach.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import { createCategory, listCatalogue, removeCategory, updateCategory } from "@/lib/catalogue/manage-categories";
import { updateItemSettings } from "@/lib/catalogue/update-item-settings";
import { createItemDraft } from "@/lib/items/create-item-draft";
import { DEMO, principalFor, seedDemo, type DemoAgencyIds } from "../support/principals";
import { draftInput } from "../support/items";

let agencies: DemoAgencyIds;
let admin: CurrentUser, staff: CurrentUser, financeAdmin: CurrentUser;

beforeEach(async () => {
  agencies = await seedDemo();
  await db.catalogueCategory.deleteMany({
    where: { agencyId: agencies.commerce, revisions: { none: {} }, children: { none: {} } },
  });
  [admin, staff, financeAdmin] = await Promise.all(
    [DEMO.commerceAdmin, DEMO.commerceStaff, DEMO.financeAdmin].map(principalFor),
  );
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: AppError) => e.code,
  );

describe("catalogue categories", () => {
  it("builds a two-level tree with an audit trail", async () => {
    const top = await createCategory({
      actor: admin,
      agencyId: agencies.commerce,
      input: { name: "行政执法类（测试）", sortOrder: "5" },
    });
    const child = await createCategory({
      actor: admin,
      agencyId: agencies.commerce,
      input: { name: "行政处罚", parentId: top.id },
    });
    const tree = await listCatalogue(agencies.commerce);
    const node = tree.find((c) => c.id === top.id);
    expect(node?.children.map((c) => c.id)).toEqual([child.id]);
    // A third level is refused: a parent must be top-level.
    expect(
      await code(
        createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "三级", parentId: child.id } }),
      ),
    ).toBe("VALIDATION");
    expect(
      await db.auditEvent.count({
        where: {
          type: "catalogue.category_created",
          agencyId: agencies.commerce,
          entityId: { in: [top.id, child.id] },
        },
      }),
    ).toBe(2);
  });

  it("refuses a duplicate name under the same parent, and markup in names", async () => {
    await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "测试类" } });
    const error = await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "测试类" } }).catch(
      (e: AppError) => e,
    );
    expect((error as AppError).fieldErrors).toEqual({ name: ["categoryNameTaken"] });
    const cleaned = await createCategory({
      actor: admin,
      agencyId: agencies.commerce,
      input: { name: "<b>清洗</b>类" },
    });
    expect(cleaned.name).toBe("清洗类");
  });

  it("keeps a category that items use", async () => {
    const category = await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "在用类" } });
    await createItemDraft({ actor: staff, input: draftInput(agencies.commerce, { catalogueCategoryId: category.id }) });
    const error = await removeCategory({ actor: admin, categoryId: category.id }).catch((e: AppError) => e);
    expect((error as AppError).message).toBe("categoryInUse");
    const unused = await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "空类" } });
    await removeCategory({ actor: admin, categoryId: unused.id });
    expect(await db.catalogueCategory.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it("only the agency's administrator manages it; another agency's category is not found", async () => {
    expect(
      await code(createCategory({ actor: staff, agencyId: agencies.commerce, input: { name: "经办人建的" } })),
    ).toBe("FORBIDDEN");
    expect(
      await code(createCategory({ actor: financeAdmin, agencyId: agencies.commerce, input: { name: "财政局建的" } })),
    ).toBe("NOT_FOUND");
    const category = await createCategory({ actor: admin, agencyId: agencies.commerce, input: { name: "商务类" } });
    expect(await code(updateCategory({ actor: financeAdmin, categoryId: category.id, input: { name: "改名" } }))).toBe(
      "NOT_FOUND",
    );
    expect(await code(removeCategory({ actor: financeAdmin, categoryId: category.id }))).toBe("NOT_FOUND");
  });

  it("a draft may only use its own agency's categories", async () => {
    const finance = await createCategory({
      actor: financeAdmin,
      agencyId: agencies.finance,
      input: { name: "财政资金类" },
    });
    const error = await createItemDraft({
      actor: staff,
      input: draftInput(agencies.commerce, { catalogueCategoryId: finance.id }),
    }).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors).toEqual({ catalogueCategoryId: ["categoryUnknown"] });
  });
});

describe("索引号 and re-review settings", () => {
  it("accepts a pattern naming agency code, year and serial, and audits the change", async () => {
    await updateItemSettings({
      actor: admin,
      agencyId: agencies.commerce,
      input: { indexNumberPattern: "{agencyCode}-{year}-{serial:4}", withheldReviewMonths: "6" },
    });
    expect(await db.agency.findUniqueOrThrow({ where: { id: agencies.commerce } })).toMatchObject({
      indexNumberPattern: "{agencyCode}-{year}-{serial:4}",
      withheldReviewMonths: 6,
    });
    expect(await db.auditEvent.count({ where: { type: "agency.updated", entityId: agencies.commerce } })).toBe(1);
  });

  it.each([["{year}-{serial:5}"], ["{agencyCode}/{serial}"], [""]])("refuses the pattern %s", async (pattern) => {
    const error = await updateItemSettings({
      actor: admin,
      agencyId: agencies.commerce,
      input: { indexNumberPattern: pattern, withheldReviewMonths: "12" },
    }).catch((e: AppError) => e);
    expect((error as AppError).code).toBe("VALIDATION");
    expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual(["indexNumberPattern"]);
  });

  it("is for the agency's administrator only", async () => {
    expect(
      await code(
        updateItemSettings({
          actor: staff,
          agencyId: agencies.commerce,
          input: { indexNumberPattern: "{agencyCode}/{year}-{serial:5}", withheldReviewMonths: "12" },
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await code(
        updateItemSettings({
          actor: financeAdmin,
          agencyId: agencies.commerce,
          input: { indexNumberPattern: "{agencyCode}/{year}-{serial:5}", withheldReviewMonths: "12" },
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});

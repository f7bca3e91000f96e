// The console shows an item's 目录分类 as the portal's catalogue files it: the whole path, top level first, and
// only from the item's own agency.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { categoryPath } from "@/lib/items/category-path";
import { seedDemo, type DemoAgencyIds } from "./../support/principals";

let agencies: DemoAgencyIds;
beforeEach(async () => {
  agencies = await seedDemo();
});

async function category(agencyId: string, name: string, parentId: string | null = null) {
  return db.catalogueCategory.create({ data: { agencyId, name, parentId } });
}

describe("categoryPath", () => {
  it("names the category with its parents, top level first", async () => {
    const top = await category(agencies.commerce, "测试-业务动态");
    const mid = await category(agencies.commerce, "测试-安全生产", top.id);
    const leaf = await category(agencies.commerce, "测试-检查结果", mid.id);
    expect(await categoryPath(agencies.commerce, leaf.id)).toEqual(["测试-业务动态", "测试-安全生产", "测试-检查结果"]);
    expect(await categoryPath(agencies.commerce, top.id)).toEqual(["测试-业务动态"]);
  });

  it("is empty without a category, and never reads another agency's tree", async () => {
    const other = await category(agencies.finance, "测试-财政预决算");
    expect(await categoryPath(agencies.commerce, null)).toEqual([]);
    expect(await categoryPath(agencies.commerce, other.id)).toEqual([]);
  });
});

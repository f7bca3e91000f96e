// 三元区商务局's 主动公开基本目录 (catalogue tree): the three categories its 2017 annual report counts
// (机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6) and the other usual ones of a district
// commerce bureau. Created inside seedDemoData's transaction.
import type { Tx } from "@/lib/db";

type DemoCategory = { name: string; children?: string[] };

export const DEMO_COMMERCE_CATALOGUE: DemoCategory[] = [
  { name: "机构职能类" },
  { name: "政策、规范性文件类" },
  { name: "规划计划类" },
  { name: "财政资金类", children: ["部门预决算", "专项资金"] },
  { name: "行政执法类", children: ["权责清单", "随机抽查结果"] },
  { name: "统计数据类" },
  { name: "安全生产、应急管理类" },
  { name: "其他" },
];

export async function seedDemoCatalogue(tx: Tx, agencyId: string) {
  for (const [index, category] of DEMO_COMMERCE_CATALOGUE.entries()) {
    const parent = await tx.catalogueCategory.create({
      data: { agencyId, name: category.name, sortOrder: (index + 1) * 10 },
    });
    for (const [childIndex, name] of (category.children ?? []).entries()) {
      await tx.catalogueCategory.create({
        data: { agencyId, parentId: parent.id, name, sortOrder: (childIndex + 1) * 10 },
      });
    }
  }
}

import { requireRouteUser } from "@/lib/auth/route-guards";
import { canAnywhere } from "@/lib/auth/permissions";
import { importTemplateCsv } from "@/lib/items/import/csv";

/** The import template: header row and one example, UTF-8 with BOM so that Excel shows the Chinese. */
export async function GET() {
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  if (!canAnywhere(user, "item.import")) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(importTemplateCsv()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="item-import-template.csv"; filename*=UTF-8''${encodeURIComponent("历史信息导入模板.csv")}`,
      "Cache-Control": "private, no-store",
    },
  });
}

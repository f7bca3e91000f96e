import { requireRouteUser } from "@/lib/auth/route-guards";
import { canAnywhere } from "@/lib/auth/permissions";
import { historicalTemplateCsv } from "@/lib/reports/historical/template";

/** The CSV template of the historical figures, for staff who enter them. */
export async function GET() {
  const user = await requireRouteUser();
  if (user instanceof Response) return user;
  if (!canAnywhere(user, "report.edit")) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(historicalTemplateCsv()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="report-history-template.csv"; filename*=UTF-8''${encodeURIComponent("历史年报数据导入模板.csv")}`,
      "Cache-Control": "private, no-store",
    },
  });
}

import { getTranslations } from "next-intl/server";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

const COLORS: Record<ReportStatus, string> = {
  DRAFT: "bg-stone-200 text-stone-900",
  PENDING_APPROVAL: "bg-amber-100 text-amber-900",
  RETURNED: "bg-red-100 text-red-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

/** The working copy's status (起草中 / 待领导审定 / 已退回 / 已发布). */
export async function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const t = await getTranslations("consoleReports.status");
  return (
    <span className={`rounded px-2 py-1 text-sm ${COLORS[status]}`} data-testid="report-status">
      {t(status)}
    </span>
  );
}

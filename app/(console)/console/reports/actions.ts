"use server";
// Server action of the report list: open (get or create) a report and go to it. The use case checks the
// permission in the chosen agency, the year and the scope.
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requireUser } from "@/lib/auth/current-user";
import { openReport } from "@/lib/reports/open-report";

export async function openReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  let reportId: string | null = null;
  const state = await runFormAction(formData, async () => {
    const field = (name: string) => String(formData.get(name) ?? "");
    reportId = (
      await openReport({
        user: await requireUser(),
        agencyId: field("agencyId"),
        year: field("year"),
        scope: field("scope") || "OWN",
      })
    ).id;
  });
  if (reportId) redirect(`/console/reports/${reportId}`);
  return state;
}

// Console API: 退回 — a leader who did not submit the report sends it back with { comment }.
import { reportStepRoute } from "@/lib/api/report-step-route";
import { returnReport } from "@/lib/reports/return-report";

export const POST = reportStepRoute(returnReport);

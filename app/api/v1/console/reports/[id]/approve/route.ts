// Console API: 领导审定并发布 — a leader who did not submit the report approves it and it is published at once as
// version n+1 (figures and text frozen; the public report API serves it). Not before the year has ended.
import { reportStepRoute } from "@/lib/api/report-step-route";
import { approveReport } from "@/lib/reports/approve-report";

export const POST = reportStepRoute(({ user, reportId }) => approveReport({ user, reportId }));

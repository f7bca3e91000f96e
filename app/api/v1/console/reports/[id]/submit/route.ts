// Console API: 提交领导审定 (optional { correctionReason }, required for a correction) — refused while figures are missing, 勾稽关系 breaks or 一 总体情况 is empty.
import { reportStepRoute } from "@/lib/api/report-step-route";
import { submitReport } from "@/lib/reports/submit-report";

export const POST = reportStepRoute(submitReport);
